import { bestNames, COMPARISONS } from './comparisons.ts';
import { explainNames, type WordPairing } from './names/compare-names.ts';
import type { NameFrequencies } from './name-frequencies.ts';
import type { ParsedName } from './names/parse-name.ts';
import type { PreparedRecord } from './prepare.ts';

/** The m- and u-probabilities of one level of one comparison. */
export interface LevelParameters {
  level: string;
  /** P(this level | the records are the same person). */
  m: number;
  /** P(this level | they are not). */
  u: number;
}

/** A Fellegi–Sunter model: how many matches a record has, and m/u per comparison level. */
export interface MatchModel {
  /**
   * How many other records of the same person a record has, on average: the
   * prior of a pair in a population of N records is this over N − 1 (the
   * probability that two records drawn at random match, as Splink has it),
   * so that the same evidence counts for less in a larger population.
   */
  matchesPerRecord: number;
  /** The population the model was trained on: the prior of a pair scored without one (a file of pairs). */
  trainedRecords: number;
  comparisons: { field: string; levels: LevelParameters[] }[];
  /** The score (0–1) at or above which a pair is called a match. */
  threshold: number;
  /** The threshold for pairs that can be compared on their names alone: less evidence, another calibration. */
  namesOnlyThreshold: number;
  /** Where the parameters come from. */
  trainedOn: string;
}

/** One line of a score's explanation: the evidence one field gives, in bits (log2 Bayes factor). */
export interface FieldEvidence {
  field: string;
  level: string;
  /** log2(m/u): positive for evidence of a match, negative against, 0 when the field is missing. */
  weight: number;
  detail?: string;
}

/** A scored pair. */
export interface PairScore {
  /** The probability that the pair is the same person, 0–1. */
  score: number;
  /** The total match weight in bits, prior included. */
  weight: number;
  match: boolean;
}

/** A scored pair with the per-field explanation of its weight. */
export interface ExplainedScore extends PairScore {
  evidence: FieldEvidence[];
  names?: WordPairing[];
}

/** Levels whose weight the name's frequency adjusts either way; for close and subset agreements only downwards (a common name). */
const TF_LEVELS = new Set(['exact', 'equivalent']);
const TF_DOWN_LEVELS = new Set(['close', 'subset']);
/** The comparisons drawn from the names come first: the name level and whether a word differs. */
const NAME_COMPARISONS = 2;
const TF_MIN = -8;
const TF_MAX = 3;
/** Below this many records, counts say too little of how common a name is to weigh it. */
const TF_MIN_RECORDS = 1_000;

const log2 = Math.log2;

function probability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** Precomputed log2(m/u) of every level, for the scoring loop. */
export class CompiledModel {
  readonly weights: Float64Array[];

  constructor(readonly model: MatchModel) {
    this.weights = COMPARISONS.map((c) => {
      const params = model.comparisons.find((p) => p.field === c.field);
      return Float64Array.from(c.levels, (level) => {
        const p = params?.levels.find((l) => l.level === level);
        return p ? log2(p.m / p.u) : 0;
      });
    });
  }

  /**
   * The term-frequency adjustment of a name agreement (as in Splink): the
   * level's u-probability, an average over all names, replaced by the share of
   * records bearing this very name — the shorter of the two, for a subset.
   * Close and subset agreements are only ever weakened by it: their u is not
   * the chance of one exact name. 0 when the name is rarer than the data can
   * measure, or the data too few to say.
   */
  private nameTermWeight(level: string, x: ParsedName, y: ParsedName, frequencies: NameFrequencies | undefined): number {
    const both = TF_LEVELS.has(level);
    if (!frequencies || frequencies.records < TF_MIN_RECORDS || !(both || TF_DOWN_LEVELS.has(level))) return 0;
    const u = this.model.comparisons.find((c) => c.field === 'name')?.levels.find((l) => l.level === level)?.u;
    const share = frequencies.share(y.content.length < x.content.length ? y : x);
    if (!u || share === undefined) return 0;
    return Math.min(both ? TF_MAX : 0, Math.max(TF_MIN, log2(u / share)));
  }

  /**
   * The population a pair is scored in: the records counted by the name
   * frequencies, but never fewer than the model was trained on — a small
   * dataset does not make a pair likelier to match than the training data did.
   */
  population(frequencies?: NameFrequencies): number {
    return Math.max(frequencies?.records ?? 0, this.model.trainedRecords);
  }

  /** The prior weight of a pair: log2 of the odds that two records of the population match. */
  priorWeight(frequencies?: NameFrequencies): number {
    const prior = Math.min(0.5, this.model.matchesPerRecord / (this.population(frequencies) - 1));
    return log2(prior / (1 - prior));
  }

  /** Scores a pair: the prior plus the weight of each comparison, with the name's frequency taken into account. */
  score(a: PreparedRecord, b: PreparedRecord, frequencies?: NameFrequencies): PairScore {
    const names = bestNames(a, b);
    let weight = this.priorWeight(frequencies) + this.nameTermWeight(names.level, names.x, names.y, frequencies);
    let beyondNames = false;
    for (let i = 0; i < COMPARISONS.length; i++) {
      const level = COMPARISONS[i]!.level(a, b, names);
      if (level < 0) continue;
      weight += this.weights[i]![level]!;
      if (i >= NAME_COMPARISONS) beyondNames = true;
    }
    const score = probability(weight);
    return { score, weight, match: score >= (beyondNames ? this.model.threshold : this.model.namesOnlyThreshold) };
  }

  /** Scores a pair and says why: the evidence of every field, and how the words of the names were paired. */
  explain(a: PreparedRecord, b: PreparedRecord, frequencies?: NameFrequencies): ExplainedScore {
    const names = bestNames(a, b);
    const raw: FieldEvidence[] = [{ field: 'prior', level: `two of ${this.population(frequencies).toLocaleString('en')} records`, weight: this.priorWeight(frequencies) }];
    COMPARISONS.forEach((c, i) => {
      const level = c.level(a, b, names);
      raw.push(level >= 0 ? { field: c.field, level: c.levels[level]!, weight: this.weights[i]![level]! } : { field: c.field, level: 'missing', weight: 0 });
      if (i === 0) raw.at(-1)!.detail = `word similarity ${round(names.similarity)}`;
    });
    const tf = this.nameTermWeight(names.level, names.x, names.y, frequencies);
    if (tf !== 0) raw.splice(2, 0, { field: 'name frequency', level: tf < 0 ? 'common name' : 'rare name', weight: tf });
    const weight = raw.reduce((sum, e) => sum + e.weight, 0);
    const evidence = raw.map((e) => ({ ...e, weight: round(e.weight) }));
    const score = probability(weight);
    const { match } = this.score(a, b, frequencies);
    return { score, weight: round(weight), match, evidence, names: explainNames(names.x, names.y) };
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
