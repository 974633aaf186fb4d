import { consonantSkeleton, metaphoneCodes } from './phonetic.ts';
import { latinSpellings } from './transliterate.ts';
import { variantGroupOf } from './variants.ts';

/** What the matcher knows of one word of a name, whatever its script. */
export interface WordFeatures {
  /** A number unique to this word in this process, for caching comparisons of word pairs. */
  readonly id: number;
  /** The word as written, normalised (NFKC, lower case). */
  readonly text: string;
  /** Latin spellings, lower-case a–z, the most usual first. */
  readonly spellings: readonly string[];
  /** The given-name variant groups the spellings belong to. */
  readonly groups: readonly string[];
  /** Double Metaphone codes of the spellings. */
  readonly codes: readonly string[];
  /** Consonant skeletons of the spellings. */
  readonly skeletons: readonly string[];
  /** Written in a script without short vowels (Arabic, Hebrew): its skeleton is most of what it says. */
  readonly vowelless: boolean;
  /** Similarities to other words already compared, by the other word's id and both words' kinds (see compare-names). */
  readonly similarities: Map<number, number>;
}

const MAX_CACHED = 200_000;
const cache = new Map<string, WordFeatures>();
let nextId = 0;

function uniq(values: Iterable<string | undefined>): string[] {
  const out: string[] = [];
  for (const v of values) if (v && !out.includes(v)) out.push(v);
  return out;
}

/**
 * The features of a normalised word, computed once and shared: names repeat
 * across records, so a dataset of a million persons holds far fewer words.
 */
export function wordFeatures(text: string): WordFeatures {
  let features = cache.get(text);
  if (features) return features;
  const spellings = latinSpellings(text);
  const phonetic = spellings.slice(0, 3);
  features = {
    id: nextId++,
    text,
    spellings,
    groups: uniq(spellings.map(variantGroupOf)),
    codes: uniq(phonetic.flatMap(metaphoneCodes)),
    skeletons: uniq(phonetic.map(consonantSkeleton)),
    vowelless: /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text),
    similarities: new Map(),
  };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(text, features);
  return features;
}
