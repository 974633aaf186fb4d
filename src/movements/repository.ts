import type { Protection } from '../model/protection.ts';
import type { Queryable } from '../store/database.ts';
import type { Movement, MovementLink } from './schema.ts';

const COLUMNS = `id, owner_node, source, direction, at, crossing_point, flight, person, document_type, document_number, issuing_country, document_expiry,
  mrz, mrz_valid, mrz_problems, subject_category, source_reliability, information_accuracy, handling_code, tlp, legal_basis, review_by, nature,
  assessments, person_id, link_score, link_method, source_reference, created_at`;

interface MovementRow {
  id: string;
  owner_node: string;
  source: Movement['source'];
  direction: Movement['direction'];
  at: string;
  crossing_point: string;
  flight: string | null;
  person: Movement['person'];
  document_type: string | null;
  document_number: string | null;
  issuing_country: string | null;
  document_expiry: string | null;
  mrz: string | null;
  mrz_valid: boolean | null;
  mrz_problems: string[];
  subject_category: Protection['subjectCategory'];
  source_reliability: Protection['sourceReliability'];
  information_accuracy: Protection['informationAccuracy'];
  handling_code: Protection['handlingCode'];
  tlp: Protection['tlp'];
  legal_basis: string;
  review_by: string;
  nature: Protection['nature'];
  assessments: Protection['assessments'];
  person_id: string | null;
  link_score: number | null;
  link_method: MovementLink['method'] | null;
  source_reference: string | null;
  created_at: string;
}

const toRow = (m: Movement): MovementRow => ({
  id: m.id,
  owner_node: m.protection.ownerNode,
  source: m.source,
  direction: m.direction,
  at: m.at,
  crossing_point: m.crossingPoint,
  flight: m.flight,
  person: m.person,
  document_type: m.document?.type ?? null,
  document_number: m.document?.number ?? null,
  issuing_country: m.document?.issuingCountry ?? null,
  document_expiry: m.document?.expiresOn ?? null,
  mrz: m.document?.mrz ?? null,
  mrz_valid: m.document?.mrzValid ?? null,
  mrz_problems: m.document?.mrzProblems ?? [],
  subject_category: m.protection.subjectCategory,
  source_reliability: m.protection.sourceReliability,
  information_accuracy: m.protection.informationAccuracy,
  handling_code: m.protection.handlingCode,
  tlp: m.protection.tlp,
  legal_basis: m.protection.legalBasis,
  review_by: m.protection.reviewBy,
  nature: m.protection.nature,
  assessments: m.protection.assessments,
  person_id: m.link?.personId ?? null,
  link_score: m.link?.score ?? null,
  link_method: m.link?.method ?? null,
  source_reference: m.sourceReference,
  created_at: m.createdAt,
});

const toMovement = (r: MovementRow): Movement => ({
  id: r.id,
  source: r.source,
  direction: r.direction,
  at: r.at,
  crossingPoint: r.crossing_point,
  flight: r.flight,
  person: r.person,
  document:
    r.document_number === null
      ? null
      : { type: r.document_type ?? 'other', number: r.document_number, issuingCountry: r.issuing_country, expiresOn: r.document_expiry, mrz: r.mrz, mrzValid: r.mrz_valid, mrzProblems: r.mrz_problems },
  protection: {
    ownerNode: r.owner_node,
    subjectCategory: r.subject_category,
    sourceReliability: r.source_reliability,
    informationAccuracy: r.information_accuracy,
    handlingCode: r.handling_code,
    tlp: r.tlp,
    legalBasis: r.legal_basis,
    reviewBy: r.review_by,
    nature: r.nature,
    assessments: r.assessments,
  },
  link: r.person_id === null ? null : { personId: r.person_id, score: r.link_score ?? 0, method: r.link_method ?? 'matcher', automatic: true },
  sourceReference: r.source_reference,
  createdAt: r.created_at,
});

/** Inserts movements in statements of at most 1,000 rows (one parameter each: jsonb_to_recordset). */
export async function insertMovements(tx: Queryable, movements: readonly Movement[]): Promise<void> {
  for (let start = 0; start < movements.length; start += 1000) {
    await tx.query(
      `INSERT INTO movements (${COLUMNS})
       SELECT ${COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, owner_node text, source text, direction text, at timestamptz,
         crossing_point text, flight text, person jsonb, document_type text, document_number text, issuing_country text, document_expiry text,
         mrz text, mrz_valid boolean, mrz_problems jsonb, subject_category text, source_reliability text, information_accuracy smallint,
         handling_code text, tlp text, legal_basis text, review_by date, nature text, assessments jsonb, person_id uuid, link_score real,
         link_method text, source_reference text, created_at timestamptz)`,
      [JSON.stringify(movements.slice(start, start + 1000).map(toRow))],
    );
  }
}

/** The movements linked to a person record, in time order. */
export async function movementsOfPerson(tx: Queryable, personId: string): Promise<Movement[]> {
  const rows = await tx.query<MovementRow>(`SELECT ${COLUMNS} FROM movements WHERE person_id = $1 ORDER BY at, id`, [personId]);
  return rows.map(toMovement);
}

/** The most movements one partner's timeline request is answered with (the latest ones). */
export const MAX_TIMELINE_MOVEMENTS = 5000;

/** The latest movements linked to any of `personIds` or made with any of the document numbers, at most {@link MAX_TIMELINE_MOVEMENTS}, in time order. */
export async function movementsOfPersonsOrDocuments(tx: Queryable, personIds: readonly string[], documentNumbers: readonly string[]): Promise<Movement[]> {
  if (personIds.length === 0 && documentNumbers.length === 0) return [];
  const rows = await tx.query<MovementRow>(
    `SELECT ${COLUMNS} FROM movements WHERE person_id = ANY($1::uuid[]) OR document_number = ANY($2::text[]) ORDER BY at DESC, id DESC LIMIT $3`,
    [personIds, documentNumbers, MAX_TIMELINE_MOVEMENTS],
  );
  return rows.reverse().map(toMovement);
}

/** Person records holding one of the document numbers (folded: capitals and digits) among their identifiers. */
export async function personsByDocumentNumber(tx: Queryable, numbers: readonly string[]): Promise<{ id: string; scheme: string; number: string; issuer: string | null }[]> {
  if (numbers.length === 0) return [];
  return tx.query(
    `SELECT r.id, i->>'scheme' AS scheme, upper(regexp_replace(i->>'value', '[^A-Za-z0-9]', '', 'g')) AS number, i->>'issuer' AS issuer
     FROM records r CROSS JOIN LATERAL jsonb_array_elements(r.data->'identifiers') AS i
     WHERE r.type = 'person' AND r.erased_at IS NULL AND upper(regexp_replace(i->>'value', '[^A-Za-z0-9]', '', 'g')) = ANY($1::text[])`,
    [numbers],
  );
}

/** A live (not erased) person record's data, or null. */
export async function livePerson(tx: Queryable, id: string): Promise<{ id: string; data: Record<string, unknown>; handlingCode: string; tlp: string } | null> {
  const [row] = await tx.query<{ id: string; data: Record<string, unknown>; handling_code: string; tlp: string }>(
    `SELECT id, data, handling_code, tlp FROM records WHERE id = $1 AND type = 'person' AND erased_at IS NULL`,
    [id],
  );
  return row ? { id: row.id, data: row.data, handlingCode: row.handling_code, tlp: row.tlp } : null;
}
