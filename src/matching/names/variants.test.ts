import { describe, expect, it } from 'vitest';
import { GIVEN_NAME_VARIANTS } from './tables/given-name-variants.ts';
import { latinSpellings } from './transliterate.ts';
import { variantGroupOf } from './variants.ts';

describe('variantGroupOf', () => {
  it('puts variants of one name in one group', () => {
    expect(variantGroupOf('mohammed')).toBe(variantGroupOf('muhammad'));
    expect(variantGroupOf('alexander')).toBe(variantGroupOf('oleksandr'));
    expect(variantGroupOf('sasha')).toBe(variantGroupOf('alexander'));
    expect(variantGroupOf('yuri')).toBe(variantGroupOf('george'));
    expect(variantGroupOf('hans')).toBe(variantGroupOf('ivan'));
    expect(variantGroupOf('mehmet')).toBeDefined();
  });

  it('keeps different names apart', () => {
    expect(variantGroupOf('alexander')).not.toBe(variantGroupOf('alexandra'));
    expect(variantGroupOf('ahmed')).not.toBe(variantGroupOf('mohammed'));
    expect(variantGroupOf('ivan')).not.toBe(variantGroupOf('yahya'));
    expect(variantGroupOf('salih')).not.toBe(variantGroupOf('salah'));
    expect(variantGroupOf('zzzz')).toBeUndefined();
  });

  it('finds the group of names written in other scripts', () => {
    const groupOf = (word: string) => new Set(latinSpellings(word).map(variantGroupOf).filter(Boolean));
    expect(groupOf('юлия')).toEqual(new Set([variantGroupOf('julia')]));
    expect(groupOf('дмитрий')).toEqual(new Set([variantGroupOf('dmitry')]));
    expect(groupOf('γιώργος')).toContain(variantGroupOf('george'));
    expect(groupOf('محمد')).toEqual(new Set([variantGroupOf('muhammad')]));
  });

  it('holds each spelling in one group only, as plain a-z', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const group of GIVEN_NAME_VARIANTS) {
      expect(group.length).toBeGreaterThan(1);
      for (const spelling of group) {
        expect(spelling).toMatch(/^[a-z]+$/);
        const first = owner.get(spelling);
        if (first !== undefined) clashes.push(`${spelling}: ${first} and ${group[0]}`);
        owner.set(spelling, group[0]);
        expect(variantGroupOf(spelling)).toBe(group[0]);
      }
    }
    expect(clashes).toEqual([]);
  });
});
