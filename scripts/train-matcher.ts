/**
 * Trains the matcher's default model (src/matching/default-model.json):
 * u-probabilities from random pairs and m-probabilities by EM from candidate
 * pairs of a seeded synthetic cross-script dataset — no labels used — then
 * the threshold that gives the best F1 on a second dataset of another seed.
 * Comparisons the synthetic data cannot show (identifiers, addresses) keep
 * stated expert values. Run: npm run match:train
 */
import { writeFileSync } from 'node:fs';
import { SeededRandom } from '../src/core/random.ts';
import { DEDUPE_LIMITS } from '../src/matching/dedupe.ts';
import { bestThreshold, countTruePairs, type LabelledScore } from '../src/matching/evaluation.ts';
import { BlockingIndex } from '../src/matching/match-index.ts';
import { CompiledModel, type MatchModel } from '../src/matching/model.ts';
import { prepareRecord, type PreparedRecord } from '../src/matching/prepare.ts';
import { estimateU, modelFrom, trainM } from '../src/matching/train.ts';
import { generateCrossScriptSet, type LabelledRecord } from '../src/synth/cross-script-set.ts';

const TRAIN = { seed: 101, entities: 20_000 };
const CALIBRATE = { seed: 202, entities: 10_000 };

/** Expert m/u for comparisons absent from the synthetic data: an identifier shared is near-proof; a differing one strong evidence against. */
const EXPERT: Record<string, Record<string, [m: number, u: number]>> = {
  identifier: { same: [0.9, 1e-6], different: [0.1, 0.999] },
  address: { same: [0.6, 0.001], similar: [0.25, 0.01], partial: [0.1, 0.1], different: [0.05, 0.889] },
};

/** An index of a dataset's records: its candidate pairs, and its name frequencies. */
function indexOf(records: PreparedRecord[]): BlockingIndex {
  const index = new BlockingIndex();
  for (const r of records) index.add(r);
  return index;
}

/** Every candidate pair of a dataset, as the deduplication gathers them. */
function* candidatePairs(records: PreparedRecord[], index = indexOf(records)): Generator<[number, number]> {
  for (let i = 0; i < records.length; i++) for (const j of index.candidates(records[i]!, DEDUPE_LIMITS)) if (j > i) yield [i, j];
}

const started = Date.now();
const train = generateCrossScriptSet(TRAIN).records.map(prepareRecord);
const { u, observed } = estimateU(train, new SeededRandom(7), 400_000);
const { m, matchesPerRecord } = trainM(train, () => candidatePairs(train), u);
const model: MatchModel = modelFrom(m, u, { matchesPerRecord, trainedRecords: train.length }, { threshold: 0.5, namesOnlyThreshold: 0.5 }, `EM on synthetic cross-script set (seed ${TRAIN.seed}, ${TRAIN.entities} entities); thresholds of best F1 on seed ${CALIBRATE.seed}, full records and names alone`);
model.comparisons.forEach((c, i) => {
  const expert = EXPERT[c.field];
  if (observed[i] || !expert) return;
  for (const level of c.levels) [level.m, level.u] = expert[level.level]!;
});
process.stderr.write(`trained on ${train.length} records, ${matchesPerRecord.toFixed(3)} matches per record (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

const calibration = generateCrossScriptSet(CALIBRATE).records;
const truePairs = countTruePairs(calibration.map((r) => r.entity));

/**
 * The threshold of best F1 on the calibration set's candidate pairs: the
 * records as given, scored with name frequencies as an index scores them; or
 * reduced to their names and scored without, as `liaison match pairs` does.
 */
function calibrate(records: LabelledRecord[], label: string, withFrequencies: boolean): number {
  const prepared = records.map(prepareRecord);
  const index = indexOf(prepared);
  const compiled = new CompiledModel(model);
  const scores: LabelledScore[] = [];
  for (const [i, j] of candidatePairs(prepared, index)) {
    const frequencies = withFrequencies ? index.frequencies : undefined;
    scores.push({ score: compiled.score(prepared[i]!, prepared[j]!, frequencies).score, match: records[i]!.entity === records[j]!.entity });
  }
  const { threshold, metrics } = bestThreshold(scores, truePairs);
  process.stderr.write(`${label}: threshold ${threshold}: precision ${metrics.precision.toFixed(4)} recall ${metrics.recall.toFixed(4)} F1 ${metrics.f1.toFixed(4)}\n`);
  return threshold;
}

model.threshold = calibrate(calibration, 'full records', true);
model.namesOnlyThreshold = calibrate(
  calibration.map((r) => ({ id: r.id, entity: r.entity, names: r.names })),
  'names alone',
  false,
);
writeFileSync(new URL('../src/matching/default-model.json', import.meta.url), JSON.stringify(model, null, 2) + '\n');
