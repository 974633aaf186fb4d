import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SUBJECT_CATEGORIES } from '../model/protection.ts';
import { isCountryCode, isPartialDate } from '../model/primitives.ts';
import { RecordInput, type RecordType } from '../model/record.ts';
import { detectScript } from '../model/script.ts';
import { generateDataset, generatePersonRows, PERSON_CSV_COLUMNS, toCsv, type LinkType } from './generator.ts';
import { romaniseGreek, romaniseRussian, romaniseUkrainian } from './romanise.ts';
import { vinCheckDigit } from './vehicles.ts';

const dataset = generateDataset({ seed: 20261128, persons: 500 });
const persons = dataset.records.flatMap((r) => (r.type === 'person' ? [r] : []));

describe('generateDataset', () => {
  it('gives the same output for the same seed and different output for another', () => {
    expect(generateDataset({ seed: 7, persons: 200 })).toEqual(generateDataset({ seed: 7, persons: 200 }));
    expect(generateDataset({ seed: 8, persons: 200 })).not.toEqual(generateDataset({ seed: 7, persons: 200 }));
  });

  it('generates only records that pass RecordInput', () => {
    for (const seed of [1, 2, 3]) {
      for (const record of generateDataset({ seed, persons: 400, nodeId: 'pl-kgp', today: '2025-02-28' }).records) {
        const result = RecordInput.safeParse(record);
        expect(result.success, JSON.stringify({ record, issues: result.error?.issues })).toBe(true);
      }
    }
  });

  it('generates the requested persons, and some of every other record type', () => {
    expect(persons).toHaveLength(500);
    const types = new Set(dataset.records.map((r) => r.type));
    expect([...types].sort()).toEqual(['case', 'document', 'event', 'location', 'organisation', 'person', 'vehicle']);
    const count = (type: RecordType) => dataset.records.filter((r) => r.type === type).length;
    expect(count('document') / 500).toBeGreaterThan(0.5);
    expect(count('document') / 500).toBeLessThan(0.7);
    expect(count('vehicle') / 500).toBeGreaterThan(0.2);
    expect(count('vehicle') / 500).toBeLessThan(0.4);
    expect(generateDataset({ seed: 1, persons: 0 })).toEqual({ records: [], links: [] });
  });

  it('writes names in all four scripts, each marked with the script it is written in', () => {
    const primaries = persons.map((p) => p.data.names.find((n) => n.kind === 'primary')!);
    expect(new Set(primaries.map((n) => n.script))).toEqual(new Set(['Latn', 'Cyrl', 'Grek', 'Arab']));
    for (const p of persons) {
      for (const name of p.data.names) {
        const written = [name.fullName, ...name.givenNames, name.familyName].filter(Boolean).join(' ');
        expect(detectScript(written), written).toBe(name.script);
      }
    }
    expect(primaries.some((n) => /[äöüßéèçłśżńřščğşåøã]/.test(`${n.givenNames.join(' ')} ${n.familyName}`))).toBe(true);
  });

  it('gives every non-Latin primary name a transliteration in Latin script', () => {
    const nonLatin = persons.filter((p) => p.data.names[0].script !== 'Latn');
    expect(nonLatin.length).toBeGreaterThan(50);
    for (const p of nonLatin) {
      const t = p.data.names.find((n) => n.kind === 'transliteration');
      expect(t, JSON.stringify(p.data.names)).toBeDefined();
      expect(t!.script).toBe('Latn');
      expect(t!.givenNames).toHaveLength(p.data.names[0].givenNames.length);
      expect(`${t!.givenNames.join(' ')} ${t!.familyName}`).toMatch(/^[\p{Script=Latin}' -]+$/u);
    }
  });

  it('varies dates of birth, data-protection fields and review dates', () => {
    const dates = persons.map((p) => p.data.dateOfBirth!);
    expect(dates.every(isPartialDate)).toBe(true);
    expect(dates.filter((d) => d.length === 10).length).toBeGreaterThan(350);
    expect(dates.some((d) => d.length === 7)).toBe(true);
    expect(dates.some((d) => d.length === 4)).toBe(true);
    expect(new Set(persons.map((p) => p.protection.subjectCategory))).toEqual(new Set(SUBJECT_CATEGORIES));
    expect(new Set(persons.map((p) => p.protection.handlingCode)).size).toBe(4);
    expect(persons.some((p) => p.protection.nature === 'assessment' && p.protection.assessments.length > 0)).toBe(true);
    const past = persons.filter((p) => p.protection.reviewBy < '2026-11-28').length / persons.length;
    expect(past).toBeGreaterThan(0.02);
    expect(past).toBeLessThan(0.1);
  });

  it('links records of the right types by their indexes', () => {
    const expected: Record<LinkType, [RecordType[], RecordType]> = {
      holder_of: [['person'], 'document'],
      owner_of: [['person'], 'vehicle'],
      driver_of: [['person'], 'vehicle'],
      member_of: [['person'], 'organisation'],
      resides_at: [['person'], 'location'],
      located_at: [['event'], 'location'],
      involved_in: [['person'], 'event'],
      part_of_case: [['person', 'event'], 'case'],
      associate_of: [['person'], 'person'],
      family_of: [['person'], 'person'],
      related_to: [['person'], 'person'],
    };
    const { records, links } = dataset;
    expect(new Set(links.map((l) => l.type))).toContain('holder_of');
    expect(new Set(links.map((l) => l.type))).toContain('owner_of');
    for (const link of links) {
      const from = records[link.fromIndex];
      const to = records[link.toIndex];
      expect(link.fromIndex).not.toBe(link.toIndex);
      expect(expected[link.type][0]).toContain(from.type);
      expect(to.type).toBe(expected[link.type][1]);
    }
    // Every document and vehicle belongs to exactly one person.
    const held = links.filter((l) => l.type === 'holder_of' || l.type === 'owner_of').map((l) => l.toIndex);
    const owned = records.flatMap((r, i) => (r.type === 'document' || r.type === 'vehicle' ? [i] : []));
    expect(held.sort((a, b) => a - b)).toEqual(owned);
  });

  it('issues documents by a nationality of their holder and gives vehicles valid VINs', () => {
    for (const link of dataset.links) {
      const holder = dataset.records[link.fromIndex];
      const item = dataset.records[link.toIndex];
      if (holder.type !== 'person') continue;
      if (item.type === 'document') {
        expect(holder.data.nationalities).toContain(item.data.issuingState);
        expect(item.data.issuedOn! < item.data.validUntil!).toBe(true);
        expect(item.data.issuedOn! <= '2026-11-28').toBe(true);
      }
      if (item.type === 'vehicle' && item.data.vin) expect(item.data.vin[8]).toBe(vinCheckDigit(item.data.vin));
    }
  });

  it('rejects bad options', () => {
    expect(() => generateDataset({ seed: 1, persons: -1 })).toThrow(/persons/);
    expect(() => generateDataset({ seed: 1, persons: 1, today: '2026-02-30' })).toThrow(/today/);
    expect(() => generateDataset({ seed: 1, persons: 1, nodeId: 'Not A Node' })).toThrow(/nodeId/);
  });

  it('generates exactly the number of persons asked for, at benchmark scale', () => {
    const big = generateDataset({ seed: 3, persons: 100_000 });
    expect(big.records.filter((r) => r.type === 'person')).toHaveLength(100_000);
  }, 60_000);
});

describe('generatePersonRows and toCsv', () => {
  const rows = [...generatePersonRows(11, 1000)];

  it('yields rows of exactly the six persons columns with valid values', () => {
    expect(rows).toHaveLength(1000);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...PERSON_CSV_COLUMNS]);
      expect(row.given_name.trim()).not.toBe('');
      expect(row.family_name.trim()).not.toBe('');
      expect(isPartialDate(row.date_of_birth)).toBe(true);
      expect(['female', 'male']).toContain(row.gender);
      expect(isCountryCode(row.nationality)).toBe(true);
      expect(SUBJECT_CATEGORIES).toContain(row.category);
    }
    expect([...generatePersonRows(11, 1000)]).toEqual(rows);
    expect(new Set(rows.map((r) => detectScript(r.family_name)))).toEqual(new Set(['Latn', 'Cyrl', 'Grek', 'Arab']));
  });

  it('renders CSV that parses back to the same rows', () => {
    const text = toCsv(rows);
    expect(text.split('\n')[0]).toBe('given_name,family_name,date_of_birth,gender,nationality,category');
    expect(parseCsv(text, { columns: true })).toEqual(rows);
  });

  it('quotes fields holding commas, quotes or line breaks', () => {
    const text = toCsv([{ a: 'plain', b: 'with, comma', c: 'say "hi"', d: 'two\nlines' }], ['a', 'b', 'c', 'd']);
    expect(text).toBe('a,b,c,d\nplain,"with, comma","say ""hi""","two\nlines"\n');
    expect(parseCsv(text, { columns: true })).toEqual([{ a: 'plain', b: 'with, comma', c: 'say "hi"', d: 'two\nlines' }]);
  });
});

describe('romanisation', () => {
  it('follows the passport schemes for a few known names', () => {
    expect(romaniseRussian('Юлия Фёдорова')).toBe('Iuliia Fedorova');
    expect(romaniseUkrainian('Євгенія Ковальська')).toBe('Yevheniia Kovalska');
    expect(romaniseGreek('Ευάγγελος Παπαδάκης')).toBe('Evangelos Papadakis');
    expect(romaniseGreek('Ευτυχία Μπακάλη')).toBe('Eftychia Bakali');
  });
});
