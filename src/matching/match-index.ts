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
  /** For a key of two name words, of a word and a year, or of an identifier. */
  key: number;
  /** The most candidates returned, those sharing the most keys first. */
  candidates: number;
}

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
  readonly frequencies = new NameFrequencies();

  /** The number of records held. */
  get size(): number {
    return this.positions.size;
  }

  /** Adds a record, replacing any record of the same id. */
  add(record: PreparedRecord): void {
    this.remove(record.id);
    const position = this.records.length;
    this.records.push(record);
    this.positions.set(record.id, position);
    for (const key of blockingKeys(record)) {
      const list = this.postings.get(key);
      if (list) list.push(position);
      else this.postings.set(key, [position]);
    }
    this.frequencies.add(record, 1);
  }

  /** Removes a record; its postings are skipped from then on. */
  remove(id: string): void {
    const position = this.positions.get(id);
    if (position === undefined) return;
    this.frequencies.add(this.records[position]!, -1);
    this.records[position] = undefined;
    this.positions.delete(id);
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
        if (hits[p] === 0) touched.push(p);
        hits[p]! += weight;
      }
    }
    const chosen = touched.length > limits.candidates ? touched.sort((a, b) => hits[b]! - hits[a]!).slice(0, limits.candidates) : touched;
    for (const p of touched) hits[p] = 0;
    return chosen.filter((p) => this.records[p] !== undefined);
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

  /** The records the model calls a match for a query (at its threshold), best first, at most `top`. */
  screen(query: PreparedRecord, top = 10): Candidate[] {
    const found: Candidate[] = [];
    for (const position of this.candidates(query)) {
      const record = this.at(position)!;
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
