import { describe, expect, it } from 'vitest';
import { acceptProfile } from './acceptance.ts';
import { compareProfiles, locusMismatches, resolveMatchOptions } from './compare.ts';
import type { AcceptedProfile } from './profile.ts';

type Loci = Record<string, (string | number)[]>;

const BASE: Loci = {
  D3S1358: ['15', '16'], vWA: ['17', '18'], D8S1179: ['13', '14'], D21S11: ['29', '30'], D18S51: ['14', '17'], TH01: ['6', '9.3'],
  FGA: ['21', '22.2'], D1S1656: ['12', '15.3'], D2S441: ['10', '14'], D10S1248: ['13', '15'],
};

function stain(loci: Loci, id = 's'): AcceptedProfile {
  return acceptProfile({ id, kind: 'stain', loci });
}

/** BASE with some loci replaced (or removed, given null). */
function variant(changes: Record<string, (string | number)[] | null>): AcceptedProfile {
  const loci: Loci = { ...BASE };
  for (const [locus, values] of Object.entries(changes)) {
    if (values === null) delete loci[locus];
    else loci[locus] = values;
  }
  return stain(loci, 'v');
}

const base = stain(BASE, 'base');

describe('locusMismatches', () => {
  it('counts differing alleles, trying both orders', () => {
    expect(locusMismatches(['15', '16'], ['15', '16'])).toBe(0);
    expect(locusMismatches(['15', '16'], ['16', '15'])).toBe(0);
    expect(locusMismatches(['15', '16'], ['16', '17'])).toBe(1);
    expect(locusMismatches(['15', '16'], ['17', '18'])).toBe(2);
    expect(locusMismatches(['15', '15'], ['15', '16'])).toBe(1);
  });

  it('lets a wildcard equal any allele', () => {
    expect(locusMismatches(['12', '*'], ['9', '12'])).toBe(0);
    expect(locusMismatches(['12', '*'], ['12', '14'])).toBe(0);
    expect(locusMismatches(['12', '*'], ['12', '12'])).toBe(0);
    expect(locusMismatches(['12', '*'], ['13', '14'])).toBe(1);
    expect(locusMismatches(['*', '*'], ['13', '14'])).toBe(0);
  });

  it('compares microvariants as their exact designation', () => {
    expect(locusMismatches(['9', '9.3'], ['9', '9.3'])).toBe(0);
    expect(locusMismatches(['9.3', '9.3'], ['9', '9'])).toBe(2);
    expect(locusMismatches(['22.2', '23'], ['22', '23'])).toBe(1);
  });
});

describe('compareProfiles under the Prüm rules (the defaults)', () => {
  it('finds a full match when every compared allele is equal, whatever the order of the alleles', () => {
    const same = variant({ vWA: ['18', '17'], TH01: [9.3, 6] });
    expect(compareProfiles(base, same)).toEqual({ type: 'full', lociCompared: 10, fullLociCompared: 10, mismatches: 0 });
  });

  it('finds a near match when exactly one allele differs, and none when two do (at one locus or two)', () => {
    expect(compareProfiles(base, variant({ FGA: ['21', '23'] }))).toEqual({ type: 'near', lociCompared: 10, fullLociCompared: 10, mismatches: 1 });
    expect(compareProfiles(base, variant({ FGA: ['20', '23'] })).type).toBe('none');
    expect(compareProfiles(base, variant({ FGA: ['21', '23'], vWA: ['17', '19'] })).type).toBe('none');
  });

  it('reports no near match when asked for full matches only', () => {
    expect(compareProfiles(base, variant({ FGA: ['21', '23'] }), { maxMismatches: 0 }).type).toBe('none');
    expect(compareProfiles(base, base, { maxMismatches: 0 }).type).toBe('full');
  });

  it('compares only the loci present in both profiles', () => {
    const fewer = variant({ D1S1656: null, D2S441: null });
    expect(compareProfiles(base, fewer)).toEqual({ type: 'full', lociCompared: 8, fullLociCompared: 8, mismatches: 0 });
    expect(compareProfiles(fewer, base).lociCompared).toBe(8);
    const others = stain({ ...Object.fromEntries(Object.entries(BASE).slice(0, 6)), CSF1PO: ['10', '11'], TPOX: ['8', '8'] });
    expect(compareProfiles(base, others)).toEqual({ type: 'full', lociCompared: 6, fullLociCompared: 6, mismatches: 0 });
  });

  it('finds no match on fewer than 6 loci fully designated in both, however equal they are', () => {
    const five = stain({ ...Object.fromEntries(Object.entries(BASE).slice(0, 5)), CSF1PO: ['10', '11'], TPOX: ['8', '8'], D5S818: ['11', '12'] });
    expect(compareProfiles(base, five)).toEqual({ type: 'none', lociCompared: 5, fullLociCompared: 5, mismatches: 0 });
    expect(compareProfiles(base, five, { minLoci: 5 }).type).toBe('full');
  });

  it('compares a locus with a wildcard but does not count it towards the 6 loci', () => {
    const six = Object.fromEntries(Object.entries(BASE).slice(0, 6));
    const wild = stain({ ...six, FGA: ['21', 'OL'] }); // FGA [21, *] matches [21, 22.2]
    expect(compareProfiles(base, wild)).toEqual({ type: 'full', lociCompared: 7, fullLociCompared: 6, mismatches: 0 });
    const fivePlusWild = stain({ ...Object.fromEntries(Object.entries(BASE).slice(0, 5)), TH01: ['6', '0'], CSF1PO: ['10', '11'], TPOX: ['8', '8'] });
    expect(compareProfiles(base, fivePlusWild)).toEqual({ type: 'none', lociCompared: 6, fullLociCompared: 5, mismatches: 0 });
    expect(compareProfiles(base, fivePlusWild, { minLoci: 5 }).type).toBe('full');
  });

  it('counts a difference beside a wildcard: [21, *] against [20, 22.2] is one allele off', () => {
    expect(compareProfiles(base, variant({ FGA: ['20', 'OL'] }))).toMatchObject({ type: 'near', mismatches: 1, fullLociCompared: 9 });
  });

  it('matches a homozygote with a heterozygote only through a wildcard, otherwise one allele differs', () => {
    expect(compareProfiles(base, variant({ D8S1179: ['13', '13'] }))).toMatchObject({ type: 'near', mismatches: 1 });
    expect(compareProfiles(variant({ D8S1179: ['13', '13'] }), variant({ D8S1179: ['13', 'na'] }))).toMatchObject({ type: 'full', mismatches: 0 });
  });

  it('tells a microvariant from its whole repeat number', () => {
    expect(compareProfiles(base, variant({ TH01: ['6', '9'] }))).toMatchObject({ type: 'near', mismatches: 1 });
    expect(compareProfiles(base, variant({ TH01: ['6', '9.3'] })).type).toBe('full');
  });

  it('never compares amelogenin', () => {
    const male = acceptProfile({ id: 'm', kind: 'stain', loci: { ...BASE, AMEL: ['X', 'Y'] } });
    const female = acceptProfile({ id: 'f', kind: 'stain', loci: { ...BASE, AMEL: ['X', 'X'] } });
    expect(compareProfiles(male, female)).toEqual({ type: 'full', lociCompared: 10, fullLociCompared: 10, mismatches: 0 });
  });
});

describe('compareProfiles under the CODIS-style stringencies', () => {
  const homozygous = variant({ D8S1179: ['13', '13'] });
  const shareOne = variant({ D8S1179: ['13', '15'] });
  const twoOff = variant({ D8S1179: ['13', '15'], FGA: ['21', '23'] });

  it('high: every allele equal', () => {
    expect(compareProfiles(base, base, { stringency: 'high' }).type).toBe('full');
    expect(compareProfiles(base, homozygous, { stringency: 'high' }).type).toBe('none');
    expect(compareProfiles(base, variant({ FGA: ['21', 'OL'] }), { stringency: 'high' }).type).toBe('full');
  });

  it('moderate: the alleles of one profile a subset of the other’s at each locus', () => {
    expect(compareProfiles(base, homozygous, { stringency: 'moderate' })).toMatchObject({ type: 'near', mismatches: 1 });
    expect(compareProfiles(homozygous, base, { stringency: 'moderate' })).toMatchObject({ type: 'near', mismatches: 1 });
    expect(compareProfiles(base, shareOne, { stringency: 'moderate' }).type).toBe('none');
    const twoHomozygous = variant({ D8S1179: ['13', '13'], FGA: ['22.2', '22.2'] });
    expect(compareProfiles(base, twoHomozygous, { stringency: 'moderate' })).toMatchObject({ type: 'near', mismatches: 2 });
  });

  it('low: at least one allele shared at each locus, however many loci differ', () => {
    expect(compareProfiles(base, twoOff, { stringency: 'low' })).toMatchObject({ type: 'near', mismatches: 2 });
    expect(compareProfiles(base, variant({ FGA: ['20', '23'] }), { stringency: 'low' }).type).toBe('none');
    expect(compareProfiles(base, twoOff).type).toBe('none');
  });

  it('still needs 6 loci fully designated in both', () => {
    const five = stain({ ...Object.fromEntries(Object.entries(BASE).slice(0, 5)), CSF1PO: ['10', '11'], TPOX: ['8', '8'], D5S818: ['11', '12'] });
    for (const stringency of ['high', 'moderate', 'low'] as const) expect(compareProfiles(base, five, { stringency }).type).toBe('none');
  });
});

describe('match options', () => {
  it('fill in the Prüm defaults and refuse bad values', () => {
    expect(resolveMatchOptions()).toEqual({ maxMismatches: 1, minLoci: 6, stringency: 'prum' });
    expect(() => resolveMatchOptions({ minLoci: 0 })).toThrow(/minLoci/);
    expect(() => resolveMatchOptions({ minLoci: 2.5 })).toThrow(/minLoci/);
    expect(() => resolveMatchOptions({ maxMismatches: 2 as never })).toThrow(/maxMismatches/);
    expect(() => resolveMatchOptions({ stringency: 'fuzzy' as never })).toThrow(/stringency/);
  });
});
