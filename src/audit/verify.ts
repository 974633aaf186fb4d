import type { Database } from '../store/database.ts';
import { AUDIT_COLUMNS, toEntry, type AuditRow } from './audit-log.ts';
import { checkpointMessage, type SignatureVerifier } from './checkpoint.ts';
import { GENESIS_HASH, hashEntry } from './entry.ts';

/** The outcome of a verification: `firstBad` names the first entry or checkpoint that fails. */
export interface VerifyReport {
  ok: boolean;
  entries: number;
  checkpoints: number;
  firstBad?: { seq: number; problem: string };
}

const PAGE = 10_000;

/**
 * Checks the whole audit log: every entry's hash, the chain of hashes, the
 * sequence without gaps, the head, and every signed checkpoint. Detects entries
 * altered, deleted or reordered, also directly in the database.
 */
export async function verifyAuditLog(
  db: Database,
  verifier: SignatureVerifier,
  onProgress?: (entriesChecked: number) => void,
): Promise<VerifyReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  const hashes = new Map<number, string>();
  const checkpoints = await db.query<{ seq: number; hash: string; at: string; key_id: string; signature: string }>(
    'SELECT seq, hash, at, key_id, signature FROM audit_checkpoints ORDER BY seq',
  );
  const checkpointSeqs = new Set(checkpoints.map((c) => c.seq));
  const fail = (seq: number, problem: string): VerifyReport => ({
    ok: false,
    entries: expectedSeq - 1,
    checkpoints: checkpoints.length,
    firstBad: { seq, problem },
  });

  for (;;) {
    const rows = await db.query<AuditRow>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT ${PAGE}`,
      [expectedSeq],
    );
    for (const row of rows) {
      const entry = toEntry(row);
      if (entry.seq !== expectedSeq) {
        return fail(expectedSeq, `entry ${expectedSeq} is missing (the next entry present is ${entry.seq})`);
      }
      if (entry.prevHash !== prevHash) {
        return fail(entry.seq, `entry ${entry.seq} does not follow entry ${entry.seq - 1}: deleted, inserted or reordered`);
      }
      if (hashEntry(entry) !== entry.hash) {
        return fail(entry.seq, `entry ${entry.seq} was altered: its content does not match its hash`);
      }
      if (checkpointSeqs.has(entry.seq)) hashes.set(entry.seq, entry.hash);
      prevHash = entry.hash;
      expectedSeq += 1;
    }
    onProgress?.(expectedSeq - 1);
    if (rows.length < PAGE) break;
  }
  const lastSeq = expectedSeq - 1;

  const [head] = await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head');
  if (head.seq !== lastSeq || head.hash !== prevHash) {
    return fail(Math.min(head.seq, lastSeq) + 1, `the log ends at entry ${lastSeq} but its head says ${head.seq}: entries were removed from the end`);
  }
  for (const checkpoint of checkpoints) {
    if (!verifier.verify(checkpoint.key_id, checkpointMessage(checkpoint.seq, checkpoint.hash, checkpoint.at), checkpoint.signature)) {
      return fail(checkpoint.seq, `the checkpoint at entry ${checkpoint.seq} has no valid node signature`);
    }
    if (hashes.get(checkpoint.seq) !== checkpoint.hash) {
      return fail(checkpoint.seq, `entry ${checkpoint.seq} differs from what the signed checkpoint recorded: the log was rewritten`);
    }
  }
  return { ok: true, entries: lastSeq, checkpoints: checkpoints.length };
}
