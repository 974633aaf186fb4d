import type { Actor, NodeContext } from '../core/context.ts';
import { requirePermission } from '../identity/officers.ts';
import { appendAudit } from './audit-log.ts';

/** The actions that record a refusal: a partner's request refused, an officer refused access, an envelope rejected. */
export const REFUSAL_ACTIONS = ['request_refused', 'access_refused', 'envelope_rejected'] as const;

/** The data-protection officer's figures over a period of the audit log. */
export interface AuditStatistics {
  from: string | null;
  to: string | null;
  total: number;
  byAction: Array<{ action: string; count: number }>;
  consultationsByPurpose: Array<{ purpose: string; count: number }>;
  disclosuresByRecipient: Array<{ recipient: string; count: number }>;
  /** `partner` is the node that sent the refused request (`this node` for refusals of local officers); `kind` the envelope kind or refused route. */
  refusals: Array<{ action: string; kind: string; partner: string; count: number }>;
}

/** The period condition every query shares: a fixed fragment, its bounds always passed as $1 and $2. */
const RANGE = `($1::timestamptz IS NULL OR at >= $1) AND ($2::timestamptz IS NULL OR at < $2)`;

/**
 * Counts the audit log's entries over a period: by action, consultations by
 * purpose, disclosures by recipient, and refusals by kind and partner. The
 * figures hold no personal data but describe the work of officers, so reading
 * them is recorded like a search (`audit_export`).
 */
export async function auditStatistics(ctx: NodeContext, actor: Actor, range: { from?: string; to?: string }): Promise<AuditStatistics> {
  requirePermission(actor, 'audit:read');
  const params = [range.from ?? null, range.to ?? null];
  const refusalParams = [...params, [...REFUSAL_ACTIONS]];
  return ctx.db.transaction(async (tx) => {
    const byAction = await tx.query<{ action: string; count: number }>(
      `SELECT action, count(*)::int AS count FROM audit_log WHERE ${RANGE} GROUP BY action ORDER BY count DESC, action`,
      params,
    );
    const consultationsByPurpose = await tx.query<{ purpose: string; count: number }>(
      `SELECT coalesce(purpose, '(none)') AS purpose, count(*)::int AS count FROM audit_log
       WHERE action = 'consultation' AND ${RANGE} GROUP BY 1 ORDER BY count DESC, purpose`,
      params,
    );
    const disclosuresByRecipient = await tx.query<{ recipient: string; count: number }>(
      `SELECT r.recipient, count(*)::int AS count FROM audit_log, unnest(recipients) AS r(recipient)
       WHERE action = 'disclosure' AND ${RANGE} GROUP BY r.recipient ORDER BY count DESC, r.recipient`,
      params,
    );
    const refusals = await tx.query<{ action: string; kind: string; partner: string; count: number }>(
      `SELECT action,
              coalesce(details::jsonb ->> 'kind', details::jsonb ->> 'route', details::jsonb ->> 'reason', '(unknown)') AS kind,
              CASE WHEN actor LIKE 'node:%' THEN substr(actor, 6) ELSE 'this node' END AS partner,
              count(*)::int AS count
       FROM audit_log
       WHERE action = ANY($3::text[]) AND ${RANGE}
       GROUP BY 1, 2, 3 ORDER BY count DESC, action, kind, partner`,
      refusalParams,
    );
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'audit_export', details: { statistics: { from: range.from ?? null, to: range.to ?? null } } }]);
    return {
      from: range.from ?? null,
      to: range.to ?? null,
      total: byAction.reduce((sum, row) => sum + row.count, 0),
      byAction,
      consultationsByPurpose,
      disclosuresByRecipient,
      refusals,
    };
  });
}
