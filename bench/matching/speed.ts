/** Speed of the person matcher: pairs scored per second, screening latency at scale, deduplication time. */
import { dedupe, DEDUPE_LIMITS } from '../../src/matching/dedupe.ts';
import { clusterMetrics } from '../../src/matching/evaluation.ts';
import { defaultModel } from '../../src/matching/default-model.ts';
import { BlockingIndex, MatchIndex } from '../../src/matching/match-index.ts';
import { prepareRecord, type PreparedRecord } from '../../src/matching/prepare.ts';
import { generateCrossScriptSet } from '../../src/synth/cross-script-set.ts';

type Log = (line: string) => void;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Synthetic persons, about 2.5 records per entity, prepared for matching, with their true entities. */
export function preparedPersons(records: number, seed: number, log: Log): { prepared: PreparedRecord[]; entities: string[] } {
  const started = performance.now();
  const set = generateCrossScriptSet({ seed, entities: Math.ceil(records / 2.5) }).records.slice(0, records);
  const prepared = set.map(prepareRecord);
  log(`prepared ${prepared.length} records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { prepared, entities: set.map((r) => r.entity) };
}

/** Candidate pairs scored per second on one core. */
export function pairsPerSecond(prepared: PreparedRecord[], log: Log): number {
  const index = new BlockingIndex();
  for (const r of prepared) index.add(r);
  const left: PreparedRecord[] = [];
  const right: PreparedRecord[] = [];
  for (let i = 0; i < prepared.length && left.length < 1_000_000; i++) {
    for (const j of index.candidates(prepared[i]!, DEDUPE_LIMITS)) if (j > i) (left.push(prepared[i]!), right.push(prepared[j]!));
  }
  const model = defaultModel();
  let matches = 0;
  const started = performance.now();
  for (let k = 0; k < left.length; k++) if (model.score(left[k]!, right[k]!, index.frequencies).match) matches++;
  const seconds = (performance.now() - started) / 1000;
  log(`scored ${left.length} pairs (${matches} matches) in ${seconds.toFixed(2)} s`);
  return left.length / seconds;
}

/** Screening latency: queries (records of the set, so most have a match) against an index of all the records. */
export function screeningLatency(prepared: PreparedRecord[], queries: number, log: Log) {
  const index = new MatchIndex(defaultModel());
  const started = performance.now();
  prepared.forEach((r, i) => {
    index.add(r);
    if ((i + 1) % 250_000 === 0) log(`indexed ${i + 1}`);
  });
  const buildSeconds = (performance.now() - started) / 1000;
  const times: number[] = [];
  let withCandidates = 0;
  const step = Math.floor(prepared.length / queries);
  for (let q = 0; q < queries; q++) {
    const query = prepared[q * step]!;
    const t = performance.now();
    const found = index.screen(query, 10);
    times.push(performance.now() - t);
    if (found.length > 1) withCandidates++;
  }
  times.sort((a, b) => a - b);
  const result = { records: prepared.length, buildSeconds, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1)!, withOtherCandidates: withCandidates / queries };
  log(`screening: ${JSON.stringify(result)}`);
  return result;
}

/** Deduplication time of a whole dataset, and the pairwise quality of its clusters. */
export function dedupeTime(prepared: PreparedRecord[], entities: string[], log: Log) {
  const started = performance.now();
  const { scored, matched, clusters } = dedupe(prepared, defaultModel(), (done) => {
    if (done % 100_000 === 0) log(`dedupe: ${done}/${prepared.length} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  });
  const seconds = (performance.now() - started) / 1000;
  const result = { records: prepared.length, seconds, scored, matched, clusters: clusters.reduce((a, b) => Math.max(a, b), 0), quality: clusterMetrics(clusters, entities) };
  log(`dedupe: ${JSON.stringify(result)}`);
  return result;
}
