import { Index, MetricKind, ScalarKind } from 'usearch';
import { invalidInput, LiaisonError } from '../../core/errors.ts';
import { unitVector } from './vector-math.ts';
import { VectorStore, type ScoredRow } from './vector-store.ts';

/** One result of a face search: a template id and its cosine similarity to the query, in [-1, 1]. */
export interface FaceCandidate {
  id: string;
  similarity: number;
}

/**
 * How the approximate index stores its copy of the vectors (the exact copy is
 * always 32-bit floats). No 8-bit integers: usearch scales a vector by its
 * length before rounding, which leaves the components of a unit vector of
 * hundreds of dimensions a dozen levels or so.
 */
export type FaceQuantization = 'f32' | 'f16' | 'bf16';

/** Parameters of the approximate (HNSW) index of a {@link FaceIndex}. */
export interface FaceHnswOptions {
  /** Graph links per node (M); more links, better recall, more memory and slower inserts. */
  connectivity: number;
  /** Candidates explored while inserting (efConstruction). */
  expansionAdd: number;
  /** Candidates explored while searching (ef); the main recall/latency dial. */
  expansionSearch: number;
  quantization: FaceQuantization;
  /** How many approximate candidates are re-ranked by exact similarity, as a multiple of k (at least k). */
  candidateFactor: number;
  /** Threads for batch insertion (0: every core). Searches always run on the caller's thread. */
  buildThreads: number;
}

/** Options of a {@link FaceIndex}. */
export interface FaceIndexOptions {
  dimensions: number;
  /** From this many templates on, searches go through the approximate index (built when the gallery reaches it). */
  approximateFrom?: number;
  hnsw?: Partial<FaceHnswOptions>;
}

/** Size from which a {@link FaceIndex} searches approximately, unless told otherwise. */
export const DEFAULT_APPROXIMATE_FROM = 100_000;

/**
 * HNSW parameters chosen with bench/biometrics/face.ts: over 1,000,000
 * synthetic templates of 512 dimensions, recall@10 0.999 against exact
 * search at a p99 of about 2 ms on one core of an AMD EPYC (Zen 4). bfloat16
 * is the fastest storage on CPUs with AVX-512 BF16 and as accurate as f32
 * after the exact re-ranking; elsewhere f16 or f32 may be faster.
 */
export const DEFAULT_HNSW_OPTIONS: Readonly<FaceHnswOptions> = {
  connectivity: 32,
  expansionAdd: 128,
  expansionSearch: 128,
  quantization: 'bf16',
  candidateFactor: 3,
  buildThreads: 0,
};

const SCALAR: Record<FaceQuantization, ScalarKind> = { f32: ScalarKind.F32, f16: ScalarKind.F16, bf16: ScalarKind.BF16 };

/**
 * The face templates of one engine, engine version and dimension, searchable
 * by cosine similarity. Below `approximateFrom` templates a search scans them
 * all (exact); from there on an HNSW graph (usearch) proposes candidates that
 * are re-ranked against the exact vectors, so reported similarities are
 * always exact. The graph is built when the gallery reaches the threshold and
 * dropped when removals bring it below half of it.
 *
 * @example
 * const index = new FaceIndex({ dimensions: 512 });
 * index.add('template-1', vector);
 * index.search(query, 10); // [{ id: 'template-1', similarity: 0.83 }]
 */
export class FaceIndex {
  readonly dimensions: number;
  readonly approximateFrom: number;
  private readonly hnswOptions: FaceHnswOptions;
  private readonly store: VectorStore;
  private readonly ids: string[] = [];
  private readonly rowById = new Map<string, number>();
  // usearch keys are numbers that stay with a template while rows move on removal.
  private readonly keyByRow: number[] = [];
  private readonly rowByKey: number[] = [];
  private readonly freeKeys: number[] = [];
  private hnsw: Index | null = null;

  constructor(options: FaceIndexOptions) {
    const { dimensions } = options;
    if (!Number.isInteger(dimensions) || dimensions < 1) throw invalidInput('dimensions must be a positive whole number', [{ path: 'dimensions', message: 'not a positive whole number' }]);
    this.dimensions = dimensions;
    this.approximateFrom = options.approximateFrom ?? DEFAULT_APPROXIMATE_FROM;
    if (!Number.isInteger(this.approximateFrom) || this.approximateFrom < 0) {
      throw invalidInput('approximateFrom must be a whole number, 0 or more', [{ path: 'approximateFrom', message: 'not a whole number, 0 or more' }]);
    }
    this.hnswOptions = { ...DEFAULT_HNSW_OPTIONS, ...options.hnsw };
    this.store = new VectorStore(dimensions);
  }

  /** How many templates the index holds. */
  get size(): number {
    return this.store.size;
  }

  /** Whether searches currently scan every template or go through the HNSW graph. */
  get mode(): 'exact' | 'approximate' {
    return this.hnsw ? 'approximate' : 'exact';
  }

  /** Bytes of the exact 32-bit copy of the vectors (the HNSW graph, when built, lives outside the JavaScript heap). */
  get vectorBytes(): number {
    return this.store.bytes;
  }

  /** Whether a template of this id is enrolled. */
  has(id: string): boolean {
    return this.rowById.has(id);
  }

  /** Adds one template; its vector is L2-normalised. Throws `conflict` if the id is taken. */
  add(id: string, vector: Float32Array): void {
    this.addMany([id], vector);
  }

  /**
   * Adds templates in one batch: `vectors` holds them one after the other
   * (`ids.length × dimensions` values). All are checked before any is added;
   * once the graph exists the batch goes into it on `buildThreads` threads.
   */
  addMany(ids: readonly string[], vectors: Float32Array): void {
    const d = this.dimensions;
    if (vectors.length !== ids.length * d) {
      const message = ids.length === 1 ? `must have ${d} dimensions; this one has ${vectors.length}` : `must hold ${ids.length} × ${d} values; it holds ${vectors.length}`;
      throw invalidInput(`vector ${message}`, [{ path: 'vector', message }]);
    }
    const seen = new Set<string>();
    const units: Float32Array[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (typeof id !== 'string' || id.length === 0) throw invalidInput('a template id must be a non-empty string', [{ path: 'id', message: 'not a non-empty string' }]);
      if (this.rowById.has(id) || seen.has(id)) throw new LiaisonError('conflict', `face template ${id} is already enrolled`, [{ path: 'id', message: 'already enrolled' }]);
      seen.add(id);
      units.push(this.unit(vectors.subarray(i * d, (i + 1) * d), ids.length === 1 ? 'vector' : `vectors.${i}`));
    }
    const firstRow = this.store.size;
    for (let i = 0; i < ids.length; i++) {
      const row = this.store.append(units[i]);
      const key = this.freeKeys.pop() ?? this.rowByKey.length;
      this.ids[row] = ids[i];
      this.rowById.set(ids[i], row);
      this.keyByRow[row] = key;
      this.rowByKey[key] = row;
    }
    try {
      if (this.hnsw) this.insertRows(this.hnsw, firstRow, ids.length === 1 ? units[0] : packed(units, d), ids.length === 1 ? 1 : this.hnswOptions.buildThreads);
      else if (this.size >= this.approximateFrom) this.buildHnsw();
    } catch (error) {
      // All or nothing: a batch the graph could not take (e.g. out of memory) is taken back.
      for (const id of ids) this.remove(id);
      throw error;
    }
  }

  /** Removes a template; false if there was none of this id. */
  remove(id: string): boolean {
    const row = this.rowById.get(id);
    if (row === undefined) return false;
    const key = this.keyByRow[row];
    this.hnsw?.remove(BigInt(key));
    const moved = this.store.removeSwap(row);
    if (moved >= 0) {
      this.ids[row] = this.ids[moved];
      this.keyByRow[row] = this.keyByRow[moved];
      this.rowById.set(this.ids[row], row);
      this.rowByKey[this.keyByRow[row]] = row;
    }
    this.ids.pop();
    this.keyByRow.pop();
    this.rowById.delete(id);
    this.rowByKey[key] = -1;
    this.freeKeys.push(key);
    if (this.hnsw && this.size < this.approximateFrom / 2) this.hnsw = null;
    return true;
  }

  /**
   * The `k` templates most similar to `vector` (cosine), best first; ties by
   * id. Approximate from `approximateFrom` templates on, exact below. In the
   * approximate mode, `candidates` (default: k × candidateFactor) graph
   * results are re-ranked exactly; asking for more than `expansionSearch`
   * widens the graph search too: more recall, more time.
   */
  search(vector: Float32Array, k: number, candidates?: number): FaceCandidate[] {
    const query = this.query(vector, k);
    if (!this.hnsw) return this.candidates(this.store.nearest(query, k), k);
    const wanted = Math.max(k, Math.ceil(candidates ?? k * this.hnswOptions.candidateFactor));
    if (wanted >= this.size) return this.candidates(this.store.nearest(query, k), k);
    const matches = this.hnsw.search(query, wanted, 1);
    const scored: ScoredRow[] = [];
    for (const key of matches.keys) {
      const row = this.rowByKey[Number(key)];
      if (row !== undefined && row >= 0) scored.push({ row, similarity: this.store.dot(row, query) });
    }
    return this.candidates(scored, k);
  }

  /** The exact `k` nearest templates by a full scan, whatever the mode: the reference for recall. */
  searchExact(vector: Float32Array, k: number): FaceCandidate[] {
    return this.candidates(this.store.nearest(this.query(vector, k), k), k);
  }

  private query(vector: Float32Array, k: number): Float32Array {
    if (!Number.isInteger(k) || k < 1) throw invalidInput('k must be a positive whole number', [{ path: 'k', message: 'not a positive whole number' }]);
    if (vector.length !== this.dimensions) {
      const message = `must have ${this.dimensions} dimensions; this one has ${vector.length}`;
      throw invalidInput(`vector ${message}`, [{ path: 'vector', message }]);
    }
    return this.unit(vector, 'vector');
  }

  private unit(vector: Float32Array, path: string): Float32Array {
    const unit = unitVector(vector);
    if (!unit) throw invalidInput(`${path} must hold finite numbers, not all zero`, [{ path, message: 'not finite numbers, not all zero' }]);
    return unit;
  }

  private candidates(scored: ScoredRow[], k: number): FaceCandidate[] {
    return scored
      .map(({ row, similarity }) => ({ id: this.ids[row], similarity }))
      .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, k);
  }

  private buildHnsw(): void {
    const o = this.hnswOptions;
    const hnsw = new Index({
      dimensions: this.dimensions,
      metric: MetricKind.Cos,
      quantization: SCALAR[o.quantization],
      connectivity: o.connectivity,
      expansion_add: o.expansionAdd,
      expansion_search: o.expansionSearch,
      multi: false,
    });
    for (const { firstRow, vectors } of this.store.runs()) this.insertRows(hnsw, firstRow, vectors, o.buildThreads);
    this.hnsw = hnsw;
  }

  private insertRows(hnsw: Index, firstRow: number, vectors: Float32Array, threads: number): void {
    const count = vectors.length / this.dimensions;
    const keys = new BigUint64Array(count);
    for (let i = 0; i < count; i++) keys[i] = BigInt(this.keyByRow[firstRow + i]);
    hnsw.add(keys, vectors, threads);
  }
}

function packed(units: Float32Array[], d: number): Float32Array {
  const out = new Float32Array(units.length * d);
  units.forEach((unit, i) => out.set(unit, i * d));
  return out;
}
