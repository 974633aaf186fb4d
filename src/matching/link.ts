import { MatchIndex } from './match-index.ts';
import type { CompiledModel } from './model.ts';
import type { PreparedRecord } from './prepare.ts';

/** A pair of records linked across two datasets. */
export interface Link {
  left: string;
  right: string;
  score: number;
}

/**
 * Links two datasets in which each person appears at most once: every left
 * record is screened against the right dataset, and the pairs at or above the
 * threshold are kept one-to-one, the strongest first.
 */
export function linkDatasets(left: readonly PreparedRecord[], right: readonly PreparedRecord[], model: CompiledModel, top = 3): Link[] {
  const index = new MatchIndex(model);
  for (const record of right) index.add(record);
  const proposals: (Link & { weight: number })[] = [];
  for (const record of left) {
    for (const c of index.screen(record, top)) proposals.push({ left: record.id, right: c.id, score: c.score, weight: c.weight });
  }
  proposals.sort((a, b) => b.weight - a.weight);
  const usedLeft = new Set<string>();
  const usedRight = new Set<string>();
  const links: Link[] = [];
  for (const p of proposals) {
    if (usedLeft.has(p.left) || usedRight.has(p.right)) continue;
    usedLeft.add(p.left);
    usedRight.add(p.right);
    links.push({ left: p.left, right: p.right, score: p.score });
  }
  return links;
}
