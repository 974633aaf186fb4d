import { useState } from 'react';
import { Busy } from '../components/busy.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import type { PageProps } from '../pages.ts';
import { href } from '../routing.ts';
import { GraphCanvas } from './graph/graph-canvas.tsx';
import { GraphLists, Legend, nodeName } from './graph/graph-lists.tsx';
import { useLinkGraph } from './graph/use-link-graph.ts';
import { OpenRecordForm } from './records/open-record-form.tsx';
import { UUID } from './records/model.ts';

/** The graph around one record: canvas and lists side by side, expanded only on request. */
function RecordGraph({ rootId }: { rootId: string }) {
  const { graph, pending, failure, expand } = useLinkGraph(rootId);
  const [selectedId, setSelectedId] = useState<string | null>(rootId);
  const root = graph.nodes.get(rootId);

  const select = (id: string) => {
    setSelectedId(id);
    document.getElementById(`graph-row-${id}`)?.scrollIntoView({ block: 'nearest' });
  };
  const clickNode = (id: string) => {
    select(id);
    if (!graph.nodes.get(id)?.record) expand(id);
  };
  const expandRow = (id: string) => {
    setSelectedId(id);
    expand(id);
  };

  return (
    <>
      <h1>Link graph: {root?.record ? nodeName(root, rootId) : `record ${rootId.slice(0, 8)}`}</h1>
      <p className="graph-intro">
        Records linked to the start record. Reading a record is a consultation, audited with your purpose and justification,
        so linked records are read only when you expand them (click a dashed node, or use “Expand” in the list).{' '}
        <a href={href('records', rootId)}>Open the start record</a>.
      </p>
      <div className="graph-status">
        {pending.size > 0 && <Busy label={pending.size === 1 ? 'Reading a record' : `Reading ${pending.size} records`} />}
        {failure && (
          <>
            <p>Could not read {nodeName(graph.nodes.get(failure.id), failure.id)}:</p>
            <ErrorMessage error={failure.error} />
            <button type="button" onClick={() => expand(failure.id)}>Try again</button>
          </>
        )}
      </div>
      <div className="graph-layout">
        <section className="graph-drawing" aria-labelledby="graph-drawing-h">
          <h2 id="graph-drawing-h" className="graph-drawing-title">Drawing</h2>
          <GraphCanvas graph={graph} rootId={rootId} selectedId={selectedId} pending={pending} onNodeClick={clickNode} />
          <Legend />
        </section>
        <section className="graph-side" aria-label="Records and links of the graph">
          <GraphLists graph={graph} rootId={rootId} pending={pending} selectedId={selectedId} onSelect={select} onExpand={expandRow} />
        </section>
      </div>
    </>
  );
}

/**
 * The link graph (`#/graph/<id>`): records linked around a record, drawn with
 * cytoscape.js and listed in tables for the keyboard. Without an id: what it
 * is, and a box to open a record's graph.
 */
export function GraphPage({ route }: PageProps) {
  const id = route[0];
  if (id && UUID.test(id)) return <RecordGraph key={id} rootId={id.toLowerCase()} />;
  return (
    <div className="graph-index">
      <h1>Link graph</h1>
      {id && <p className="error" role="alert">“{id}” is not a record id.</p>}
      <p className="graph-intro">
        The link graph shows the records linked to a record — holders of documents, owners and drivers of vehicles,
        associates, places, events, cases — and lets you expand the records around it one by one. Open it from a record
        page or a search result, or enter a record id.
      </p>
      <section className="card" aria-labelledby="graph-open-h">
        <h2 id="graph-open-h">Open a record’s graph</h2>
        <OpenRecordForm page="graph" action="Show graph" />
      </section>
    </div>
  );
}
