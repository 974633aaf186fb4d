import type { Actor, NodeContext } from '../core/context.ts';
import { requirePermission } from '../identity/officers.ts';
import { appendAudit } from './audit-log.ts';

/** What a data-protection officer searches the audit log by; every criterion is optional. */
export interface AuditSearch {
  action?: string;
  actor?: string;
  /** Entries about this record (one of their record ids). */
  recordId?: string;
  /** Entries at or after this instant. */
  from?: string;
  /** Entries before this instant. */
  to?: string;
  /** How many entries, newest first (1–500, default 100). */
  limit?: number;
  /** Only entries older than this sequence number: the next page. */
  before?: number;
}

/** An audit entry as the console shows it: its details parsed, without the chain hashes. */
export interface AuditEntryView {
  seq: number;
  at: string;
  actor: string;
  action: string;
  purpose: string | null;
  justification: string | null;
  recordIds: string[];
  recipients: string[];
  details: Record<string, unknown>;
}

/** The most entries one page may hold. */
export const MAX_SEARCH_LIMIT = 500;

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { unparsed: text };
  }
}

/**
 * Searches the audit log, newest first, a page at a time (`before` is the
 * smallest `seq` of the previous page). Reading the log is itself recorded,
 * as the export is: action `audit_export` with the search criteria, in the
 * same transaction (so the search's own entry is not among its results).
 */
export async function searchAudit(ctx: NodeContext, actor: Actor, search: AuditSearch): Promise<AuditEntryView[]> {
  requirePermission(actor, 'audit:read');
  const limit = Math.min(MAX_SEARCH_LIMIT, Math.max(1, search.limit ?? 100));
  return ctx.db.transaction(async (tx) => {
    const rows = await tx.query<Omit<AuditEntryView, 'details'> & { details: string }>(
      `SELECT seq, at, actor, action, purpose, justification, record_ids AS "recordIds", recipients, details
       FROM audit_log
       WHERE ($1::text IS NULL OR action = $1)
         AND ($2::text IS NULL OR actor = $2)
         AND ($3::text IS NULL OR $3 = ANY(record_ids))
         AND ($4::timestamptz IS NULL OR at >= $4)
         AND ($5::timestamptz IS NULL OR at < $5)
         AND ($6::bigint IS NULL OR seq < $6)
       ORDER BY seq DESC
       LIMIT $7`,
      [search.action ?? null, search.actor ?? null, search.recordId ?? null, search.from ?? null, search.to ?? null, search.before ?? null, limit],
    );
    const criteria = Object.fromEntries(Object.entries({ ...search, limit }).filter(([, v]) => v !== undefined));
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'audit_export', details: { search: criteria, entries: rows.length } }]);
    return rows.map((row) => ({ ...row, details: parseDetails(row.details) }));
  });
}
