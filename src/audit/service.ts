import type { Actor, NodeContext } from '../core/context.ts';
import { requirePermission } from '../identity/officers.ts';
import { appendAudit } from './audit-log.ts';
import type { Checkpoint, SignatureVerifier } from './checkpoint.ts';
import { exportAuditLines, type ExportRange } from './export.ts';
import { verifyAuditLog, type VerifyReport } from './verify.ts';

/**
 * Exports the audit log for a supervisory authority. The export is itself
 * audited before the first line is produced.
 */
export async function exportAudit(ctx: NodeContext, actor: Actor, range: ExportRange, recipient: string): Promise<AsyncGenerator<string>> {
  requirePermission(actor, 'audit:read');
  await ctx.db.transaction((tx) =>
    appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'audit_export', recipients: [recipient], details: { from: range.from ?? null, to: range.to ?? null } }]),
  );
  return exportAuditLines(ctx.db, range);
}

/** Verifies the whole audit log for an officer allowed to read it. */
export async function verifyAudit(ctx: NodeContext, actor: Actor, verifier: SignatureVerifier, anchor: Checkpoint | null): Promise<VerifyReport> {
  requirePermission(actor, 'audit:read');
  return verifyAuditLog(ctx.db, verifier, { anchor });
}
