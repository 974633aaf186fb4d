import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { acceptProfile } from './acceptance.ts';
import { compareProfiles } from './compare.ts';
import { KITS, SyntheticDna } from './synthetic.ts';

function accepted(input: unknown) {
  try {
    return acceptProfile(input);
  } catch (error) {
    if (error instanceof LiaisonError) return undefined;
    throw error;
  }
}

describe('SyntheticDna', () => {
  it('is reproducible from its seed', () => {
    const a = new SyntheticDna({ seed: 11 });
    const b = new SyntheticDna({ seed: 11 });
    const c = new SyntheticDna({ seed: 12 });
    const draw = (dna: SyntheticDna) => Array.from({ length: 50 }, (_, i) => dna.next(`P${i}`));
    expect(draw(a)).toEqual(draw(b));
    expect(draw(new SyntheticDna({ seed: 11 }))).not.toEqual(draw(c));
  });

  it('draws profiles that mostly pass the Prüm rules, of both kinds, with wildcard values and numbers', () => {
    const dna = new SyntheticDna({ seed: 3, wildcardRate: 0.05 });
    const inputs = Array.from({ length: 2000 }, (_, i) => dna.next(`P${i}`));
    const profiles = inputs.map(accepted).filter((p) => p !== undefined);
    expect(profiles.length).toBeGreaterThan(1900);
    expect(profiles.some((p) => p.kind === 'stain') && profiles.some((p) => p.kind === 'reference')).toBe(true);
    expect(profiles.some((p) => p.conversions.length > 0)).toBe(true);
    expect(inputs.some((p) => Object.values(p.loci).some((values) => values.some((v) => typeof v === 'number')))).toBe(true);
    const lociCounts = new Set(profiles.map((p) => Object.keys(p.loci).length));
    expect(Math.min(...lociCounts)).toBeLessThan(10);
    expect(Math.max(...lociCounts)).toBe(24);
  });

  it('types a person again as a full match, a near copy as a near match, and relatives as neither, mostly', () => {
    const dna = new SyntheticDna({ seed: 9, wildcardRate: 0 });
    const person = dna.person();
    const reference = acceptProfile(dna.profile('a', person, 'reference', 'full24'));
    const again = acceptProfile(dna.profile('b', person, 'reference', 'ngm'));
    expect(compareProfiles(reference, again).type).toBe('full');
    const near = acceptProfile(dna.nearCopy(dna.profile('c', person, 'reference', 'full24'), 'c'));
    expect(compareProfiles(reference, near)).toMatchObject({ type: 'near', mismatches: 1 });
    let relativesMatching = 0;
    for (let i = 0; i < 50; i++) {
      const sibling = acceptProfile(dna.profile(`s${i}`, dna.relative(person, i % 2 ? 'sibling' : 'parent-child'), 'reference', 'full24'));
      if (compareProfiles(reference, sibling).type !== 'none') relativesMatching++;
    }
    expect(relativesMatching).toBeLessThan(3);
  });

  it('types the loci of the chosen kit; a stain misses some', () => {
    const dna = new SyntheticDna({ seed: 4, stainDropout: 0.5 });
    const person = dna.person();
    expect(Object.keys(dna.profile('r', person, 'reference', 'ngm').loci).filter((l) => !/^AMEL|^Amel/.test(l))).toEqual([...KITS.ngm]);
    expect(Object.keys(dna.profile('s', person, 'stain', 'full24').loci).length).toBeLessThan(KITS.full24.length);
  });
});
