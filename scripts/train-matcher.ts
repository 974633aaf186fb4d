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

function prepared(records: LabelledRecord[]): PreparedRecord[] {
  return records.map(prepareRecord);
}

/** Every candidate pair of a dataset, as the deduplication gathers them. */
function* candidatePairs(records: PreparedRecord[]): Generator<[number, number]> {
  const index = new BlockingIndex();
  for (const r of records) index.add(r);
  for (let i = 0; i < records.length; i++) for (const j of index.candidates(records[i]!, DEDUPE_LIMITS)) if (j > i) yield [i, j];
}

const started = Date.now();
const train = prepared(generateCrossScriptSet(TRAIN).records);
const { u, observed } = estimateU(train, new SeededRandom(7), 400_000);
const { m, prior } = trainM(train, () => candidatePairs(train), u);
const model: MatchModel = modelFrom(m, u, prior, 0.5, `EM on synthetic cross-script set (seed ${TRAIN.seed}, ${TRAIN.entities} entities); threshold best F1 on seed ${CALIBRATE.seed}`);
model.comparisons.forEach((c, i) => {
  const expert = EXPERT[c.field];
  if (observed[i] || !expert) return;
  for (const level of c.levels) [level.m, level.u] = expert[level.level]!;
});
process.stderr.write(`trained on ${train.length} records, prior ${prior.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

const calibration = generateCrossScriptSet(CALIBRATE).records;
const calibrated = prepared(calibration);
const compiled = new CompiledModel(model);
const scores: LabelledScore[] = [];
for (const [i, j] of candidatePairs(calibrated)) scores.push({ score: compiled.score(calibrated[i]!, calibrated[j]!).score, match: calibration[i]!.entity === calibration[j]!.entity });
const { threshold, metrics } = bestThreshold(scores, countTruePairs(calibration.map((r) => r.entity)));
model.threshold = threshold;
process.stderr.write(`threshold ${threshold}: precision ${metrics.precision.toFixed(4)} recall ${metrics.recall.toFixed(4)} F1 ${metrics.f1.toFixed(4)}\n`);
writeFileSync(new URL('../src/matching/default-model.json', import.meta.url), JSON.stringify(model, null, 2) + '\n');
