import { exactSearch, MetricKind } from 'usearch';
import { dotAt } from './vector-math.ts';

/** A row of a {@link VectorStore} and its dot product with a query. */
export interface ScoredRow {
  row: number;
  similarity: number;
}

/** Floats per block: 64 MiB, so no single allocation grows with the gallery. */
const BLOCK_FLOATS = 2 ** 24;
const FIRST_BLOCK_ROWS = 64;

/**
 * Unit vectors of one dimension in dense rows 0..size-1, kept in blocks of
 * 32-bit floats: the exact copy that brute-force search scans and that
 * approximate candidates are re-ranked against. Removal moves the last row
 * into the hole, so the rows stay dense.
 */
export class VectorStore {
  private readonly blockRows: number;
  private readonly blocks: Float32Array[] = [];
  private rows = 0;

  constructor(readonly dimensions: number) {
    this.blockRows = Math.max(FIRST_BLOCK_ROWS, Math.floor(BLOCK_FLOATS / dimensions));
  }

  /** How many rows are stored. */
  get size(): number {
    return this.rows;
  }

  /** Bytes held by the blocks (capacity, not only the rows in use). */
  get bytes(): number {
    return this.blocks.reduce((sum, block) => sum + block.byteLength, 0);
  }

  /** Appends a vector of `dimensions` values and returns its row. */
  append(vector: Float32Array): number {
    const row = this.rows;
    const b = Math.floor(row / this.blockRows);
    const inBlock = row - b * this.blockRows;
    const d = this.dimensions;
    if (b === this.blocks.length) {
      this.blocks.push(new Float32Array(Math.min(this.blockRows, FIRST_BLOCK_ROWS) * d));
    } else if ((inBlock + 1) * d > this.blocks[b].length) {
      const grown = new Float32Array(Math.min(this.blockRows, (this.blocks[b].length / d) * 2) * d);
      grown.set(this.blocks[b]);
      this.blocks[b] = grown;
    }
    this.blocks[b].set(vector, inBlock * d);
    this.rows++;
    return row;
  }

  /** The stored vector of `row`, as a view (valid until the store changes). */
  vector(row: number): Float32Array {
    const b = Math.floor(row / this.blockRows);
    const start = (row - b * this.blockRows) * this.dimensions;
    return this.blocks[b].subarray(start, start + this.dimensions);
  }

  /** The dot product of `row` with a query of `dimensions` values. */
  dot(row: number, query: Float32Array): number {
    const b = Math.floor(row / this.blockRows);
    return dotAt(this.blocks[b], (row - b * this.blockRows) * this.dimensions, query);
  }

  /**
   * Removes `row` by moving the last row into it. Returns the row that moved
   * (the former last row, now at `row`), or -1 when `row` was the last.
   */
  removeSwap(row: number): number {
    const last = this.rows - 1;
    if (row !== last) {
      const b = Math.floor(row / this.blockRows);
      this.blocks[b].set(this.vector(last), (row - b * this.blockRows) * this.dimensions);
    }
    this.rows = last;
    if (this.blocks.length > Math.ceil(this.rows / this.blockRows)) this.blocks.pop();
    return row === last ? -1 : last;
  }

  /** Consecutive runs of rows, block by block, as flat row-major views: for batch insertion elsewhere. */
  *runs(): Generator<{ firstRow: number; vectors: Float32Array }> {
    for (let b = 0; b < this.blocks.length; b++) {
      const rows = Math.min(this.blockRows, this.rows - b * this.blockRows);
      if (rows > 0) yield { firstRow: b * this.blockRows, vectors: this.blocks[b].subarray(0, rows * this.dimensions) };
    }
  }

  /**
   * The `k` rows of highest dot product with `query`, best first, by an
   * exhaustive scan on one thread (usearch's SIMD kernels, block by block).
   */
  nearest(query: Float32Array, k: number): ScoredRow[] {
    // usearch's exactSearch reads typed arrays from the start of their buffer, ignoring any offset.
    const q = query.byteOffset === 0 && query.buffer.byteLength === query.byteLength ? query : query.slice();
    const found: ScoredRow[] = [];
    for (const { firstRow, vectors } of this.runs()) {
      const rows = vectors.length / this.dimensions;
      const matches = exactSearch(vectors, q, this.dimensions, Math.min(k, rows), MetricKind.IP, 1);
      for (let i = 0; i < matches.keys.length; i++) {
        const row = firstRow + Number(matches.keys[i]);
        found.push({ row, similarity: this.dot(row, q) });
      }
    }
    return found.sort((a, b) => b.similarity - a.similarity || a.row - b.row).slice(0, k);
  }
}
