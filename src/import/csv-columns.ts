import type { FieldIssue } from '../core/errors.ts';
import { detectScript } from '../model/script.ts';

/** The kinds of records a CSV file can hold, one kind a file. */
export type CsvKind = 'persons' | 'documents' | 'vehicles';

const PROTECTION_COLUMNS = {
  category: 'protection.subjectCategory',
  source_reliability: 'protection.sourceReliability',
  information_accuracy: 'protection.informationAccuracy',
  handling_code: 'protection.handlingCode',
  tlp: 'protection.tlp',
  legal_basis: 'protection.legalBasis',
  review_by: 'protection.reviewBy',
  nature: 'protection.nature',
} as const;

/** The columns each kind of CSV understands, and the record field each fills. */
export const CSV_COLUMNS: Record<CsvKind, Record<string, string>> = {
  persons: {
    ...PROTECTION_COLUMNS,
    given_name: 'data.names.0.givenNames',
    family_name: 'data.names.0.familyName',
    full_name: 'data.names.0.fullName',
    alias: 'data.names.1',
    date_of_birth: 'data.dateOfBirth',
    place_of_birth: 'data.placeOfBirth.place',
    country_of_birth: 'data.placeOfBirth.country',
    gender: 'data.gender',
    nationality: 'data.nationalities',
  },
  documents: {
    ...PROTECTION_COLUMNS,
    document_type: 'data.documentType',
    number: 'data.number',
    issuing_state: 'data.issuingState',
    issued_on: 'data.issuedOn',
    valid_until: 'data.validUntil',
  },
  vehicles: {
    ...PROTECTION_COLUMNS,
    plate: 'data.plate',
    registration_country: 'data.registrationCountry',
    vin: 'data.vin',
    make: 'data.make',
    model: 'data.model',
    colour: 'data.colour',
  },
};

/** Guesses the kind of a CSV file from its header: documents have `number`, vehicles `plate` or `vin`. */
export function guessCsvKind(header: string[]): CsvKind {
  if (header.includes('number') && header.includes('issuing_state')) return 'documents';
  if (header.includes('plate') || header.includes('vin')) return 'vehicles';
  return 'persons';
}

/** Names every header column the kind does not understand. */
export function checkHeader(kind: CsvKind, header: string[]): FieldIssue[] {
  const known = CSV_COLUMNS[kind];
  const issues: FieldIssue[] = header
    .filter((column) => !(column in known))
    .map((column) => ({ line: 1, path: column, message: `unknown column for ${kind}; known columns: ${Object.keys(known).join(', ')}` }));
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) issues.push({ line: 1, path: column, message: 'column appears twice' });
    seen.add(column);
  }
  return issues;
}

/** Maps a record field path from validation back to the CSV column it came from. */
export function columnOf(kind: CsvKind, path: string): string {
  if (/^data\.names\.[1-9]/.test(path)) return 'alias';
  if (path === 'data.names' || path === 'data.names.0') return 'given_name/family_name/full_name';
  let best = '';
  for (const [column, field] of Object.entries(CSV_COLUMNS[kind])) {
    if ((path === field || path.startsWith(field + '.')) && field.length > (CSV_COLUMNS[kind][best]?.length ?? -1)) best = column;
  }
  return best || path;
}

const list = (value: string | undefined) =>
  value
    ?.split(/[;|]/)
    .map((v) => v.trim())
    .filter(Boolean);

const GENDERS: Record<string, string> = { f: 'female', m: 'male', x: 'other', u: 'unknown' };

function protectionOf(row: Record<string, string | undefined>, defaults: Record<string, unknown>): Record<string, unknown> {
  const accuracy = row.information_accuracy;
  return {
    ...defaults,
    ...(row.category && { subjectCategory: row.category }),
    ...(row.source_reliability && { sourceReliability: row.source_reliability.toUpperCase() }),
    ...(accuracy && { informationAccuracy: /^\d+$/.test(accuracy) ? Number(accuracy) : accuracy }),
    ...(row.handling_code && { handlingCode: row.handling_code.toUpperCase() }),
    ...(row.tlp && { tlp: row.tlp.toUpperCase().replace(/^TLP:/, '') }),
    ...(row.legal_basis && { legalBasis: row.legal_basis }),
    ...(row.review_by && { reviewBy: row.review_by }),
    ...(row.nature && { nature: row.nature }),
  };
}

/** Builds the record input of one CSV row; validation happens afterwards against the record schema. */
export function recordFromCsvRow(kind: CsvKind, row: Record<string, string | undefined>, defaults: Record<string, unknown>): unknown {
  const protection = protectionOf(row, defaults);
  switch (kind) {
    case 'persons': {
      const written = [row.full_name, row.given_name, row.family_name].filter(Boolean).join(' ');
      const primary = {
        kind: 'primary',
        givenNames: list(row.given_name?.replace(/\s+/g, ';')) ?? [],
        ...(row.family_name && { familyName: row.family_name }),
        ...(row.full_name && { fullName: row.full_name }),
        script: detectScript(written),
      };
      const aliases = (list(row.alias) ?? []).map((alias) => ({ kind: 'alias', fullName: alias, script: detectScript(alias) }));
      const gender = row.gender?.toLowerCase();
      return {
        type: 'person',
        protection,
        data: {
          names: [primary, ...aliases],
          ...(row.date_of_birth && { dateOfBirth: row.date_of_birth }),
          ...((row.place_of_birth || row.country_of_birth) && {
            placeOfBirth: { ...(row.place_of_birth && { place: row.place_of_birth }), ...(row.country_of_birth && { country: row.country_of_birth.toUpperCase() }) },
          }),
          ...(gender && { gender: GENDERS[gender] ?? gender }),
          nationalities: (list(row.nationality) ?? []).map((n) => n.toUpperCase()),
        },
      };
    }
    case 'documents':
      return {
        type: 'document',
        protection,
        data: {
          documentType: row.document_type,
          number: row.number,
          issuingState: row.issuing_state?.toUpperCase(),
          ...(row.issued_on && { issuedOn: row.issued_on }),
          ...(row.valid_until && { validUntil: row.valid_until }),
        },
      };
    case 'vehicles':
      return {
        type: 'vehicle',
        protection,
        data: {
          ...(row.plate && { plate: row.plate }),
          ...(row.registration_country && { registrationCountry: row.registration_country.toUpperCase() }),
          ...(row.vin && { vin: row.vin.toUpperCase() }),
          ...(row.make && { make: row.make }),
          ...(row.model && { model: row.model }),
          ...(row.colour && { colour: row.colour }),
        },
      };
  }
}
