/**
 * Loaders of the public evaluation data for the person matcher, read from
 * `../shared/data` beside the project (see its README.md). For benchmarks
 * only: tests use the seeded generator in `src/synth/cross-script-set.ts`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import type { LabelledRecord } from '../../src/synth/cross-script-set.ts';

const DATA = new URL('../../../shared/data/', import.meta.url);

async function readData(path: string): Promise<string> {
  const url = new URL(path, DATA);
  try {
    return await readFile(url, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`evaluation data not found: ${fileURLToPath(url)} (expected in ../shared/data beside the project root)`);
  }
}

/** Rows of a CSV file with a header line, fields trimmed (FEBRL puts a space after each comma). */
async function readCsv(path: string): Promise<Record<string, string>[]> {
  return parseCsv(await readData(path), { columns: true, trim: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** YYYY-MM-DD from YYYYMMDD when it names a real day; FEBRL corrupts some dates. */
function febrlDate(value: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * The records of a FEBRL data set (`dataset3.csv` for deduplication,
 * `dataset4a.csv` + `dataset4b.csv` for linkage), labelled with their true
 * entity: `rec-123-org` and `rec-123-dup-0` are both entity `123`. A record
 * whose given name and surname are both blank has `names: []`, unlike a
 * `MatchRecord` elsewhere: the caller decides whether to skip it. Invalid
 * dates of birth are left out; the SSN becomes an `ssn` identifier; the
 * address parts are joined with spaces.
 */
export async function loadFebrl(file: 'dataset3.csv' | 'dataset4a.csv' | 'dataset4b.csv'): Promise<LabelledRecord[]> {
  const rows = await readCsv(`febrl/${file}`);
  return rows.map((row) => {
    const entity = /^rec-(\d+)-(?:org|dup-\d+)$/.exec(row.rec_id)?.[1];
    if (entity === undefined) throw new Error(`febrl/${file}: unexpected rec_id ${JSON.stringify(row.rec_id)}`);
    const name = { ...(row.given_name ? { given: [row.given_name] } : {}), ...(row.surname ? { family: row.surname } : {}) };
    const dateOfBirth = febrlDate(row.date_of_birth);
    const address = [row.street_number, row.address_1, row.address_2, row.suburb, row.postcode, row.state].filter(Boolean).join(' ');
    return {
      id: row.rec_id,
      entity,
      names: row.given_name || row.surname ? [name] : [],
      ...(dateOfBirth ? { dateOfBirth } : {}),
      ...(row.soc_sec_id ? { identifiers: [{ scheme: 'ssn', value: row.soc_sec_id }] } : {}),
      ...(address ? { address } : {}),
    };
  });
}

/** A labelled pair of names from the nomenklatura name benchmark. */
export interface NamePair {
  group: string;
  /** `Person`, `Company`, `Organization`, `LegalEntity` or `Vessel`. */
  schema: string;
  name1: string;
  name2: string;
  isMatch: boolean;
  /** The kind of variation, e.g. `Fat Finger Typo`; empty for many pairs. */
  category: string;
}

/** The 826 labelled name pairs of `name-pairs/cases.csv`, persons and others, some in non-Latin scripts. */
export async function loadNamePairs(): Promise<NamePair[]> {
  const rows = await readCsv('name-pairs/cases.csv');
  return rows.map((row) => {
    if (row.is_match !== 'true' && row.is_match !== 'false') throw new Error(`name-pairs/cases.csv: is_match must be true or false, not ${JSON.stringify(row.is_match)}`);
    return { group: row.case_group, schema: row.schema, name1: row.name1, name2: row.name2, isMatch: row.is_match === 'true', category: row.category };
  });
}
