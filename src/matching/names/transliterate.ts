import anyAscii from 'any-ascii';
import { romanise, type Scheme } from './scheme.ts';
import { arabicSchemes, expandArabic } from './tables/arabic.ts';
import { cyrillicSchemes } from './tables/cyrillic.ts';
import { GREEK_SCHEMES } from './tables/greek.ts';
import { HEBREW_SCHEMES } from './tables/hebrew.ts';
import { LATIN_EXPANDED, LATIN_LETTERS } from './tables/latin.ts';
import { nativeNameSpellings } from './tables/native-names.ts';

const MAX_SPELLINGS = 8;
const MAX_CACHED = 50_000;
const cache = new Map<string, readonly string[]>();

type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'other';

const SCRIPTS: readonly [Exclude<Script, 'other'>, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
];

/** The script most letters of `word` are written in. */
function scriptOf(word: string): Script {
  const counts = new Map<Script, number>();
  for (const char of word) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.find(([, re]) => re.test(char))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script = 'other';
  let most = 0;
  for (const [script, count] of counts) if (count > most) [best, most] = [script, count];
  return best;
}

function asciiLetters(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

/** One character in plain a–z: diacritics removed, special letters folded, other scripts by any-ascii. */
function foldChar(char: string): string {
  const special = LATIN_LETTERS[char];
  if (special !== undefined) return special;
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  if (/^[a-z]*$/.test(base)) return base;
  return asciiLetters(anyAscii(base));
}

function latin(word: string): string[] {
  const chars = Array.from(word);
  const plain = chars.map(foldChar).join('');
  const expanded = chars.map((c) => LATIN_EXPANDED[c] ?? foldChar(c)).join('');
  return [plain, expanded];
}

function bySchemes(word: string, schemes: readonly Scheme[]): string[] {
  return schemes.map((scheme) => romanise(word, scheme, foldChar));
}

function spell(word: string): string[] {
  switch (scriptOf(word)) {
    case 'latin':
      return latin(word);
    case 'cyrillic':
      return bySchemes(word, cyrillicSchemes(word));
    case 'greek':
      return bySchemes(word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'), GREEK_SCHEMES);
    case 'arabic': {
      const expanded = expandArabic(word);
      return [...nativeNameSpellings(word), ...bySchemes(expanded, arabicSchemes(expanded))];
    }
    case 'hebrew':
      return [...nativeNameSpellings(word), ...bySchemes(word.replace(/\p{M}/gu, ''), HEBREW_SCHEMES)];
    case 'other':
      return [asciiLetters(anyAscii(word))];
  }
}

/**
 * Latin spellings of one word: lower-case ASCII letters a–z only, most usual
 * first, deduplicated, at most 8. The word is NFKC-normalised and lower-cased,
 * in any script; its spellings are the ones real documents carry (ICAO 9303
 * and older passport practice for Cyrillic, ELOT 743 and older practice for
 * Greek, common romanisations of Arabic, Persian and Hebrew, umlauts with and
 * without e). Returns [] when the word has no letters.
 *
 * @example latinSpellings('юлия') // ['iuliia', 'yuliya', 'yulia', …]
 */
export function latinSpellings(word: string): string[] {
  const cached = cache.get(word);
  if (cached) return [...cached];
  const text = word.normalize('NFKC').toLowerCase();
  const spellings = /\p{L}/u.test(text) ? [...new Set(spell(text).filter((s) => s !== ''))].slice(0, MAX_SPELLINGS) : [];
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, spellings);
  return [...spellings];
}
