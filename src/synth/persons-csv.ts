/** Synthetic rows in the persons CSV format of `liaison import`, for import benchmarks. */
import { SeededRandom } from '../core/random.ts';
import { dayOf } from './draw.ts';
import { drawPerson, type SubjectCategory } from './people.ts';

/** The columns of a synthetic persons CSV, in order. */
export const PERSON_CSV_COLUMNS = ['given_name', 'family_name', 'date_of_birth', 'gender', 'nationality', 'category'] as const;

/** One row of a persons CSV: given names separated by a space, an ISO alpha-2 nationality, a data-subject category. */
export type PersonCsvRow = {
  given_name: string;
  family_name: string;
  date_of_birth: string;
  gender: 'female' | 'male';
  nationality: string;
  category: SubjectCategory;
};

/**
 * Yields `count` persons as CSV rows, the same rows for the same seed. Names are
 * in their native scripts (Latin with diacritics, Cyrillic, Greek, Arabic).
 *
 * @example toCsv(generatePersonRows(7, 100_000))
 */
export function* generatePersonRows(seed: number, count: number, today = '2026-11-28'): Generator<PersonCsvRow> {
  const rng = new SeededRandom(seed);
  const day = dayOf(today);
  for (let i = 0; i < count; i++) {
    const p = drawPerson(rng, day);
    yield {
      given_name: p.givenNames.join(' '),
      family_name: p.familyName,
      date_of_birth: p.dateOfBirth,
      gender: p.gender,
      nationality: p.nationalities[0],
      category: p.category,
    };
  }
}

const quote = (field: string): string => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/**
 * Renders rows as CSV text (RFC 4180, `\n` line ends) with a header line;
 * fields holding commas, quotes or line breaks are quoted. The columns are
 * those of the persons CSV unless given.
 */
export function toCsv(rows: Iterable<Readonly<Record<string, string>>>, columns: readonly string[] = PERSON_CSV_COLUMNS): string {
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(','));
  return lines.join('\n') + '\n';
}
