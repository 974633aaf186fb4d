import type { PreparedRecord } from './prepare.ts';

/**
 * Blocking keys: the keys under which a record is indexed, so that a query or
 * a deduplication only scores records sharing a key with it. Keys come from
 * name words across scripts — their Double Metaphone codes, variant groups and
 * consonant skeletons — alone (`w|`), paired with another word of the name
 * (`p|`) or with the year of birth (`y|`); from the full date of birth with
 * the first letter of a word (`d|`: born the same day, a name beginning alike,
 * which survives typos, initials and foreign spellings); and from identifiers
 * (`i|`). A key whose records are too many to score is passed over; pairs,
 * years and dates keep such names findable. Recall is measured in the benchmarks.
 */

/** The keys of one word of a name: its codes, groups and skeletons. */
function wordKeys(record: PreparedRecord): string[][] {
  const words: string[][] = [];
  for (const name of record.names) {
    for (const word of name.content) {
      if (word.kind !== 'name' && word.kind !== 'patronymic') continue;
      const f = word.features;
      const keys = [...f.codes.map((c) => `c${c}`), ...f.groups.map((g) => `g${g}`), ...f.skeletons.filter((s) => s.length >= 3).map((s) => `s${s}`)];
      if (keys.length) words.push(keys);
    }
  }
  return words;
}

/** How many keys of each word (codes first, then groups and skeletons) go into the keys of word pairs. */
const PAIRED_KEYS = 3;

/** The first letters of the Latin spellings of every word of the names, initials included. */
function initials(record: PreparedRecord): Set<string> {
  const letters = new Set<string>();
  for (const name of record.names) for (const word of name.content) for (const spelling of word.features.spellings) if (spelling) letters.add(spelling[0]!);
  return letters;
}

/** The full date of birth as written, and, for a query, with day and month swapped where that is a date too. */
function fullDates(record: PreparedRecord, mode: KeyMode): string[] {
  const d = record.dateOfBirth;
  if (d?.day === undefined || d.month === undefined) return [];
  const dates = [`${d.year}-${d.month}-${d.day}`];
  if (mode === 'query' && d.day <= 12 && d.day !== d.month) dates.push(`${d.year}-${d.day}-${d.month}`);
  return dates;
}

/** Which keys to derive: a query looks one year either side; an indexed record its own year. */
export type KeyMode = 'index' | 'query';

/** The blocking keys of a record. */
export function blockingKeys(record: PreparedRecord, mode: KeyMode = 'index'): string[] {
  const keys = new Set<string>();
  const words = wordKeys(record);
  const year = record.dateOfBirth?.year;
  const years = year === undefined ? [] : mode === 'query' ? [year - 1, year, year + 1] : [year];
  for (let i = 0; i < words.length; i++) {
    for (const k of words[i]!) {
      keys.add(`w|${k}`);
      for (const y of years) keys.add(`y|${y}|${k}`);
    }
    for (let j = i + 1; j < words.length; j++) {
      for (const a of words[i]!.slice(0, PAIRED_KEYS)) {
        for (const b of words[j]!.slice(0, PAIRED_KEYS)) if (a !== b) keys.add(a < b ? `p|${a}|${b}` : `p|${b}|${a}`);
      }
    }
  }
  for (const date of fullDates(record, mode)) for (const letter of initials(record)) keys.add(`d|${date}|${letter}`);
  for (const id of record.identifiers) keys.add(`i|${id.family}|${id.value}`);
  return [...keys];
}

/** Whether a key is a single word's key (too common to use when its records are many). */
export function isWordKey(key: string): boolean {
  return key.startsWith('w|');
}
