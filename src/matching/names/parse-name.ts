import { invalidInput } from '../../core/errors.ts';
import type { NameInput } from '../record.ts';
import { jaroWinkler } from './jaro-winkler.ts';
import { LEGAL_FORMS, LEGAL_PHRASES, PARTICLES, TITLES } from './word-classes.ts';
import { wordFeatures, type WordFeatures } from './word-features.ts';

/** The longest name the matcher accepts, in characters. */
export const MAX_NAME_LENGTH = 300;
/** Words of a name beyond this many are not compared. */
const MAX_WORDS = 12;

/** What a word of a name is: a name word, a particle (al-, van), an initial, a patronymic, a legal form, a number. */
export type WordKind = 'name' | 'particle' | 'initial' | 'patronymic' | 'legal' | 'number';

/** One word of a parsed name. */
export interface NameWord {
  readonly kind: WordKind;
  readonly features: WordFeatures;
}

/** A name split into classified words, in written order, titles removed. */
export interface ParsedName {
  /** The words compared: name words, initials, patronymics and numbers. */
  readonly content: readonly NameWord[];
  /** Particles and legal forms: kept for explanations, not compared. */
  readonly minor: readonly NameWord[];
}

const SCRIPT_GROUPS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Chinese or Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

/** The scripts of the letters in `text`, by name. */
export function scriptsOf(text: string): string[] {
  const found: string[] = [];
  for (const [name, pattern] of SCRIPT_GROUPS) if (pattern.test(text)) found.push(name);
  return found;
}

const PATRONYMIC = /(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna|ogly|oglu|kyzy|qizi)$/;

/** Particles that are also given names when they open a name: Ben Netanyahu, Abu Bakr. */
const GIVEN_WHEN_FIRST = new Set(['ben', 'bin', 'abu', 'ibn']);

/** A long legal form misspelt (Aktiengeselschaft) is still a legal form. */
function isLegalForm(spelling: string): boolean {
  if (LEGAL_FORMS.has(spelling)) return true;
  if (spelling.length < 8) return false;
  for (const form of LEGAL_FORMS.keys()) if (form.length >= 8 && jaroWinkler(form, spelling) >= 0.94) return true;
  return false;
}

function classify(word: string, features: WordFeatures, index: number, count: number): WordKind {
  const spelling = features.spellings[0] ?? '';
  if (/^\p{N}+$/u.test(word)) return 'number';
  if (count > 1 && PARTICLES.has(spelling) && !(index === 0 && GIVEN_WHEN_FIRST.has(spelling))) return 'particle';
  if (index > 0 && isLegalForm(spelling)) return 'legal';
  if (spelling.length === 1) return 'initial';
  if (count > 2 && PATRONYMIC.test(spelling)) return 'patronymic';
  return 'name';
}

/** The Arabic article written joined to its word (الزين) is split off, as `al-Zain` is in Latin letters. */
function splitArabicArticle(word: string): string[] {
  return word.length > 3 && word.startsWith('ال') ? ['ال', word.slice(2)] : [word];
}

/** Lower case, compatibility forms folded, `FAMILY, Given` turned round, punctuation to spaces. */
function normaliseText(text: string, latin: boolean): string {
  let out = text.normalize('NFKC').toLowerCase();
  const comma = out.split(',');
  if (comma.length === 2 && comma[0]!.trim() && comma[1]!.trim()) out = `${comma[1]} ${comma[0]}`;
  out = out.replace(/&/g, ' and ').replace(/[.'’ʼ`´]/g, '');
  if (latin) {
    const folded = out.normalize('NFKD').replace(/\p{M}/gu, '');
    if (LEGAL_PHRASES.some(([phrase]) => phrase.test(folded))) out = LEGAL_PHRASES.reduce((t, [phrase, short]) => t.replace(phrase, short), folded);
  }
  return out.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
}

/** The text of a name input: its full form, or its given names then its family name. */
export function nameText(name: NameInput): string {
  if (name.full?.trim()) return name.full;
  return [...(name.given ?? []), name.family ?? ''].join(' ');
}

/**
 * Parses one name for matching. Refuses, with a clear `invalid_input`
 * error, a name that is empty, longer than 300 characters, without letters,
 * or mixing the letters of two scripts (e.g. a Cyrillic `а` inside a Latin
 * name, the mark of a spoofed or corrupted entry).
 */
export function parseName(raw: string): ParsedName {
  const trimmed = raw.trim();
  if (!trimmed) throw invalidInput('the name is empty');
  if (trimmed.length > MAX_NAME_LENGTH) throw invalidInput(`the name is longer than ${MAX_NAME_LENGTH} characters`);
  if (!/\p{L}/u.test(trimmed)) throw invalidInput('the name has no letters');
  const scripts = scriptsOf(trimmed);
  if (scripts.length > 1) throw invalidInput(`the name mixes ${scripts.join(' and ')} letters`);
  const words = normaliseText(trimmed, scripts[0] === 'Latin').split(' ').filter(Boolean).flatMap(splitArabicArticle);
  const kept = words.filter((w) => !TITLES.has(w));
  const chosen = (kept.some((w) => /\p{L}/u.test(w)) ? kept : words).slice(0, MAX_WORDS * 2);
  const content: NameWord[] = [];
  const minor: NameWord[] = [];
  chosen.forEach((word, index) => {
    const features = wordFeatures(word);
    const kind = classify(word, features, index, chosen.length);
    if (kind === 'particle' || kind === 'legal') minor.push({ kind, features });
    else if (content.length < MAX_WORDS && (features.spellings.length > 0 || kind === 'number')) content.push({ kind, features });
  });
  if (content.length === 0 && minor.length > 0) {
    for (const word of minor.splice(0)) content.push({ kind: 'name', features: word.features });
  }
  if (content.length === 0) throw invalidInput('the name has no word the matcher can read');
  return { content, minor };
}
