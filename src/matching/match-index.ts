import { blockingKeys, isWordKey, type KeyMode } from './blocking.ts';
import type { CompiledModel, ExplainedScore } from './model.ts';
import { NameFrequencies } from './name-frequencies.ts';
import type { PreparedRecord } from './prepare.ts';

/** A record found for a query, with its score. */
export interface Candidate {
  /** The position of the record in the index, in the order it was added. */
  position: number;
  id: string;
  score: number;
  weight: number;
}

/** Limits on gathering candidates: keys holding more records than these are passed over. */
export interface CandidateLimits {
  /** For a key of one name word. */
  wordKey: number;
  /** For a key of two name words, of a word and a year, of a date and an initial, or of an identifier. */
  key: number;
  /** The most candidates returned, those sharing the most keys first. */
  candidates: number;
}

/** Removed records are dropped from the postings once there are more of them than this, and than live ones. */
const COMPACT_AFTER = 10_000;

/** Screening one query: generous, since only one query is scored. */
export const SCREENING_LIMITS: CandidateLimits = { wordKey: 2_000, key: 20_000, candidates: 1_000 };

/**
 * Records by blocking key, and the frequencies of their names: a query
 * gathers the records sharing its keys, those sharing the most first.
 */
export class BlockingIndex {
  private readonly records: (PreparedRecord | undefined)[] = [];
  private readonly positions = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private hits = new Float32Array(1024);
  private removed = 0;
  readonly frequencies = new NameFrequencies();

  /** The number of records held. */
  get size(): number {
    return this.positions.size;
  }

  /** Adds a record, replacing any record of the same id. */
  add(record: PreparedRecord): void {
    this.remove(record.id);
    this.place(record);
    this.frequencies.add(record, 1);
  }

  private place(record: PreparedRecord): void {
    const position = this.records.length;
    this.records.push(record);
    this.positions.set(record.id, position);
    for (const key of blockingKeys(record)) {
      const list = this.postings.get(key);
      if (list) list.push(position);
      else this.postings.set(key, [position]);
    }
  }

  /** Removes a record; its postings are skipped, and dropped when removed records outnumber the live ones. */
  remove(id: string): void {
    const position = this.positions.get(id);
    if (position === undefined) return;
    this.frequencies.add(this.records[position]!, -1);
    this.records[position] = undefined;
    this.positions.delete(id);
    if (++this.removed > COMPACT_AFTER && this.removed > this.positions.size) this.compact();
  }

  /** Rebuilds the postings from the live records (positions change). */
  private compact(): void {
    const live = this.records.filter((r): r is PreparedRecord => r !== undefined);
    this.records.length = 0;
    this.positions.clear();
    this.postings.clear();
    this.removed = 0;
    for (const record of live) this.place(record);
  }

  /** The position of a record, if it is held. */
  positionOf(id: string): number | undefined {
    return this.positions.get(id);
  }

  /** The record at a position, if it is still held. */
  at(position: number): PreparedRecord | undefined {
    return this.records[position];
  }

  /**
   * The positions sharing a blocking key with the query, those sharing the
   * most telling keys first: each key counts 1/log2(2 + its records), so a
   * rare key (an identifier, an unusual name) outweighs several common ones.
   */
  candidates(query: PreparedRecord, limits: CandidateLimits = SCREENING_LIMITS, mode: KeyMode = 'query'): number[] {
    if (this.hits.length < this.records.length) this.hits = new Float32Array(this.records.length * 2);
    const hits = this.hits;
    const touched: number[] = [];
    for (const key of blockingKeys(query, mode)) {
      const list = this.postings.get(key);
      if (!list || list.length > (isWordKey(key) ? limits.wordKey : limits.key)) continue;
      const weight = 1 / Math.log2(2 + list.length);
      for (const p of list) {
        if (this.records[p] === undefined) continue;
        if (hits[p] === 0) touched.push(p);
        hits[p]! += weight;
      }
    }
    const chosen = touched.length > limits.candidates ? touched.sort((a, b) => hits[b]! - hits[a]!).slice(0, limits.candidates) : touched;
    for (const p of touched) hits[p] = 0;
    return chosen;
  }
}

/**
 * An in-memory index of persons for screening: a query's candidates are
 * scored with the model and ranked. Built from the store at start and kept
 * current as records come and go.
 */
export class MatchIndex extends BlockingIndex {
  constructor(readonly model: CompiledModel) {
    super();
  }

  /** The records the model calls a match for a query (at its threshold), best first, at most `top`; only those `accept` lets through, when given. */
  screen(query: PreparedRecord, top = 10, accept?: (id: string) => boolean): Candidate[] {
    const found: Candidate[] = [];
    for (const position of this.candidates(query)) {
      const record = this.at(position)!;
      if (accept && !accept(record.id)) continue;
      const { score, weight, match } = this.model.score(query, record, this.frequencies);
      if (match) found.push({ position, id: record.id, score, weight });
    }
    return found.sort((a, b) => b.weight - a.weight || a.position - b.position).slice(0, top);
  }

  /** Why a record scores as it does against the query. */
  explain(query: PreparedRecord, id: string): ExplainedScore | undefined {
    const position = this.positionOf(id);
    return position === undefined ? undefined : this.model.explain(query, this.at(position)!, this.frequencies);
  }
}
