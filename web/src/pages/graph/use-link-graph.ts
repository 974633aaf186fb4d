import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api.ts';
import type { RecordWithLinks } from '../records/model.ts';
import { withRecord, type Graph } from './model.ts';

/** The link graph around a record, and how to grow it. */
export interface LinkGraph {
  graph: Graph;
  /** The records being read now. */
  pending: ReadonlySet<string>;
  /** The last failure to read a record, and which record. */
  failure: { id: string; error: unknown } | null;
  /** Reads a record and adds its links (a consultation: only on the officer's request). */
  expand: (id: string) => void;
}

const EMPTY: Graph = { nodes: new Map(), edges: new Map() };

/**
 * Starts from `rootId` (read at once: the officer asked for its graph) and
 * expands other records only when asked, each read being an audited
 * consultation.
 */
export function useLinkGraph(rootId: string): LinkGraph {
  const [graph, setGraph] = useState<Graph>(EMPTY);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<LinkGraph['failure']>(null);
  const generation = useRef(0);
  const inFlight = useRef(new Set<string>());

  const expand = useCallback((id: string) => {
    if (inFlight.current.has(id)) return;
    const gen = generation.current;
    inFlight.current.add(id);
    setPending(new Set(inFlight.current));
    setFailure(null);
    api<RecordWithLinks>('GET', `/api/v1/records/${encodeURIComponent(id)}`)
      .then((record) => {
        if (gen === generation.current) setGraph((g) => withRecord(g, record));
      })
      .catch((error: unknown) => {
        if (gen === generation.current) setFailure({ id, error });
      })
      .finally(() => {
        if (gen !== generation.current) return;
        inFlight.current.delete(id);
        setPending(new Set(inFlight.current));
      });
  }, []);

  useEffect(() => {
    generation.current += 1;
    inFlight.current = new Set();
    setGraph({ nodes: new Map([[rootId, { id: rootId, record: null }]]), edges: new Map() });
    setFailure(null);
    expand(rootId);
    return () => {
      // Reads still under way belong to a graph no longer shown: their results are dropped.
      generation.current += 1;
    };
  }, [rootId, expand]);

  return { graph, pending, failure, expand };
}
