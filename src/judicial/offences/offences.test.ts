import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { EAW_LIST_OFFENCES } from './eaw-list-offences.ts';
import { EIO_ANNEX_D, findEioAnnexDOffence } from './eio-annex-d.ts';
import { ICCS_CATEGORIES, findIccsCategory, iccsAncestors, isKnownIccs } from './iccs.ts';
import { LIFE_IMPRISONMENT_MONTHS, createNationalTableRegistry, loadNationalTable, maxMonths } from './national-table.ts';
import { EXAMPLE_NATIONAL_TABLES, nationalOffence, nationalOffencesForIccs } from './national-tables/index.ts';
import { OffenceInput } from './offence-input.ts';

describe('ICCS', () => {
  it('has the 11 sections and a parent for every other category', () => {
    expect(ICCS_CATEGORIES.filter((c) => c.parent === undefined).map((c) => c.code)).toEqual([
      '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11',
    ]);
    for (const c of ICCS_CATEGORIES) if (c.parent !== undefined) expect(isKnownIccs(c.parent), c.code).toBe(true);
    expect(new Set(ICCS_CATEGORIES.map((c) => c.code)).size).toBe(ICCS_CATEGORIES.length);
  });

  it('finds categories and walks up to the section', () => {
    expect(findIccsCategory('0101')?.title).toBe('Intentional homicide');
    expect(iccsAncestors('020111').map((c) => c.code)).toEqual(['020111', '02011', '0201', '02']);
    expect(iccsAncestors('020111')[1].title).toBe('Assault');
    expect(isKnownIccs('0199')).toBe(false);
    expect(iccsAncestors('0199')).toEqual([]);
  });
});

describe('list offences', () => {
  it('has the 32 Art. 2(2) offences and the 32 Annex D categories, each mapped to known ICCS codes', () => {
    expect(EAW_LIST_OFFENCES).toHaveLength(32);
    expect(EIO_ANNEX_D).toHaveLength(32);
    for (const o of [...EAW_LIST_OFFENCES, ...EIO_ANNEX_D]) {
      expect(o.iccs.length, o.id).toBeGreaterThan(0);
      for (const code of o.iccs) expect(isKnownIccs(code), `${o.id} ${code}`).toBe(true);
    }
    expect(EAW_LIST_OFFENCES.map((o) => o.id)).toContain('eaw-murder-grievous-bodily-injury');
    expect(findEioAnnexDOffence('eio-fraud')?.title).toContain('financial interests of the Union');
    expect(findEioAnnexDOffence('eaw-fraud')).toBeUndefined();
  });
});

describe('national tables', () => {
  it('ships fictional DE, FR and IT tables that say so', () => {
    expect(EXAMPLE_NATIONAL_TABLES.tables().map((t) => t.country)).toEqual(['DE', 'FR', 'IT']);
    for (const country of ['DE', 'FR', 'IT']) {
      const table = EXAMPLE_NATIONAL_TABLES.table(country);
      expect(table?.fictional).toBe(true);
      expect(table?.title).toMatch(/^Fictional example penal table for .. — not the law of /);
    }
  });

  it('looks offences up by code and by ICCS code, exact before broader before narrower', () => {
    expect(nationalOffence('IT', 'IT-ASS-2')?.maxPenaltyMonths).toBe(6);
    expect(maxMonths(nationalOffence('DE', 'DE-HOM-1')!)).toBe(LIFE_IMPRISONMENT_MONTHS);
    expect(nationalOffencesForIccs('FR', '0105')).toEqual([]);
    const kidnapping = nationalOffencesForIccs('DE', '020221');
    expect(kidnapping.map((m) => [m.offence.code, m.relation])).toEqual([
      ['DE-LIB-1', 'exact'],
      ['DE-LIB-2', 'broader'],
    ]);
    expect(nationalOffencesForIccs('DE', '0502').map((m) => [m.offence.code, m.relation])).toEqual([
      ['DE-THF-1', 'exact'],
      ['DE-THF-2', 'narrower'],
    ]);
    expect(nationalOffencesForIccs('PL', '0101')).toEqual([]);
  });

  it('rejects a malformed table naming the field', () => {
    const bad = {
      country: 'XX',
      fictional: true,
      title: 't',
      version: '1',
      offences: [
        { code: 'A', title: 'a', iccs: '0199', maxPenaltyMonths: 12 },
        { code: 'A', title: 'b', iccs: '0101', maxPenaltyMonths: 12, life: true },
      ],
    };
    try {
      loadNationalTable(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LiaisonError);
      const paths = (e as LiaisonError).issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['country', 'offences.0.iccs', 'offences.1.maxPenaltyMonths']));
    }
    const ok = loadNationalTable({ ...bad, country: 'AT', offences: [{ code: 'A', title: 'a', iccs: '0101', life: true }] });
    expect(createNationalTableRegistry([ok]).offence('AT', 'A')?.life).toBe(true);
  });
});

describe('OffenceInput', () => {
  it('needs one of iccs, listOffence or national and refuses unknown keys', () => {
    expect(OffenceInput.safeParse({ maxPenaltyMonths: 12 }).success).toBe(false);
    expect(OffenceInput.safeParse({ iccs: '0101', maxPenaltyMonths: 12 }).success).toBe(true);
    expect(OffenceInput.safeParse({ iccs: '0101', colour: 'red' }).success).toBe(false);
    expect(OffenceInput.safeParse({ iccs: '0101', maxPenaltyMonths: 1.5 }).success).toBe(false);
    expect(OffenceInput.safeParse({ national: { country: 'DE', code: 'DE-THF-1' }, executing: { country: 'FR', punishable: true } }).success).toBe(true);
  });
});
