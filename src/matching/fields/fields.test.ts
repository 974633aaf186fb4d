import { describe, expect, it } from 'vitest';
import { compareDates, parsePartialDate } from './dates.ts';
import { compareIdentifiers, icaoCheckDigit, normaliseIdentifier, sameDocumentNumber } from './identifiers.ts';

const d = parsePartialDate;

describe('dates of birth', () => {
  it('reads years, months and days, and refuses impossible dates', () => {
    expect(d('1980')).toEqual({ year: 1980 });
    expect(d('1980-02')).toEqual({ year: 1980, month: 2 });
    expect(d('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => d('2023-02-29')).toThrow(/not a calendar date/);
    expect(() => d('1980-13')).toThrow(/no month 13/);
    expect(() => d('12/03/1980')).toThrow(/not a date/);
    expect(() => d('0001-01-01')).toThrow(/plausible/);
  });

  it('grades agreement: exact, compatible, transposed, near, different', () => {
    expect(compareDates(d('1980-03-04'), d('1980-03-04'))).toBe('exact');
    expect(compareDates(d('1980'), d('1980-03-04'))).toBe('compatible');
    expect(compareDates(d('1980-03'), d('1980-03-04'))).toBe('compatible');
    expect(compareDates(d('1980-03-04'), d('1980-04-03'))).toBe('transposed');
    expect(compareDates(d('1980-03-04'), d('1981-03-04'))).toBe('near');
    expect(compareDates(d('1980-03-04'), d('1980-03-14'))).toBe('near');
    expect(compareDates(d('1980-03'), d('1979-03'))).toBe('near');
    expect(compareDates(d('1980-03-04'), d('1975-11-20'))).toBe('different');
    expect(compareDates(d('1980'), d('1984'))).toBe('different');
  });
});

describe('identifiers', () => {
  it('computes ICAO 9303 check digits (the specimen L898902C3 has 6)', () => {
    expect(icaoCheckDigit('L898902C3')).toBe(6);
    expect(icaoCheckDigit('740812')).toBe(2);
  });

  it('accepts a trailing check digit only when it verifies', () => {
    expect(sameDocumentNumber('L898902C3', 'L898902C36')).toBe(true);
    expect(sameDocumentNumber('L898902C3', 'L898902C35')).toBe(false);
    expect(sameDocumentNumber('L898902C3', 'L898902C4')).toBe(false);
  });

  it('compares within a family of schemes, folding separators and case', () => {
    const passport = normaliseIdentifier({ scheme: 'passport', value: 'l 898-902 c3' });
    const idCard = normaliseIdentifier({ scheme: 'id_card', value: 'L898902C3' });
    const national = normaliseIdentifier({ scheme: 'national_id', value: '123' });
    expect(compareIdentifiers([passport], [idCard])).toBe('same');
    expect(compareIdentifiers([passport], [normaliseIdentifier({ scheme: 'passport', value: 'X1' })])).toBe('different');
    expect(compareIdentifiers([passport], [national])).toBeUndefined();
  });
});
