import type { Clock } from '../core/clock.ts';
import { LiaisonError } from '../core/errors.ts';
import type { Queryable } from '../store/database.ts';
import type { AuditEntry, AuditEvent } from './entry.ts';
import { hashEntry } from './entry.ts';

/**
 * Appends events to the hash-chained audit log inside the caller's transaction,
 * so that an operation and its audit entry commit or fail together. The chain
 * head row is locked for the rest of the transaction: appends are serialised.
 */
export async function appendAudit(tx: Queryable, clock: Clock, events: AuditEvent[]): Promise<AuditEntry[]> {
  if (events.length === 0) return [];
  const [head] = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head FOR UPDATE');
  if (!head) throw new LiaisonError('integrity_failure', 'the head of the audit log is missing: nothing can be recorded until it is restored (see liaison audit verify)');
  const at = clock.now().toISOString();
  let prevHash = head.hash;
  let seq = head.seq;
  const entries: AuditEntry[] = events.map((event) => {
    seq += 1;
    const unhashed = {
      seq,
      at,
      actor: event.actor,
      action: event.action,
      purpose: event.purpose ?? null,
      justification: event.justification ?? null,
      recordIds: event.recordIds ?? [],
      recipients: event.recipients ?? [],
      details: JSON.stringify(event.details ?? {}),
      prevHash,
    };
    const entry = { ...unhashed, hash: hashEntry(unhashed) };
    prevHash = entry.hash;
    return entry;
  });
  await tx.query(
    `INSERT INTO audit_log (seq, at, actor, action, purpose, justification, record_ids, recipients, details, prev_hash, hash)
     SELECT e.seq, e.at, e.actor, e.action, e.purpose, e.justification,
            ARRAY(SELECT jsonb_array_elements_text(e.record_ids)), ARRAY(SELECT jsonb_array_elements_text(e.recipients)),
            e.details, e.prev_hash, e.hash
     FROM jsonb_to_recordset($1::jsonb) AS e(seq bigint, at timestamptz, actor text, action text, purpose text,
          justification text, record_ids jsonb, recipients jsonb, details text, prev_hash text, hash text)`,
    [
      JSON.stringify(
        entries.map((e) => ({
          seq: e.seq,
          at: e.at,
          actor: e.actor,
          action: e.action,
          purpose: e.purpose,
          justification: e.justification,
          record_ids: e.recordIds,
          recipients: e.recipients,
          details: e.details,
          prev_hash: e.prevHash,
          hash: e.hash,
        })),
      ),
    ],
  );
  await tx.query('UPDATE audit_head SET seq = $1, hash = $2', [seq, prevHash]);
  return entries;
}

/** The columns of audit_log, selected under the names of {@link AuditEntry}. */
export const AUDIT_ENTRY_COLUMNS =
  'seq, at, actor, action, purpose, justification, record_ids AS "recordIds", recipients, details, prev_hash AS "prevHash", hash';
