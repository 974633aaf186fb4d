import type { Clock } from '../core/clock.ts';
import type { Database } from '../store/database.ts';

/** Signs with the node's Ed25519 key. Implemented by identity/node-keys.ts. */
export interface Signer {
  readonly keyId: string;
  sign(message: Uint8Array): string;
}

/** Checks a signature made by a node key. */
export interface SignatureVerifier {
  verify(keyId: string, message: Uint8Array, signature: string): boolean;
}

/** A signed statement that the log held `seq` entries ending in `hash`. */
export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  signature: string;
}

/** The exact bytes a checkpoint signature covers. */
export function checkpointMessage(seq: number, hash: string, at: string): Uint8Array {
  return new TextEncoder().encode(`liaison-audit-checkpoint\n${seq}\n${hash}\n${at}`);
}

/**
 * Signs the current head of the audit log, unless it is already signed.
 * Returns the new checkpoint, or null when there was nothing new to sign.
 */
export async function writeCheckpoint(db: Database, clock: Clock, signer: Signer): Promise<Checkpoint | null> {
  return db.transaction(async (tx) => {
    const [head] = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head FOR UPDATE');
    if (!head || head.seq === 0) return null;
    const existing = await tx.query('SELECT 1 FROM audit_checkpoints WHERE seq = $1', [head.seq]);
    if (existing.length > 0) return null;
    const at = clock.now().toISOString();
    const signature = signer.sign(checkpointMessage(head.seq, head.hash, at));
    await tx.query('INSERT INTO audit_checkpoints (seq, hash, at, key_id, signature) VALUES ($1, $2, $3, $4, $5)', [
      head.seq,
      head.hash,
      at,
      signer.keyId,
      signature,
    ]);
    return { seq: head.seq, hash: head.hash, at, keyId: signer.keyId, signature };
  });
}
