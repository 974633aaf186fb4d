import type { Command } from '../../cli/command.ts';
import { parseCommandArgs, progress, required } from '../../cli/command.ts';
import { invalidInput } from '../../core/errors.ts';
import { toCsv } from '../../synth/persons-csv.ts';
import { dedupe } from '../dedupe.ts';
import { defaultModel } from '../default-model.ts';
import { MatchIndex } from '../match-index.ts';
import type { MatchRecord } from '../record.ts';
import { prepareRecordAs } from '../prepare.ts';
import { failOn, genderOf, personColumns, personOfRow, prepareRows, readTable, type DataRow } from './csv-persons.ts';

function write(text: string): void {
  process.stdout.write(text);
}

const PAIRS_USAGE = 'liaison match pairs FILE.csv';

function sideOf({ number, row }: DataRow, side: '1' | '2'): MatchRecord {
  const name = row[`name${side}`];
  return {
    id: `${number}:${side}`,
    names: [{ full: name ?? '' }],
    ...(row[`dob${side}`] && { dateOfBirth: row[`dob${side}`] }),
    ...(row[`gender${side}`] && { gender: genderOf(row[`gender${side}`], `gender${side}`) }),
    ...(row[`country${side}`] && { nationalities: [row[`country${side}`]!] }),
  };
}

const columnsOf = (side: string) => ({ names: `name${side}`, dateOfBirth: `dob${side}` });

/** `liaison match pairs`: scores each pair of names in a CSV file. */
export const matchPairsCommand: Command = {
  path: ['match', 'pairs'],
  usage: PAIRS_USAGE,
  summary: 'score pairs of persons (columns name1,name2 and optional dob, country, gender 1/2); adds score and match columns',
  async run(args) {
    const { positionals } = parseCommandArgs(args, {}, PAIRS_USAGE);
    if (positionals.length !== 1) throw invalidInput(`give one CSV file\nusage: ${PAIRS_USAGE}`);
    const file = positionals[0]!;
    const { table, rows } = await readTable(file, ['name1', 'name2']);
    const { prepared, issues } = prepareRows(rows, (row) => [prepareRecordAs(sideOf(row, '1'), columnsOf('1')), prepareRecordAs(sideOf(row, '2'), columnsOf('2'))]);
    failOn(file, issues);
    const model = defaultModel();
    // A file of pairs is not a population: name frequencies in it say nothing of how common a name is.
    const out = rows.map(({ row }, i) => {
      const [a, b] = prepared[i]!;
      const { score, match } = model.score(a!, b!);
      return { ...row, score: score.toFixed(4), match: String(match) };
    });
    write(toCsv(out as Record<string, string>[], [...table.columns, 'score', 'match']));
    return 0;
  },
};

const SCREEN_USAGE = 'liaison match screen --index INDEX.csv --queries QUERIES.csv [--top N]';

async function readPersons(file: string) {
  const { table, rows } = await readTable(file, []);
  if (!['full_name', 'first_name', 'last_name'].some((c) => table.columns.includes(c))) failOn(file, [{ line: 1, path: '(header)', message: 'missing column full_name (or first_name, middle_name, last_name)' }]);
  const { prepared, issues } = prepareRows(rows, (row) => [prepareRecordAs(personOfRow(row), personColumns(row))]);
  failOn(file, issues);
  return { table, rows, prepared: prepared.map((p) => p[0]!) };
}

/** `liaison match screen`: ranks the index rows matching each query row. */
export const matchScreenCommand: Command = {
  path: ['match', 'screen'],
  usage: SCREEN_USAGE,
  summary: 'screen each query person against an index of persons (CSV, column full_name…); one JSON line per query',
  async run(args) {
    const { values } = parseCommandArgs(args, { index: { type: 'string' }, queries: { type: 'string' }, top: { type: 'string' } }, SCREEN_USAGE);
    const top = values.top === undefined ? 10 : Number(values.top);
    if (!Number.isInteger(top) || top < 1 || top > 1000) throw invalidInput('--top must be a whole number from 1 to 1000');
    const index = await readPersons(required(values.index, 'index', SCREEN_USAGE));
    const queries = await readPersons(required(values.queries, 'queries', SCREEN_USAGE));
    const matchIndex = new MatchIndex(defaultModel());
    index.prepared.forEach((record, i) => {
      matchIndex.add(record);
      if ((i + 1) % 100_000 === 0) progress(`indexed ${i + 1}/${index.prepared.length}`);
    });
    queries.prepared.forEach((query, i) => {
      const candidates = matchIndex.screen(query, top).map((c) => ({ index: Number(c.id), score: Number(c.score.toFixed(4)) }));
      write(JSON.stringify({ query: i + 1, candidates }) + '\n');
      if ((i + 1) % 10_000 === 0) progress(`screened ${i + 1}/${queries.prepared.length}`);
    });
    return 0;
  },
};

const DEDUPE_USAGE = 'liaison match dedupe FILE.csv';

/** `liaison match dedupe`: clusters the rows of a CSV file into persons. */
export const matchDedupeCommand: Command = {
  path: ['match', 'dedupe'],
  usage: DEDUPE_USAGE,
  summary: 'deduplicate persons in a CSV file (column full_name…); adds a cluster_id column',
  async run(args) {
    const { positionals } = parseCommandArgs(args, {}, DEDUPE_USAGE);
    if (positionals.length !== 1) throw invalidInput(`give one CSV file\nusage: ${DEDUPE_USAGE}`);
    const { table, rows, prepared } = await readPersons(positionals[0]!);
    const { clusters } = dedupe(prepared, defaultModel(), (done) => progress(`compared ${done}/${prepared.length} records`));
    const out = rows.map(({ row }, i) => ({ ...row, cluster_id: String(clusters[i]) }));
    write(toCsv(out as Record<string, string>[], [...table.columns, 'cluster_id']));
    return 0;
  },
};

/** The `liaison match` commands. */
export const matchCommands: Command[] = [matchPairsCommand, matchScreenCommand, matchDedupeCommand];
