import type { Protection } from '../model/protection.ts';
import type { RecordType, StoredRecord } from '../model/record.ts';
import type { Queryable } from '../store/database.ts';
import type { SearchKey } from './search-keys.ts';

/** A record ready to be written. */
export interface RecordRow {
  id: string;
  type: RecordType;
  protection: Protection;
  data: Record<string, unknown>;
  keys: SearchKey[];
}

interface SelectedRow {
  id: string;
  type: RecordType;
  owner_node: string;
  subject_category: Protection['subjectCategory'];
  source_reliability: Protection['sourceReliability'];
  information_accuracy: Protection['informationAccuracy'];
  handling_code: Protection['handlingCode'];
  tlp: Protection['tlp'];
  legal_basis: string;
  review_by: string;
  nature: Protection['nature'];
  assessments: Protection['assessments'];
  data: Record<string, unknown> | null;
  version: number;
  created_at: string;
  updated_at: string;
  erased_at: string | null;
}

const toRecord = (row: SelectedRow): StoredRecord => ({
  id: row.id,
  type: row.type,
  protection: {
    ownerNode: row.owner_node,
    subjectCategory: row.subject_category,
    sourceReliability: row.source_reliability,
    informationAccuracy: row.information_accuracy,
    handlingCode: row.handling_code,
    tlp: row.tlp,
    legalBasis: row.legal_basis,
    reviewBy: row.review_by,
    nature: row.nature,
    assessments: row.assessments,
  },
  data: row.data,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  erasedAt: row.erased_at,
});

const protectionColumns = (p: Protection) => ({
  owner_node: p.ownerNode,
  subject_category: p.subjectCategory,
  source_reliability: p.sourceReliability,
  information_accuracy: p.informationAccuracy,
  handling_code: p.handlingCode,
  tlp: p.tlp,
  legal_basis: p.legalBasis,
  review_by: p.reviewBy,
  nature: p.nature,
  assessments: p.assessments,
});

/** Inserts records and their search keys, in as few statements as the batch allows. */
export async function insertRecords(tx: Queryable, rows: RecordRow[], at: string): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO records (id, type, owner_node, subject_category, source_reliability, information_accuracy, handling_code,
                          tlp, legal_basis, review_by, nature, assessments, data, version, created_at, updated_at)
     SELECT r.id, r.type, r.owner_node, r.subject_category, r.source_reliability, r.information_accuracy, r.handling_code,
            r.tlp, r.legal_basis, r.review_by, r.nature, r.assessments, r.data, 1, $2, $2
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, type text, owner_node text, subject_category text,
          source_reliability text, information_accuracy smallint, handling_code text, tlp text, legal_basis text,
          review_by date, nature text, assessments jsonb, data jsonb)`,
    [JSON.stringify(rows.map((r) => ({ id: r.id, type: r.type, ...protectionColumns(r.protection), data: r.data }))), at],
  );
  await insertSearchKeys(
    tx,
    rows.flatMap((r) => r.keys.map((k) => ({ record_id: r.id, ...k }))),
  );
}

async function insertSearchKeys(tx: Queryable, keys: { record_id: string; kind: string; key: string }[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.query(
    `INSERT INTO search_keys (record_id, kind, key)
     SELECT k.record_id, k.kind, k.key FROM jsonb_to_recordset($1::jsonb) AS k(record_id uuid, kind text, key text)`,
    [JSON.stringify(keys)],
  );
}

/** Reads one record, locking it for update when `forUpdate` is set. */
export async function findRecord(tx: Queryable, id: string, forUpdate = false): Promise<StoredRecord | null> {
  const [row] = await tx.query<SelectedRow>(`SELECT * FROM records WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row ? toRecord(row) : null;
}

/** Replaces a record's protection fields, data and search keys, and bumps its version. */
export async function replaceRecord(tx: Queryable, row: RecordRow, at: string): Promise<StoredRecord> {
  const p = protectionColumns(row.protection);
  const [updated] = await tx.query<SelectedRow>(
    `UPDATE records SET subject_category = $2, source_reliability = $3, information_accuracy = $4, handling_code = $5,
       tlp = $6, legal_basis = $7, review_by = $8, nature = $9, assessments = $10::jsonb, data = $11::jsonb,
       version = version + 1, updated_at = $12
     WHERE id = $1 RETURNING *`,
    [
      row.id,
      p.subject_category,
      p.source_reliability,
      p.information_accuracy,
      p.handling_code,
      p.tlp,
      p.legal_basis,
      p.review_by,
      p.nature,
      JSON.stringify(p.assessments),
      JSON.stringify(row.data),
      at,
    ],
  );
  await tx.query('DELETE FROM search_keys WHERE record_id = $1', [row.id]);
  await insertSearchKeys(
    tx,
    row.keys.map((k) => ({ record_id: row.id, ...k })),
  );
  return toRecord(updated);
}

/** Removes a record's personal data, keys, assessments and links; keeps a tombstone with its protection fields. */
export async function eraseRecordData(tx: Queryable, id: string, at: string): Promise<void> {
  await tx.query('DELETE FROM search_keys WHERE record_id = $1', [id]);
  await tx.query('DELETE FROM links WHERE from_id = $1 OR to_id = $1', [id]);
  await tx.query(
    `UPDATE records SET data = NULL, assessments = '[]'::jsonb, version = version + 1, updated_at = $2, erased_at = $2 WHERE id = $1`,
    [id, at],
  );
}

/** Sets a record's review-by date. */
export async function setReviewBy(tx: Queryable, id: string, reviewBy: string, at: string): Promise<void> {
  await tx.query('UPDATE records SET review_by = $2, version = version + 1, updated_at = $3 WHERE id = $1', [id, reviewBy, at]);
}

/** The criteria a record search runs on, already folded into search keys. */
export interface KeyCriteria {
  type: RecordType;
  /** Every one of these must match a key of the record. */
  keys: { kind: string; value: string; prefix: boolean }[];
  /** For persons: a date of birth that must agree with the record's, at the precision both know. */
  dateOfBirth?: string;
  limit: number;
}

/**
 * SQL conditions that the row `owner` (e.g. `r.id`) has every key of `criteria`
 * in `table` (whose `column` refers to the row), with a date of birth agreeing at
 * the precision both know. Pushes the values onto `params`. The keys drive the
 * search (an intersection of index lookups), so it stays fast on large tables
 * whatever the planner's statistics. Table and column names come from code, never from input.
 */
export function keyConditions(criteria: Pick<KeyCriteria, 'keys' | 'dateOfBirth'>, params: unknown[], table: string, column: string, owner: string): string[] {
  const lookups = criteria.keys.map((k) => {
    // Key values are folded to letters and digits (search-keys.ts), so they hold no LIKE wildcards.
    params.push(k.kind, k.prefix ? k.value + '%' : k.value);
    return `SELECT ${column} FROM ${table} WHERE kind = $${params.length - 1} AND key ${k.prefix ? 'LIKE' : '='} $${params.length}`;
  });
  const conditions = lookups.length > 0 ? [`${owner} IN (${lookups.join(' INTERSECT ')})`] : [];
  if (criteria.dateOfBirth) {
    params.push(criteria.dateOfBirth);
    const dob = `$${params.length}`;
    conditions.push(`EXISTS (SELECT 1 FROM ${table} k WHERE k.${column} = ${owner} AND k.kind = 'dob' AND (k.key LIKE ${dob} || '%' OR ${dob} LIKE k.key || '%'))`);
  }
  return conditions;
}

/** Finds live records matching every criterion. */
export async function searchByKeys(tx: Queryable, criteria: KeyCriteria): Promise<StoredRecord[]> {
  const params: unknown[] = [criteria.type];
  const conditions = keyConditions(criteria, params, 'search_keys', 'record_id', 'r.id');
  params.push(criteria.limit);
  const rows = await tx.query<SelectedRow>(
    `SELECT r.* FROM records r WHERE r.type = $1 AND r.erased_at IS NULL${conditions.map((c) => ` AND ${c}`).join('')}
     ORDER BY r.created_at, r.id LIMIT $${params.length}`,
    params,
  );
  return rows.map(toRecord);
}

/** Records whose review-by date is on or before `date`, oldest first. */
export async function recordsDueForReview(tx: Queryable, date: string, limit: number): Promise<StoredRecord[]> {
  const rows = await tx.query<SelectedRow>(
    `SELECT * FROM records WHERE erased_at IS NULL AND review_by <= $1 ORDER BY review_by, id LIMIT $2`,
    [date, limit],
  );
  return rows.map(toRecord);
}
