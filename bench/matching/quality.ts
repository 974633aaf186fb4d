/**
 * Quality of the person matcher against known truth: the seeded cross-script
 * set, FEBRL 3 and 4, and the labelled name pairs.
 */
import { SeededRandom } from '../../src/core/random.ts';
import { bestNames } from '../../src/matching/comparisons.ts';
import { dedupe, DEDUPE_LIMITS } from '../../src/matching/dedupe.ts';
import { defaultModel } from '../../src/matching/default-model.ts';
import { clusterMetrics, countTruePairs, pairMetrics, type PairMetrics } from '../../src/matching/evaluation.ts';
import { linkDatasets } from '../../src/matching/link.ts';
import { BlockingIndex, SCREENING_LIMITS } from '../../src/matching/match-index.ts';
import { CompiledModel } from '../../src/matching/model.ts';
import { prepareRecord, type PreparedRecord } from '../../src/matching/prepare.ts';
import { estimateU, modelFrom, trainM } from '../../src/matching/train.ts';
import { generateCrossScriptSet, type LabelledRecord } from '../../src/synth/cross-script-set.ts';
import { loadFebrl, loadNamePairs } from './datasets.ts';

type Log = (line: string) => void;

function prepareAll(records: LabelledRecord[]): { prepared: PreparedRecord[]; entities: string[]; skipped: number } {
  const prepared: PreparedRecord[] = [];
  const entities: string[] = [];
  for (const r of records) {
    if (r.names.length === 0) continue;
    prepared.push(prepareRecord(r));
    entities.push(r.entity);
  }
  return { prepared, entities, skipped: records.length - prepared.length };
}

/** The share of true pairs that blocking puts among the candidates, under the given limits. */
export function blockingRecall(prepared: PreparedRecord[], entities: string[], limits = DEDUPE_LIMITS): number {
  const index = new BlockingIndex();
  for (const r of prepared) index.add(r);
  const byEntity = new Map<string, number[]>();
  entities.forEach((e, i) => byEntity.set(e, [...(byEntity.get(e) ?? []), i]));
  let found = 0;
  let total = 0;
  for (let i = 0; i < prepared.length; i++) {
    const mates = byEntity.get(entities[i]!)!.filter((j) => j > i);
    if (mates.length === 0) continue;
    const candidates = new Set(index.candidates(prepared[i]!, limits));
    for (const j of mates) {
      total++;
      if (candidates.has(j)) found++;
      else if (new Set(index.candidates(prepared[j]!, limits)).has(i)) found++;
    }
  }
  return total === 0 ? 1 : found / total;
}

/**
 * Pairwise quality of the default model on candidate pairs (each pair once), against all true pairs;
 * with name frequencies as an index scores, or without, as `liaison match pairs` does.
 */
function candidatePairQuality(prepared: PreparedRecord[], entities: string[], model: CompiledModel, withFrequencies: boolean): PairMetrics {
  const index = new BlockingIndex();
  for (const r of prepared) index.add(r);
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < prepared.length; i++) {
    for (const j of index.candidates(prepared[i]!, DEDUPE_LIMITS)) {
      if (j <= i || !model.score(prepared[i]!, prepared[j]!, withFrequencies ? index.frequencies : undefined).match) continue;
      if (entities[i] === entities[j]) tp++;
      else fp++;
    }
  }
  return pairMetrics(tp, fp, countTruePairs(entities));
}

/** Of the candidate pairs whose names agree exactly or equivalently, the share that are different persons: what names alone cannot tell apart. */
function namesakeShare(prepared: PreparedRecord[], entities: string[]): number {
  const index = new BlockingIndex();
  for (const r of prepared) index.add(r);
  let same = 0;
  let namesakes = 0;
  for (let i = 0; i < prepared.length; i++) {
    for (const j of index.candidates(prepared[i]!, DEDUPE_LIMITS)) {
      if (j <= i) continue;
      const level = bestNames(prepared[i]!, prepared[j]!).level;
      if (level !== 'exact' && level !== 'equivalent') continue;
      if (entities[i] === entities[j]) same++;
      else namesakes++;
    }
  }
  return namesakes / Math.max(1, same + namesakes);
}

const withoutDates = (r: LabelledRecord): LabelledRecord => ({ id: r.id, entity: r.entity, names: r.names });

/** The held-out cross-script set (a seed not used in training or calibration), with dates of birth and with names alone. */
export function crossScriptQuality(entities: number, log: Log) {
  const set = generateCrossScriptSet({ seed: 303, entities }).records;
  const model = defaultModel();
  const full = prepareAll(set);
  const namesOnly = prepareAll(set.map(withoutDates));
  const result = {
    records: set.length,
    blockingRecall: blockingRecall(full.prepared, full.entities),
    withDates: candidatePairQuality(full.prepared, full.entities, model, true),
    namesAlone: candidatePairQuality(namesOnly.prepared, namesOnly.entities, model, false),
    screeningRecall: blockingRecall(full.prepared, full.entities, SCREENING_LIMITS),
    screeningRecallNamesAlone: blockingRecall(namesOnly.prepared, namesOnly.entities, SCREENING_LIMITS),
    namesakes: namesakeShare(namesOnly.prepared, namesOnly.entities),
  };
  log(`cross-script: ${JSON.stringify(result)}`);
  return result;
}

/** A model trained without labels (EM) on the data to be matched, as Splink does, with the default threshold. */
function trainOn(prepared: PreparedRecord[], pairs: () => Iterable<[number, number]>, label: string): CompiledModel {
  const { u } = estimateU(prepared, new SeededRandom(11), 200_000);
  const { m, matchesPerRecord } = trainM(prepared, pairs, u);
  return new CompiledModel(modelFrom(m, u, { matchesPerRecord, trainedRecords: prepared.length }, defaultModel().model, label));
}

function* indexPairs(prepared: PreparedRecord[], from: number, to: number, only: (i: number, j: number) => boolean): Generator<[number, number]> {
  const index = new BlockingIndex();
  for (const r of prepared) index.add(r);
  for (let i = from; i < to; i++) for (const j of index.candidates(prepared[i]!, DEDUPE_LIMITS)) if (only(i, j)) yield [i, j];
}

/** FEBRL 4: link dataset4a with dataset4b, one-to-one. */
export async function febrlLinkage(log: Log) {
  const a = prepareAll(await loadFebrl('dataset4a.csv'));
  const b = prepareAll(await loadFebrl('dataset4b.csv'));
  const all = [...a.prepared, ...b.prepared];
  const n = a.prepared.length;
  const model = trainOn(all, () => indexPairs(all, 0, n, (_, j) => j >= n), 'EM on FEBRL 4');
  const links = linkDatasets(a.prepared, b.prepared, model);
  const entityOf = new Map([...a.prepared.map((r, i) => [r.id, a.entities[i]!] as const), ...b.prepared.map((r, i) => [r.id, b.entities[i]!] as const)]);
  const tp = links.filter((l) => entityOf.get(l.left) === entityOf.get(l.right)).length;
  const truePairs = new Set(a.entities.filter((e) => b.entities.includes(e))).size;
  const metrics = pairMetrics(tp, links.length - tp, truePairs);
  log(`FEBRL4: ${JSON.stringify(metrics)} skipped ${a.skipped + b.skipped}`);
  return metrics;
}

/** FEBRL 3: deduplicate dataset3 into entities. */
export async function febrlDeduplication(log: Log) {
  const d = prepareAll(await loadFebrl('dataset3.csv'));
  const model = trainOn(d.prepared, () => indexPairs(d.prepared, 0, d.prepared.length, (i, j) => j > i), 'EM on FEBRL 3');
  const { clusters } = dedupe(d.prepared, model);
  const metrics = clusterMetrics(clusters, d.entities);
  log(`FEBRL3: ${JSON.stringify(metrics)} skipped ${d.skipped}`);
  return metrics;
}

const PERSON_SCHEMAS = new Set(['Person']);

/** The labelled name pairs, scored by the default model at its default threshold (fixed before these cases were run). */
export async function namePairQuality(log: Log) {
  const pairs = await loadNamePairs();
  const model = defaultModel();
  const tally = { persons: { tp: 0, fp: 0, pos: 0 }, organisations: { tp: 0, fp: 0, pos: 0 }, all: { tp: 0, fp: 0, pos: 0 } };
  let refused = 0;
  const errors: string[] = [];
  for (const p of pairs) {
    const kind = PERSON_SCHEMAS.has(p.schema) ? 'persons' : 'organisations';
    let match = false;
    try {
      match = model.score(prepareRecord({ id: 'a', names: [{ full: p.name1 }] }), prepareRecord({ id: 'b', names: [{ full: p.name2 }] })).match;
    } catch (error) {
      refused++;
      errors.push(`${p.name1} | ${p.name2}: ${(error as Error).message}`);
    }
    for (const t of [tally[kind], tally.all]) {
      if (p.isMatch) t.pos++;
      if (match && p.isMatch) t.tp++;
      if (match && !p.isMatch) t.fp++;
    }
  }
  const result = Object.fromEntries(Object.entries(tally).map(([k, t]) => [k, pairMetrics(t.tp, t.fp, t.pos)]));
  log(`name pairs: ${JSON.stringify(result)} refused ${refused} ${errors.slice(0, 5).join('; ')}`);
  return { ...result, refused } as Record<'persons' | 'organisations' | 'all', PairMetrics> & { refused: number };
}
