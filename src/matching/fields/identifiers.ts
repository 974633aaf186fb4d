import type { IdentifierInput } from '../record.ts';

/** An identifier folded for comparison: upper-case letters and digits, scheme folded to its family. */
export interface NormalisedIdentifier {
  family: 'document' | 'national' | 'other';
  value: string;
}

const DOCUMENT_SCHEMES = new Set(['passport', 'id_card', 'identity_card', 'travel_document', 'residence_permit', 'driving_licence', 'visa', 'document']);
const NATIONAL_SCHEMES = new Set(['national_id', 'ssn', 'tax_id', 'personal_number', 'pin']);

/** Folds an identifier: separators removed, upper case; its scheme to `document`, `national` or `other`. */
export function normaliseIdentifier(id: IdentifierInput): NormalisedIdentifier {
  const scheme = id.scheme.toLowerCase().replace(/[^a-z]+/g, '_');
  const family = DOCUMENT_SCHEMES.has(scheme) ? 'document' : NATIONAL_SCHEMES.has(scheme) ? 'national' : 'other';
  return { family, value: id.value.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '') };
}

const WEIGHTS = [7, 3, 1];

/** The ICAO Doc 9303 check digit of a machine-readable field (weights 7-3-1; A=10 … Z=35; `<` = 0). */
export function icaoCheckDigit(field: string): number {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += value * WEIGHTS[i % 3]!;
  }
  return sum % 10;
}

/** Levels of an identifier comparison. */
export const IDENTIFIER_LEVELS = ['same', 'different'] as const;
export type IdentifierLevel = (typeof IDENTIFIER_LEVELS)[number];

/**
 * Whether two document numbers are the same: equal once folded, or equal but
 * for a trailing ICAO check digit on one of them that verifies. A check digit
 * that does not verify is never stripped: the numbers then differ.
 */
export function sameDocumentNumber(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.startsWith(short) && Number(long.at(-1)) === icaoCheckDigit(short) && /\d$/.test(long);
}

/**
 * Compares the identifiers of two persons within the same family of schemes:
 * `same` when one value is shared, `different` when both have identifiers of a
 * family and none is shared, undefined when no family is present on both sides.
 */
export function compareIdentifiers(a: readonly NormalisedIdentifier[], b: readonly NormalisedIdentifier[]): IdentifierLevel | undefined {
  let comparable = false;
  for (const x of a) {
    for (const y of b) {
      if (x.family !== y.family) continue;
      comparable = true;
      if (x.family === 'document' ? sameDocumentNumber(x.value, y.value) : x.value === y.value) return 'same';
    }
  }
  return comparable ? 'different' : undefined;
}
