import type { RecordWithLinks } from '../records/model.ts';

/** A record in the graph: `record` is null until the officer expands it (reading it is a consultation). */
export interface GraphNode {
  id: string;
  record: RecordWithLinks | null;
}

/** A link between two records in the graph. */
export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  type: string;
}

/** The records and links shown, by id. */
export interface Graph {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

/** The fill of each record type in the graph (white labels need none: labels sit below the nodes). */
export const TYPE_COLOURS: Record<string, string> = {
  person: '#0b5394',
  document: '#1e6b2f',
  vehicle: '#b45309',
  organisation: '#6b21a8',
  location: '#0f766e',
  event: '#a4161a',
  case: '#374151',
};

/** The colour of a node not yet expanded: its type is not known until it is read. */
export const UNKNOWN_COLOUR = '#ffffff';

/** Adds a record read from the node, and its links and linked records (not yet expanded), to a graph. */
export function withRecord(graph: Graph, record: RecordWithLinks): Graph {
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  nodes.set(record.id, { id: record.id, record });
  for (const link of record.links) {
    edges.set(link.id, { id: link.id, from: link.fromId, to: link.toId, type: link.type });
    for (const id of [link.fromId, link.toId]) if (!nodes.has(id)) nodes.set(id, { id, record: null });
  }
  return { nodes, edges };
}
