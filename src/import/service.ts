import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { isoDate } from '../core/clock.ts';
import type { Actor, NodeContext } from '../core/context.ts';
import { invalidInput, type FieldIssue } from '../core/errors.ts';
import { requirePermission } from '../identity/officers.ts';
import { fieldIssues } from '../model/parse.ts';
import { RecordInput } from '../model/record.ts';
import type { RecordRow } from '../records/repository.ts';
import { latestReviewBy } from '../records/review-by.ts';
import { collectRecordsInBulk, toRecordRow } from '../records/service.ts';
import { readCsvTable } from './csv-table.ts';
import { checkHeader, columnOf, guessCsvKind, recordFromCsvRow, type CsvKind } from './csv-columns.ts';
import { defaultProtection } from './defaults.ts';
import { readJsonArray, readJsonLines, type JsonItem } from './json-items.ts';

/** How an import is going: which phase, how many rows of how many. */
export interface ImportProgress {
  phase: 'validating' | 'writing';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** `csv`, `json` or `jsonl`; guessed from the file name when omitted. */
  format?: 'csv' | 'json' | 'jsonl';
  /** For CSV files: which kind of records the rows are; guessed from the header when omitted. */
  csvKind?: CsvKind;
  onProgress?: (progress: ImportProgress) => void;
  batchSize?: number;
}

export interface ImportResult {
  imported: number;
  byType: Record<string, number>;
}

const MAX_REPORTED_ISSUES = 1000;

function formatOf(file: string, given?: ImportOptions['format']): 'csv' | 'json' | 'jsonl' {
  if (given) return given;
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  throw invalidInput(`cannot tell the format of ${basename(file)}: name it .csv, .json or .jsonl, or give the format`);
}

function csvItems(text: string, kind: CsvKind | undefined, defaults: Record<string, unknown>) {
  const table = readCsvTable(text);
  const csvKind = kind ?? guessCsvKind(table.columns);
  const issues = table.columns.length ? [...checkHeader(csvKind, table.columns), ...table.issues] : table.issues;
  const items: JsonItem[] = table.rows.map(({ line, row }) => ({ line, value: recordFromCsvRow(csvKind, row, defaults) }));
  return { items, issues, kind: csvKind };
}

/**
 * Imports persons, documents and vehicles (or any record type, in JSON) from a
 * CSV, JSON or JSON Lines file. Every row is validated first; if any is bad the
 * error lists every bad row with its line and field, and nothing is imported.
 * The rows are then written in one transaction (see collectRecordsInBulk).
 */
export async function importFile(ctx: NodeContext, actor: Actor, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  requirePermission(actor, 'records:import');
  const format = formatOf(file, options.format);
  const text = await readFile(file, 'utf8');
  const defaults = defaultProtection(ctx.clock);
  const csv = format === 'csv' ? csvItems(text, options.csvKind, defaults) : undefined;
  const { items, issues } = csv ?? (format === 'json' ? readJsonArray(text) : readJsonLines(text));
  const columnFor = (path: string) => (csv ? columnOf(csv.kind, path) : path);

  const rows: RecordRow[] = [];
  const latest = latestReviewBy(isoDate(ctx.clock.now()));
  items.forEach((item, index) => {
    const candidate = csv ? item.value : withDefaultProtection(item.value, defaults);
    const result = RecordInput.safeParse(candidate);
    if (result.success && result.data.protection.reviewBy > latest) {
      issues.push({ line: item.line, path: columnFor('protection.reviewBy'), message: `must be on or before ${latest}` });
    } else if (result.success) rows.push(toRecordRow(ctx.nodeId, result.data));
    else {
      for (const issue of fieldIssues(result.error)) issues.push({ line: item.line, path: columnFor(issue.path), message: issue.message });
    }
    if ((index + 1) % 10_000 === 0) options.onProgress?.({ phase: 'validating', done: index + 1, total: items.length });
  });
  if (issues.length > 0) {
    const reported = issues.length > MAX_REPORTED_ISSUES ? ` (the first ${MAX_REPORTED_ISSUES} problems are listed)` : '';
    throw invalidInput(`${basename(file)}: ${countLines(issues)} bad, nothing imported${reported}`, issues.slice(0, MAX_REPORTED_ISSUES));
  }
  if (rows.length === 0) throw invalidInput(`${basename(file)} holds no records`);

  await collectRecordsInBulk(ctx, actor, rows, {
    source: { import: basename(file), format },
    batchSize: options.batchSize,
    onProgress: (done, total) => options.onProgress?.({ phase: 'writing', done, total }),
  });
  const byType: Record<string, number> = {};
  for (const row of rows) byType[row.type] = (byType[row.type] ?? 0) + 1;
  return { imported: rows.length, byType };
}

function countLines(issues: FieldIssue[]): string {
  const lines = new Set(issues.map((i) => i.line)).size;
  return lines === 1 ? '1 line is' : `${lines} lines are`;
}

/** JSON records may leave out protection fields that have defaults; the ones given win. */
function withDefaultProtection(value: unknown, defaults: Record<string, unknown>): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const given = typeof record.protection === 'object' && record.protection !== null ? record.protection : {};
  return { ...record, protection: { ...defaults, ...given } };
}
