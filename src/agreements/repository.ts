import type { Queryable } from '../store/database.ts';
import type { AgreementDocument } from './document.ts';

/** An agreement's stored state; `expired` and `pending` are derived on reading (see service.ts). */
export type StoredState = 'proposed' | 'active' | 'suspended' | 'revoked';

/** A party's signature over the agreement's digest. */
export interface AgreementSignature {
  nodeId: string;
  keyId: string;
  signature: string;
  signedAt: string;
}

/** An agreement as stored, with its signatures. */
export interface StoredAgreement {
  document: AgreementDocument;
  digest: string;
  state: StoredState;
  stateReason: string | null;
  signatures: AgreementSignature[];
}

/** Reads an agreement with its signatures, locking it when `forUpdate`. */
export async function findAgreement(tx: Queryable, id: string, forUpdate = false): Promise<StoredAgreement | null> {
  const [row] = await tx.query<{ document: AgreementDocument; digest: string; state: StoredState; state_reason: string | null }>(
    `SELECT document, digest, state, state_reason FROM agreements WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!row) return null;
  const signatures = await tx.query<AgreementSignature>(
    `SELECT node_id AS "nodeId", key_id AS "keyId", signature, signed_at AS "signedAt" FROM agreement_signatures WHERE agreement_id = $1 ORDER BY node_id`,
    [id],
  );
  return { document: row.document, digest: row.digest, state: row.state, stateReason: row.state_reason, signatures };
}

/** Stores a new agreement in the `proposed` state. */
export async function insertAgreement(tx: Queryable, document: AgreementDocument, digest: string, at: string): Promise<void> {
  await tx.query(`INSERT INTO agreements (id, document, digest, state, created_at, updated_at) VALUES ($1, $2, $3, 'proposed', $4, $4)`, [
    document.id,
    JSON.stringify(document),
    digest,
    at,
  ]);
}

/** Stores a party's signature (once per party). */
export async function insertSignature(tx: Queryable, agreementId: string, signature: AgreementSignature): Promise<void> {
  await tx.query(
    `INSERT INTO agreement_signatures (agreement_id, node_id, key_id, signature, signed_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (agreement_id, node_id) DO NOTHING`,
    [agreementId, signature.nodeId, signature.keyId, signature.signature, signature.signedAt],
  );
}

/** Moves an agreement to a new state. */
export async function setState(tx: Queryable, id: string, state: StoredState, reason: string | null, at: string): Promise<void> {
  await tx.query('UPDATE agreements SET state = $2, state_reason = $3, updated_at = $4 WHERE id = $1', [id, state, reason, at]);
}

/** Every agreement, newest first. */
export async function listAgreementIds(tx: Queryable): Promise<string[]> {
  return (await tx.query<{ id: string }>('SELECT id FROM agreements ORDER BY created_at DESC, id')).map((r) => r.id);
}

/** The documents of the agreements in force between this node and `partner`. */
export async function activeDocumentsWith(tx: Queryable, partner: string): Promise<AgreementDocument[]> {
  const rows = await tx.query<{ document: AgreementDocument }>(`SELECT document FROM agreements WHERE state = 'active' ORDER BY id`);
  return rows.map((r) => r.document).filter((d) => d.parties.some((p) => p.nodeId === partner));
}
