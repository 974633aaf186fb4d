import type { Scheme } from '../scheme.ts';

/**
 * Hebrew (and Yiddish) romanisation schemes for unpointed words: consonants
 * with vav and yod read as vowels inside the word, so the spellings are
 * vowel-poor (דוד → dvd, יוסף → yosf). Common names are spelled in full by
 * `native-names.ts`. Written from modern Israeli and older English practice.
 */

const LETTERS: Record<string, string> = {
  א: '', ב: 'v', ג: 'g', ד: 'd', ה: 'h', ו: 'o', ז: 'z', ח: 'ch', ט: 't', י: 'i', כ: 'kh',
  ך: 'kh', ל: 'l', מ: 'm', ם: 'm', נ: 'n', ן: 'n', ס: 's', ע: '', פ: 'f', ף: 'f', צ: 'tz',
  ץ: 'tz', ק: 'k', ר: 'r', ש: 'sh', ת: 't',
};

const CLUSTERS: Record<string, string> = {
  'ג׳': 'j', 'ז׳': 'zh', 'צ׳': 'ch', "ג'": 'j', "ז'": 'zh', "צ'": 'ch', וו: 'v', יי: 'ey',
  'ה$': 'a', '^ו': 'v', '^י': 'y', '^ב': 'b', '^כ': 'k', '^פ': 'p',
};

/** Modern Israeli practice: חיים → chiim, צבי → tzvi. */
const MODERN: Scheme = { letters: LETTERS, clusters: CLUSTERS };

/** Older English practice: חיים → khiim, צבי → tsvi, משה → mshe. */
const ENGLISH: Scheme = {
  letters: { ...LETTERS, ח: 'kh', ו: 'u', צ: 'ts', ץ: 'ts' },
  clusters: { ...CLUSTERS, 'ה$': 'e' },
};

/** Simple practice: חיים → hiim, ש → s. */
const SIMPLE: Scheme = {
  letters: { ...LETTERS, ח: 'h', כ: 'k', ך: 'k', ש: 's', ב: 'b', ו: 'v' },
  clusters: { ...CLUSTERS, 'ה$': 'h' },
};

/** The Hebrew schemes, the most likely first. */
export const HEBREW_SCHEMES: readonly Scheme[] = [MODERN, ENGLISH, SIMPLE];
