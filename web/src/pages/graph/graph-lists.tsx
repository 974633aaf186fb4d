import { href } from '../../routing.ts';
import { describe, shortId, shortLabel } from '../records/model.ts';
import { TYPE_COLOURS, type Graph, type GraphNode } from './model.ts';
import { words } from '../../components/format.ts';

/** Props of the lists: the graph, what is being read, the selection, and expanding a record. */
export interface GraphListsProps {
  graph: Graph;
  rootId: string;
  pending: ReadonlySet<string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
}

/** How a node is named in the lists. */
export function nodeName(node: GraphNode | undefined, id: string): string {
  if (!node?.record) return `record ${shortId(id)} (not opened)`;
  return shortLabel(node.record);
}

/** The colours of the record types, as a list beside the graph. */
export function Legend() {
  return (
    <ul className="graph-legend" aria-label="Colours of record types">
      {Object.entries(TYPE_COLOURS).map(([type, colour]) => (
        <li key={type}>
          <span className="graph-swatch" style={{ background: colour }} aria-hidden="true" /> {type}
        </li>
      ))}
      <li>
        <span className="graph-swatch graph-swatch-closed" aria-hidden="true" /> not opened yet
      </li>
    </ul>
  );
}

/**
 * The records and links of the graph as tables, the keyboard way through
 * it: each record can be expanded (read, with its links) or opened on its
 * record page.
 */
export function GraphLists({ graph, rootId, pending, selectedId, onSelect, onExpand }: GraphListsProps) {
  const nodes = [...graph.nodes.values()].sort((a, b) => (a.id === rootId ? -1 : b.id === rootId ? 1 : Number(!!b.record) - Number(!!a.record)));
  const edges = [...graph.edges.values()];
  return (
    <>
      <h2 id="graph-records-h">Records ({nodes.length})</h2>
      <table aria-labelledby="graph-records-h" className="graph-table">
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => {
            const name = nodeName(n, n.id);
            const reading = pending.has(n.id);
            return (
              <tr key={n.id} id={`graph-row-${n.id}`} className={n.id === selectedId ? 'graph-selected' : undefined} aria-current={n.id === selectedId ? 'true' : undefined}>
                <th scope="row">
                  {n.record && <span className="graph-swatch" style={{ background: TYPE_COLOURS[n.record.type] ?? '#57606a' }} aria-hidden="true" />}{' '}
                  {n.record ? (
                    <>
                      <span className="graph-type">{words(n.record.type)}</span> {describe(n.record) || shortId(n.id)}
                    </>
                  ) : (
                    name
                  )}
                  {n.id === rootId && <span className="badge graph-root">start</span>}
                </th>
                <td className="graph-actions">
                  {n.record ? (
                    <button type="button" className="secondary" onClick={() => onSelect(n.id)} aria-label={`Show ${name} in the graph`} aria-pressed={n.id === selectedId}>
                      Show
                    </button>
                  ) : (
                    <button type="button" onClick={() => onExpand(n.id)} disabled={reading} aria-label={`Expand ${name}: read it and its links`}>
                      {reading ? 'Reading…' : 'Expand'}
                    </button>
                  )}{' '}
                  <a href={href('records', n.id)} aria-label={`Open ${name} on its record page`}>Open</a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2 id="graph-links-h">Links ({edges.length})</h2>
      {edges.length === 0 ? (
        <p>No links found yet.</p>
      ) : (
        <table aria-labelledby="graph-links-h" className="graph-table">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Link</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => (
              <tr key={e.id}>
                <td>{nodeName(graph.nodes.get(e.from), e.from)}</td>
                <td>{words(e.type)}</td>
                <td>{nodeName(graph.nodes.get(e.to), e.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
