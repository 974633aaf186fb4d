import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../core/random.ts';
import { generateCrossScriptSet } from '../synth/cross-script-set.ts';
import { COMPARISONS } from './comparisons.ts';
import { dedupe, DEDUPE_LIMITS } from './dedupe.ts';
import { defaultModel } from './default-model.ts';
import { clusterMetrics } from './evaluation.ts';
import { BlockingIndex } from './match-index.ts';
import { CompiledModel } from './model.ts';
import { prepareRecord, type PreparedRecord } from './prepare.ts';
import { estimateU, modelFrom, trainM } from './train.ts';

/**
 * Unsupervised training (u from random pairs, m by EM), as
 * scripts/train-matcher.ts does it, on a small seeded cross-script set:
 * the estimates point the right way, and a model built from them
 * deduplicates a set of another seed well.
 */

/** Every candidate pair of a dataset, as the deduplication gathers them. */
function* candidatePairs(records: readonly PreparedRecord[]): Generator<[number, number]> {
  const index = new BlockingIndex();
  for (const r of records) index.add(r);
  for (let i = 0; i < records.length; i++) for (const j of index.candidates(records[i]!, DEDUPE_LIMITS)) if (j > i) yield [i, j];
}

const train = generateCrossScriptSet({ seed: 5, entities: 600 }).records.map(prepareRecord);
const { u, observed } = estimateU(train, new SeededRandom(7), 100_000);
const { m, matchesPerRecord } = trainM(train, () => candidatePairs(train), u);
const population = { matchesPerRecord, trainedRecords: train.length };

const comparison = (field: string) => {
  const c = COMPARISONS.findIndex((x) => x.field === field);
  expect(c, field).toBeGreaterThanOrEqual(0);
  return c;
};
const level = (field: string, name: string) => {
  const l = COMPARISONS[comparison(field)]!.levels.indexOf(name);
  expect(l, `${field}.${name}`).toBeGreaterThanOrEqual(0);
  return l;
};
const mOf = (field: string, name: string) => m[comparison(field)]![level(field, name)]!;
const uOf = (field: string, name: string) => u[comparison(field)]![level(field, name)]!;

describe('unsupervised training on a seeded cross-script set', () => {
  it('gives probability distributions: every level of every comparison strictly between 0 and 1, each comparison summing to 1', () => {
    for (const estimate of [m, u]) {
      expect(estimate).toHaveLength(COMPARISONS.length);
      estimate.forEach((row, c) => {
        expect(row).toHaveLength(COMPARISONS[c]!.levels.length);
        for (const p of row) {
          expect(p).toBeGreaterThan(0);
          expect(p).toBeLessThan(1);
        }
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      });
    }
  });

  it('observes names and dates of birth in the synthetic data, but no identifiers or addresses', () => {
    expect(observed[comparison('name')]).toBe(true);
    expect(observed[comparison('dateOfBirth')]).toBe(true);
    expect(observed[comparison('identifier')]).toBe(false);
    expect(observed[comparison('address')]).toBe(false);
  });

  it('learns that exact names are evidence for a match and different names evidence against', () => {
    expect(mOf('name', 'exact')).toBeGreaterThan(uOf('name', 'exact'));
    expect(mOf('name', 'different')).toBeLessThan(uOf('name', 'different'));
    // Nearly all random pairs have different names.
    expect(uOf('name', 'different')).toBeGreaterThan(0.9);
  });

  it('learns that an exact date of birth is evidence for a match, and a different one against', () => {
    expect(mOf('dateOfBirth', 'exact')).toBeGreaterThan(uOf('dateOfBirth', 'exact'));
    expect(mOf('dateOfBirth', 'different')).toBeLessThan(uOf('dateOfBirth', 'different'));
  });

  it('estimates how many other records of the same person a record has (the set has 1 to 2)', () => {
    expect(matchesPerRecord).toBeGreaterThan(0.5);
    expect(matchesPerRecord).toBeLessThan(3);
  });

  it('builds a model that deduplicates a set of another seed with pairwise F1 of at least 0.8', () => {
    const { threshold, namesOnlyThreshold } = defaultModel().model;
    const model = modelFrom(m, u, population, { threshold, namesOnlyThreshold }, 'test: EM on seed 5, 600 entities');
    expect(model.comparisons.map((c) => c.field)).toEqual(COMPARISONS.map((c) => c.field));
    const test = generateCrossScriptSet({ seed: 6, entities: 300 }).records;
    const { clusters } = dedupe(test.map(prepareRecord), new CompiledModel(model));
    const metrics = clusterMetrics(clusters, test.map((r) => r.entity));
    expect(metrics.f1, JSON.stringify(metrics)).toBeGreaterThanOrEqual(0.8);
    // Not everything in one cluster, nor every record alone.
    expect(new Set(clusters).size).toBeGreaterThan(250);
    expect(new Set(clusters).size).toBeLessThan(test.length);
  });

  it('gives worse clusters with m and u swapped (the measure can fail)', () => {
    const { threshold, namesOnlyThreshold } = defaultModel().model;
    const swapped = new CompiledModel(modelFrom(u, m, population, { threshold, namesOnlyThreshold }, 'test: m and u swapped'));
    const test = generateCrossScriptSet({ seed: 6, entities: 300 }).records;
    const metrics = clusterMetrics(dedupe(test.map(prepareRecord), swapped).clusters, test.map((r) => r.entity));
    expect(metrics.f1).toBeLessThan(0.5);
  });
});
