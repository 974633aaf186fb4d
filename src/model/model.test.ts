import { describe, expect, it } from 'vitest';
import { PROTECTION, personInput } from '../../test/support/context.ts';
import { isCountryCode, isPartialDate } from './primitives.ts';
import { RecordInput } from './record.ts';
import { detectScript } from './script.ts';

describe('partial dates', () => {
  it.each(['1980', '1980-04', '1980-04-17', '2024-02-29'])('accepts %s', (d) => expect(isPartialDate(d)).toBe(true));
  it.each(['2023-02-30', '2023-13', '1980-4-17', '80', '2021-02-29', '1980-00', '19800417', ''])('rejects %s', (d) =>
    expect(isPartialDate(d)).toBe(false),
  );
});

describe('country codes', () => {
  it('accepts assigned ISO 3166-1 codes and rejects others', () => {
    expect(['DE', 'FR', 'UA', 'GR', 'MA'].every(isCountryCode)).toBe(true);
    expect(['XX', 'ZZ', 'de', 'DEU', 'EU'].some(isCountryCode)).toBe(false);
  });
});

describe('records', () => {
  it('accepts every record type with its data-protection fields', () => {
    const inputs = [
      personInput('Ana', 'Silva', '1990-05'),
      { type: 'document', protection: PROTECTION, data: { documentType: 'id_card', number: 'X1', issuingState: 'PT' } },
      { type: 'vehicle', protection: PROTECTION, data: { vin: '1HGBH41JXMN109186' } },
      { type: 'organisation', protection: PROTECTION, data: { name: 'Fictional Trading SRL', country: 'RO' } },
      { type: 'location', protection: PROTECTION, data: { coordinates: { lat: 50.85, lon: 4.35 } } },
      { type: 'event', protection: PROTECTION, data: { offence: { iccs: '0201' }, occurredAt: '2026-10-01T22:15:00+02:00' } },
      { type: 'case', protection: PROTECTION, data: { reference: 'JIT-2026-7', title: 'Test case', participants: [{ node: 'de-bka', role: 'lead' }] } },
    ];
    for (const input of inputs) expect(RecordInput.safeParse(input).success, input.type).toBe(true);
  });

  it('keeps assessments apart from facts', () => {
    const parsed = RecordInput.parse({
      ...personInput('Ana', 'Silva'),
      protection: { ...PROTECTION, nature: 'assessment', assessments: [{ statement: 'Likely courier', assessedBy: 'analyst-7', assessedOn: '2026-11-01' }] },
    });
    expect(parsed.protection.assessments).toHaveLength(1);
  });

  it('rejects unknown fields, unknown enum values and impossible values, naming the field', () => {
    const cases: [unknown, string][] = [
      [{ ...personInput('A', 'B'), extra: 1 }, ''],
      [{ ...personInput('A', 'B'), protection: { ...PROTECTION, handlingCode: 'H9' } }, 'protection.handlingCode'],
      [{ ...personInput('A', 'B'), protection: { ...PROTECTION, informationAccuracy: 5 } }, 'protection.informationAccuracy'],
      [{ ...personInput('A', 'B'), protection: { ...PROTECTION, reviewBy: '2027-02-29' } }, 'protection.reviewBy'],
      [{ type: 'vehicle', protection: PROTECTION, data: { vin: 'IOQ45678901234567' } }, 'data.vin'],
      [{ type: 'location', protection: PROTECTION, data: { coordinates: { lat: 91, lon: 0 } } }, 'data.coordinates.lat'],
      [{ type: 'spaceship', protection: PROTECTION, data: {} }, 'type'],
    ];
    for (const [input, path] of cases) {
      const result = RecordInput.safeParse(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues.map((i) => i.path.join('.'))).toContain(path);
    }
  });
});

describe('script detection', () => {
  it.each([
    ['Müller', 'Latn'],
    ['Иванов', 'Cyrl'],
    ['Παπαδόπουλος', 'Grek'],
    ['عبد الله', 'Arab'],
  ])('%s is %s', (name, script) => expect(detectScript(name)).toBe(script));
});
