import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptProfile } from '../src/biometrics/dna/acceptance.ts';
import { compareProfiles, type MatchOptions } from '../src/biometrics/dna/compare.ts';
import type { AcceptedProfile } from '../src/biometrics/dna/profile.ts';
import type { DnaProfileInput } from '../src/biometrics/dna/schema.ts';
import { SyntheticDna } from '../src/biometrics/dna/synthetic.ts';
import { LiaisonError } from '../src/core/errors.ts';
import { runCli, type CliRun } from './support/cli.ts';

/**
 * The `liaison dna search` command-line contract, which other tools rely on: the real command in
 * its own process on small files of synthetic profiles. One JSON line per query on stdout (its
 * matches, full first, or its error); index lines left out reported on stderr with line and id;
 * exit code 0 when it ran, 2 for bad arguments.
 */

const dir = mkdtempSync(join(tmpdir(), 'liaison-dna-cli-'));
let files = 0;

/** Writes lines (objects as JSON, strings as they are) to a new file; returns its path. */
function jsonl(lines: (object | string)[]): string {
  const file = join(dir, `file-${++files}.jsonl`);
  writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

function outputLines(run: CliRun): Record<string, unknown>[] {
  return run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function accepted(input: unknown): AcceptedProfile | undefined {
  try {
    return acceptProfile(input);
  } catch (error) {
    if (error instanceof LiaisonError) return undefined;
    throw error;
  }
}

/** What the command must print for an accepted query: compareProfiles with every indexed profile. */
function expectedMatches(index: AcceptedProfile[], query: AcceptedProfile, options?: MatchOptions) {
  return index
    .map((p) => ({ p, c: compareProfiles(query, p, options) }))
    .filter(({ c }) => c.type !== 'none')
    .map(({ p, c }) => ({ id: p.id, type: c.type, loci_compared: c.lociCompared, mismatches: c.mismatches }))
    .sort((a, b) => (a.type !== b.type ? (a.type === 'full' ? -1 : 1) : a.id < b.id ? -1 : 1));
}

const SIX = { D3S1358: ['15', '16'], vWA: ['17', '18'], D8S1179: ['13', '14'], D21S11: ['29', '30'], D18S51: ['14', '17'], TH01: ['6', '9.3'] };

describe('liaison dna search', () => {
  const dna = new SyntheticDna({ seed: 2026, stainShare: 0.3, wildcardRate: 0.03, nearCopyShare: 0.1, retypeShare: 0.1 });
  const inputs: DnaProfileInput[] = Array.from({ length: 400 }, (_, i) => dna.next(`P${String(i).padStart(3, '0')}`));
  const indexed = inputs.map(accepted).filter((p) => p !== undefined);
  // Queries: indexed profiles again, near copies, new persons; then lines that must give errors.
  const goodQueries: DnaProfileInput[] = [];
  for (let i = 0; i < 30; i++) {
    const sample = inputs[(i * 13) % inputs.length]!;
    goodQueries.push(i % 3 === 0 ? { ...sample, id: `Q${i}` } : i % 3 === 1 ? dna.nearCopy(sample, `Q${i}`) : dna.profile(`Q${i}`, dna.person(), 'stain'));
  }
  const acceptedQueries = goodQueries.map(accepted);
  let indexFile: string;
  let queryFile: string;
  let run: CliRun;

  beforeAll(async () => {
    indexFile = jsonl([
      ...inputs.slice(0, 200),
      'this is not JSON', // line 201
      { id: 'few', kind: 'stain', loci: { D3S1358: ['15', '16'] } }, // line 202: refused
      { id: 'mixed', kind: 'stain', loci: { ...SIX, FGA: ['20', '21', '22', '23'] } }, // line 203: refused (mixed)
      '', // line 204: blank, skipped
      { id: 'odd', kind: 'stain', loci: { ...SIX, D99S1: ['1', '2'] } }, // line 205: malformed (unknown locus)
      { ...inputs[0]!, id: indexed[0]!.id, loci: SIX }, // line 206: repeats the id of an accepted profile of an earlier line
      ...inputs.slice(200),
    ]);
    queryFile = jsonl([
      ...goodQueries, // lines 1-30
      { id: 'q-refused', kind: 'reference', loci: { ...SIX, TH01: ['6', 'OL'] } }, // line 31: 5 full loci
      { id: 'q-malformed', kind: 'stain', loci: { ...SIX, FGA: 'twenty' } }, // line 32
      '{"id": "broken", ', // line 33: not JSON
      { kind: 'stain', loci: SIX }, // line 34: no id
      '', // line 35: blank, skipped
      { id: 'q-last', kind: 'stain', loci: SIX }, // line 36
    ]);
    run = await runCli(['dna', 'search', '--index', indexFile, '--queries', queryFile]);
  });

  it('writes one JSON line per query, in order, with the matches compareProfiles finds (full first, then near, by id)', () => {
    expect(run.code).toBe(0);
    const lines = outputLines(run);
    expect(lines).toHaveLength(35);
    const index = indexed; // the index file's accepted profiles, its bad lines left out
    let found = 0;
    goodQueries.forEach((input, i) => {
      const query = acceptedQueries[i];
      if (!query) {
        expect(lines[i]).toMatchObject({ query: input.id, error: expect.any(String) });
        return;
      }
      expect(lines[i]).toEqual({ query: input.id, matches: expectedMatches(index, query) });
      found += (lines[i]!.matches as unknown[]).length;
    });
    expect(found).toBeGreaterThan(10);
    expect(lines.slice(0, 30).some((l) => (l.matches as { type: string }[] | undefined)?.some((m) => m.type === 'near'))).toBe(true);
  });

  it('reports a refused, a malformed and an unreadable query on its own line, and goes on', () => {
    const lines = outputLines(run);
    expect(lines[30]).toEqual({ query: 'q-refused', error: 'refused by the Prüm acceptance rules: only 5 fully designated loci (at least 6 needed); a reference profile needs at least 6 of the 7 original ESS loci fully designated; it has 5' });
    expect(lines[31]).toEqual({ query: 'q-malformed', error: 'invalid DNA profile: loci.FGA: a locus is an array of allele values' });
    expect(lines[32]).toEqual({ query: null, error: expect.stringMatching(/^line 33: not JSON/) });
    expect(lines[33]).toEqual({ query: null, error: expect.stringMatching(/^line 34: invalid DNA profile: id: /) });
    expect(lines[34]).toEqual({ query: 'q-last', matches: [] });
  });

  it('reports each index line left out on stderr, with its line number and id, and nothing else', () => {
    const stderr = run.stderr.split('\n').filter(Boolean);
    const reports: [number, RegExp][] = [
      [201, /line 201: not JSON .*; left out$/],
      [202, /line 202 \(id "few"\): refused by the Prüm acceptance rules: only 1 fully designated locus/],
      [203, /line 203 \(id "mixed"\): refused by the Prüm acceptance rules: locus FGA has 4 values/],
      [205, /line 205 \(id "odd"\): invalid DNA profile: loci.D99S1: unknown locus "D99S1"; left out$/],
      [206, new RegExp(`line 206 \\(id "${indexed[0]!.id}"\\): an earlier line has the same id; left out$`)],
      // the synthetic profiles the Prüm rules refuse (too few loci)
      ...inputs.map((input, i) => ({ input, line: i < 200 ? i + 1 : i + 7 })).filter(({ input }) => !accepted(input)).map(({ line, input }): [number, RegExp] => [line, new RegExp(`line ${line} \\(id "${input.id}"\\): refused by the Prüm acceptance rules: .*; left out$`)]),
    ];
    expect(reports.length).toBeGreaterThan(6);
    expect(stderr).toEqual(reports.sort((a, b) => a[0] - b[0]).map(([, pattern]) => expect.stringMatching(pattern)));
    expect(stderr.every((l) => l.startsWith(indexFile))).toBe(true);
  });

  it('takes the match options: full matches only, more loci, a CODIS stringency', async () => {
    const query = acceptedQueries.find((q, i) => q && i % 3 === 1 && expectedMatches(indexed, q).some((m) => m.type === 'near'))!;
    const file = jsonl([goodQueries[acceptedQueries.indexOf(query)]!]);
    const cases = [
      [['--max-mismatches', '0'], { maxMismatches: 0 }],
      [['--min-loci', '12'], { minLoci: 12 }],
      [['--stringency', 'low'], { stringency: 'low' }],
      [['--stringency', 'moderate', '--limit', '1'], { stringency: 'moderate' }],
    ] as const;
    const runs = await Promise.all(cases.map(([flags]) => runCli(['dna', 'search', '--index', indexFile, '--queries', file, ...flags])));
    cases.forEach(([flags, options], i) => {
      expect(runs[i]!.code).toBe(0);
      const expected = expectedMatches(indexed, query, options);
      expect(outputLines(runs[i]!)).toEqual([{ query: query.id, matches: (flags as readonly string[]).includes('--limit') ? expected.slice(0, 1) : expected }]);
    });
    expect(outputLines(runs[0]!)[0]!.matches).not.toEqual(expectedMatches(indexed, query));
  });

  it('refuses bad arguments with exit code 2 and nothing on stdout', async () => {
    const refused = async (args: string[], pattern: RegExp) => {
      const bad = await runCli(['dna', 'search', ...args]);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(pattern);
    };
    await Promise.all([
      refused(['--index', indexFile], /--queries is required/),
      refused(['--queries', queryFile], /--index is required/),
      refused(['--index', join(dir, 'missing.jsonl'), '--queries', queryFile], /cannot read --index .*missing\.jsonl: ENOENT/),
      refused(['--index', indexFile, '--queries', queryFile, '--stringency', 'fuzzy'], /--stringency is one of prum, high, moderate, low/),
      refused(['--index', indexFile, '--queries', queryFile, '--max-mismatches', '2'], /--max-mismatches is 0 or 1/),
      refused(['--index', indexFile, '--queries', queryFile, '--min-loci', 'six'], /--min-loci is a whole number/),
      refused(['--index', indexFile, '--queries', queryFile, '--near'], /Unknown option '--near'/),
    ]);
  });
});
