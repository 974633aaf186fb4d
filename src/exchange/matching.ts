import type { StoredRecord } from '../model/record.ts';
import type { RecordSearch } from '../records/schema.ts';
import type { QueryCriteria } from './schema.ts';

/** The local search a partner's query runs: exact name words, identifiers folded. */
export function searchFor(criteria: QueryCriteria): RecordSearch {
  switch (criteria.recordType) {
    case 'person':
      return { type: 'person', name: criteria.name, dateOfBirth: criteria.dateOfBirth, mode: 'exact', limit: 20 };
    case 'document':
      return { type: 'document', number: criteria.number, limit: 20 };
    case 'vehicle':
      return { type: 'vehicle', plate: criteria.plate, vin: criteria.vin, limit: 20 };
  }
}

/**
 * How well a record matches the criteria, from 0 to 1. Persons: every name word
 * matched (the search requires it), then the date of birth decides — the same
 * full date 1.0, agreeing at a coarser precision 0.8, not compared 0.6.
 * Documents and vehicles match on the identifier itself: 1.0.
 */
export function matchQuality(criteria: QueryCriteria, record: StoredRecord): number {
  if (criteria.recordType !== 'person') return 1;
  const recorded = (record.data as { dateOfBirth?: string } | null)?.dateOfBirth;
  if (!criteria.dateOfBirth || !recorded) return 0.6;
  return criteria.dateOfBirth === recorded && recorded.length === 10 ? 1 : 0.8;
}
