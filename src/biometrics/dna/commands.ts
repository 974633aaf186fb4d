import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from '../../cli/command.ts';
import { parseCommandArgs, progress, required } from '../../cli/command.ts';
import { invalidInput, LiaisonError } from '../../core/errors.ts';
import { acceptProfile } from './acceptance.ts';
import { resolveMatchOptions, type Stringency } from './compare.ts';
import { DnaIndex, type DnaSearchOptions } from './index.ts';

const USAGE_LINE = 'liaison dna search --index INDEX.jsonl --queries QUERIES.jsonl [--stringency prum|high|moderate|low] [--max-mismatches 0|1] [--min-loci N] [--limit N]';

const USAGE = `${USAGE_LINE}
  Each file holds one DNA profile a line: {"id": "…", "kind": "reference"|"stain", "loci": {"D3S1358": ["15", "16"], …}}
  (allele values strings or numbers; blank lines are skipped). Defaults follow Prüm: near matches (--max-mismatches 1),
  at least 6 loci fully designated in both (--min-loci 6); --stringency high|moderate|low are the CODIS-style ones.
  Output, one JSON line a query, in the order of the queries:
    {"query": "<id>", "matches": [{"id": "<id>", "type": "full"|"near", "loci_compared": n, "mismatches": k}, …]}
    (full matches first, then near matches, each by id), or {"query": "<id>", "error": "…"} for a query refused by the
    Prüm rules ("refused by the Prüm acceptance rules: …") or malformed ("invalid DNA profile: …"); a query line that is
    not JSON, or has no id, gives {"query": null, "error": "line N: …"}.
  Index lines that are not JSON, malformed, refused or repeat an earlier id are reported on standard error with their
  line number and id, and left out (the first profile of an id is kept). Progress on standard error every 1,000,000 lines.
  Exit code 0 when the search ran; 2 for bad arguments or a file that cannot be read.`;

const PROGRESS_EVERY = 1_000_000;

/** The lines of a text file, numbered from 1, read as a stream (a byte order mark at the start is dropped). */
async function* numberedLines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    yield { line, text: line === 1 ? text.replace(/^\uFEFF/, '') : text };
  }
}

async function readable(file: string, flag: string): Promise<void> {
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    throw invalidInput(`cannot read --${flag} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, [{ path: flag, message: 'cannot be read' }]);
  }
}

/** Writes to stdout, waiting when the pipe is full so that memory stays flat on large outputs. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}

/** A parsed line, or why it is not JSON. */
function parseLine(text: string): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { problem: `not JSON (${(error as Error).message})` };
  }
}

function searchOptions(values: Record<string, string | boolean | undefined>): DnaSearchOptions {
  const number = (flag: string) => {
    const text = values[flag];
    if (text === undefined) return undefined;
    const n = Number(text);
    if (typeof text !== 'string' || text.trim() === '' || !Number.isInteger(n)) throw invalidInput(`--${flag} is a whole number\nusage: ${USAGE_LINE}`, [{ path: flag, message: 'a whole number' }]);
    return n;
  };
  const options: DnaSearchOptions = {};
  const maxMismatches = number('max-mismatches');
  if (maxMismatches !== undefined) options.maxMismatches = maxMismatches as 0 | 1;
  const minLoci = number('min-loci');
  if (minLoci !== undefined) options.minLoci = minLoci;
  if (values.stringency !== undefined) options.stringency = values.stringency as Stringency;
  const limit = number('limit');
  if (limit !== undefined) {
    if (limit < 1) throw invalidInput(`--limit is at least 1\nusage: ${USAGE_LINE}`, [{ path: 'limit', message: 'at least 1' }]);
    options.limit = limit;
  }
  try {
    resolveMatchOptions(options);
  } catch (error) {
    if (!(error instanceof LiaisonError)) throw error;
    const flag = { maxMismatches: 'max-mismatches', minLoci: 'min-loci', stringency: 'stringency' }[error.issues[0]?.path ?? ''] ?? 'options';
    throw invalidInput(`--${flag} ${error.issues[0]?.message ?? error.message}\nusage: ${USAGE_LINE}`, [{ path: flag, message: error.issues[0]?.message ?? error.message }]);
  }
  return options;
}

/** Reads the index file into an index, reporting each line left out on stderr. */
async function buildIndex(file: string): Promise<DnaIndex> {
  const index = new DnaIndex();
  const started = performance.now();
  let lines = 0;
  let leftOut = 0;
  const report = (line: number, id: string | undefined, problem: string) => {
    leftOut++;
    progress(`${file} line ${line}${id === undefined ? '' : ` (id ${JSON.stringify(id)})`}: ${problem}; left out`);
  };
  for await (const { line, text } of numberedLines(file)) {
    lines = line;
    if (line % PROGRESS_EVERY === 0) progress(`dna: read ${line.toLocaleString('en')} lines of ${file}, ${index.size.toLocaleString('en')} profiles indexed`);
    if (text.trim() === '') continue;
    const parsed = parseLine(text);
    if ('problem' in parsed) {
      report(line, undefined, parsed.problem);
      continue;
    }
    const id = idOf(parsed.value);
    try {
      const profile = acceptProfile(parsed.value);
      if (index.has(profile.id)) {
        report(line, id, 'an earlier line has the same id');
        continue;
      }
      index.add(profile.id, profile);
    } catch (error) {
      if (!(error instanceof LiaisonError)) throw error;
      report(line, id, error.message);
    }
  }
  if (lines >= PROGRESS_EVERY) progress(`dna: indexed ${index.size.toLocaleString('en')} profiles of ${lines.toLocaleString('en')} lines (${leftOut.toLocaleString('en')} left out) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return index;
}

/**
 * `liaison dna search`: searches each DNA profile of a file of queries in an index built from
 * another file, under the Prüm rules; one JSON line a query on stdout (the contract is in `USAGE`).
 */
export const dnaSearchCommand: Command = {
  path: ['dna', 'search'],
  usage: USAGE,
  summary: 'search DNA profiles (JSON lines) in an index of DNA profiles under the Prüm rules; one JSON line per query',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { index: { type: 'string' }, queries: { type: 'string' }, stringency: { type: 'string' }, 'max-mismatches': { type: 'string' }, 'min-loci': { type: 'string' }, limit: { type: 'string' } },
      USAGE_LINE,
    );
    if (positionals.length) throw invalidInput(`unexpected argument ${positionals[0]}\nusage: ${USAGE_LINE}`);
    const indexFile = required(values.index, 'index', USAGE_LINE);
    const queryFile = required(values.queries, 'queries', USAGE_LINE);
    const options = searchOptions(values);
    await readable(indexFile, 'index');
    await readable(queryFile, 'queries');
    const index = await buildIndex(indexFile);
    let queries = 0;
    for await (const { line, text } of numberedLines(queryFile)) {
      if (text.trim() === '') continue;
      if (++queries % PROGRESS_EVERY === 0) progress(`dna: searched ${queries.toLocaleString('en')} queries`);
      const parsed = parseLine(text);
      if ('problem' in parsed) {
        await write(JSON.stringify({ query: null, error: `line ${line}: ${parsed.problem}` }) + '\n');
        continue;
      }
      const id = idOf(parsed.value);
      let result: object;
      try {
        const matches = index.search(acceptProfile(parsed.value), options);
        result = { query: id, matches: matches.map((m) => ({ id: m.id, type: m.type, loci_compared: m.lociCompared, mismatches: m.mismatches })) };
      } catch (error) {
        if (!(error instanceof LiaisonError)) throw error;
        result = id === undefined ? { query: null, error: `line ${line}: ${error.message}` } : { query: id, error: error.message };
      }
      await write(JSON.stringify(result) + '\n');
    }
    return 0;
  },
};
