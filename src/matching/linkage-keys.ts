import { prepareRecord } from './prepare.ts';
import type { MatchRecord } from './record.ts';

/**
 * Fuzzy-tolerant linkage keys of a person, for private set intersection: two
 * records of the same person written in other scripts or spellings share a
 * key although no key reveals the name. A key is the phonetic code (or the
 * variant group) of two name words, in sorted order, with the date of birth:
 * `person:ABRM|IFNF|1979-03-14`. A pair of words rather than the whole name
 * keeps a record findable when a middle name or patronymic is missing on one
 * side; the date keeps chance agreements rare. Without a full date of birth a
 * person has no fuzzy key: a name alone is too common to be a linkage key.
 */
export function personLinkageKeys(record: MatchRecord): `person:${string}`[] {
  const prepared = prepareRecord(record);
  const dob = prepared.dateOfBirth;
  if (!dob || dob.day === undefined) return [];
  const date = `${dob.year}-${String(dob.month).padStart(2, '0')}-${String(dob.day).padStart(2, '0')}`;
  const keys = new Set<`person:${string}`>();
  for (const name of prepared.names) {
    const words = name.content.filter((w) => w.kind === 'name').map((w) => w.features.groups[0] ?? w.features.codes[0]).filter((k): k is string => !!k);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) {
        if (words[i] === words[j]) continue;
        const [a, b] = words[i]! < words[j]! ? [words[i], words[j]] : [words[j], words[i]];
        keys.add(`person:${a}|${b}|${date}`);
      }
    }
  }
  return [...keys];
}
