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

/** How many members of each cluster are checked against the other before two clusters merge. */
const CHECKED_MEMBERS = 20;

/**
 * Deduplicates records into entities. Every record is screened against the
 * others (the prior of a pair that of the dataset's size: more records, more
 * namesakes); the pairs at or above the model's threshold are then merged into
 * clusters, the strongest evidence first, but two clusters merge only if
 * every member of one would itself be called likelier the same person than
 * not (weight, prior included, ≥ 0) with every member of the other: a chain
 * of namesakes (A like B, B like C) does not make A and C one person.
 * Clusters are numbered from 1 in the order of their first record.
 */
export function dedupe(records: readonly PreparedRecord[], model: CompiledModel, onProgress?: (done: number) => void): Deduplication {
  const index = new BlockingIndex();
  const ids = new Set<string>();
  for (const record of records) {
    if (ids.has(record.id)) throw invalidInput(`the id ${record.id} occurs twice`);
    ids.add(record.id);
    index.add(record);
  }
  const pairs: { i: number; j: number; weight: number }[] = [];
  let scored = 0;
  for (let i = 0; i < records.length; i++) {
    for (const j of index.candidates(records[i]!, DEDUPE_LIMITS)) {
      if (j <= i) continue;
      scored++;
      const { match, weight } = model.score(records[i]!, records[j]!, index.frequencies);
      if (match) pairs.push({ i, j, weight });
    }
    if (onProgress && (i + 1) % 10_000 === 0) onProgress(i + 1);
  }
  pairs.sort((a, b) => b.weight - a.weight);
  const parent = Int32Array.from(records, (_, i) => i);
  const members = new Map<number, number[]>();
  const membersOf = (root: number) => members.get(root) ?? [root];
  const compatible = (x: number[], y: number[]) =>
    x.slice(0, CHECKED_MEMBERS).every((m) => y.slice(0, CHECKED_MEMBERS).every((n) => model.score(records[m]!, records[n]!, index.frequencies).weight >= 0));
  for (const { i, j } of pairs) {
    const a = find(parent, i);
    const b = find(parent, j);
    if (a === b) continue;
    const [x, y] = [membersOf(a), membersOf(b)];
    if ((x.length > 1 || y.length > 1) && !compatible(x, y)) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    members.set(root, [...x, ...y]);
    members.delete(child);
  }
  const clusters = new Int32Array(records.length);
  const numbers = new Map<number, number>();
  for (let i = 0; i < records.length; i++) {
    const root = find(parent, i);
    let n = numbers.get(root);
    if (n === undefined) numbers.set(root, (n = numbers.size + 1));
    clusters[i] = n;
  }
  return { clusters, scored, matched: pairs.length };
}
