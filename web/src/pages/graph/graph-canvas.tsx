import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import { shortLabel, shortId } from '../records/model.ts';
import { TYPE_COLOURS, UNKNOWN_COLOUR, type Graph } from './model.ts';
import { words } from '../../components/format.ts';

/** Props of the canvas: the graph, the root and selected records, and what a click on a record does. */
export interface GraphCanvasProps {
  graph: Graph;
  rootId: string;
  selectedId: string | null;
  pending: ReadonlySet<string>;
  onNodeClick: (id: string) => void;
}

/** A label cut to `max` characters with an ellipsis. */
function truncate(text: string, max = 30): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The cytoscape elements of the graph: records (labelled, coloured by type; dashed until read) and links. */
function elementsOf(graph: Graph, rootId: string, pending: ReadonlySet<string>): cytoscape.ElementDefinition[] {
  const nodes = [...graph.nodes.values()].map((n) => ({
    group: 'nodes' as const,
    data: {
      id: n.id,
      label: pending.has(n.id) ? `reading ${shortId(n.id)}…` : n.record ? truncate(shortLabel(n.record)) : `not opened ${shortId(n.id)}`,
      colour: n.record ? (TYPE_COLOURS[n.record.type] ?? '#57606a') : UNKNOWN_COLOUR,
    },
    classes: [n.id === rootId ? 'root' : '', n.record ? 'expanded' : 'closed'].join(' ').trim(),
  }));
  const edges = [...graph.edges.values()]
    .filter((e) => graph.nodes.has(e.from) && graph.nodes.has(e.to))
    .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.from, target: e.to, label: words(e.type) } }));
  return [...nodes, ...edges];
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      color: '#1b1f24',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#1b1f24',
    },
  },
  { selector: 'node.closed', style: { 'border-style': 'dashed', 'border-color': '#57606a' } },
  { selector: 'node.root', style: { width: 36, height: 36, 'border-width': 4 } },
  { selector: 'node:selected', style: { 'border-color': '#f0a500', 'border-width': 5 } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#8c959f',
      'target-arrow-color': '#8c959f',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#f6f8fa',
      'text-background-opacity': 1,
      'text-background-padding': '1px',
    },
  },
];

/**
 * The link graph drawn with cytoscape.js: nodes coloured by record type,
 * labelled with type and name, number or plate; edges labelled with the link
 * type. A click expands a record not yet opened, or selects it. The same
 * records and links are listed beside it for keyboard use, so the drawing
 * itself is one image to assistive technology.
 */
export function GraphCanvas({ graph, rootId, selectedId, pending, onNodeClick }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  const click = useRef(onNodeClick);
  useEffect(() => {
    click.current = onNodeClick;
  });

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({ container: container.current, style: STYLE, minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3 });
    instance.on('tap', 'node', (event) => click.current(event.target.id() as string));
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const wanted = elementsOf(graph, rootId, pending);
    const ids = new Set(wanted.map((e) => e.data.id as string));
    let added = false;
    instance.batch(() => {
      instance.elements().forEach((el) => {
        if (!ids.has(el.id())) el.remove();
      });
      for (const def of wanted) {
        const existing = instance.getElementById(def.data.id as string);
        if (existing.nonempty()) {
          existing.data(def.data);
          if (def.classes) existing.classes(def.classes as string);
        } else {
          instance.add(def);
          added = true;
        }
      }
    });
    if (added) {
      const layout = instance.layout({ name: 'cose', animate: false, padding: 30, randomize: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 90, nodeOverlap: 20, gravity: 0.4, componentSpacing: 60 });
      layout.run();
      // A few records fill the canvas at a large zoom: keep them readable at their size.
      if (instance.zoom() > 1.2) {
        instance.zoom(1.2);
        instance.center();
      }
    }
  }, [graph, rootId, pending]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.nodes().unselect();
    if (selectedId) instance.getElementById(selectedId).select();
  }, [selectedId, graph]);

  const count = graph.nodes.size;
  return (
    <div
      ref={container}
      className="graph-canvas"
      role="img"
      aria-label={`Link graph of ${count} ${count === 1 ? 'record' : 'records'} and ${graph.edges.size} links; the same are listed in the tables of records and links.`}
    />
  );
}
