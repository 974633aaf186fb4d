import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './support/cli.ts';

/**
 * The `liaison match` command-line contract (pairs, screen, dedupe), which
 * other tools rely on: each command run in its own process on small CSV files
 * of invented names. Bad input is exit code 2, nothing on stdout, and one
 * stderr line per bad row naming its line and column.
 */

const dir = mkdtempSync(join(tmpdir(), 'liaison-match-cli-'));
let files = 0;

/** Writes CSV text (lines joined by \n, a final newline added) to a new file and returns its path. */
function csvFile(lines: string[]): string {
  const file = join(dir, `input-${++files}.csv`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** Parses a CSV output into its header and rows (as objects keyed by column). */
function readOutput(stdout: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parseCsv(stdout) as string[][];
  const [header, ...body] = records;
  return { header: header!, rows: body.map((cells) => Object.fromEntries(header!.map((c, i) => [c, cells[i]!]))) };
}

/** Asserts a run refused its input as the contract says: exit code 2, stdout empty; returns stderr's lines. */
function refused(run: CliRun): string[] {
  expect(run.stdout).toBe('');
  expect(run.code).toBe(2);
  return run.stderr.split('\n').filter(Boolean);
}

/** The stderr lines naming a given input line. */
function linesFor(stderr: string[], line: number): string[] {
  return stderr.filter((l) => new RegExp(`^\\s*line ${line}: `).test(l));
}

const CYRILLIC_A = '\u0430';

describe('liaison match pairs', () => {
  const pairs = () =>
    csvFile([
      'name1,name2,dob1,dob2,note,country1,country2',
      'Юлия Щербакова,Yuliya Shcherbakova,1985-04-12,1985-04-12,"first, with a comma",RU,RU',
      'Olaf Scholz,Octavian Scholz,,,plain,,',
      '"IVANOV, Ivan",Ivan Ivanov,,,"said ""hello""",,',
    ]);

  it('adds score and match columns to every row, keeping the rows, the columns and their order', async () => {
    const run = await runCli(['match', 'pairs', pairs()]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { header, rows } = readOutput(run.stdout);
    expect(header).toEqual(['name1', 'name2', 'dob1', 'dob2', 'note', 'country1', 'country2', 'score', 'match']);
    expect(rows.map((r) => [r.name1, r.name2])).toEqual([
      ['Юлия Щербакова', 'Yuliya Shcherbakova'],
      ['Olaf Scholz', 'Octavian Scholz'],
      ['IVANOV, Ivan', 'Ivan Ivanov'],
    ]);
    for (const row of rows) {
      const score = Number(row.score);
      expect(row.score).toMatch(/^\d(\.\d+)?$/);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(['true', 'false']).toContain(row.match);
    }
  });

  it('matches a Cyrillic name with its romanisation (same date of birth), and a comma-form name with its natural order', async () => {
    const { rows } = readOutput((await runCli(['match', 'pairs', pairs()])).stdout);
    expect(rows[0]).toMatchObject({ name1: 'Юлия Щербакова', match: 'true' });
    expect(rows[2]).toMatchObject({ name1: 'IVANOV, Ivan', match: 'true' });
    expect(Number(rows[0].score)).toBeGreaterThan(Number(rows[1].score));
    expect(Number(rows[2].score)).toBeGreaterThan(Number(rows[1].score));
  });

  it('does not match two people sharing only a family name', async () => {
    const { rows } = readOutput((await runCli(['match', 'pairs', pairs()])).stdout);
    expect(rows[1]).toMatchObject({ name1: 'Olaf Scholz', name2: 'Octavian Scholz', match: 'false' });
    expect(Number(rows[1].score)).toBeLessThan(0.5);
  });

  it('preserves extra columns and quotes fields containing commas or quotes in its output', async () => {
    const run = await runCli(['match', 'pairs', pairs()]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"first, with a comma"');
    expect(lines[3].startsWith('"IVANOV, Ivan",Ivan Ivanov,')).toBe(true);
    expect(lines[3]).toContain('"said ""hello"""');
    const { rows } = readOutput(run.stdout);
    expect(rows.map((r) => r.note)).toEqual(['first, with a comma', 'plain', 'said "hello"']);
    expect(rows.map((r) => [r.country1, r.country2])).toEqual([['RU', 'RU'], ['', ''], ['', '']]);
  });

  it('takes a date of birth into account: a different date lowers the score of the same names', async () => {
    const file = csvFile(['name1,name2,dob1,dob2', 'Yuliya Shcherbakova,Юлия Щербакова,1985-04-12,1985-04-12', 'Yuliya Shcherbakova,Юлия Щербакова,1985-04-12,1961-11-30']);
    const { rows } = readOutput((await runCli(['match', 'pairs', file])).stdout);
    expect(rows[0].match).toBe('true');
    expect(Number(rows[1].score)).toBeLessThan(Number(rows[0].score));
  });

  it('refuses a file with bad rows (exit 2, nothing on stdout), naming each bad row’s line and column', async () => {
    const file = csvFile([
      'name1,name2,dob1,dob2,gender1,gender2',
      'Ivan Petrov,Ivan Petrov,1980-01-01,1980-01-01,m,m', // line 2: good
      ',Ivan Ivanov,,,,', // line 3: empty name1
      'Ivan Ivanov,"...!?",,,,', // line 4: punctuation-only name2
      `Iv${CYRILLIC_A}n Petrov,Ivan Petrov,,,,`, // line 5: Latin and Cyrillic mixed in name1
      '"Maria ""the long""\nPetrova",Maria Petrova,,,f,f', // lines 6-7: good, a quoted field spanning two lines
      `Ivan Petrov,${'a'.repeat(10_000)},,,,`, // line 8: a 10,000-character name2
      'Ivan Petrov,Ivan Petrov,1980-02-30,,,', // line 9: impossible dob1
      'Ivan Petrov,Ivan Petrov,,,m,q', // line 10: unknown gender2
      'Olga Petrova,Olga Petrova,,,,', // line 11: good
    ]);
    const stderr = refused(await runCli(['match', 'pairs', file]));
    expect(stderr[0]).toMatch(/6 problems/);
    const issue = (line: number) => {
      const found = linesFor(stderr, line);
      expect(found, `line ${line} in:\n${stderr.join('\n')}`).toHaveLength(1);
      return found[0]!;
    };
    expect(issue(3)).toMatch(/line 3: name1: .*empty/);
    expect(issue(4)).toMatch(/line 4: name2: .*no letters/);
    expect(issue(5)).toMatch(/line 5: name1: .*mixes Latin and Cyrillic/);
    expect(issue(8)).toMatch(/line 8: name2: .*longer than \d+ characters/);
    expect(issue(8).length).toBeLessThan(300);
    expect(issue(9)).toMatch(/line 9: dob1: .*1980-02-30.*not a calendar date/);
    expect(issue(10)).toMatch(/line 10: gender2: .*"q"/);
    for (const good of [2, 6, 7, 11]) expect(linesFor(stderr, good)).toEqual([]);
  });

  it('refuses a header without a required column (exit 2), naming the column on line 1', async () => {
    const stderr = refused(await runCli(['match', 'pairs', csvFile(['name1,dob1,dob2', 'Ivan Petrov,1980,1980'])]));
    expect(linesFor(stderr, 1)).toEqual([expect.stringMatching(/line 1: \(header\): missing column name2$/)]);
  });

  it('refuses broken quoting (exit 2), naming the line of the unterminated quote', async () => {
    const stderr = refused(await runCli(['match', 'pairs', csvFile(['name1,name2', 'Ivan Petrov,Ivan Petrov', 'Olga Petrova,"Olga Petrova'])]));
    expect(linesFor(stderr, 3)).toEqual([expect.stringMatching(/line 3: .*quote/i)]);
  });

  // Known bug (reported): csv-parse counts lines to the end of the file, so an
  // unterminated quote is reported on the file's last line, not where it opens.
  // Remove `.fails` once src/import/csv-table.ts reports the opening line.
  it('names the line where an unterminated quote opens, not the last line of the file', async () => {
    const stderr = refused(
      await runCli(['match', 'pairs', csvFile(['name1,name2', 'Ivan Petrov,Ivan Petrov', '"Olga Petrova,Olga Petrova', 'Anna Ivanova,Anna Ivanova', 'Petr Sidorov,Petr Sidorov'])]),
    );
    expect(linesFor(stderr, 3)).toEqual([expect.stringMatching(/line 3: .*quote/i)]);
  });

  it('refuses a call without exactly one file (exit 2)', async () => {
    const run = await runCli(['match', 'pairs']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/usage: liaison match pairs/);
  });
});

interface ScreenLine {
  query: number;
  candidates: { index: number; score: number }[];
}

/** Parses the JSON lines of `liaison match screen`. */
function screenLines(stdout: string): ScreenLine[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as ScreenLine);
}

describe('liaison match screen', () => {
  const index = csvFile([
    'full_name,first_name,middle_name,last_name,gender,date_of_birth,place_of_birth,nationality',
    'Юлия Щербакова,,,,f,1985-04-12,Москва,RU', // 1
    'Olaf Scholz,,,,m,1958-06-14,Osnabrück,DE', // 2
    ',Dmitri,,Sokolov,m,1979-01-02,,RU', // 3: only first and last name
    'Иван Иванов,,,,m,1980-01-01,,RU', // 4
    '"IVANOV, Ivan",,,,m,1980-01-01,,RU', // 5
    'Ivan Ivanov,,,,m,1980-01-01,,RU', // 6
    'Octavian Scholz,,,,m,1958-06-14,,DE', // 7
  ]);
  const queries = csvFile([
    'full_name,date_of_birth,gender',
    'Yuliya Shcherbakova,1985-04-12,f', // 1
    'Дмитрий Соколов,1979-01-02,m', // 2
    'Zephyrine Quorblewick,1950-07-07,f', // 3: nobody
    'Ivan Ivanov,1980-01-01,m', // 4: three records of one person
    'Olaf Scholz,1958-06-14,m', // 5: not his namesake Octavian
  ]);

  it('writes one JSON line per query, numbered by data row, with the matching index rows best first', async () => {
    const run = await runCli(['match', 'screen', '--index', index, '--queries', queries]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = screenLines(run.stdout);
    expect(lines.map((l) => l.query)).toEqual([1, 2, 3, 4, 5]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['query', 'candidates']);
      for (const c of line.candidates) {
        expect(Object.keys(c)).toEqual(['index', 'score']);
        expect(Number.isInteger(c.index)).toBe(true);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
      }
      const scores = line.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(lines[0].candidates.map((c) => c.index)).toEqual([1]);
    expect(new Set(lines[3].candidates.map((c) => c.index))).toEqual(new Set([4, 5, 6]));
  });

  it('finds an index row given only first_name and last_name, across scripts', async () => {
    const lines = screenLines((await runCli(['match', 'screen', '--index', index, '--queries', queries])).stdout);
    expect(lines[1]).toEqual({ query: 2, candidates: [{ index: 3, score: expect.any(Number) }] });
  });

  it('gives only candidates at or above the threshold: none for a stranger, not the namesake with another given name', async () => {
    const lines = screenLines((await runCli(['match', 'screen', '--index', index, '--queries', queries])).stdout);
    expect(lines[2]).toEqual({ query: 3, candidates: [] });
    expect(lines[4].candidates.map((c) => c.index)).toEqual([2]);
  });

  it('limits the candidates to --top, keeping the best', async () => {
    const all = screenLines((await runCli(['match', 'screen', '--index', index, '--queries', queries])).stdout);
    const run = await runCli(['match', 'screen', '--index', index, '--queries', queries, '--top', '2']);
    expect(run.code).toBe(0);
    const top2 = screenLines(run.stdout);
    expect(top2[3].candidates).toHaveLength(2);
    expect(top2[3].candidates).toEqual(all[3].candidates.slice(0, 2));
    const top1 = screenLines((await runCli(['match', 'screen', '--index', index, '--queries', queries, '--top', '1'])).stdout);
    expect(top1.map((l) => l.candidates.length)).toEqual([1, 1, 0, 1, 1]);
  });

  it('refuses --top 0 and --top abc (exit 2, nothing on stdout)', async () => {
    for (const top of ['0', 'abc']) {
      const stderr = refused(await runCli(['match', 'screen', '--index', index, '--queries', queries, '--top', top]));
      expect(stderr.join('\n')).toMatch(/--top/);
    }
  });

  it('refuses a queries file with a bad row (exit 2), naming its line and column', async () => {
    const bad = csvFile(['full_name,date_of_birth,gender', 'Ivan Ivanov,1980-01-01,m', 'Ivan Ivanov,1980-13-01,m', `P${CYRILLIC_A}vel Petrov,,`]);
    const stderr = refused(await runCli(['match', 'screen', '--index', index, '--queries', bad]));
    expect(linesFor(stderr, 3)).toEqual([expect.stringMatching(/line 3: date_of_birth: /)]);
    expect(linesFor(stderr, 4)).toEqual([expect.stringMatching(/line 4: .*mixes Latin and Cyrillic/)]);
    expect(linesFor(stderr, 2)).toEqual([]);
  });

  // Known bug (reported): readPersons in src/matching/cli/commands.ts maps the
  // names field to a column called `name`, which these files do not have.
  // Remove `.fails` once a bad name is reported under full_name.
  it('names the column full_name for a bad name in a screening file', async () => {
    const bad = csvFile(['full_name', 'Ivan Ivanov', `P${CYRILLIC_A}vel Petrov`]);
    const stderr = refused(await runCli(['match', 'screen', '--index', index, '--queries', bad]));
    expect(linesFor(stderr, 3)).toEqual([expect.stringMatching(/line 3: full_name: .*mixes/)]);
  });

  it('refuses an index without a name column (exit 2)', async () => {
    const stderr = refused(await runCli(['match', 'screen', '--index', csvFile(['date_of_birth', '1980-01-01']), '--queries', queries]));
    expect(linesFor(stderr, 1)).toEqual([expect.stringMatching(/line 1: \(header\): missing column full_name/)]);
  });
});

describe('liaison match dedupe', () => {
  it('writes the rows back with a cluster_id: one person in several scripts and orders shares one id, others get their own', async () => {
    const file = csvFile([
      'full_name,first_name,last_name,date_of_birth,gender,note',
      'Юлия Щербакова,,,1985-04-12,f,a', // 1: Yuliya
      ',Yuliya,Shcherbakova,1985-04-12,f,"b, c"', // 2: Yuliya
      'Olaf Scholz,,,1958-06-14,m,d', // 3: Olaf
      '"SHCHERBAKOVA, Yulia",,,1985-04-12,f,e', // 4: Yuliya
      'Octavian Scholz,,,1958-06-14,m,f', // 5: Octavian, not Olaf
      'Ολαφ Σολτς,,,1958-06-14,m,g', // 6: Olaf
      'Zephyrine Quorblewick,,,1950-07-07,f,h', // 7: alone
    ]);
    const run = await runCli(['match', 'dedupe', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { header, rows } = readOutput(run.stdout);
    expect(header).toEqual(['full_name', 'first_name', 'last_name', 'date_of_birth', 'gender', 'note', 'cluster_id']);
    expect(rows.map((r) => r.note)).toEqual(['a', 'b, c', 'd', 'e', 'f', 'g', 'h']);
    const id = rows.map((r) => r.cluster_id);
    for (const c of id) expect(c).toMatch(/^\d+$/);
    expect(id[1]).toBe(id[0]);
    expect(id[3]).toBe(id[0]);
    expect(id[5]).toBe(id[2]);
    expect(new Set([id[0], id[2], id[4], id[6]]).size).toBe(4);
  });

  it('refuses a file with a bad row (exit 2), naming its line', async () => {
    const stderr = refused(await runCli(['match', 'dedupe', csvFile(['full_name,gender', 'Ivan Ivanov,m', 'Olga Petrova,zz'])]));
    expect(linesFor(stderr, 3)).toEqual([expect.stringMatching(/line 3: gender: /)]);
  });
});
