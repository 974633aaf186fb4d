// Face template search (issue #5): build time, memory, top-10 latency and recall of FaceIndex on synthetic templates.
// `node --import tsx bench/biometrics/face.ts [--templates 1000000] [--dimensions 512] [--write]`; see runFaceBenchmark for every option.
import { appendFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FaceIndex, DEFAULT_HNSW_OPTIONS, type FaceHnswOptions, type FaceQuantization } from '../../src/biometrics/face/face-index.ts';
import { CLUSTERED_POPULATION, ISOTROPIC_POPULATION, SyntheticFaces, syntheticBatch, syntheticTemplateId } from '../../src/biometrics/face/synthetic.ts';

/** Options of {@link runFaceBenchmark}. */
export interface FaceBenchmarkOptions {
  /** Gallery size of the last checkpoint (default 1,000,000). */
  templates?: number;
  /** Smaller gallery sizes measured on the way (default 100,000). */
  checkpoints?: number[];
  dimensions?: number;
  /** Enrolled samples per synthetic identity (default 5). */
  samplesPerIdentity?: number;
  /** `clustered` (look-alike groups, low intrinsic dimension, like real embeddings; default) or `isotropic` (independent random directions: a worst case). */
  population?: 'clustered' | 'isotropic';
  /** Timed queries per checkpoint (default 1,000), of which `recallQueries` (default 200) are compared with exact search. */
  queries?: number;
  recallQueries?: number;
  /** Random (not enrolled) probes compared with exact search (default 100). */
  randomQueries?: number;
  /** Gallery size from which FaceIndex searches approximately (default 100,000, as in production). */
  approximateFrom?: number;
  hnsw?: Partial<FaceHnswOptions>;
  /** Also measure the last checkpoint re-ranking each of these numbers of graph candidates (a wider search than expansionSearch: see FaceIndex.search). */
  sweep?: number[];
  seed?: number;
  log?: (line: string) => void;
}

interface Measured {
  p50: number;
  p99: number;
  recall: number;
  mateRecall: number;
  randomRecall: number;
  exactP50: number;
  exactP99: number;
}

interface Checkpoint extends Measured {
  templates: number;
  buildSeconds: number;
  mode: string;
  rssBytes: number;
  vectorBytes: number;
  nativeBytes: number;
}

const K = 10;
const BATCH_IDENTITIES = 2_000;

/**
 * Builds a FaceIndex of synthetic templates up to `templates`, measuring at
 * each checkpoint: build time so far (generation excluded), memory, top-10
 * latency of one query on one thread (p50/p99, probes being fresh noisy
 * samples of enrolled identities), recall@10 against exact search, and exact
 * search latency. Returns a markdown section for docs/benchmarks.md.
 */
export function runFaceBenchmark(options: FaceBenchmarkOptions = {}): string {
  const templates = options.templates ?? 1_000_000;
  const dimensions = options.dimensions ?? 512;
  const perIdentity = options.samplesPerIdentity ?? 5;
  const population = options.population ?? 'clustered';
  const queries = options.queries ?? 1_000;
  const recallQueries = Math.min(queries, options.recallQueries ?? 200);
  const randomQueries = options.randomQueries ?? 100;
  const seed = options.seed ?? 505;
  const log = options.log ?? (() => {});
  const hnsw = { ...DEFAULT_HNSW_OPTIONS, ...options.hnsw };
  const checkpoints = [...new Set([...(options.checkpoints ?? [100_000]).filter((c) => c < templates), templates])].sort((a, b) => a - b);

  const faces = new SyntheticFaces({ dimensions, seed, population: population === 'clustered' ? CLUSTERED_POPULATION : ISOTROPIC_POPULATION });
  const index = new FaceIndex({ dimensions, approximateFrom: options.approximateFrom, hnsw });
  const baseline = process.memoryUsage();
  const results: Checkpoint[] = [];
  let identities = 0;
  let buildMs = 0;
  for (const target of checkpoints) {
    const targetIdentities = Math.ceil(target / perIdentity);
    while (identities < targetIdentities) {
      const count = Math.min(BATCH_IDENTITIES, targetIdentities - identities);
      const batch = syntheticBatch(faces, identities, count, perIdentity);
      const started = performance.now();
      index.addMany(batch.ids, batch.vectors);
      buildMs += performance.now() - started;
      identities += count;
    }
    log(`face: ${index.size} templates in ${(buildMs / 1000).toFixed(1)} s (${index.mode})`);
    const memory = process.memoryUsage();
    const measured = measure(index, faces, identities, perIdentity, { queries, recallQueries, randomQueries, seed }, log);
    results.push({
      templates: index.size,
      buildSeconds: buildMs / 1000,
      mode: index.mode,
      rssBytes: memory.rss,
      vectorBytes: index.vectorBytes,
      // What the process grew by outside the JavaScript heap and its array buffers: the HNSW graph and its copy of the vectors.
      nativeBytes: Math.max(0, memory.rss - memory.heapTotal - memory.arrayBuffers - (baseline.rss - baseline.heapTotal - baseline.arrayBuffers)),
      ...measured,
    });
  }
  const sweep = (options.sweep ?? []).map((candidates) => ({ candidates, ...measure(index, faces, identities, perIdentity, { queries, recallQueries, randomQueries, seed, candidates }, log) }));
  return report({ templates, dimensions, perIdentity, population, queries, recallQueries, randomQueries, hnsw, approximateFrom: index.approximateFrom }, results, sweep);
}

interface Probing {
  queries: number;
  recallQueries: number;
  randomQueries: number;
  seed: number;
  candidates?: number;
}

function measure(index: FaceIndex, faces: SyntheticFaces, identities: number, perIdentity: number, probing: Probing, log: (line: string) => void): Measured {
  const { queries, recallQueries, randomQueries, seed, candidates } = probing;
  let state = seed;
  const pick = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % identities;
  };
  // Fresh samples (numbers never enrolled) of enrolled identities: what a probe of a known person looks like.
  const probes = Array.from({ length: queries }, (_, q) => {
    const identity = pick();
    return { identity, vector: faces.sample(identity, 1_000 + q) };
  });
  for (const p of probes.slice(0, 50)) index.search(p.vector, K, candidates);
  const latencies = probes.map((p) => {
    const started = performance.now();
    index.search(p.vector, K, candidates);
    return performance.now() - started;
  });
  let found = 0;
  let mates = 0;
  let matesFound = 0;
  const exactLatencies: number[] = [];
  for (const p of probes.slice(0, recallQueries)) {
    const started = performance.now();
    const exact = index.searchExact(p.vector, K);
    exactLatencies.push(performance.now() - started);
    const approximate = new Set(index.search(p.vector, K, candidates).map((c) => c.id));
    const mateIds = new Set(Array.from({ length: perIdentity }, (_, s) => syntheticTemplateId(p.identity, s)));
    for (const c of exact) {
      if (approximate.has(c.id)) found++;
      if (mateIds.has(c.id)) {
        mates++;
        if (approximate.has(c.id)) matesFound++;
      }
    }
  }
  let randomFound = 0;
  for (let r = 0; r < randomQueries; r++) {
    const probe = faces.identity(2_000_000_000 + r);
    const approximate = new Set(index.search(probe, K, candidates).map((c) => c.id));
    randomFound += index.searchExact(probe, K).filter((c) => approximate.has(c.id)).length;
  }
  const result = {
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    recall: found / (recallQueries * K),
    mateRecall: mates ? matesFound / mates : 1,
    randomRecall: randomQueries ? randomFound / (randomQueries * K) : Number.NaN,
    exactP50: percentile(exactLatencies, 0.5),
    exactP99: percentile(exactLatencies, 0.99),
  };
  log(`face${candidates ? ` (${candidates} candidates)` : ''}: p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, recall@10 ${result.recall.toFixed(4)} (mates ${result.mateRecall.toFixed(4)}, random probes ${result.randomRecall.toFixed(4)}), exact p50 ${result.exactP50.toFixed(1)} ms`);
  return result;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

function report(
  setup: { templates: number; dimensions: number; perIdentity: number; population: string; queries: number; recallQueries: number; randomQueries: number; hnsw: FaceHnswOptions; approximateFrom: number },
  results: Checkpoint[],
  sweep: (Measured & { candidates: number })[],
): string {
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
  const h = setup.hnsw;
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${process.version}`;
  const last = results[results.length - 1];
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const lines = [
    '## Face template search (issue #5)',
    '',
    `${new Date().toISOString().slice(0, 10)} — ${machine}; load average ${loadavg()[0].toFixed(1)} at the end (other work may share the machine).`,
    '',
    `\`node --import tsx bench/biometrics/face.ts --templates ${setup.templates} --dimensions ${setup.dimensions}\`: synthetic templates of ${setup.dimensions} dimensions (src/biometrics/face/synthetic.ts, ${setup.population} population), ${setup.perIdentity} samples per identity, genuine similarity 0.6–0.9. ` +
      `Probes are fresh noisy samples of enrolled identities: ${setup.queries} timed one at a time on one thread (top-10), ${setup.recallQueries} of them compared with exact search; ${setup.randomQueries} random probes of no enrolled identity as well. ` +
      `HNSW from ${setup.approximateFrom.toLocaleString('en')} templates on: usearch, cosine, ${h.quantization}, connectivity ${h.connectivity}, expansion_add ${h.expansionAdd}, expansion_search ${h.expansionSearch}, ${h.candidateFactor}×k candidates re-ranked exactly; batch insertion on ${h.buildThreads || cpus().length} threads.`,
    '',
    '| templates | search | build | RSS (exact vectors / HNSW, native) | top-10 p50 / p99 | recall@10 vs exact | mates found | random probes recall@10 | exact search p50 / p99 |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.templates.toLocaleString('en')} | ${r.mode} | ${r.buildSeconds.toFixed(0)} s | ${gib(r.rssBytes)} (${gib(r.vectorBytes)} / ≈ ${gib(r.nativeBytes)}) | ${r.p50.toFixed(2)} / ${r.p99.toFixed(2)} ms | ${r.recall.toFixed(4)} | ${r.mateRecall.toFixed(4)} | ${r.randomRecall.toFixed(4)} | ${r.exactP50.toFixed(1)} / ${r.exactP99.toFixed(1)} ms |`,
    ),
    '',
    ...(sweep.length
      ? [
          `Wider searches at ${last.templates.toLocaleString('en')} templates (each re-ranking that many graph candidates, which widens the graph search to as many):`,
          '',
          '| candidates | top-10 p50 / p99 | recall@10 vs exact | mates found | random probes recall@10 |',
          '|---|---|---|---|---|',
          ...sweep.map((s) => `| ${s.candidates} | ${s.p50.toFixed(2)} / ${s.p99.toFixed(2)} ms | ${s.recall.toFixed(4)} | ${s.mateRecall.toFixed(4)} | ${s.randomRecall.toFixed(4)} |`),
          '',
        ]
      : []),
    `Goal at ${last.templates.toLocaleString('en')} templates: top-10 p99 ≤ 10 ms: ${met(last.p99 <= 10)} (${last.p99.toFixed(2)} ms); recall@10 ≥ 0.99 against exact search: ${met(last.recall >= 0.99)} (${last.recall.toFixed(4)}).`,
    '',
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      templates: { type: 'string', default: '1000000' },
      dimensions: { type: 'string', default: '512' },
      checkpoints: { type: 'string', default: '100000' },
      samples: { type: 'string', default: '5' },
      population: { type: 'string', default: 'clustered' },
      queries: { type: 'string', default: '1000' },
      'recall-queries': { type: 'string', default: '200' },
      'random-queries': { type: 'string', default: '100' },
      'approximate-from': { type: 'string' },
      connectivity: { type: 'string' },
      'expansion-add': { type: 'string' },
      'expansion-search': { type: 'string' },
      quantization: { type: 'string' },
      candidates: { type: 'string' },
      threads: { type: 'string' },
      sweep: { type: 'string', default: '' },
      write: { type: 'boolean', default: false },
    },
  });
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  const hnsw: Partial<FaceHnswOptions> = Object.fromEntries(
    Object.entries({
      connectivity: number(values.connectivity),
      expansionAdd: number(values['expansion-add']),
      expansionSearch: number(values['expansion-search']),
      quantization: values.quantization as FaceQuantization | undefined,
      candidateFactor: number(values.candidates),
      buildThreads: number(values.threads),
    }).filter(([, v]) => v !== undefined),
  );
  const section = runFaceBenchmark({
    templates: Number(values.templates),
    dimensions: Number(values.dimensions),
    checkpoints: values.checkpoints.split(',').filter(Boolean).map(Number),
    samplesPerIdentity: Number(values.samples),
    population: values.population === 'isotropic' ? 'isotropic' : 'clustered',
    queries: Number(values.queries),
    recallQueries: Number(values['recall-queries']),
    randomQueries: Number(values['random-queries']),
    approximateFrom: number(values['approximate-from']),
    hnsw,
    sweep: values.sweep.split(',').filter(Boolean).map(Number),
    log: (line) => process.stderr.write(line + '\n'),
  });
  process.stdout.write(section + '\n');
  if (values.write) {
    appendFileSync('docs/benchmarks.md', '\n' + section);
    process.stderr.write('appended to docs/benchmarks.md\n');
  }
}
