import { describe, expect, it } from 'vitest';
import type { NameInput } from '../matching/record.ts';
import { isCountryCode, isPartialDate } from '../model/primitives.ts';
import { detectScript } from '../model/script.ts';
import { generateCrossScriptSet, type LabelledRecord } from './cross-script-set.ts';

const set = generateCrossScriptSet({ seed: 20261128, entities: 2000 });

function byEntity(records: readonly LabelledRecord[]): Map<string, LabelledRecord[]> {
  const groups = new Map<string, LabelledRecord[]>();
  for (const record of records) groups.set(record.entity, [...(groups.get(record.entity) ?? []), record]);
  return groups;
}
const entities = byEntity(set.records);
const text = (name: NameInput) => [name.full ?? '', ...(name.given ?? []), name.family ?? ''].join(' ');

describe('generateCrossScriptSet', () => {
  it('gives the same records for the same seed and other records for another seed', () => {
    const once = generateCrossScriptSet({ seed: 7, entities: 300 });
    expect(JSON.stringify(generateCrossScriptSet({ seed: 7, entities: 300 }))).toBe(JSON.stringify(once));
    expect(generateCrossScriptSet({ seed: 8, entities: 300 }).records).not.toEqual(once.records);
  });

  it('gives each entity the requested number of records, under unique ids', () => {
    expect(entities.size).toBe(2000);
    const counts = new Set([...entities.values()].map((group) => group.length));
    expect(counts).toEqual(new Set([2, 3]));
    const exact = byEntity(generateCrossScriptSet({ seed: 3, entities: 200, recordsPerEntity: [4, 4] }).records);
    expect([...exact.values()].every((group) => group.length === 4)).toBe(true);
    expect(new Set(set.records.map((r) => r.id)).size).toBe(set.records.length);
    expect(set.records.every((r) => /^r\d{6}$/.test(r.id) && /^e\d{5}$/.test(r.entity))).toBe(true);
  });

  it('shuffles the records, so that neighbours rarely belong to one entity', () => {
    const together = set.records.filter((r, i) => i > 0 && set.records[i - 1].entity === r.entity).length;
    expect(together).toBeLessThan(set.records.length * 0.01);
  });

  it('writes at least half the entities in a non-Latin script somewhere, and also romanises them', () => {
    let nonLatin = 0;
    let crossScript = 0;
    for (const group of entities.values()) {
      const scripts = new Set(group.flatMap((r) => r.names.map((name) => detectScript(text(name)))));
      if ([...scripts].some((s) => s !== 'Latn')) nonLatin++;
      if (scripts.size > 1) crossScript++;
    }
    expect(nonLatin).toBeGreaterThanOrEqual(entities.size / 2);
    expect(crossScript).toBeGreaterThan(entities.size / 3);
  });

  it('gives every record a non-empty name', () => {
    for (const record of set.records) {
      expect(record.names.length).toBeGreaterThan(0);
      for (const name of record.names) expect(text(name).trim()).not.toBe('');
    }
  });

  it('gives valid partial dates, and drops or corrupts some of them', () => {
    const dates = set.records.flatMap((r) => (r.dateOfBirth === undefined ? [] : [r.dateOfBirth]));
    expect(dates.every(isPartialDate)).toBe(true);
    expect(dates.some((d) => d.length === 4)).toBe(true);
    expect(dates.some((d) => d.length === 7)).toBe(true);
    expect(dates.length).toBeLessThan(set.records.length);
    const disagreeing = [...entities.values()].filter((group) => new Set(group.flatMap((r) => (r.dateOfBirth?.length === 10 ? [r.dateOfBirth] : []))).size > 1);
    expect(disagreeing.length).toBeGreaterThan(0);
  });

  it('leaves out gender, nationality and place of birth in some records, and gives valid values otherwise', () => {
    for (const field of ['gender', 'nationalities', 'placeOfBirth'] as const) {
      const missing = set.records.filter((r) => r[field] === undefined).length;
      expect(missing).toBeGreaterThan(set.records.length * 0.05);
      expect(missing).toBeLessThan(set.records.length * 0.5);
    }
    for (const record of set.records) {
      if (record.gender !== undefined) expect(['female', 'male']).toContain(record.gender);
      for (const code of record.nationalities ?? []) expect(isCountryCode(code)).toBe(true);
    }
  });

  it('includes near twins: same family name and birth year, another given name', () => {
    expect(set.nearTwins.length).toBeGreaterThan(2000 * 0.07);
    expect(set.nearTwins.length).toBeLessThan(2000 * 0.13);
    const structured = (entity: string) => entities.get(entity)!.flatMap((r) => r.names.filter((n) => n.family && n.given?.length).map((n) => ({ ...n, year: r.dateOfBirth?.slice(0, 4) })));
    for (const [original, twin] of set.nearTwins) {
      expect(original).not.toBe(twin);
      const twins = structured(twin);
      const hard = structured(original).some((a) => twins.some((b) => a.family === b.family && a.year === b.year && a.given![0] !== b.given![0]));
      expect(hard, `${original} / ${twin}`).toBe(true);
    }
  });

  it('rejects invalid options', () => {
    expect(() => generateCrossScriptSet({ seed: 1, entities: -1 })).toThrow(/entities/);
    expect(() => generateCrossScriptSet({ seed: 1, entities: 10, recordsPerEntity: [3, 2] })).toThrow(/recordsPerEntity/);
    expect(() => generateCrossScriptSet({ seed: 1, entities: 10, today: '28/11/2026' })).toThrow(/today/);
  });
});
