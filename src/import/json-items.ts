import type { FieldIssue } from '../core/errors.ts';

/** One item of a JSON or JSON Lines file, with the line it starts on. */
export interface JsonItem {
  line: number;
  value: unknown;
}

/** Reads JSON Lines: one JSON value a non-empty line. Unparsable lines become issues. */
export function readJsonLines(text: string): { items: JsonItem[]; issues: FieldIssue[] } {
  const items: JsonItem[] = [];
  const issues: FieldIssue[] = [];
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return;
    try {
      items.push({ line: index + 1, value: JSON.parse(raw) });
    } catch (error) {
      issues.push({ line: index + 1, path: '(line)', message: `not valid JSON: ${(error as Error).message}` });
    }
  });
  return { items, issues };
}

/**
 * The line on which each element of the records array starts: the top-level
 * array, or (when `wrapped`) the array under the top-level key "records".
 * A small scanner over the text, aware of strings and nesting.
 */
function elementLines(text: string, wrapped: boolean): number[] {
  const lines: number[] = [];
  const arrayDepth = wrapped ? 2 : 1;
  let line = 1;
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  let lastKey = '';
  let inRecords = !wrapped;
  let expectingValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (wrapped && depth === 1) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (inRecords && depth === arrayDepth && expectingValue && !/\s/.test(c) && c !== ']') {
      lines.push(line);
      expectingValue = false;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === '[' || c === '{') {
      depth++;
      if (c === '[' && depth === arrayDepth && (inRecords || lastKey === 'records')) {
        inRecords = true;
        expectingValue = true;
      }
    } else if (c === ']' || c === '}') {
      if (depth === arrayDepth && c === ']' && wrapped) inRecords = false;
      depth--;
    } else if (c === ',' && depth === arrayDepth && inRecords) expectingValue = true;
  }
  return lines;
}

/**
 * Reads a JSON file holding an array of records, or an object `{ "records": [...] }`,
 * and gives each record the line it starts on, so that errors can name it.
 */
export function readJsonArray(text: string): { items: JsonItem[]; issues: FieldIssue[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { items: [], issues: [{ line: 1, path: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const wrapped = !Array.isArray(parsed) && typeof parsed === 'object' && parsed !== null && 'records' in parsed;
  const values = wrapped ? (parsed as { records: unknown }).records : parsed;
  if (!Array.isArray(values)) {
    return { items: [], issues: [{ line: 1, path: '(file)', message: 'must be an array of records or an object with a "records" array' }] };
  }
  const lines = elementLines(text, wrapped);
  return { items: values.map((value, i) => ({ line: lines[i] ?? 1, value })), issues: [] };
}
