import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { acceptProfile, REFUSED } from './acceptance.ts';
import { LOCUS_NAMES } from './loci.ts';

type Loci = Record<string, unknown[]>;

/** The 12 ESS loci of an invented person, all heterozygous. */
const ESS12: Loci = {
  D3S1358: ['15', '16'], vWA: ['17', '18'], D8S1179: ['13', '14'], D21S11: ['29', '30'], D18S51: ['14', '17'], TH01: ['6', '9.3'],
  FGA: ['21', '22.2'], D1S1656: ['12', '15.3'], D2S441: ['10', '14'], D10S1248: ['13', '15'], D12S391: ['18', '20'], D22S1045: ['15', '16'],
};

/** The first `n` loci of ESS12 (the 7 original ESS loci come first). */
function firstLoci(n: number): Loci {
  return Object.fromEntries(Object.entries(ESS12).slice(0, n));
}

function failure(input: unknown): LiaisonError {
  try {
    acceptProfile(input);
  } catch (error) {
    if (error instanceof LiaisonError) return error;
    throw error;
  }
  throw new Error('the profile was accepted');
}

describe('acceptProfile: canonical form', () => {
  it('accepts a reference profile, in catalogue order, each locus sorted, numbers as strings, amelogenin beside', () => {
    const profile = acceptProfile({ id: ' r-1 ', kind: 'reference', loci: { FGA: [22.2, 21], Amelogenin: ['x', 'Y'], ...firstLoci(6) } });
    expect(profile).toEqual({
      id: 'r-1',
      kind: 'reference',
      loci: { D3S1358: ['15', '16'], vWA: ['17', '18'], D8S1179: ['13', '14'], D21S11: ['29', '30'], D18S51: ['14', '17'], TH01: ['6', '9.3'], FGA: ['21', '22.2'] },
      amelogenin: ['X', 'Y'],
      fullLoci: 7,
      conversions: [],
    });
    expect(Object.keys(profile.loci)).toEqual(['D3S1358', 'vWA', 'D8S1179', 'D21S11', 'D18S51', 'TH01', 'FGA']);
  });

  it('canonicalises locus names and allele values ("09", "9.0", " 16 ", 9.3)', () => {
    const { vWA: _v, TH01: _t, ...others } = ESS12;
    const profile = acceptProfile({ id: 's', kind: 'stain', loci: { ...others, THO1: ['09', '9.0'], VWA: [' 16 ', 9.3], 'PENTA D': ['2.2', '13'] } });
    expect(profile.loci.TH01).toEqual(['9', '9']);
    expect(profile.loci.vWA).toEqual(['9.3', '16']);
    expect(profile.loci['Penta D']).toEqual(['2.2', '13']);
  });

  it('ignores fields other than id, kind and loci', () => {
    expect(acceptProfile({ id: 'x', kind: 'stain', loci: firstLoci(6), note: 'kept elsewhere' })).not.toHaveProperty('note');
  });
});

describe('acceptProfile: the Prüm acceptance rules (2008/616/JHA, annex, 1.1)', () => {
  it('refuses a profile with 5 fully designated loci, and accepts one with 6', () => {
    const error = failure({ id: 's', kind: 'stain', loci: firstLoci(5) });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(`${REFUSED}: only 5 fully designated loci (at least 6 needed)`);
    expect(acceptProfile({ id: 's', kind: 'stain', loci: firstLoci(6) }).fullLoci).toBe(6);
  });

  it('does not count a locus with a wildcard as fully designated', () => {
    const loci = { ...firstLoci(6), TH01: ['6', 'OL'] };
    expect(failure({ id: 's', kind: 'stain', loci }).message).toBe(`${REFUSED}: only 5 fully designated loci (at least 6 needed)`);
  });

  it('refuses a reference profile with 5 of the 7 original ESS loci, and accepts the same loci as a stain', () => {
    const { D3S1358: _a, vWA: _b, ...loci } = ESS12; // 10 loci, 5 of them original ESS
    expect(failure({ id: 'r', kind: 'reference', loci }).message).toBe(`${REFUSED}: a reference profile needs at least 6 of the 7 original ESS loci fully designated; it has 5`);
    expect(acceptProfile({ id: 's', kind: 'stain', loci }).fullLoci).toBe(10);
    const { D3S1358: _c, ...six } = ESS12;
    expect(acceptProfile({ id: 'r', kind: 'reference', loci: six }).fullLoci).toBe(11);
  });

  it('keeps the first of three values and makes the others a wildcard', () => {
    const profile = acceptProfile({ id: 's', kind: 'stain', loci: { ...firstLoci(6), FGA: ['23', '21', '22.2'] } });
    expect(profile.loci.FGA).toEqual(['23', '*']);
    expect(profile.fullLoci).toBe(6);
    expect(profile.conversions).toEqual(['FGA: 3 values, the first kept and the others made a wildcard']);
  });

  it('refuses a mixed profile: a locus with four or more values', () => {
    const error = failure({ id: 's', kind: 'stain', loci: { ...firstLoci(7), FGA: ['20', '21', '22', '23'] } });
    expect(error.message).toBe(`${REFUSED}: locus FGA has 4 values: a mixed profile is not exchanged`);
    expect(error.issues).toEqual([{ path: 'loci.FGA', message: 'locus FGA has 4 values: a mixed profile is not exchanged' }]);
  });

  it('makes 0, 1, 99 and any non-numeric value a wildcard', () => {
    const loci = { ...firstLoci(6), D1S1656: ['0', '16'], D2S441: [1, 11], D10S1248: ['99', '99'], D12S391: ['OL', 'na'], D22S1045: ['<8', '>20'], CSF1PO: ['abc', 'X'], TPOX: ['9,3', '8'] };
    const profile = acceptProfile({ id: 's', kind: 'stain', loci });
    expect(profile.loci).toMatchObject({
      D1S1656: ['16', '*'], D2S441: ['11', '*'], D10S1248: ['*', '*'], D12S391: ['*', '*'], D22S1045: ['*', '*'], CSF1PO: ['*', '*'], TPOX: ['8', '*'],
    });
    expect(profile.fullLoci).toBe(6);
    expect(profile.conversions).toEqual(expect.arrayContaining(['D1S1656: value 0 made a wildcard', 'D12S391: "OL" is not numeric, made a wildcard', 'TPOX: "9,3" is not numeric, made a wildcard']));
  });

  it('keeps microvariants apart from their whole repeat number ("9.3" is not "9")', () => {
    const profile = acceptProfile({ id: 's', kind: 'stain', loci: { ...firstLoci(6), TH01: ['9', '9.3'] } });
    expect(profile.loci.TH01).toEqual(['9', '9.3']);
  });

  it('carries amelogenin without counting it as a locus', () => {
    const error = failure({ id: 's', kind: 'stain', loci: { ...firstLoci(5), AMEL: ['X', 'Y'] } });
    expect(error.message).toMatch(/only 5 fully designated loci/);
    expect(acceptProfile({ id: 's', kind: 'stain', loci: { ...firstLoci(6), amelogenin: ['X'] } }).amelogenin).toEqual(['X']);
  });
});

describe('acceptProfile: malformed input', () => {
  const issuesOf = (input: unknown) => {
    const error = failure(input);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^invalid DNA profile: /);
    return error.issues;
  };

  it('names an unknown locus and a Y-STR', () => {
    expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), D99S1: ['1', '2'] } })).toEqual([{ path: 'loci.D99S1', message: 'unknown locus "D99S1"' }]);
    expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), DYS391: ['10', '11'] } })[0]!.message).toMatch(/Y-chromosome STR/);
  });

  it('refuses a locus given twice under two spellings', () => {
    expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), VWA: ['15', '16'] } })).toEqual([{ path: 'loci.VWA', message: 'locus vWA is given twice (as "vWA" and "VWA")' }]);
  });

  it('refuses a missing or empty id, a missing or unknown kind, and loci that are not an object', () => {
    expect(issuesOf({ kind: 'stain', loci: firstLoci(6) })).toEqual([{ path: 'id', message: 'the profile id is required (a string)' }]);
    expect(issuesOf({ id: '  ', kind: 'stain', loci: firstLoci(6) })).toEqual([{ path: 'id', message: 'the profile id is empty' }]);
    expect(issuesOf({ id: 's', loci: firstLoci(6) })[0]!.path).toBe('kind');
    expect(issuesOf({ id: 's', kind: 'suspect', loci: firstLoci(6) })[0]).toEqual({ path: 'kind', message: 'the kind is "reference" (a person) or "stain" (a crime scene)' });
    expect(issuesOf({ id: 's', kind: 'stain', loci: [['15', '16']] })[0]!.path).toBe('loci');
    expect(issuesOf({ id: 's', kind: 'stain' })[0]!.path).toBe('loci');
    expect(issuesOf('{"id": "s"}')[0]!.path).toBe('(root)');
    expect(issuesOf(null)[0]!.path).toBe('(root)');
  });

  it('refuses a locus that is not an array, has no value or one value, and values that are not strings or numbers', () => {
    expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), FGA: '21,22' } })).toEqual([{ path: 'loci.FGA', message: 'a locus is an array of allele values' }]);
    expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), FGA: [] } })).toEqual([{ path: 'loci.FGA', message: 'a locus needs its allele values' }]);
    expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), FGA: ['21'] } })).toEqual([{ path: 'loci.FGA', message: 'a locus has two allele values (repeat the allele when homozygous)' }]);
    for (const bad of [{}, null, true, ['21']]) {
      expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), FGA: ['21', bad] } })).toEqual([{ path: 'loci.FGA.1', message: 'an allele value is a string or a number' }]);
    }
  });

  it('refuses an empty value and numbers that are no allele designation', () => {
    expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), FGA: ['21', ' '] } })).toEqual([{ path: 'loci.FGA.1', message: 'an allele value is empty' }]);
    expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), FGA: ['9.25', '21'] } })[0]).toMatchObject({ path: 'loci.FGA.0', message: expect.stringMatching(/at most one digit after the point/) });
    expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), FGA: [12345, '21'] } })[0]).toMatchObject({ path: 'loci.FGA.0', message: expect.stringMatching(/below 1000/) });
  });

  it('refuses more than 24 loci, amelogenin aside', () => {
    const loci = Object.fromEntries(LOCUS_NAMES.slice(0, 25).map((l) => [l, ['10', '11']]));
    expect(issuesOf({ id: 's', kind: 'stain', loci })).toEqual([{ path: 'loci', message: 'at most 24 loci (amelogenin aside); 25 given' }]);
    expect(acceptProfile({ id: 's', kind: 'stain', loci: { ...Object.fromEntries(LOCUS_NAMES.slice(0, 24).map((l) => [l, ['10', '11']])), AMEL: ['X', 'X'] } }).fullLoci).toBe(24);
  });

  it('refuses amelogenin values other than X and Y', () => {
    expect(issuesOf({ id: 's', kind: 'stain', loci: { ...firstLoci(6), AMEL: ['X', 'Z'] } })).toEqual([{ path: 'loci.AMEL', message: 'amelogenin is one or two values X or Y' }]);
  });
});
