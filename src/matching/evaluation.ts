/**
 * Measures of a matcher against known truth: pairwise precision, recall and
 * F1, and the recall of blocking. Used by the training script and the
 * benchmarks; the truth is each record's entity.
 */

/** Pairwise quality: of the pairs called a match, how many are true; of the true pairs, how many were found. */
export interface PairMetrics {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The number of true pairs among records labelled with entities. */
export function countTruePairs(entities: readonly string[]): number {
  const sizes = new Map<string, number>();
  for (const e of entities) sizes.set(e, (sizes.get(e) ?? 0) + 1);
  let pairs = 0;
  for (const n of sizes.values()) pairs += (n * (n - 1)) / 2;
  return pairs;
}

/** Precision, recall and F1 from counts. */
export function pairMetrics(truePositives: number, falsePositives: number, truePairs: number): PairMetrics {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePairs === 0 ? 1 : truePositives / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives: truePairs - truePositives, precision, recall, f1 };
}

/** Pairwise metrics of a clustering: every pair of records in one cluster is a predicted match. */
export function clusterMetrics(clusters: ArrayLike<number>, entities: readonly string[]): PairMetrics {
  const byCluster = new Map<number, string[]>();
  for (let i = 0; i < entities.length; i++) {
    const list = byCluster.get(clusters[i]!) ?? [];
    list.push(entities[i]!);
    byCluster.set(clusters[i]!, list);
  }
  let tp = 0;
  let predicted = 0;
  for (const members of byCluster.values()) {
    predicted += (members.length * (members.length - 1)) / 2;
    const counts = new Map<string, number>();
    for (const e of members) counts.set(e, (counts.get(e) ?? 0) + 1);
    for (const n of counts.values()) tp += (n * (n - 1)) / 2;
  }
  return pairMetrics(tp, predicted - tp, countTruePairs(entities));
}

/** A scored candidate pair with its truth. */
export interface LabelledScore {
  score: number;
  match: boolean;
}

/**
 * The threshold that gives the best F1 on labelled scores, with the F1 it
 * gives. Candidates are match weights from -10 to +40 bits in half-bit steps,
 * turned into probabilities: scores of Fellegi–Sunter models crowd near 1.
 */
export function bestThreshold(scores: readonly LabelledScore[], truePairs: number): { threshold: number; metrics: PairMetrics } {
  let best = { threshold: 0.5, metrics: pairMetrics(0, 0, truePairs) };
  for (let w = -10; w <= 40; w += 0.5) {
    const threshold = 1 / (1 + 2 ** -w);
    let tp = 0;
    let fp = 0;
    for (const s of scores) if (s.score >= threshold) (s.match ? tp++ : fp++);
    const metrics = pairMetrics(tp, fp, truePairs);
    if (metrics.f1 > best.metrics.f1) best = { threshold, metrics };
  }
  return best;
}
