import { parse as parseCsv } from 'csv-parse/sync';
import type { FieldIssue } from '../core/errors.ts';

/** A CSV file read as a table: lower-cased header columns, and rows keyed by column with the line each starts on. */
export interface CsvTable {
  columns: string[];
  rows: { line: number; row: Record<string, string | undefined> }[];
  /** Malformed CSV, a missing header, rows with the wrong number of fields. */
  issues: FieldIssue[];
}

/** The line a parsed CSV record starts on: csv-parse counts to its end, and a quoted field may span lines. */
function startLine(info: { lines: number }, raw: string): number {
  const record = raw.replace(/^(\s*\r?\n)+/, '').replace(/\r?\n$/, '');
  return info.lines - (record.match(/\n/g)?.length ?? 0);
}

/**
 * Reads CSV text with a header row (RFC 4180, BOM tolerated, fields trimmed,
 * empty fields undefined). Broken quoting and rows whose field count differs
 * from the header's are reported as issues naming their line, not thrown.
 */
export function readCsvTable(text: string): CsvTable {
  let parsed: { record: string[]; info: { lines: number }; raw: string }[];
  let lastGoodLine = 0;
  try {
    parsed = parseCsv(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
      raw: true,
      on_record: (record, context) => {
        lastGoodLine = context.lines;
        return record;
      },
    }) as unknown as typeof parsed;
  } catch (error) {
    // csv-parse counts lines to where it gave up (the end of the file, for an unclosed quote): the bad record starts after the last good one.
    const line = lastGoodLine + 1 + Math.max(0, text.split('\n').slice(lastGoodLine).findIndex((l) => l.trim() !== ''));
    return { columns: [], rows: [], issues: [{ line, path: '(file)', message: `not valid CSV: ${(error as Error).message.replace(/ at line \d+$/, '')}` }] };
  }
  const [header, ...body] = parsed;
  const columns = (header?.record ?? []).map((c) => c.toLowerCase());
  const issues: FieldIssue[] = columns.length === 0 ? [{ line: 1, path: '(header)', message: 'the file has no header row' }] : [];
  const rows: CsvTable['rows'] = [];
  for (const { record: cells, info, raw } of body) {
    const line = startLine(info, raw);
    if (cells.length !== columns.length) {
      issues.push({ line, path: '(row)', message: `has ${cells.length} fields where the header has ${columns.length}` });
      continue;
    }
    const row: Record<string, string | undefined> = {};
    columns.forEach((column, c) => (row[column] = cells[c] === '' ? undefined : cells[c]));
    rows.push({ line, row });
  }
  return { columns, rows, issues };
}
