import { invalidInput, LiaisonError } from '../core/errors.ts';
import { parsePartialDate, type PartialDate } from './fields/dates.ts';
import { normaliseIdentifier, type NormalisedIdentifier } from './fields/identifiers.ts';
import { nameText, parseName, type ParsedName } from './names/parse-name.ts';
import { wordFeatures } from './names/word-features.ts';
import type { MatchRecord } from './record.ts';

/** A record with everything the comparisons need computed once: parsed names, dates, folded identifiers. */
export interface PreparedRecord {
  readonly id: string;
  readonly names: readonly ParsedName[];
  readonly dateOfBirth?: PartialDate;
  readonly gender?: 'female' | 'male' | 'other';
  readonly nationalities: readonly string[];
  /** The Latin spelling of the place of birth, words joined by spaces. */
  readonly placeOfBirth?: string;
  readonly identifiers: readonly NormalisedIdentifier[];
  /** The Latin spelling of the address, words joined by spaces. */
  readonly address?: string;
}

const MAX_NAMES = 20;

function latinText(text: string): string | undefined {
  const words = text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const spelled = words.map((w) => (/^\p{N}+$/u.test(w) ? w : (wordFeatures(w).spellings[0] ?? ''))).filter(Boolean);
  return spelled.length ? spelled.join(' ') : undefined;
}

/** Adds the field to an error's message: `names[1]: the name is empty`. */
function within<T>(field: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof LiaisonError) throw invalidInput(`${field}: ${error.message}`, [{ path: field, message: error.message }]);
    throw error;
  }
}

/**
 * Prepares a record for matching. Refuses bad input with an `invalid_input`
 * error naming the field — a record is never scored on a silently wrong reading.
 */
export function prepareRecord(record: MatchRecord): PreparedRecord {
  if (record.names.length === 0) throw invalidInput('the record has no name', [{ path: 'names', message: 'required' }]);
  const names = record.names.slice(0, MAX_NAMES).map((name, i) => within(`names[${i}]`, () => parseName(nameText(name))));
  const gender = record.gender === 'female' || record.gender === 'male' || record.gender === 'other' ? record.gender : undefined;
  const placeOfBirth = record.placeOfBirth ? latinText(record.placeOfBirth) : undefined;
  const address = record.address ? latinText(record.address) : undefined;
  return {
    id: record.id,
    names,
    ...(record.dateOfBirth?.trim() && { dateOfBirth: within('dateOfBirth', () => parsePartialDate(record.dateOfBirth!)) }),
    ...(gender && { gender }),
    nationalities: (record.nationalities ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean),
    ...(placeOfBirth && { placeOfBirth }),
    identifiers: (record.identifiers ?? []).map(normaliseIdentifier).filter((i) => i.value.length > 0),
    ...(address && { address }),
  };
}

/**
 * Prepares a record, naming the fields of a refusal as the caller's input
 * names them: `fields` maps the matcher's paths (`names[1]`, `names`,
 * `dateOfBirth`) to the caller's (a CSV column, a request field).
 */
export function prepareRecordAs(record: MatchRecord, fields: Partial<Record<string, string>>): PreparedRecord {
  try {
    return prepareRecord(record);
  } catch (error) {
    if (!(error instanceof LiaisonError)) throw error;
    const issue = error.issues[0];
    const path = issue?.path ?? '';
    const field = fields[path] ?? fields[path.replace(/\[\d+\]$/, '')] ?? path;
    const reason = issue?.message ?? error.message;
    throw invalidInput(`${field}: ${reason}`, [{ path: field, message: reason }]);
  }
}
