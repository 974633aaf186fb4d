import { createHash } from 'node:crypto';
import { findBiometricCandidates, FACE_CANDIDATE_THRESHOLD, type BiometricHit } from '../biometrics/service.ts';
import { screeningFor } from '../matching/screening.ts';
import { prepareRecord, type PreparedRecord } from '../matching/prepare.ts';
import type { RecordSearch } from '../records/schema.ts';
import { matchRecords } from '../records/service.ts';
import type { Database, Queryable } from '../store/database.ts';
import type { QueryCriteria, RecordCriteria } from './schema.ts';

/** The exact local search for criteria: identifiers folded; persons by every name word (alerts use it for their key search). */
export function searchFor(criteria: RecordCriteria): RecordSearch {
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
 * Criteria as the audit log keeps them: a face template by its engine and a
 * digest of its vector (the vector itself says nothing to a reader of the log
 * and is large); everything else as asked.
 */
export function auditedCriteria(criteria: QueryCriteria): Record<string, unknown> {
  if (criteria.recordType !== 'face') return criteria;
  const { engine, engineVersion, vector } = criteria.template;
  return { recordType: 'face', engine, engineVersion, dimensions: vector.length, vectorSha256: createHash('sha256').update(JSON.stringify(vector)).digest('hex') };
}

/** A person query prepared for the matcher; a name it cannot read (empty, mixed scripts…) is an `invalid_input` error saying why. */
export function personQuery(criteria: Extract<QueryCriteria, { recordType: 'person' }>): PreparedRecord {
  return prepareRecord({ id: 'query', names: [{ full: criteria.name }], ...(criteria.dateOfBirth && { dateOfBirth: criteria.dateOfBirth }) });
}

/** A local record matching a partner's query, with the quality of the match (0–1); a biometric hit also names the profile and its scores. */
export interface LocalMatch {
  id: string;
  quality: number;
  biometric?: BiometricHit;
}

/**
 * The node's records matching a partner's hit/no-hit query, best first.
 * Persons are screened by the matcher — across scripts, spellings, word order
 * and partial dates — and a candidate counts at or above its default
 * threshold, its score the quality. Documents and vehicles match on the folded
 * identifier itself: quality 1. DNA profiles match under the Prüm rules (full
 * matches first), face templates at or above the candidate threshold; each is
 * a candidate for an officer to verify, and the record is the one the profile
 * belongs to.
 */
export async function findMatches(db: Database, tx: Queryable, criteria: QueryCriteria, now: string): Promise<LocalMatch[]> {
  switch (criteria.recordType) {
    case 'person': {
      const query = personQuery(criteria);
      const screening = screeningFor(db);
      await screening.sync(tx);
      return screening.screen(query, { top: 20, alerts: false, now }).map((c) => ({ id: c.id, quality: c.score }));
    }
    case 'dna':
    case 'face': {
      const hits = await findBiometricCandidates(
        db,
        tx,
        criteria.recordType === 'dna' ? { modality: 'dna', profile: criteria.profile } : { modality: 'face', template: criteria.template, minSimilarity: FACE_CANDIDATE_THRESHOLD },
      );
      return hits.map((hit) => ({ id: hit.recordId, quality: hit.quality, biometric: hit }));
    }
    default:
      return (await matchRecords(tx, searchFor(criteria))).map((r) => ({ id: r.id, quality: 1 }));
  }
}
