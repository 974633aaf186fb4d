import { jaroWinkler } from './jaro-winkler.ts';
import type { NameWord, ParsedName } from './parse-name.ts';

/**
 * The graded levels of a name comparison, best first:
 * - exact: the same words in the same order;
 * - equivalent: the same words in any order, across scripts, spellings and variant names;
 * - close: every word paired, each at least 0.9 alike (a typo, a phonetic spelling);
 * - fuzzy: every word paired, each at least 0.8 alike;
 * - initials: every word paired, some only by their initials (J. Smith, John Smith);
 * - subset: every word of the shorter name (two words at least, one of them
 *   not an initial) found in the longer one, e.g. without a middle name or patronymic;
 * - partial: some words agree, others do not (the same family name, another given name);
 * - different: no word agrees.
 * Apart from the level, a comparison says whether a word of the shorter name
 * has no counterpart at all in the other — a word that clearly differs, as
 * twins' given names do — which the model weighs as evidence of its own.
 */
export const NAME_LEVELS = ['exact', 'equivalent', 'close', 'fuzzy', 'initials', 'subset', 'partial', 'different'] as const;
export type NameLevel = (typeof NAME_LEVELS)[number];

/** How two words were found alike. */
export type WordAgreement = 'same' | 'variant' | 'phonetic' | 'skeleton' | 'similar' | 'initial' | 'joined' | 'none';

/** The outcome of comparing two names. */
export interface NameComparison {
  level: NameLevel;
  /** 0–1: the mean agreement of the paired words over the longer name. */
  similarity: number;
  /** A word of the shorter name has no counterpart, not even a misspelt one, in the other. */
  unpaired: boolean;
}

/** One pair of words as the explanation shows it. */
export interface WordPairing {
  a: string;
  b: string;
  agreement: WordAgreement;
  similarity: number;
}

const PAIR_MIN = 0.7;
const MATCH_MIN = 0.8;
const INITIAL_SIMILARITY = 0.8;

function shareAny(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x === y) return true;
  return false;
}

/** How alike two words are, 0–1, and how. */
export function compareWords(a: NameWord, b: NameWord): { similarity: number; agreement: WordAgreement } {
  const fa = a.features;
  const fb = b.features;
  if (a.kind === 'number' || b.kind === 'number') return fa.text === fb.text ? { similarity: 1, agreement: 'same' } : { similarity: 0, agreement: 'none' };
  if (a.kind === 'initial' || b.kind === 'initial') {
    const sa = fa.spellings[0] ?? '';
    const sb = fb.spellings[0] ?? '';
    return sa[0] === sb[0] ? { similarity: INITIAL_SIMILARITY, agreement: 'initial' } : { similarity: 0, agreement: 'none' };
  }
  if (fa === fb || shareAny(fa.spellings, fb.spellings)) return { similarity: 1, agreement: 'same' };
  if ((a.kind === 'patronymic') !== (b.kind === 'patronymic')) return { similarity: 0, agreement: 'none' };
  if (fa.groups.length > 0 && fb.groups.length > 0) {
    // Both are known given names: the same name in another form, or two different names however alike they look (Mykola, Mykhailo).
    return shareAny(fa.groups, fb.groups) ? { similarity: 0.98, agreement: 'variant' } : { similarity: 0, agreement: 'none' };
  }
  let best = jaroWinkler(fa.spellings[0] ?? '', fb.spellings[0] ?? '');
  if (best < 0.9) {
    for (let i = 0; i < fa.spellings.length && i < 3; i++) {
      for (let j = 0; j < fb.spellings.length && j < 3; j++) {
        if (i === 0 && j === 0) continue;
        const s = jaroWinkler(fa.spellings[i]!, fb.spellings[j]!);
        if (s > best) best = s;
      }
    }
  }
  if (best < 0.92 && best >= 0.7 && shareAny(fa.codes, fb.codes)) return { similarity: 0.92, agreement: 'phonetic' };
  const shortest = fa.vowelless || fb.vowelless ? 2 : 3;
  if (best < 0.9 && best >= 0.6 && fa.skeletons.some((s) => s.length >= shortest && fb.skeletons.includes(s))) {
    return { similarity: 0.9, agreement: 'skeleton' };
  }
  return { similarity: best, agreement: best >= PAIR_MIN ? 'similar' : 'none' };
}

const KIND_CODES: Record<NameWord['kind'], number> = { name: 0, particle: 1, initial: 2, patronymic: 3, legal: 4, number: 5 };
/** Similarities remembered per word; a word compared with more others starts afresh. */
const MAX_REMEMBERED = 512;
const ID_LIMIT = 2 ** 20;

/**
 * How alike two words are, 0–1: compareWords, remembered by word pair. Names
 * repeat across records, and a deduplication compares the same words often.
 */
export function wordSimilarity(a: NameWord, b: NameWord): number {
  const id = b.features.id;
  if (id >= ID_LIMIT) return compareWords(a, b).similarity;
  const key = (id * 8 + KIND_CODES[b.kind]) * 8 + KIND_CODES[a.kind];
  const remembered = a.features.similarities;
  let similarity = remembered.get(key);
  if (similarity === undefined) {
    similarity = compareWords(a, b).similarity;
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, similarity);
  }
  return similarity;
}

let sims = new Float64Array(144);

interface Alignment {
  /** For each word of a, the index of its word in b, or -1; -2 when joined with two words of b. */
  pairOfA: Int8Array;
  pairOfB: Int8Array;
  similarityOfA: Float64Array;
  /** Words of b (or a) absorbed by a join: each join pairs one word with two. */
  joinedInB: number;
  joinedInA: number;
  /** The similarity of each join. */
  joins: number[];
  /** For each word of a joined with others, the similarity of its join. */
  joinOfA: Float64Array;
}

/** Pairs the words of two names regardless of order: the most alike pair first, then the next. */
function align(a: readonly NameWord[], b: readonly NameWord[]): Alignment {
  const n = a.length;
  const m = b.length;
  if (sims.length < n * m) sims = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) sims[i * m + j] = wordSimilarity(a[i]!, b[j]!);
  const alignment: Alignment = { pairOfA: new Int8Array(n).fill(-1), pairOfB: new Int8Array(m).fill(-1), similarityOfA: new Float64Array(n), joinedInA: 0, joinedInB: 0, joins: [], joinOfA: new Float64Array(n) };
  if (n < m) joinWords(a, b, alignment, false);
  if (m < n) joinWords(b, a, alignment, true);
  const { pairOfA, pairOfB, similarityOfA } = alignment;
  for (let round = Math.min(n, m); round > 0; round--) {
    let best = PAIR_MIN;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (pairOfA[i] !== -1) continue;
      for (let j = 0; j < m; j++) {
        if (pairOfB[j] === -1 && sims[i * m + j]! >= best && (bi === -1 || sims[i * m + j]! > best)) {
          best = sims[i * m + j]!;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi === -1) break;
    pairOfA[bi] = bj;
    pairOfB[bj] = bi;
    similarityOfA[bi] = best;
  }
  return alignment;
}

/**
 * Pairs a long word with two adjacent words of the other name when they are
 * the same written together and apart (MohammadHasni / Mohammad Hasni), and
 * the two together are more alike than any one word alone.
 */
function joinWords(long: readonly NameWord[], short: readonly NameWord[], al: Alignment, swapped: boolean): void {
  const pairOfLong = swapped ? al.pairOfB : al.pairOfA;
  const pairOfShort = swapped ? al.pairOfA : al.pairOfB;
  for (let i = 0; i < long.length; i++) {
    const word = long[i]!.features.spellings[0] ?? '';
    if (pairOfLong[i] !== -1 || word.length < 5) continue;
    let single = -1;
    for (let j = 0; j + 1 < short.length; j++) {
      if (pairOfShort[j] !== -1 || pairOfShort[j + 1] !== -1) continue;
      const joined = (short[j]!.features.spellings[0] ?? '') + (short[j + 1]!.features.spellings[0] ?? '');
      const similarity = jaroWinkler(word, joined);
      if (similarity < 0.92) continue;
      if (single < 0) single = bestSingle(long[i]!, short);
      if (similarity <= single) continue;
      pairOfLong[i] = -2;
      pairOfShort[j] = -2;
      pairOfShort[j + 1] = -2;
      if (swapped) {
        al.joinedInA += 1;
        al.joinOfA[j] = al.joinOfA[j + 1] = similarity;
      } else {
        al.joinedInB += 1;
        al.joinOfA[i] = similarity;
      }
      al.joins.push(similarity);
      break;
    }
  }
}

function bestSingle(word: NameWord, others: readonly NameWord[]): number {
  let best = 0;
  for (const other of others) best = Math.max(best, wordSimilarity(word, other));
  return best;
}

function sameOrder(a: readonly NameWord[], b: readonly NameWord[]): boolean {
  return a.length === b.length && a.every((w, i) => w.features.text === b[i]!.features.text);
}

/** Compares two parsed names, order-free, and grades the result. */
export function compareNames(x: ParsedName, y: ParsedName): NameComparison {
  const a = x.content;
  const b = y.content;
  if (a.length === 0 || b.length === 0) return { level: 'different', similarity: 0, unpaired: true };
  if (sameOrder(a, b)) return { level: 'exact', similarity: 1, unpaired: false };
  const al = align(a, b);
  const countA = a.length - al.joinedInA;
  const countB = b.length - al.joinedInB;
  let matched = 0;
  let strong = 0;
  let initials = 0;
  let min = 1;
  let minNamed = 1;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const s = al.similarityOfA[i]!;
    if (al.pairOfA[i]! < 0 || s < MATCH_MIN) continue;
    matched += 1;
    sum += s;
    if (s < min) min = s;
    if (a[i]!.kind === 'initial' || b[al.pairOfA[i]!]!.kind === 'initial') initials += 1;
    else {
      if (s >= 0.9) strong += 1;
      if (s < minNamed) minNamed = s;
    }
  }
  for (const s of al.joins) {
    matched += 1;
    sum += s;
    strong += 1;
    if (s < min) min = s;
  }
  const shorter = Math.min(countA, countB);
  const unpaired = (countA <= countB ? al.pairOfA : al.pairOfB).includes(-1);
  const similarity = Math.max(0, Math.min(1, sum / Math.max(countA, countB)));
  if (matched >= shorter) {
    if (countA === countB) {
      if (initials > 0) return { level: 'initials', similarity, unpaired };
      if (min < 0.9) return { level: 'fuzzy', similarity, unpaired };
      return { level: min >= 0.98 ? 'equivalent' : 'close', similarity, unpaired };
    }
    if (shorter >= 2 && strong >= 1 && minNamed >= 0.88) return { level: 'subset', similarity, unpaired };
  }
  return { level: strong > 0 ? 'partial' : 'different', similarity, unpaired };
}

/** The word pairings behind a comparison, for its explanation. */
export function explainNames(x: ParsedName, y: ParsedName): WordPairing[] {
  const al = align(x.content, y.content);
  const out: WordPairing[] = [];
  x.content.forEach((word, i) => {
    const j = al.pairOfA[i]!;
    if (j >= 0) {
      const { similarity, agreement } = compareWords(word, y.content[j]!);
      out.push({ a: word.features.text, b: y.content[j]!.features.text, agreement, similarity: round(similarity) });
    } else if (j === -2) out.push({ a: word.features.text, b: '(written together or apart)', agreement: 'joined', similarity: round(al.joinOfA[i]!) });
    else out.push({ a: word.features.text, b: '', agreement: 'none', similarity: 0 });
  });
  y.content.forEach((word, j) => {
    if (al.pairOfB[j] === -1) out.push({ a: '', b: word.features.text, agreement: 'none', similarity: 0 });
  });
  return out;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
