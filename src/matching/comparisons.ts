import { compareDates, DATE_LEVELS } from './fields/dates.ts';
import { compareIdentifiers, IDENTIFIER_LEVELS } from './fields/identifiers.ts';
import { compareNames, NAME_LEVELS, type NameComparison } from './names/compare-names.ts';
import { jaroWinkler } from './names/jaro-winkler.ts';
import type { ParsedName } from './names/parse-name.ts';
import type { PreparedRecord } from './prepare.ts';

/** One field compared between two records, graded in levels (best first). */
export interface Comparison {
  readonly field: string;
  readonly levels: readonly string[];
  /** The level index, or -1 when the field is missing on one side (no evidence either way); `names` is the pair's best name comparison. */
  level(a: PreparedRecord, b: PreparedRecord, names: NameComparison): number;
}

/** The best of the comparisons of every name of `a` with every name of `b`, and the names compared. */
export function bestNames(a: PreparedRecord, b: PreparedRecord): NameComparison & { x: ParsedName; y: ParsedName } {
  let best: NameComparison | undefined;
  let bestRank: number = NAME_LEVELS.length;
  let x = a.names[0]!;
  let y = b.names[0]!;
  for (const nx of a.names) {
    for (const ny of b.names) {
      const c = compareNames(nx, ny);
      const rank = NAME_LEVELS.indexOf(c.level);
      if (!best || rank < bestRank || (rank === bestRank && c.similarity > best.similarity)) {
        best = c;
        bestRank = rank;
        x = nx;
        y = ny;
      }
      if (rank === 0) return { level: c.level, similarity: c.similarity, unpaired: c.unpaired, x, y };
    }
  }
  return { level: best!.level, similarity: best!.similarity, unpaired: best!.unpaired, x, y };
}

/** The share of the words of the longer text found, alike at 0.9 or more, in the other. */
function wordOverlap(a: string, b: string): number {
  const x = a.split(' ');
  const y = b.split(' ');
  let found = 0;
  for (const w of x) if (y.some((v) => v === w || jaroWinkler(v, w) >= 0.9)) found++;
  return found / Math.max(x.length, y.length);
}

const nameComparison: Comparison = {
  field: 'name',
  levels: NAME_LEVELS,
  level: (_a, _b, names) => NAME_LEVELS.indexOf(names.level),
};

/** Whether a word of one name clearly differs from every word of the other: undefined when no word agrees (the name level says it all). */
const nameWordDiffersComparison: Comparison = {
  field: 'nameWordDiffers',
  levels: ['no', 'yes'],
  level: (_a, _b, names) => (names.level === 'different' ? -1 : names.unpaired ? 1 : 0),
};

const dateComparison: Comparison = {
  field: 'dateOfBirth',
  levels: DATE_LEVELS,
  level: (a, b) => (a.dateOfBirth && b.dateOfBirth ? DATE_LEVELS.indexOf(compareDates(a.dateOfBirth, b.dateOfBirth)) : -1),
};

const genderComparison: Comparison = {
  field: 'gender',
  levels: ['same', 'different'],
  level: (a, b) => (a.gender && b.gender ? (a.gender === b.gender ? 0 : 1) : -1),
};

const nationalityComparison: Comparison = {
  field: 'nationality',
  levels: ['shared', 'different'],
  level: (a, b) => (a.nationalities.length && b.nationalities.length ? (a.nationalities.some((n) => b.nationalities.includes(n)) ? 0 : 1) : -1),
};

const placeComparison: Comparison = {
  field: 'placeOfBirth',
  levels: ['same', 'different'],
  level: (a, b) => (a.placeOfBirth && b.placeOfBirth ? (jaroWinkler(a.placeOfBirth, b.placeOfBirth) >= 0.9 ? 0 : 1) : -1),
};

const identifierComparison: Comparison = {
  field: 'identifier',
  levels: IDENTIFIER_LEVELS,
  level: (a, b) => {
    const level = compareIdentifiers(a.identifiers, b.identifiers);
    return level === undefined ? -1 : IDENTIFIER_LEVELS.indexOf(level);
  },
};

const addressComparison: Comparison = {
  field: 'address',
  levels: ['same', 'similar', 'partial', 'different'],
  level: (a, b) => {
    if (!a.address || !b.address) return -1;
    const overlap = wordOverlap(a.address, b.address);
    return overlap >= 0.99 ? 0 : overlap >= 0.6 ? 1 : overlap >= 0.3 ? 2 : 3;
  },
};

/** The comparisons of the person matcher, in the order of a comparison vector. */
export const COMPARISONS: readonly Comparison[] = [
  nameComparison,
  nameWordDiffersComparison,
  dateComparison,
  genderComparison,
  nationalityComparison,
  placeComparison,
  identifierComparison,
  addressComparison,
];

/** The comparison vector of a pair: one level index per comparison (-1: missing). */
export function comparisonVector(a: PreparedRecord, b: PreparedRecord, out = new Int8Array(COMPARISONS.length)): Int8Array {
  const names = bestNames(a, b);
  for (let i = 0; i < COMPARISONS.length; i++) out[i] = COMPARISONS[i]!.level(a, b, names);
  return out;
}
