import { invalidInput } from '../core/errors.ts';
import { BlockingIndex, type CandidateLimits } from './match-index.ts';
import type { CompiledModel } from './model.ts';
import type { PreparedRecord } from './prepare.ts';

/** Deduplication gathers candidates under stricter limits than screening: every record is a query. */
export const DEDUPE_LIMITS: CandidateLimits = { wordKey: 100, key: 1_000, candidates: 40 };

/** The entities found among records: a cluster number for each record, in input order. */
export interface Deduplication {
  clusters: Int32Array;
  /** Pairs scored, and pairs called a match. */
  scored: number;
  matched: number;
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/**
 * Deduplicates records into entities: every record is screened against the
 * others, and pairs at or above the model's threshold are joined (transitively)
 * into one cluster. Clusters are numbered from 1 in the order of their first record.
 */
export function dedupe(records: readonly PreparedRecord[], model: CompiledModel, onProgress?: (done: number) => void): Deduplication {
  const index = new BlockingIndex();
  const ids = new Set<string>();
  for (const record of records) {
    if (ids.has(record.id)) throw invalidInput(`the id ${record.id} occurs twice`);
    ids.add(record.id);
    index.add(record);
  }
  const parent = Int32Array.from(records, (_, i) => i);
  let scored = 0;
  let matched = 0;
  for (let i = 0; i < records.length; i++) {
    for (const j of index.candidates(records[i]!, DEDUPE_LIMITS)) {
      if (j <= i) continue;
      scored++;
      if (!model.score(records[i]!, records[j]!, index.frequencies).match) continue;
      matched++;
      const a = find(parent, i);
      const b = find(parent, j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
    if (onProgress && (i + 1) % 10_000 === 0) onProgress(i + 1);
  }
  const clusters = new Int32Array(records.length);
  const numbers = new Map<number, number>();
  for (let i = 0; i < records.length; i++) {
    const root = find(parent, i);
    let n = numbers.get(root);
    if (n === undefined) numbers.set(root, (n = numbers.size + 1));
    clusters[i] = n;
  }
  return { clusters, scored, matched };
}
