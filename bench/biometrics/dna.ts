// DNA profile search (issue #5): build time, memory, search latency and comparisons per second on one core.
// Usage: node --import tsx bench/biometrics/dna.ts [--profiles 10000000] [--queries 1000] [--scan-queries 20] [--seed 5] [--write]
// Builds an index of 1,000,000 synthetic profiles and one of --profiles (when larger), searches each with the
// same kinds of queries, and prints a markdown section; --write appends it to docs/benchmarks.md.
import { appendFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { acceptProfile } from '../../src/biometrics/dna/acceptance.ts';
import { DnaIndex, type DnaMatch } from '../../src/biometrics/dna/index.ts';
import type { AcceptedProfile } from '../../src/biometrics/dna/profile.ts';
import type { DnaProfileInput } from '../../src/biometrics/dna/schema.ts';
import { SyntheticDna } from '../../src/biometrics/dna/synthetic.ts';
import { LiaisonError } from '../../src/core/errors.ts';

/** What `runDnaBenchmark` measures. */
export interface DnaBenchmarkOptions {
  /** Index sizes to build, one after the other (default 1,000,000 and 10,000,000). */
  sizes?: number[];
  /** Queries searched per index (default 1,000). */
  queries?: number;
  /** Queries compared with every profile (`DnaIndex.scan`), for the brute-force rate (default 20). */
  scanQueries?: number;
  seed?: number;
  log?: (line: string) => void;
}

/** The figures of one index size. */
export interface DnaBenchmarkResult {
  profiles: number;
  refused: number;
  generateSeconds: number;
  addSeconds: number;
  memory: { rssBytes: number; heapBytes: number; arrayBufferBytes: number };
  queries: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  meanCandidates: number;
  fullMatches: number;
  nearMatches: number;
  comparisonsPerSecond: number;
  scanMeanMs: number;
  scanComparisonsPerSecond: number;
  scanAgrees: boolean;
}

const MB = 2 ** 20;

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Queries of four kinds, a quarter each: an indexed profile again, a near copy of one, a stain of one (loci missing), a new person. */
function makeQueries(dna: SyntheticDna, samples: DnaProfileInput[], count: number): AcceptedProfile[] {
  const queries: AcceptedProfile[] = [];
  for (let i = 0; queries.length < count; i++) {
    const sample = samples[i % samples.length]!;
    let input: DnaProfileInput;
    switch (i % 4) {
      case 0:
        input = { ...sample, id: `Q${i}` };
        break;
      case 1:
        input = dna.nearCopy(sample, `Q${i}`);
        break;
      case 2:
        input = { id: `Q${i}`, kind: 'stain', loci: Object.fromEntries(Object.entries(sample.loci).filter(() => dna.random.chance(0.7))) };
        break;
      default:
        input = dna.profile(`Q${i}`, dna.person(), 'reference');
    }
    try {
      queries.push(acceptProfile(input));
    } catch (error) {
      if (!(error instanceof LiaisonError)) throw error;
    }
  }
  return queries;
}

function sameMatches(a: DnaMatch[], b: DnaMatch[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Builds one index of `size` synthetic profiles and measures it. */
function measure(size: number, options: Required<Omit<DnaBenchmarkOptions, 'sizes'>>): DnaBenchmarkResult {
  const { log, seed } = options;
  collectGarbage();
  const before = process.memoryUsage();
  const dna = new SyntheticDna({ seed });
  const index = new DnaIndex();
  const samples: DnaProfileInput[] = [];
  const every = Math.max(1, Math.floor(size / Math.max(250, options.queries)));
  let generateSeconds = 0;
  let addSeconds = 0;
  let refused = 0;
  for (let n = 0; index.size < size; n++) {
    const t0 = performance.now();
    const input = dna.next(`P${String(n).padStart(9, '0')}`);
    let profile: AcceptedProfile;
    try {
      profile = acceptProfile(input);
    } catch (error) {
      if (!(error instanceof LiaisonError)) throw error;
      refused++;
      generateSeconds += (performance.now() - t0) / 1000;
      continue;
    }
    const t1 = performance.now();
    index.add(profile.id, profile);
    const t2 = performance.now();
    generateSeconds += (t1 - t0) / 1000;
    addSeconds += (t2 - t1) / 1000;
    if (n % every === 0) samples.push(input);
    if (index.size % 1_000_000 === 0) log(`dna: ${index.size.toLocaleString('en')} profiles (generated and accepted in ${generateSeconds.toFixed(0)} s, added in ${addSeconds.toFixed(0)} s)`);
  }
  collectGarbage();
  const after = process.memoryUsage();
  const memory = { rssBytes: after.rss - before.rss, heapBytes: after.heapUsed - before.heapUsed, arrayBufferBytes: after.arrayBuffers - before.arrayBuffers };
  log(`dna: memory ${JSON.stringify(Object.fromEntries(Object.entries(memory).map(([k, v]) => [k, `${Math.round(v / MB)} MiB`])))}`);

  const queries = makeQueries(dna, samples, options.queries);
  for (const query of queries.slice(0, 20)) index.search(query); // warm-up
  const times: number[] = [];
  let candidates = 0;
  let fullMatches = 0;
  let nearMatches = 0;
  for (const query of queries) {
    const t = performance.now();
    const found = index.search(query);
    times.push(performance.now() - t);
    candidates += index.lastCandidates;
    for (const m of found) {
      if (m.type === 'full') fullMatches++;
      else nearMatches++;
    }
  }
  const total = times.reduce((a, b) => a + b, 0);
  times.sort((a, b) => a - b);
  log(`dna: ${queries.length} searches, p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`);

  let scanTotal = 0;
  let scanAgrees = true;
  const scanned = queries.slice(0, options.scanQueries);
  for (const query of scanned) {
    const t = performance.now();
    const found = index.scan(query);
    scanTotal += performance.now() - t;
    if (!sameMatches(found, index.search(query))) scanAgrees = false;
  }
  log(`dna: brute force ${(scanTotal / scanned.length).toFixed(1)} ms a query; search ${scanAgrees ? 'agrees' : 'DISAGREES'} with it`);
  return {
    profiles: index.size,
    refused,
    generateSeconds,
    addSeconds,
    memory,
    queries: queries.length,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    meanMs: total / queries.length,
    meanCandidates: candidates / queries.length,
    fullMatches,
    nearMatches,
    comparisonsPerSecond: (index.size * queries.length) / (total / 1000),
    scanMeanMs: scanTotal / scanned.length,
    scanComparisonsPerSecond: (index.size * scanned.length) / (scanTotal / 1000),
    scanAgrees,
  };
}

const int = (n: number) => Math.round(n).toLocaleString('en');

/** The markdown section of the results. */
function markdown(results: DnaBenchmarkResult[]): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '## DNA profile search (issue #5)',
    '',
    `${new Date().toISOString().slice(0, 10)}, Node.js ${process.version}, ${cpu} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB); one thread.`,
    '',
    'Synthetic profiles (`SyntheticDna`, seed 5: 80% reference profiles typed with 7 to 24 loci, 20% stains missing a quarter of their loci, 1% of loci with a wildcard value, relatives and near copies), accepted by `acceptProfile` and added to one `DnaIndex`. Queries, a quarter each: an indexed profile again, a near copy of one (one allele changed), a stain made from one (30% of its loci dropped), a new person. Search under the Prüm defaults (near matches, 6 loci). "Comparisons per second" is profiles searched per second: index size × queries ÷ total search time. Brute force compares the query with every profile (`DnaIndex.scan`).',
    '',
    '| measurement | ' + results.map((r) => `${int(r.profiles)} profiles`).join(' | ') + ' |',
    '|---|' + results.map(() => '---|').join(''),
    '| build: generate and accept (`acceptProfile`) | ' + results.map((r) => `${r.generateSeconds.toFixed(0)} s (${int(r.refused)} refused)`).join(' | ') + ' |',
    '| build: add to the index | ' + results.map((r) => `${r.addSeconds.toFixed(1)} s (${((r.addSeconds / r.profiles) * 1e6).toFixed(1)} µs a profile)`).join(' | ') + ' |',
    '| memory: resident / JS heap / typed arrays | ' + results.map((r) => `${int(r.memory.rssBytes / MB)} / ${int(r.memory.heapBytes / MB)} / ${int(r.memory.arrayBufferBytes / MB)} MiB`).join(' | ') + ' |',
    '| search p50 / p99 / mean | ' + results.map((r) => `${r.p50Ms.toFixed(2)} / ${r.p99Ms.toFixed(2)} / ${r.meanMs.toFixed(2)} ms`).join(' | ') + ' |',
    '| profiles compared in full per search (mean) | ' + results.map((r) => int(r.meanCandidates)).join(' | ') + ' |',
    '| matches found (full / near), all queries | ' + results.map((r) => `${int(r.fullMatches)} / ${int(r.nearMatches)} (${r.queries} queries)`).join(' | ') + ' |',
    '| **comparisons per second** (goal ≥ 100,000,000) | ' + results.map((r) => `**${int(r.comparisonsPerSecond)}**`).join(' | ') + ' |',
    '| brute force: mean per query, comparisons per second | ' + results.map((r) => `${r.scanMeanMs.toFixed(1)} ms, ${int(r.scanComparisonsPerSecond)}/s`).join(' | ') + ' |',
    '| search results equal to brute force (on the brute-force queries) | ' + results.map((r) => (r.scanAgrees ? 'yes' : '**no**')).join(' | ') + ' |',
    '',
  ];
  return lines.join('\n');
}

/** Runs the DNA benchmark; returns its markdown section and figures (a runner may append the markdown). */
export function runDnaBenchmark(options: DnaBenchmarkOptions = {}): { markdown: string; results: DnaBenchmarkResult[] } {
  const resolved = { queries: options.queries ?? 1000, scanQueries: options.scanQueries ?? 20, seed: options.seed ?? 5, log: options.log ?? (() => {}) };
  const results = (options.sizes ?? [1_000_000, 10_000_000]).map((size) => measure(size, resolved));
  return { markdown: markdown(results), results };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { profiles: { type: 'string', default: '10000000' }, queries: { type: 'string', default: '1000' }, 'scan-queries': { type: 'string', default: '20' }, seed: { type: 'string', default: '5' }, write: { type: 'boolean', default: false } },
  });
  const largest = Number(values.profiles);
  const sizes = largest > 1_000_000 ? [1_000_000, largest] : [largest];
  const { markdown: section } = runDnaBenchmark({ sizes, queries: Number(values.queries), scanQueries: Number(values['scan-queries']), seed: Number(values.seed), log: (line) => process.stderr.write(line + '\n') });
  process.stdout.write(section + '\n');
  if (values.write) {
    appendFileSync('docs/benchmarks.md', '\n' + section);
    process.stderr.write('appended to docs/benchmarks.md\n');
  }
}
