import { readFile } from 'node:fs/promises';
import { invalidInput, LiaisonError, type FieldIssue } from '../../core/errors.ts';
import { readCsvTable, type CsvTable } from '../../import/csv-table.ts';
import type { PreparedRecord } from '../prepare.ts';
import type { MatchRecord } from '../record.ts';

/** One data row of a CSV file: its 1-based data-row number, its line, and its cells by column. */
export interface DataRow {
  number: number;
  line: number;
  row: Record<string, string | undefined>;
}

const GENDERS: Record<string, MatchRecord['gender']> = {
  m: 'male', male: 'male', man: 'male', f: 'female', female: 'female', woman: 'female', x: 'other', other: 'other', u: 'unknown', unknown: 'unknown',
};

/** Reads a gender as written in CSV files (m, f, male, female, x, other, u, unknown). */
export function genderOf(text: string | undefined, column: string): MatchRecord['gender'] {
  if (text === undefined) return undefined;
  const gender = GENDERS[text.toLowerCase()];
  if (!gender) {
    const reason = `"${text.slice(0, 20)}" is not a gender (m, f, x or u)`;
    throw invalidInput(`${column}: ${reason}`, [{ path: column, message: reason }]);
  }
  return gender;
}

/** Reads a CSV file and checks its header has the required columns; every problem names its line. */
export async function readTable(file: string, required: readonly string[]): Promise<{ table: CsvTable; rows: DataRow[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw invalidInput(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const table = readCsvTable(text);
  const missing = required.filter((c) => !table.columns.includes(c));
  if (table.columns.length && missing.length) table.issues.unshift({ line: 1, path: '(header)', message: `missing column ${missing.join(', ')}` });
  failOn(file, table.issues);
  return { table, rows: table.rows.map(({ line, row }, i) => ({ number: i + 1, line, row })) };
}

/** Throws one `invalid_input` error carrying every issue (the command line prints each with its line), or returns. */
export function failOn(file: string, issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  throw invalidInput(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}, nothing done`, issues);
}

/** Prepares the records of each row, collecting every bad row as an issue with its line, the field and the reason. */
export function prepareRows(rows: DataRow[], prepare: (row: DataRow) => PreparedRecord[]): { prepared: PreparedRecord[][]; issues: FieldIssue[] } {
  const prepared: PreparedRecord[][] = [];
  const issues: FieldIssue[] = [];
  for (const row of rows) {
    try {
      prepared.push(prepare(row));
    } catch (error) {
      if (!(error instanceof LiaisonError)) throw error;
      const issue = error.issues[0];
      issues.push({ line: row.line, path: issue?.path ?? '(row)', message: issue?.message ?? error.message });
    }
  }
  return { prepared, issues };
}

/** The CSV columns behind the fields of a person read by personOfRow, for naming them in errors. */
export function personColumns({ row }: DataRow): Record<string, string> {
  const parts = ['first_name', 'middle_name', 'last_name'].filter((c) => row[c]).join('/') || 'first_name/last_name';
  return { 'names[0]': row.full_name ? 'full_name' : parts, 'names[1]': parts, dateOfBirth: 'date_of_birth' };
}

/** A person from a row of the screening and deduplication columns, with an id of its data-row number. */
export function personOfRow({ number, row }: DataRow): MatchRecord {
  const given = [row.first_name, row.middle_name].filter((n): n is string => !!n);
  const names: MatchRecord['names'] = [];
  if (row.full_name) names.push({ full: row.full_name });
  if (given.length || row.last_name) names.push({ given, ...(row.last_name && { family: row.last_name }) });
  if (names.length === 0) throw invalidInput('full_name: the name is empty', [{ path: 'full_name', message: 'the name is empty' }]);
  return {
    id: String(number),
    names,
    ...(row.date_of_birth && { dateOfBirth: row.date_of_birth }),
    ...(row.gender && { gender: genderOf(row.gender, 'gender') }),
    ...(row.nationality && { nationalities: row.nationality.split(/[;|]/) }),
    ...(row.place_of_birth && { placeOfBirth: row.place_of_birth }),
  };
}
