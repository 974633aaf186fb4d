import type { SeededRandom } from '../core/random.ts';
import { COMPARISONS, comparisonVector } from './comparisons.ts';
import type { LevelParameters, MatchModel } from './model.ts';
import type { PreparedRecord } from './prepare.ts';

/** Level counts per comparison; index -1 (missing) is not counted. */
type LevelCounts = number[][];

function emptyCounts(): LevelCounts {
  return COMPARISONS.map((c) => c.levels.map(() => 0));
}

/** Turns counts into probabilities, with a half-count added to every level so that none is 0. */
function toProbabilities(counts: LevelCounts): number[][] {
  return counts.map((levels) => {
    const total = levels.reduce((a, b) => a + b, 0) + levels.length * 0.5;
    return levels.map((n) => (n + 0.5) / total);
  });
}

/**
 * Estimates u-probabilities — how often each level occurs between records of
 * different persons — from random pairs, nearly all of which are non-matches.
 */
export function estimateU(records: readonly PreparedRecord[], rng: SeededRandom, samples = 200_000): { u: number[][]; observed: boolean[] } {
  const counts = emptyCounts();
  const vector = new Int8Array(COMPARISONS.length);
  if (records.length < 2) throw new Error('u-probabilities need at least two records');
  for (let s = 0; s < samples; s++) {
    const i = rng.int(0, records.length - 1);
    let j = rng.int(0, records.length - 2);
    if (j >= i) j++;
    comparisonVector(records[i]!, records[j]!, vector);
    for (let c = 0; c < vector.length; c++) if (vector[c]! >= 0) counts[c]![vector[c]!]! += 1;
  }
  return { u: toProbabilities(counts), observed: counts.map((levels) => levels.some((n) => n > 0)) };
}

/** Comparison vectors folded into distinct patterns with their counts, so EM runs over patterns, not pairs. */
export class PatternCounts {
  readonly patterns = new Map<string, { vector: Int8Array; count: number }>();

  add(vector: Int8Array): void {
    const key = vector.join(',');
    const entry = this.patterns.get(key);
    if (entry) entry.count += 1;
    else this.patterns.set(key, { vector: Int8Array.from(vector), count: 1 });
  }
}

/** Starting m-probabilities: most mass on the best levels. */
function initialM(): number[][] {
  return COMPARISONS.map((c) => {
    const raw = c.levels.map((_, i) => 0.5 ** i);
    raw[raw.length - 1] = raw[raw.length - 1]! * 0.1;
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((x) => x / total);
  });
}

/**
 * Expectation–maximisation (Fellegi–Sunter, as in Splink and fastLink):
 * estimates the m-probabilities and the prior from the comparison patterns of
 * candidate pairs, with the u-probabilities held fixed.
 */
export function estimateM(patterns: PatternCounts, u: number[][], iterations = 40): { m: number[][]; prior: number } {
  let m = initialM();
  let prior = 0.1;
  const entries = [...patterns.patterns.values()];
  for (let it = 0; it < iterations; it++) {
    const counts = emptyCounts();
    let matchTotal = 0;
    let total = 0;
    for (const { vector, count } of entries) {
      let pm = prior;
      let pu = 1 - prior;
      for (let c = 0; c < vector.length; c++) {
        const level = vector[c]!;
        if (level < 0) continue;
        pm *= m[c]![level]!;
        pu *= u[c]![level]!;
      }
      const p = pm / (pm + pu);
      matchTotal += p * count;
      total += count;
      for (let c = 0; c < vector.length; c++) if (vector[c]! >= 0) counts[c]![vector[c]!]! += p * count;
    }
    m = toProbabilities(counts);
    prior = Math.min(0.999, Math.max(1e-6, matchTotal / Math.max(1, total)));
  }
  return { m, prior };
}

/** Assembles a model from estimated probabilities. */
export function modelFrom(m: number[][], u: number[][], prior: number, threshold: number, trainedOn: string): MatchModel {
  return {
    prior,
    threshold,
    trainedOn,
    comparisons: COMPARISONS.map((c, i) => ({
      field: c.field,
      levels: c.levels.map((level, l): LevelParameters => ({ level, m: round(m[i]![l]!), u: round(u[i]![l]!) })),
    })),
  };
}

function round(n: number): number {
  return Number(n.toPrecision(4));
}
