import { parse, type Details, type FieldName } from 'mrz';
import { invalidInput } from '../core/errors.ts';
import { isPartialDate } from '../model/primitives.ts';
import { isIcaoCode } from './country-codes.ts';

/** The ICAO 9303 formats read: identity cards (TD1: 3×30, TD2: 2×36) and passports (TD3: 2×44). */
export type MrzFormat = 'TD1' | 'TD2' | 'TD3';

/** The fields of an MRZ whose validity is reported one by one. */
export type MrzField =
  | 'documentCode'
  | 'issuingState'
  | 'documentNumber'
  | 'documentNumberCheckDigit'
  | 'dateOfBirth'
  | 'dateOfBirthCheckDigit'
  | 'sex'
  | 'dateOfExpiry'
  | 'dateOfExpiryCheckDigit'
  | 'nationality'
  | 'optionalData'
  | 'optionalData2'
  | 'personalNumber'
  | 'personalNumberCheckDigit'
  | 'compositeCheckDigit'
  | 'surname'
  | 'givenNames';

/** One field as read: its characters in the MRZ, whether it is valid, and why not. */
export interface MrzFieldReading {
  raw: string;
  valid: boolean;
  problem?: string;
}

/** The kind of document an MRZ belongs to, from its document code. */
export type MrzDocumentType = 'passport' | 'id_card' | 'visa' | 'other';

/**
 * An MRZ as read: the raw lines, the fields (as printed: the document number is
 * never corrected), the validity of every field, and every problem in words.
 */
export interface MrzReading {
  format: MrzFormat;
  /** The lines joined by `\n`. */
  raw: string;
  documentType: MrzDocumentType;
  documentCode: string;
  /** ICAO 9303 code as written (`D` for Germany, `UTO` for the specimen state). */
  issuingState: string;
  /** As printed in the MRZ, check digit not applied: a wrong check digit is reported, never "fixed". */
  documentNumber: string;
  surname: string;
  givenNames: string[];
  nationality: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the MRZ leaves day or month unknown (`<<`); null when unreadable. */
  dateOfBirth: string | null;
  sex: 'female' | 'male' | 'unspecified' | null;
  dateOfExpiry: string | null;
  /** The optional data elements (TD1 has two: line 1 and line 2), joined by a space. */
  optionalData: string;
  fields: Partial<Record<MrzField, MrzFieldReading>>;
  valid: boolean;
  problems: string[];
}

/** The package's field names, as this module names them, with the words used in problems. */
const FIELDS: Partial<Record<FieldName, [MrzField, string]>> = {
  documentCode: ['documentCode', 'document code'],
  issuingState: ['issuingState', 'issuing state'],
  documentNumber: ['documentNumber', 'document number'],
  documentNumberCheckDigit: ['documentNumberCheckDigit', 'document number check digit'],
  optional1: ['optionalData', 'optional data'],
  optional: ['optionalData', 'optional data'],
  birthDate: ['dateOfBirth', 'date of birth'],
  birthDateCheckDigit: ['dateOfBirthCheckDigit', 'date of birth check digit'],
  sex: ['sex', 'sex'],
  expirationDate: ['dateOfExpiry', 'date of expiry'],
  expirationDateCheckDigit: ['dateOfExpiryCheckDigit', 'date of expiry check digit'],
  nationality: ['nationality', 'nationality'],
  optional2: ['optionalData2', 'optional data of line 2'],
  personalNumber: ['personalNumber', 'personal number'],
  personalNumberCheckDigit: ['personalNumberCheckDigit', 'personal number check digit'],
  compositeCheckDigit: ['compositeCheckDigit', 'composite check digit'],
  lastName: ['surname', 'surname'],
  firstName: ['givenNames', 'given names'],
};

const LAYOUTS: Record<number, { format: MrzFormat; lines: number }> = { 30: { format: 'TD1', lines: 3 }, 36: { format: 'TD2', lines: 2 }, 44: { format: 'TD3', lines: 2 } };

/** Splits and checks the lines: 3×30, 2×36 or 2×44 characters of A–Z, 0–9 and `<`; anything else is an `invalid_input` error saying what. */
function mrzLines(input: string | readonly string[]): { lines: string[]; format: MrzFormat } {
  const lines = (typeof input === 'string' ? input.split(/\r?\n/) : [...input]).map((l) => l.trim()).filter((l) => l.length > 0);
  const shape = `${lines.length} line${lines.length === 1 ? '' : 's'} of ${lines.map((l) => l.length).join(', ') || 0} characters`;
  const expected = 'an MRZ has 3 lines of 30 characters (TD1), or 2 lines of 36 (TD2) or 44 (TD3)';
  const layout = LAYOUTS[lines[0]?.length ?? 0];
  if (!layout || lines.length !== layout.lines || lines.some((l) => l.length !== lines[0].length)) {
    throw invalidInput(`${expected}; got ${shape}`, [{ path: 'mrz', message: `${expected}; got ${shape}` }]);
  }
  const issues = lines.flatMap((line, i) => {
    const bad = [...line].findIndex((c) => !/[A-Z0-9<]/.test(c));
    return bad < 0 ? [] : [{ path: 'mrz', message: `line ${i + 1}, position ${bad + 1}: ${JSON.stringify(line[bad])} is not A–Z, 0–9 or <` }];
  });
  if (issues.length > 0) throw invalidInput(`the MRZ holds characters other than A–Z, 0–9 and <: ${issues.map((i) => i.message).join('; ')}`, issues);
  return { lines, format: layout.format };
}

/** `YYMMDD` (with `<<` for an unknown month or day) as a date: the century from `today` for births, the next 50 years for expiries. */
function mrzDate(raw: string, kind: 'birth' | 'expiry', today: Date): { value: string | null; problem?: string } {
  if (!/^\d{2}(\d{2}|<<)(\d{2}|<<)$/.test(raw) || (raw.slice(2, 4) === '<<' && raw.slice(4) !== '<<')) return { value: null, problem: `${raw} is not a date as YYMMDD` };
  const yy = Number(raw.slice(0, 2));
  const year = today.getUTCFullYear();
  let full = 2000 + yy;
  if (kind === 'birth' && full > year) full -= 100;
  if (kind === 'expiry' && full > year + 50) full -= 100;
  const parts = [String(full), raw.slice(2, 4), raw.slice(4, 6)].filter((p) => p !== '<<');
  const value = parts.join('-');
  return isPartialDate(value) ? { value } : { value: null, problem: `${raw} is not a calendar date` };
}

/** Why a check digit failed, in the words of the brief: "document number check digit is 3, computed 7". */
function checkDigitProblem(label: string, detail: Details): string {
  const m = /invalid check digit:? (\S)\.? Must be (\d)/i.exec(detail.error ?? '');
  return m ? `${label} is ${m[1]}, computed ${m[2]}` : `${label}: ${detail.error ?? 'invalid'}`;
}

function documentTypeOf(code: string): MrzDocumentType {
  if (code.startsWith('P')) return 'passport';
  if (code.startsWith('V')) return 'visa';
  if (/^[ACI]/.test(code)) return 'id_card';
  return 'other';
}

/**
 * Reads an ICAO 9303 machine-readable zone (TD1, TD2 or TD3) with the `mrz`
 * package, autocorrection off: every field keeps what is printed, and every
 * invalid field — a check digit that does not verify, an impossible date, an
 * unknown state — is reported on its own, never corrected. Lines of the wrong
 * number or length, or characters other than A–Z, 0–9 and `<`, are an
 * `invalid_input` error. Sex `X` (ICAO 9303, 8th edition) reads as unspecified,
 * and the specimen state `UTO` as a known state.
 *
 * @example parseMrz('I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<').valid // true
 */
export function parseMrz(input: string | readonly string[], today: Date = new Date()): MrzReading {
  const { lines, format } = mrzLines(input);
  const result = parse(lines, { autocorrect: false });
  if (result.format !== format) {
    throw invalidInput(`the MRZ reads as ${result.format.replace(/_/g, ' ').toLowerCase()}, not as an ICAO 9303 ${format} document`, [{ path: 'mrz', message: `not an ICAO 9303 ${format} document` }]);
  }
  const fields: Partial<Record<MrzField, MrzFieldReading>> = {};
  const values: Partial<Record<MrzField, string | null>> = {};
  for (const detail of result.details) {
    const known = detail.field ? FIELDS[detail.field] : undefined;
    if (!known) continue;
    const [field, label] = known;
    const raw = detail.ranges[0] ? lines[detail.ranges[0].line].slice(detail.ranges[0].start, detail.ranges[0].end) : '';
    let valid = detail.valid;
    let value = detail.value;
    let problem: string | undefined;
    if (field === 'issuingState' || field === 'nationality') {
      const code = raw.replace(/<+$/, '');
      valid = isIcaoCode(code);
      value = code;
      if (!valid) problem = `${label} ${JSON.stringify(code)} is not an ICAO 9303 code`;
    } else if (field === 'sex' && raw === 'X') {
      valid = true;
      value = 'unspecified';
    } else if (field === 'dateOfBirth' || field === 'dateOfExpiry') {
      const date = mrzDate(raw, field === 'dateOfBirth' ? 'birth' : 'expiry', today);
      valid = date.value !== null;
      value = date.value;
      if (date.problem) problem = `${label} ${date.problem}`;
    } else if (!valid) {
      problem = field.endsWith('CheckDigit') ? checkDigitProblem(label, detail) : `${label}: ${detail.error ?? 'invalid'}`;
    }
    fields[field] = { raw, valid, ...(problem && { problem }) };
    values[field] = value;
  }
  const problems = Object.values(fields).flatMap((f) => (f.problem ? [f.problem] : []));
  const documentCode = (values.documentCode ?? lines[0].slice(0, 2)).replace(/<+$/, '');
  const sex = values.sex === 'male' || values.sex === 'female' ? values.sex : values.sex === 'nonspecified' || values.sex === 'unspecified' ? 'unspecified' : null;
  return {
    format,
    raw: lines.join('\n'),
    documentType: documentTypeOf(documentCode),
    documentCode,
    issuingState: values.issuingState ?? '',
    documentNumber: result.fields.documentNumber ?? values.documentNumber ?? (fields.documentNumber?.raw ?? '').replace(/</g, ''),
    surname: values.surname ?? '',
    givenNames: (values.givenNames ?? '').split(' ').filter(Boolean),
    nationality: values.nationality ?? '',
    dateOfBirth: values.dateOfBirth ?? null,
    sex,
    dateOfExpiry: values.dateOfExpiry ?? null,
    optionalData: [values.optionalData, values.optionalData2].filter(Boolean).join(' '),
    fields,
    valid: problems.length === 0,
    problems,
  };
}
