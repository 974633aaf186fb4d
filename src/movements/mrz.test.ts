import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../core/random.ts';
import { alpha2Of, icaoPairs, isIcaoCode } from './country-codes.ts';
import { parseMrz } from './mrz.ts';
import { drawTraveller, mrzOf } from './synthetic.ts';

const TODAY = new Date('2026-11-28T09:00:00Z');
// ICAO 9303 specimens (fictional state Utopia, fictional holder).
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];

/** The lines with the character at (line, column) replaced. */
const change = (lines: string[], line: number, column: number, c: string) => lines.map((l, i) => (i === line ? l.slice(0, column) + c + l.slice(column + 1) : l));

describe('reading machine-readable zones (ICAO 9303)', () => {
  it('reads TD1, TD2 and TD3 specimens with every field valid', () => {
    for (const [lines, format, documentType] of [[TD1, 'TD1', 'id_card'], [TD2, 'TD2', 'id_card'], [TD3, 'TD3', 'passport']] as const) {
      const r = parseMrz(lines, TODAY);
      expect(r).toMatchObject({ format, documentType, valid: true, problems: [], issuingState: 'UTO', nationality: 'UTO', surname: 'ERIKSSON', givenNames: ['ANNA', 'MARIA'], dateOfBirth: '1974-08-12', sex: 'female', dateOfExpiry: '2012-04-15' });
      expect(r.raw).toBe(lines.join('\n'));
      expect(Object.values(r.fields).every((f) => f.valid)).toBe(true);
    }
    expect(parseMrz(TD3.join('\n'), TODAY).documentNumber).toBe('L898902C3');
    expect(parseMrz(TD1.join('\r\n'), TODAY).documentNumber).toBe('D23145890');
  });

  it('reads generated documents of many nationalities in every format as valid', () => {
    const rng = new SeededRandom(11);
    for (let i = 0; i < 200; i++) {
      const t = drawTraveller(rng);
      for (const format of ['TD1', 'TD2', 'TD3'] as const) {
        const r = parseMrz(mrzOf(t, format), TODAY);
        expect(r.problems).toEqual([]);
        expect(r).toMatchObject({ format, documentNumber: t.document.number, dateOfBirth: t.dateOfBirth, nationality: t.nationality, sex: t.sex });
      }
    }
  });

  it('reports each wrong check digit of a passport on its own field, never correcting the number', () => {
    const cases: [number, string, string][] = [
      [9, 'documentNumberCheckDigit', 'document number check digit is 7, computed 6'],
      [19, 'dateOfBirthCheckDigit', 'date of birth check digit is 3, computed 2'],
      [27, 'dateOfExpiryCheckDigit', 'date of expiry check digit is 0, computed 9'],
      [42, 'personalNumberCheckDigit', 'personal number check digit is 2, computed 1'],
      [43, 'compositeCheckDigit', 'composite check digit is 1, computed 0'],
    ];
    for (const [column, field, problem] of cases) {
      const wrong = (Number(TD3[1][column]) + 1) % 10;
      const r = parseMrz(change(TD3, 1, column, String(wrong)), TODAY);
      expect(r.valid).toBe(false);
      expect(r.fields[field as keyof typeof r.fields]).toMatchObject({ valid: false, problem });
      expect(r.problems[0]).toBe(problem);
      expect(r.documentNumber).toBe('L898902C3');
    }
  });

  it('reports wrong check digits of identity cards (TD1, TD2) per field', () => {
    const td1 = parseMrz(change(TD1, 0, 14, '3'), TODAY);
    expect(td1.problems).toEqual(['document number check digit is 3, computed 7', 'composite check digit is 6, computed 8']);
    expect(td1.documentNumber).toBe('D23145890');
    const td1Composite = parseMrz(change(TD1, 1, 29, '1'), TODAY);
    expect(td1Composite.problems).toEqual(['composite check digit is 1, computed 6']);
    const td2 = parseMrz(change(TD2, 1, 19, '0'), TODAY);
    expect(td2.fields.dateOfBirthCheckDigit).toMatchObject({ valid: false, problem: 'date of birth check digit is 0, computed 2' });
  });

  it('keeps a misread document number as printed: the check digit fails, nothing is guessed', () => {
    // An OCR reading B for 8 in the number: autocorrection would not apply anyway (alphanumeric field); the number stays as read.
    const r = parseMrz(change(TD3, 1, 8, 'B'), TODAY);
    expect(r.documentNumber).toBe('L898902CB');
    expect(r.problems).toContain('document number check digit is 6, computed 4');
    // A letter O in a date is not turned into a zero: the date is reported unreadable.
    const date = parseMrz(change(TD3, 1, 17, 'O'), TODAY);
    expect(date.dateOfBirth).toBeNull();
    expect(date.fields.dateOfBirth).toMatchObject({ raw: '7408O2', valid: false, problem: 'date of birth 7408O2 is not a date as YYMMDD' });
  });

  it('flags impossible dates, unknown states and sexes; accepts X and the specimen state', () => {
    const feb30 = parseMrz(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7402308F1204159ZE184226B<<<<<16'], TODAY);
    expect(feb30.fields.dateOfBirth).toMatchObject({ valid: false, problem: 'date of birth 740230 is not a calendar date' });
    const state = parseMrz(change(TD3, 0, 2, 'Q').map((l, i) => (i === 0 ? l.slice(0, 2) + 'QQQ' + l.slice(5) : l)), TODAY);
    expect(state.problems).toContain('issuing state "QQQ" is not an ICAO 9303 code');
    const sexX = parseMrz(change(TD3, 1, 20, 'X'), TODAY);
    expect(sexX).toMatchObject({ sex: 'unspecified', valid: true });
    const sexQ = parseMrz(change(TD3, 1, 20, 'Q'), TODAY);
    expect(sexQ.fields.sex).toMatchObject({ valid: false });
  });

  it('refuses input of the wrong shape or with illegal characters, saying what is wrong', () => {
    expect(() => parseMrz([TD3[0], TD3[1].slice(0, 43)], TODAY)).toThrow(/got 2 lines of 44, 43 characters/);
    expect(() => parseMrz([TD3[0]], TODAY)).toThrow(/got 1 line of 44 characters/);
    expect(() => parseMrz([...TD1.slice(0, 2)], TODAY)).toThrow(/3 lines of 30 characters \(TD1\)/);
    expect(() => parseMrz([...TD3, TD3[1]], TODAY)).toThrow(/got 3 lines/);
    expect(() => parseMrz('', TODAY)).toThrow(/got 0 lines/);
    expect(() => parseMrz(change(TD3, 0, 10, 'é'), TODAY)).toThrow(/line 1, position 11: "é" is not A–Z, 0–9 or </);
    expect(() => parseMrz(change(TD3, 1, 3, 'b'), TODAY)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => parseMrz(change(TD2, 0, 12, ' '), TODAY)).toThrow(/position 13/);
  });

  it('maps ICAO codes to ISO alpha-2 for the matcher', () => {
    expect(icaoPairs().every(([code]) => isIcaoCode(code))).toBe(true);
    expect([alpha2Of('DEU'), alpha2Of('D'), alpha2Of('GBN'), alpha2Of('UTO'), alpha2Of('XXA')]).toEqual(['DE', 'DE', 'GB', undefined, undefined]);
  });
});
