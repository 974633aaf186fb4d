import { describe, expect, it } from 'vitest';
import { CLUSTERED_POPULATION, SyntheticFaces, syntheticBatch } from './synthetic.ts';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);

describe('synthetic face templates', () => {
  for (const population of [undefined, CLUSTERED_POPULATION]) {
    it(`are reproducible unit vectors with realistic genuine and impostor similarities (${population ? 'clustered' : 'isotropic'})`, () => {
      const faces = new SyntheticFaces({ dimensions: 512, seed: 1, population });
      const again = new SyntheticFaces({ dimensions: 512, seed: 1, population });
      expect(faces.sample(12, 3)).toEqual(again.sample(12, 3));
      expect(faces.sample(12, 3)).not.toEqual(faces.sample(12, 4));
      expect(new SyntheticFaces({ dimensions: 512, seed: 2, population }).sample(12, 3)).not.toEqual(faces.sample(12, 3));
      expect(dot(faces.sample(5, 0), faces.sample(5, 0))).toBeCloseTo(1, 5);
      const genuine = Array.from({ length: 300 }, (_, i) => dot(faces.sample(i, 0), faces.sample(i, 1)));
      const impostor = Array.from({ length: 300 }, (_, i) => dot(faces.sample(i, 0), faces.sample(i + 1_000, 0)));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(Math.min(...genuine)).toBeGreaterThan(0.55);
      expect(Math.max(...genuine)).toBeLessThan(0.92);
      expect(mean(genuine)).toBeGreaterThan(0.7);
      expect(Math.abs(mean(impostor))).toBeLessThan(0.02);
      expect(Math.max(...impostor)).toBeLessThan(0.4);
    });
  }

  it('makes batches of ids and packed vectors', () => {
    const faces = new SyntheticFaces({ dimensions: 64, seed: 9 });
    const batch = syntheticBatch(faces, 10, 3, 2);
    expect(batch.ids).toEqual(['face-10-0', 'face-10-1', 'face-11-0', 'face-11-1', 'face-12-0', 'face-12-1']);
    expect(batch.vectors.length).toBe(6 * 64);
    expect(batch.vectors.subarray(2 * 64, 3 * 64)).toEqual(faces.sample(11, 0));
  });
});
