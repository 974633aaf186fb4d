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
 * pairs, with the u-probabilities held fixed. Comparisons listed in `exclude`
 * take no part — the one used to choose the pairs, whose agreement the choice
 * has biased — and their rows of `m` are left as they were.
 */
export function estimateM(patterns: PatternCounts, u: number[][], exclude: readonly number[] = [], iterations = 40, start = initialM()): { m: number[][]; prior: number } {
  let m = start;
  let prior = 0.1;
  const entries = [...patterns.patterns.values()];
  for (let it = 0; it < iterations; it++) {
    const counts = emptyCounts();
    const { matches, total } = expectMatches(entries, m, u, prior, exclude, counts);
    const next = toProbabilities(counts);
    m = m.map((row, c) => (exclude.includes(c) ? row : next[c]!));
    prior = Math.min(0.999, Math.max(1e-6, matches / Math.max(1, total)));
  }
  return { m, prior };
}

/** The E-step: the expected number of matches among the patterns, adding each level's expected match count to `counts`. */
function expectMatches(entries: { vector: Int8Array; count: number }[], m: number[][], u: number[][], prior: number, exclude: readonly number[], counts?: LevelCounts) {
  let matches = 0;
  let total = 0;
  for (const { vector, count } of entries) {
    let pm = prior;
    let pu = 1 - prior;
    for (let c = 0; c < vector.length; c++) {
      const level = vector[c]!;
      if (level < 0 || exclude.includes(c)) continue;
      pm *= m[c]![level]!;
      pu *= u[c]![level]!;
    }
    const p = pm / (pm + pu);
    matches += p * count;
    total += count;
    if (counts) for (let c = 0; c < vector.length; c++) if (vector[c]! >= 0) counts[c]![vector[c]!]! += p * count;
  }
  return { matches, total };
}

/** The prior of a model on a set of pairs: the expected share of matches under fixed m and u. */
export function estimatePrior(patterns: PatternCounts, m: number[][], u: number[][]): number {
  let prior = 0.1;
  const entries = [...patterns.patterns.values()];
  for (let it = 0; it < 40; it++) {
    const { matches, total } = expectMatches(entries, m, u, prior, []);
    prior = Math.min(0.999, Math.max(1e-6, matches / Math.max(1, total)));
  }
  return prior;
}

/** Pairs of records born on the same day (at most `perDay` records of one day): pairs chosen without looking at names. */
export function* sameBirthdayPairs(records: readonly PreparedRecord[], perDay = 50): Generator<[number, number]> {
  const byDay = new Map<string, number[]>();
  records.forEach((r, i) => {
    const d = r.dateOfBirth;
    if (d?.day === undefined) return;
    const key = `${d.year}-${d.month}-${d.day}`;
    const list = byDay.get(key) ?? [];
    if (list.length < perDay) list.push(i);
    byDay.set(key, list);
  });
  for (const list of byDay.values()) for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) yield [list[a]!, list[b]!];
}

function patternsOf(records: readonly PreparedRecord[], pairs: Iterable<[number, number]>, keep: (vector: Int8Array) => boolean = () => true): PatternCounts {
  const patterns = new PatternCounts();
  const vector = new Int8Array(COMPARISONS.length);
  for (const [i, j] of pairs) {
    comparisonVector(records[i]!, records[j]!, vector);
    if (keep(vector)) patterns.add(vector);
  }
  return patterns;
}

const field = (name: string) => COMPARISONS.findIndex((c) => c.field === name);
const NAME = field('name');
const DATE_OF_BIRTH = field('dateOfBirth');
/** Estimated from pairs born on the same day: the names alone (relatives born the same day share the rest). */
const NAMES = ['name', 'nameWordDiffers'].map(field);
/** The fields that go with a person's origin, shared by different persons of alike names. */
const ORIGIN = ['gender', 'nationality', 'placeOfBirth'].map(field);
/** Names at least this alike (exact, equivalent, close) choose the pairs of the later sessions. */
const NAMES_AGREE = 2;
const DATE_EXACT = 0;

const all = COMPARISONS.map((_, i) => i);
const allBut = (kept: number[]) => all.filter((i) => !kept.includes(i));

/**
 * Trains m-probabilities as Splink does, in sessions so that no comparison is
 * estimated from pairs chosen by its own agreement, or by a field that goes
 * with it among different persons (relatives share a birthday and an origin;
 * namesakes share an origin):
 * 1. names, from pairs born on the same day;
 * 2. date of birth, identifiers and address, from candidate pairs whose names agree closely;
 * 3. gender, nationality and birthplace, from those of them also born on the same day.
 * Then the expected number of matches among all candidate pairs gives how
 * many other records of the same person a record has.
 */
export function trainM(records: readonly PreparedRecord[], candidatePairs: () => Iterable<[number, number]>, u: number[][]): { m: number[][]; matchesPerRecord: number } {
  const namesAgree = (v: Int8Array) => v[NAME]! >= 0 && v[NAME]! <= NAMES_AGREE;
  const names = estimateM(patternsOf(records, sameBirthdayPairs(records)), u, allBut(NAMES));
  const rest = allBut([...NAMES, ...ORIGIN]);
  const dates = estimateM(patternsOf(records, candidatePairs(), namesAgree), u, allBut(rest));
  const origin = estimateM(patternsOf(records, candidatePairs(), (v) => namesAgree(v) && v[DATE_OF_BIRTH] === DATE_EXACT), u, allBut(ORIGIN));
  const m = all.map((c) => (NAMES.includes(c) ? names.m[c]! : ORIGIN.includes(c) ? origin.m[c]! : dates.m[c]!));
  const candidates = patternsOf(records, candidatePairs());
  let total = 0;
  for (const { count } of candidates.patterns.values()) total += count;
  return { m, matchesPerRecord: (2 * estimatePrior(candidates, m, u) * total) / Math.max(1, records.length) };
}

/** Assembles a model from estimated probabilities. */
export function modelFrom(
  m: number[][],
  u: number[][],
  population: Pick<MatchModel, 'matchesPerRecord' | 'trainedRecords'>,
  thresholds: Pick<MatchModel, 'threshold' | 'namesOnlyThreshold'>,
  trainedOn: string,
): MatchModel {
  return {
    ...population,
    ...thresholds,
    trainedOn,
    comparisons: COMPARISONS.map((c, i) => ({
      field: c.field,
      levels: c.levels.map((level, l): LevelParameters => ({ level, m: round(m[i]![l]!), u: round(u[i]![l]!) })),
    })),
  };
}

/** Six significant digits, kept strictly between 0 and 1. */
function round(n: number): number {
  return Math.min(1 - 1e-7, Math.max(1e-9, Number(n.toPrecision(6))));
}
