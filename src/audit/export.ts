import type { Queryable } from '../store/database.ts';
import { AUDIT_ENTRY_COLUMNS } from './audit-log.ts';
import type { AuditEntry } from './entry.ts';

/** Which entries an export covers: a time range, inclusive of `from`, exclusive of `to`. */
export interface ExportRange {
  from?: string;
  to?: string;
}

const PAGE = 5_000;

/**
 * The audit log as JSON Lines for a supervisory authority: each entry with its
 * hashes (so that the chain can be checked), then every signed checkpoint.
 * Streams page by page, so that exports of large logs use little memory.
 */
export async function* exportAuditLines(db: Queryable, range: ExportRange): AsyncGenerator<string> {
  let afterSeq = 0;
  for (;;) {
    const rows = await db.query<AuditEntry>(
      `SELECT ${AUDIT_ENTRY_COLUMNS} FROM audit_log
       WHERE seq > $1 AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)
       ORDER BY seq LIMIT ${PAGE}`,
      [afterSeq, range.from ?? null, range.to ?? null],
    );
    for (const row of rows) yield JSON.stringify({ kind: 'entry', ...row }) + '\n';
    if (rows.length < PAGE) break;
    afterSeq = rows[rows.length - 1].seq;
  }
  const checkpoints = await db.query<{ seq: number; hash: string; at: string; key_id: string; signature: string }>(
    'SELECT seq, hash, at, key_id, signature FROM audit_checkpoints ORDER BY seq',
  );
  for (const c of checkpoints) {
    yield JSON.stringify({ kind: 'checkpoint', seq: c.seq, hash: c.hash, at: c.at, keyId: c.key_id, signature: c.signature }) + '\n';
  }
}
