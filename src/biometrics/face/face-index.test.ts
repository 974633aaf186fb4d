import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { SeededRandom } from '../../core/random.ts';
import { FaceIndex } from './face-index.ts';
import { gaussian } from './synthetic.ts';

function randomVectors(count: number, dimensions: number, seed: number): Float32Array[] {
  const gauss = gaussian(new SeededRandom(seed));
  return Array.from({ length: count }, () => unit(Float32Array.from({ length: dimensions }, gauss)));
}

function unit(v: Float32Array): Float32Array {
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

function bruteForce(vectors: Map<string, Float32Array>, query: Float32Array, k: number) {
  const q = unit(query);
  return [...vectors]
    .map(([id, v]) => ({ id, similarity: v.reduce((sum, x, i) => sum + x * q[i], 0) }))
    .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1))
    .slice(0, k);
}

function errorOf(action: () => unknown): LiaisonError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(LiaisonError);
    return error as LiaisonError;
  }
  throw new Error('no error');
}

describe('FaceIndex, exact search', () => {
  it('returns the k most similar templates, best first, with their cosine similarity', () => {
    const index = new FaceIndex({ dimensions: 3 });
    index.add('same', new Float32Array([2, 0, 0]));
    index.add('diagonal', new Float32Array([1, 1, 0]));
    index.add('orthogonal-b', new Float32Array([0, 0, 5]));
    index.add('orthogonal-a', new Float32Array([0, 3, 0]));
    index.add('opposite', new Float32Array([-1, 0, 0]));
    const found = index.search(new Float32Array([1, 0, 0]), 5);
    expect(found.map((c) => c.id)).toEqual(['same', 'diagonal', 'orthogonal-a', 'orthogonal-b', 'opposite']);
    expect(found.map((c) => c.similarity)).toEqual([expect.closeTo(1, 6), expect.closeTo(Math.SQRT1_2, 6), expect.closeTo(0, 6), expect.closeTo(0, 6), expect.closeTo(-1, 6)]);
    expect(index.search(new Float32Array([1, 0, 0]), 2).map((c) => c.id)).toEqual(['same', 'diagonal']);
    expect(index.search(new Float32Array([1, 0, 0]), 50)).toHaveLength(5);
    expect(new FaceIndex({ dimensions: 3 }).search(new Float32Array([1, 0, 0]), 5)).toEqual([]);
  });

  it('agrees with a brute-force scan, across storage blocks', () => {
    const dimensions = 48;
    const vectors = new Map(randomVectors(1_500, dimensions, 11).map((v, i) => [`t${i}`, v] as const));
    const index = new FaceIndex({ dimensions });
    index.addMany([...vectors.keys()], Float32Array.from([...vectors.values()].flatMap((v) => [...v])));
    for (const query of randomVectors(25, dimensions, 12)) {
      const expected = bruteForce(vectors, query, 10);
      const found = index.search(query.map((x) => x * 7), 10);
      expect(found.map((c) => c.id)).toEqual(expected.map((c) => c.id));
      found.forEach((c, i) => expect(c.similarity).toBeCloseTo(expected[i].similarity, 5));
    }
  });

  it('forgets removed templates and keeps the others findable', () => {
    const vectors = randomVectors(300, 32, 21);
    const index = new FaceIndex({ dimensions: 32 });
    vectors.forEach((v, i) => index.add(`t${i}`, v));
    for (let i = 0; i < 300; i += 3) expect(index.remove(`t${i}`)).toBe(true);
    expect(index.remove('t0')).toBe(false);
    expect(index.remove('never')).toBe(false);
    expect(index.size).toBe(200);
    vectors.forEach((v, i) => {
      const top = index.search(v, 1)[0];
      if (i % 3 === 0) expect(top.id).not.toBe(`t${i}`);
      else expect(top).toEqual({ id: `t${i}`, similarity: expect.closeTo(1, 5) });
    });
    index.add('t0', vectors[1]);
    expect(index.search(vectors[1], 2).map((c) => c.id)).toEqual(['t0', 't1']);
  });

  it('refuses wrong dimensions, vectors without direction, taken ids and bad k', () => {
    const index = new FaceIndex({ dimensions: 4 });
    index.add('a', new Float32Array([1, 2, 3, 4]));
    const wrong = errorOf(() => index.add('b', new Float32Array([1, 2, 3])));
    expect(wrong.code).toBe('invalid_input');
    expect(wrong.issues).toEqual([{ path: 'vector', message: 'must have 4 dimensions; this one has 3' }]);
    expect(errorOf(() => index.search(new Float32Array(8), 1)).issues[0].path).toBe('vector');
    expect(errorOf(() => index.add('b', new Float32Array(4))).code).toBe('invalid_input');
    expect(errorOf(() => index.add('b', new Float32Array([1, Number.NaN, 0, 0]))).code).toBe('invalid_input');
    expect(errorOf(() => index.add('a', new Float32Array([1, 0, 0, 0]))).code).toBe('conflict');
    expect(errorOf(() => index.addMany(['c', 'c'], new Float32Array(8).fill(1))).code).toBe('conflict');
    expect(errorOf(() => index.search(new Float32Array([1, 0, 0, 0]), 0)).issues[0].path).toBe('k');
    expect(errorOf(() => index.search(new Float32Array([1, 0, 0, 0]), 1.5)).issues[0].path).toBe('k');
    expect(index.size).toBe(1);
  });
});

describe('FaceIndex, approximate search (HNSW)', () => {
  const dimensions = 64;
  // The production parameters, with a threshold small enough for a test.
  const options = { dimensions, approximateFrom: 2_000 };

  it('switches to the graph when the gallery reaches the threshold', () => {
    const vectors = randomVectors(2_000, dimensions, 31);
    const index = new FaceIndex(options);
    vectors.slice(0, 1_999).forEach((v, i) => index.add(`t${i}`, v));
    expect(index.mode).toBe('exact');
    index.add('t1999', vectors[1_999]);
    expect(index.mode).toBe('approximate');
    expect(index.search(vectors[1_999], 1)[0]).toEqual({ id: 't1999', similarity: expect.closeTo(1, 5) });
  });

  it('finds the exact nearest of well-separated clusters, with exact similarities', () => {
    const gauss = gaussian(new SeededRandom(41));
    const centres = randomVectors(100, dimensions, 42);
    const member = (c: number) => unit(centres[c].map((x) => x + 0.05 * gauss()));
    const index = new FaceIndex(options);
    for (let c = 0; c < 100; c++) for (let m = 0; m < 30; m++) index.add(`c${c}-m${m}`, member(c));
    expect(index.mode).toBe('approximate');
    for (let c = 0; c < 100; c += 3) {
      const probe = member(c);
      const found = index.search(probe, 10);
      const exact = index.searchExact(probe, 10);
      expect(found[0]).toEqual(exact[0]);
      expect(found.every((f) => f.id.startsWith(`c${c}-`))).toBe(true);
      for (let i = 1; i < found.length; i++) expect(found[i - 1].similarity).toBeGreaterThanOrEqual(found[i].similarity);
      const exactById = new Map(index.searchExact(probe, 30).map((e) => [e.id, e.similarity]));
      for (const f of found) expect(f.similarity).toBe(exactById.get(f.id));
    }
  });

  it('has recall@10 of at least 0.95 against exact search on random vectors', () => {
    const index = new FaceIndex(options);
    const vectors = randomVectors(4_000, dimensions, 51);
    index.addMany(
      vectors.map((_, i) => `t${i}`),
      Float32Array.from(vectors.flatMap((v) => [...v])),
    );
    let found = 0;
    const queries = randomVectors(100, dimensions, 52);
    for (const q of queries) {
      const exact = new Set(index.searchExact(q, 10).map((c) => c.id));
      found += index.search(q, 10).filter((c) => exact.has(c.id)).length;
    }
    expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
  });

  it('never returns removed templates, takes new ones, and drops the graph below half the threshold', () => {
    const vectors = randomVectors(3_000, dimensions, 61);
    const index = new FaceIndex(options);
    vectors.forEach((v, i) => index.add(`t${i}`, v));
    expect(index.mode).toBe('approximate');
    for (let i = 0; i < 3_000; i += 2) index.remove(`t${i}`);
    expect(index.size).toBe(1_500);
    expect(index.mode).toBe('approximate');
    let selfFound = 0;
    for (let i = 0; i < 3_000; i++) {
      const found = index.search(vectors[i], 5).map((c) => c.id);
      expect(found.filter((id) => Number(id.slice(1)) % 2 === 0)).toEqual([]);
      if (i % 2 === 1 && found[0] === `t${i}`) selfFound++;
    }
    // A graph with removed nodes is approximate too: a kept template is found as its own nearest almost always.
    expect(selfFound).toBeGreaterThanOrEqual(1_485);
    const fresh = randomVectors(20, dimensions, 62);
    fresh.forEach((v, i) => index.add(`new${i}`, v));
    expect(fresh.filter((v, i) => index.search(v, 1)[0].id === `new${i}`).length).toBeGreaterThanOrEqual(19);
    index.add('t0', vectors[1]);
    expect(index.search(vectors[1], 5).map((c) => c.id)).toEqual(expect.arrayContaining(['t0', 't1']));
    for (let i = 1; i < 1_200; i += 2) index.remove(`t${i}`);
    expect(index.size).toBeLessThan(1_000);
    expect(index.mode).toBe('exact');
    expect(index.search(vectors[1_201], 1)[0].id).toBe('t1201');
    expect(index.search(vectors[1], 1)[0].id).toBe('t0');
  });
});
