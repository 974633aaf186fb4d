import type { Queryable } from '../store/database.ts';

/** A biometric profile as stored: a DNA profile or a face template, attached to a record. */
export interface NewProfile {
  id: string;
  modality: 'dna' | 'face';
  recordId: string;
  /** DNA: reference or stain; face: template. */
  kind: string;
  /** DNA: `prum`; face: `<engine>@<version>`. */
  engine: string;
  data: Record<string, unknown>;
  createdBy: string;
  at: string;
}

/** Stores one biometric profile. */
export async function insertProfile(tx: Queryable, p: NewProfile): Promise<void> {
  await tx.query(
    `INSERT INTO biometric_profiles (id, modality, record_id, kind, engine, data, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [p.id, p.modality, p.recordId, p.kind, p.engine, JSON.stringify(p.data), p.createdBy, p.at],
  );
}

/** The record ids of live profiles on live records, by profile id. */
export async function recordsOfProfiles(tx: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ id: string; record_id: string }>(
    `SELECT p.id, p.record_id FROM biometric_profiles p JOIN records r ON r.id = p.record_id
     WHERE p.id = ANY($1::uuid[]) AND p.erased_at IS NULL AND r.erased_at IS NULL`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.record_id]));
}

/** A verification state of a biometric candidate. */
export type CandidateState = 'pending' | 'confirmed' | 'rejected';

/** A biometric hit given to a partner, waiting for (or past) an officer's verification. */
export interface Candidate {
  id: string;
  reference: string;
  modality: 'dna' | 'face';
  matcher: string;
  partner: string;
  agreement: string;
  profileId: string;
  recordId: string;
  query: Record<string, unknown>;
  scores: Record<string, unknown>;
  state: CandidateState;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  createdAt: string;
}

const CANDIDATE_COLUMNS = `id, reference, modality, matcher, partner, agreement, profile_id AS "profileId", record_id AS "recordId", query, scores, state,
  decided_by AS "decidedBy", decided_at AS "decidedAt", reason, created_at AS "createdAt"`;

/** Records a biometric hit given to a partner, pending verification. */
export async function insertCandidate(tx: Queryable, c: Omit<Candidate, 'state' | 'decidedBy' | 'decidedAt' | 'reason'>): Promise<void> {
  await tx.query(
    `INSERT INTO biometric_candidates (id, reference, modality, matcher, partner, agreement, profile_id, record_id, query, scores, state, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', $11)`,
    [c.id, c.reference, c.modality, c.matcher, c.partner, c.agreement, c.profileId, c.recordId, JSON.stringify(c.query), JSON.stringify(c.scores), c.createdAt],
  );
}

/**
 * The verification state of the candidate behind a hit reference, locked
 * against a decision until the caller's transaction ends (so a follow-up
 * written meanwhile is seen by the decision); undefined when the reference is
 * not a biometric hit.
 */
export async function candidateStateOf(tx: Queryable, reference: string): Promise<CandidateState | undefined> {
  const [row] = await tx.query<{ state: CandidateState }>('SELECT state FROM biometric_candidates WHERE reference = $1 FOR SHARE', [reference]);
  return row?.state;
}

/** One candidate, locked for a decision. */
export async function lockCandidate(tx: Queryable, id: string): Promise<Candidate | undefined> {
  const [row] = await tx.query<Candidate>(`SELECT ${CANDIDATE_COLUMNS} FROM biometric_candidates WHERE id = $1 FOR UPDATE`, [id]);
  return row;
}

/** Records an officer's decision on a candidate. */
export async function setCandidateDecision(tx: Queryable, id: string, state: CandidateState, by: string, at: string, reason: string): Promise<void> {
  await tx.query('UPDATE biometric_candidates SET state = $2, decided_by = $3, decided_at = $4, reason = $5 WHERE id = $1', [id, state, by, at, reason]);
}

/** Candidates, pending ones first, oldest first. */
export async function listCandidates(tx: Queryable, state: CandidateState | undefined, limit: number): Promise<Candidate[]> {
  return tx.query<Candidate>(
    `SELECT ${CANDIDATE_COLUMNS} FROM biometric_candidates WHERE ($1::text IS NULL OR state = $1) ORDER BY (state = 'pending') DESC, created_at, id LIMIT $2`,
    [state ?? null, limit],
  );
}

/** Counts of candidates by partner, matcher and state. */
export async function candidateCounts(tx: Queryable): Promise<{ partner: string; matcher: string; state: CandidateState; count: number }[]> {
  return tx.query(
    `SELECT partner, matcher, state, count(*)::int AS count FROM biometric_candidates GROUP BY partner, matcher, state ORDER BY partner, matcher, state`,
  );
}
