import { screeningFor } from '../matching/screening.ts';
import { prepareRecord, type PreparedRecord } from '../matching/prepare.ts';
import type { RecordSearch } from '../records/schema.ts';
import { matchRecords } from '../records/service.ts';
import type { Database, Queryable } from '../store/database.ts';
import type { QueryCriteria } from './schema.ts';

/** The exact local search for criteria: identifiers folded; persons by every name word (alerts use it for their key search). */
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

/** A person query prepared for the matcher; a name it cannot read (empty, mixed scripts…) is an `invalid_input` error saying why. */
export function personQuery(criteria: Extract<QueryCriteria, { recordType: 'person' }>): PreparedRecord {
  return prepareRecord({ id: 'query', names: [{ full: criteria.name }], ...(criteria.dateOfBirth && { dateOfBirth: criteria.dateOfBirth }) });
}

/** A local record matching a partner's query, with the quality of the match (0–1). */
export interface LocalMatch {
  id: string;
  quality: number;
}

/**
 * The node's records matching a partner's hit/no-hit query, best first.
 * Persons are screened by the matcher — across scripts, spellings, word order
 * and partial dates — and a candidate counts at or above its default
 * threshold, its score the quality. Documents and vehicles match on the folded
 * identifier itself: quality 1.
 */
export async function findMatches(db: Database, tx: Queryable, criteria: QueryCriteria, now: string): Promise<LocalMatch[]> {
  if (criteria.recordType !== 'person') return (await matchRecords(tx, searchFor(criteria))).map((r) => ({ id: r.id, quality: 1 }));
  const query = personQuery(criteria);
  const screening = screeningFor(db);
  await screening.sync(tx);
  return screening.screen(query, { top: 20, alerts: false, now }).map((c) => ({ id: c.id, quality: c.score }));
}
