import type { IdentityDocumentData } from '../model/identity-document.ts';
import type { OrganisationData } from '../model/organisation.ts';
import type { PersonData } from '../model/person.ts';
import type { RecordContent } from '../model/record.ts';
import type { VehicleData } from '../model/vehicle.ts';

/** The kinds of search keys kept for records. */
export type SearchKeyKind = 'name' | 'dob' | 'document' | 'plate' | 'vin';

/** One key under which a record can be found. */
export interface SearchKey {
  kind: SearchKeyKind;
  key: string;
}

const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Folds a name for exact and prefix search: lower case, diacritics removed,
 * split into words of letters and digits. Scripts are kept as written: finding
 * a Cyrillic name from its Latin spelling is the matching engine's work.
 */
export function nameTokens(text: string): string[] {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDS[c] ?? c);
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Folds an identifier (document number, plate, VIN) to upper-case letters and digits. */
export function identifierKey(text: string): string {
  return text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function unique(keys: SearchKey[]): SearchKey[] {
  const seen = new Set<string>();
  return keys.filter((k) => {
    const id = `${k.kind}\u0000${k.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The search keys of a record, derived from its data. */
export function searchKeysOf(record: RecordContent): SearchKey[] {
  const keys: SearchKey[] = [];
  const names = (text: string | undefined) => {
    if (text) for (const token of nameTokens(text)) keys.push({ kind: 'name', key: token });
  };
  switch (record.type) {
    case 'person': {
      const data: PersonData = record.data;
      for (const name of data.names) {
        names(name.familyName);
        names(name.fullName);
        for (const given of name.givenNames) names(given);
      }
      if (data.dateOfBirth) keys.push({ kind: 'dob', key: data.dateOfBirth });
      break;
    }
    case 'document': {
      const data: IdentityDocumentData = record.data;
      keys.push({ kind: 'document', key: identifierKey(data.number) });
      break;
    }
    case 'vehicle': {
      const data: VehicleData = record.data;
      if (data.plate) keys.push({ kind: 'plate', key: identifierKey(data.plate) });
      if (data.vin) keys.push({ kind: 'vin', key: data.vin });
      break;
    }
    case 'organisation': {
      const data: OrganisationData = record.data;
      names(data.name);
      for (const alias of data.aliases) names(alias);
      break;
    }
    default:
      break;
  }
  return unique(keys);
}
