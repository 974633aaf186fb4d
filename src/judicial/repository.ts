import type { Queryable } from '../store/database.ts';

/** A judicial request as stored, on either side. */
export interface StoredRequest {
  id: string;
  reference: string;
  type: string;
  direction: 'outgoing' | 'incoming' | 'internal';
  issuingNode: string;
  executingNode: string | null;
  agreement: string | null;
  purpose: string;
  issuingAuthority: string;
  executingAuthority: string | null;
  caseId: string | null;
  subjectId: string | null;
  offence: Record<string, unknown>;
  /** The assessment of thresholds and dual criminality made on this side (see criminality/assess.ts). */
  criminality: object | null;
  content: Record<string, unknown>;
  terms: Record<string, unknown>;
  stage: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** The executing node's acknowledgement: accepted or not, when, why, and its verification of the bundle. */
  transmission: Transmission | null;
}

/** What the executing node answered when the request reached it. */
export interface Transmission {
  accepted: boolean;
  receivedAt: string;
  reasons: string[];
  problems: string[];
  manifestDigest?: string;
}

/** One recorded step of a request. */
export interface StoredEvent {
  seq: number;
  event: Record<string, unknown> & { type: string };
  stageAfter: string;
  recordedBy: string;
  sourceNode: string;
  recordedAt: string;
  bundleId: string | null;
}

/** A signed document bundle kept with a request, with this node's verification of it. */
export interface StoredBundle {
  id: string;
  requestId: string;
  bundle: Record<string, unknown>;
  manifestDigest: string;
  verification: Record<string, unknown>;
  sourceNode: string;
  createdAt: string;
}

const REQUEST_COLUMNS = `id, reference, type, direction, issuing_node AS "issuingNode", executing_node AS "executingNode", agreement, purpose,
  issuing_authority AS "issuingAuthority", executing_authority AS "executingAuthority", case_id AS "caseId", subject_id AS "subjectId",
  offence, criminality, content, terms, stage, created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt", transmission`;

/** Inserts a request. */
export async function insertRequest(tx: Queryable, r: StoredRequest): Promise<void> {
  await tx.query(
    `INSERT INTO judicial_requests (id, reference, type, direction, issuing_node, executing_node, agreement, purpose, issuing_authority, executing_authority,
       case_id, subject_id, offence, criminality, content, terms, stage, created_by, created_at, updated_at, transmission)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)`,
    [
      r.id, r.reference, r.type, r.direction, r.issuingNode, r.executingNode, r.agreement, r.purpose, r.issuingAuthority, r.executingAuthority,
      r.caseId, r.subjectId, JSON.stringify(r.offence), r.criminality && JSON.stringify(r.criminality), JSON.stringify(r.content), JSON.stringify(r.terms),
      r.stage, r.createdBy, r.createdAt, r.updatedAt, r.transmission && JSON.stringify(r.transmission),
    ],
  );
}

/** The request with this id, locked for update when asked. */
export async function findRequest(tx: Queryable, id: string, forUpdate = false): Promise<StoredRequest | null> {
  const rows = await tx.query<StoredRequest>(`SELECT ${REQUEST_COLUMNS} FROM judicial_requests WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] ?? null;
}

/** The id of the request `issuingNode` issued under `reference`, if this node has it. */
export async function requestIdByReference(tx: Queryable, issuingNode: string, reference: string): Promise<string | null> {
  const rows = await tx.query<{ id: string }>('SELECT id FROM judicial_requests WHERE issuing_node = $1 AND reference = $2', [issuingNode, reference]);
  return rows[0]?.id ?? null;
}

/** Requests matching the filters (`open`: only open ones, or with false only closed ones), newest first: at most `limit` (1000 unless given; null: all, for statistics). */
export async function listRequests(
  tx: Queryable,
  filter: { type?: string; partner?: string; stage?: string; caseId?: string; open?: boolean; closedStages: readonly string[]; limit?: number | null },
): Promise<StoredRequest[]> {
  return tx.query<StoredRequest>(
    `SELECT ${REQUEST_COLUMNS} FROM judicial_requests
     WHERE ($1::text IS NULL OR type = $1) AND ($2::text IS NULL OR issuing_node = $2 OR executing_node = $2)
       AND ($3::text IS NULL OR stage = $3) AND ($4::uuid IS NULL OR case_id = $4)
       AND ($5::boolean IS NULL OR (stage = ANY($6::text[])) <> $5)
     ORDER BY created_at DESC, id LIMIT $7::integer`,
    [filter.type ?? null, filter.partner ?? null, filter.stage ?? null, filter.caseId ?? null, filter.open ?? null, filter.closedStages, filter.limit === undefined ? 1000 : filter.limit],
  );
}

/** Sets a request's stage after an event. */
export async function updateStage(tx: Queryable, id: string, stage: string, at: string): Promise<void> {
  await tx.query('UPDATE judicial_requests SET stage = $2, updated_at = $3 WHERE id = $1', [id, stage, at]);
}

/** Records the executing node's acknowledgement (and, when it refused the request, the stage that says so). */
export async function recordTransmission(tx: Queryable, id: string, transmission: Transmission, stage: string | null, at: string): Promise<void> {
  await tx.query('UPDATE judicial_requests SET transmission = $2, stage = COALESCE($3, stage), updated_at = $4 WHERE id = $1', [id, JSON.stringify(transmission), stage, at]);
}

/** Appends an event as the next in the request's sequence. */
export async function insertEvent(tx: Queryable, requestId: string, e: Omit<StoredEvent, 'seq'>): Promise<number> {
  const rows = await tx.query<{ seq: number }>(
    `INSERT INTO judicial_events (request_id, seq, event, stage_after, recorded_by, source_node, recorded_at, bundle_id)
     SELECT $1, COALESCE(MAX(seq), 0) + 1, $2, $3, $4, $5, $6, $7 FROM judicial_events WHERE request_id = $1
     RETURNING seq`,
    [requestId, JSON.stringify(e.event), e.stageAfter, e.recordedBy, e.sourceNode, e.recordedAt, e.bundleId],
  );
  return rows[0].seq;
}

/** The events of a request in the order they were recorded. */
export async function eventsOf(tx: Queryable, requestId: string): Promise<StoredEvent[]> {
  return tx.query<StoredEvent>(
    `SELECT seq, event, stage_after AS "stageAfter", recorded_by AS "recordedBy", source_node AS "sourceNode", recorded_at AS "recordedAt", bundle_id AS "bundleId"
     FROM judicial_events WHERE request_id = $1 ORDER BY seq`,
    [requestId],
  );
}

/** Events of many requests, for statistics. */
export async function eventsOfRequests(tx: Queryable, requestIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
  const rows = await tx.query<StoredEvent & { requestId: string }>(
    `SELECT request_id AS "requestId", seq, event, stage_after AS "stageAfter", recorded_by AS "recordedBy", source_node AS "sourceNode",
       recorded_at AS "recordedAt", bundle_id AS "bundleId"
     FROM judicial_events WHERE request_id = ANY($1::uuid[]) ORDER BY request_id, seq`,
    [requestIds],
  );
  const byRequest = new Map<string, StoredEvent[]>();
  for (const { requestId, ...event } of rows) byRequest.set(requestId, [...(byRequest.get(requestId) ?? []), event]);
  return byRequest;
}

/** Keeps a bundle with its verification. */
export async function insertBundle(tx: Queryable, b: StoredBundle): Promise<void> {
  await tx.query(
    `INSERT INTO judicial_bundles (id, request_id, bundle, manifest_digest, verification, source_node, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [b.id, b.requestId, JSON.stringify(b.bundle), b.manifestDigest, JSON.stringify(b.verification), b.sourceNode, b.createdAt],
  );
}

/** Whether a bundle with this id is kept here (with any request). */
export async function bundleExists(tx: Queryable, id: string): Promise<boolean> {
  return (await tx.query('SELECT 1 FROM judicial_bundles WHERE id = $1', [id])).length > 0;
}

/** The bundles of a request, oldest first. */
export async function bundlesOf(tx: Queryable, requestId: string): Promise<StoredBundle[]> {
  return tx.query<StoredBundle>(
    `SELECT id, request_id AS "requestId", bundle, manifest_digest AS "manifestDigest", verification, source_node AS "sourceNode", created_at AS "createdAt"
     FROM judicial_bundles WHERE request_id = $1 ORDER BY created_at, id`,
    [requestId],
  );
}
