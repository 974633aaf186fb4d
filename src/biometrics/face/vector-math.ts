/**
 * A copy of `values` scaled to unit length (L2), as 32-bit floats, or null
 * when the vector has no direction (all zeros) or holds a non-finite number.
 * Cosine similarity of unit vectors is their dot product.
 */
export function unitVector(values: ArrayLike<number>): Float32Array | null {
  // Scaled by the largest magnitude first, so that huge or tiny values neither overflow nor vanish when squared.
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (!(a <= Number.MAX_VALUE)) return null;
    if (a > max) max = a;
  }
  if (max === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] / max) ** 2;
  const norm = Math.sqrt(sum);
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] / max / norm;
  return out;
}

/** The dot product of `query` with the row of `rows` starting at `offset` (as many values as `query` has). */
export function dotAt(rows: Float32Array, offset: number, query: Float32Array): number {
  const d = query.length;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < d; j += 4) {
    s0 += rows[offset + j] * query[j];
    s1 += rows[offset + j + 1] * query[j + 1];
    s2 += rows[offset + j + 2] * query[j + 2];
    s3 += rows[offset + j + 3] * query[j + 3];
  }
  for (; j < d; j++) s0 += rows[offset + j] * query[j];
  return s0 + s1 + s2 + s3;
}
