import { describe, expect, it } from 'vitest';
import { generateCrossScriptSet } from '../synth/cross-script-set.ts';
import { defaultModel } from './default-model.ts';
import { MatchIndex } from './match-index.ts';
import { prepareRecord } from './prepare.ts';

describe('the in-memory match index', () => {
  const records = generateCrossScriptSet({ seed: 9, entities: 5_000 }).records.map(prepareRecord);

  it('forgets removed records, also after dropping their postings, and finds the others', () => {
    const index = new MatchIndex(defaultModel());
    for (const r of records) index.add(r);
    const kept = records.slice(0, 200);
    for (const r of records.slice(200)) index.remove(r.id);
    expect(index.size).toBe(200);
    for (const r of records.slice(0, 50)) expect(index.screen(r, 5).map((c) => c.id)).toContain(r.id);
    const removedIds = new Set(records.slice(200).map((r) => r.id));
    for (const r of records.slice(200, 400)) expect(index.screen(r, 5).filter((c) => removedIds.has(c.id))).toEqual([]);
    expect(kept.every((r) => index.positionOf(r.id) !== undefined)).toBe(true);
  });

  it('finds a replaced record by its new name only', () => {
    const index = new MatchIndex(defaultModel());
    for (const r of records.slice(0, 1_000)) index.add(r);
    const original = records[0]!;
    const renamed = prepareRecord({ id: original.id, names: [{ full: 'Zbigniew Brzęczyszczykiewicz' }], dateOfBirth: '1961-04-03' });
    index.add(renamed);
    expect(index.screen(renamed, 5).map((c) => c.id)).toContain(original.id);
    expect(index.screen(original, 5).map((c) => c.id)).not.toContain(original.id);
  });
});
