import type { Database } from '../store/database.ts';
import type { AuditEntry } from './entry.ts';
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
 * Reads a page of entries as one JSON text built by the database: several times
 * faster than row-by-row results, on PGlite above all. Timestamps come back in
 * the exact ISO form (millisecond precision, `Z`) that was hashed.
 */
async function readPage(db: Database, fromSeq: number): Promise<AuditEntry[]> {
  const [{ page }] = await db.query<{ page: string }>(
    `SELECT coalesce(json_agg(json_build_array(seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), actor, action,
              purpose, justification, record_ids, recipients, details, prev_hash, hash) ORDER BY seq)::text, '[]') AS page
     FROM (SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT ${PAGE}) AS a`,
    [fromSeq],
  );
  return (JSON.parse(page) as unknown[][]).map(
    ([seq, at, actor, action, purpose, justification, recordIds, recipients, details, prevHash, hash]) =>
      ({ seq, at, actor, action, purpose, justification, recordIds, recipients, details, prevHash, hash }) as AuditEntry,
  );
}

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
    const entries = await readPage(db, expectedSeq);
    for (const entry of entries) {
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
    if (entries.length < PAGE) break;
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
