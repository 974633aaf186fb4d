import type { Database } from '../store/database.ts';
import type { AuditEntry } from './entry.ts';
import { checkpointMessage, type Checkpoint, type SignatureVerifier } from './checkpoint.ts';
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
async function readPage(db: Database, fromSeq: number, toSeq: number): Promise<AuditEntry[]> {
  const [{ page }] = await db.query<{ page: string }>(
    `SELECT coalesce(json_agg(json_build_array(seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), actor, action,
              purpose, justification, record_ids, recipients, details, prev_hash, hash) ORDER BY seq)::text, '[]') AS page
     FROM (SELECT * FROM audit_log WHERE seq >= $1 AND seq <= $2 ORDER BY seq) AS a`,
    [fromSeq, toSeq],
  );
  return (JSON.parse(page) as unknown[][]).map(
    ([seq, at, actor, action, purpose, justification, recordIds, recipients, details, prevHash, hash]) =>
      ({ seq, at, actor, action, purpose, justification, recordIds, recipients, details, prevHash, hash }) as AuditEntry,
  );
}

/**
 * Checks the whole audit log: every entry's hash, the chain of hashes, the
 * sequence without gaps, the head, every signed checkpoint, and the anchor —
 * the latest checkpoint as kept outside the database. Detects entries altered,
 * deleted or reordered, also directly in the database. Verifies up to the head
 * as read first, so entries appended meanwhile do not disturb it.
 */
export async function verifyAuditLog(
  db: Database,
  verifier: SignatureVerifier,
  options: { anchor?: Checkpoint | null; onProgress?: (entriesChecked: number) => void } = {},
): Promise<VerifyReport> {
  const [head] = await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head');
  const rows = await db.query<{ seq: number; hash: string; at: string; key_id: string; signature: string }>(
    'SELECT seq, hash, at, key_id, signature FROM audit_checkpoints WHERE seq <= $1 ORDER BY seq',
    [head?.seq ?? 0],
  );
  const checkpoints: Checkpoint[] = rows.map((r) => ({ seq: r.seq, hash: r.hash, at: r.at, keyId: r.key_id, signature: r.signature }));
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  const fail = (seq: number, problem: string): VerifyReport => ({
    ok: false,
    entries: expectedSeq - 1,
    checkpoints: checkpoints.length,
    firstBad: { seq, problem },
  });
  if (!head) return fail(1, 'the head of the audit log is missing');
  const { anchor } = options;
  if (anchor) {
    if (!checkpoints.some((c) => c.seq === anchor.seq && c.hash === anchor.hash && c.signature === anchor.signature)) {
      return fail(anchor.seq, `the signed checkpoint at entry ${anchor.seq} kept outside the database is missing from it: the log was rewritten or cut`);
    }
  }

  const expectedHashes = new Map(checkpoints.map((c) => [c.seq, c.hash]));
  // Windows of PAGE sequence numbers up to the head: each read stays small whatever the planner's statistics.
  while (expectedSeq <= head.seq) {
    const entries = await readPage(db, expectedSeq, Math.min(head.seq, expectedSeq + PAGE - 1));
    if (entries.length === 0) return fail(expectedSeq, `entry ${expectedSeq} is missing`);
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
      const signed = expectedHashes.get(entry.seq);
      if (signed !== undefined && signed !== entry.hash) {
        return fail(entry.seq, `entry ${entry.seq} differs from what the signed checkpoint recorded: the log was rewritten`);
      }
      prevHash = entry.hash;
      expectedSeq += 1;
    }
    options.onProgress?.(expectedSeq - 1);
  }
  const lastSeq = expectedSeq - 1;
  if (head.seq !== lastSeq || head.hash !== prevHash) {
    return fail(lastSeq + 1, `the log ends at entry ${lastSeq} but its head says ${head.seq}: entries were removed from the end`);
  }
  for (const checkpoint of checkpoints) {
    if (!verifier.verify(checkpoint.keyId, checkpointMessage(checkpoint.seq, checkpoint.hash, checkpoint.at), checkpoint.signature)) {
      return fail(checkpoint.seq, `the checkpoint at entry ${checkpoint.seq} has no valid node signature`);
    }
  }
  return { ok: true, entries: lastSeq, checkpoints: checkpoints.length };
}
