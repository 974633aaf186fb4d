import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import { isoDate } from '../core/clock.ts';
import type { Actor, NodeContext } from '../core/context.ts';
import { LiaisonError, invalidInput } from '../core/errors.ts';
import { requirePermission } from '../identity/officers.ts';
import { parseInput } from '../model/parse.ts';
import { FullDate, text } from '../model/primitives.ts';
import { eraseRecord } from '../records/service.ts';
import { findRecord, recordsDueForReview, setReviewBy } from '../records/repository.ts';
import { checkReviewBy } from '../records/review-by.ts';

/** A record due for review, shown without its personal data. */
export interface DueRecord {
  id: string;
  type: string;
  subjectCategory: string;
  legalBasis: string;
  reviewBy: string;
  createdAt: string;
}

/** A review decision: keep the record until a later date, or erase it. */
export const ReviewDecision = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('keep'), reviewBy: FullDate, reason: text(500, 5) }),
  z.strictObject({ decision: z.literal('erase'), reason: text(500, 5) }),
]);

/**
 * Records past their review-by date (LED Art. 5), for a supervisor or the
 * data-protection officer to decide on. Lists no personal data.
 */
export async function listDueForReview(ctx: NodeContext, actor: Actor, limit = 500): Promise<DueRecord[]> {
  requirePermission(actor, 'retention:review');
  const due = await recordsDueForReview(ctx.db, isoDate(ctx.clock.now()), limit);
  return due.map((r) => ({
    id: r.id,
    type: r.type,
    subjectCategory: r.protection.subjectCategory,
    legalBasis: r.protection.legalBasis,
    reviewBy: r.protection.reviewBy,
    createdAt: r.createdAt,
  }));
}

/** Applies a review decision: a later review date (audited) or an erasure (audited by the erasure). */
export async function reviewRecord(ctx: NodeContext, actor: Actor, id: string, input: unknown): Promise<void> {
  requirePermission(actor, 'retention:review');
  const decision = parseInput(ReviewDecision, input, 'invalid review decision');
  if (decision.decision === 'erase') return eraseRecord(ctx, actor, id, { reason: decision.reason });
  const today = isoDate(ctx.clock.now());
  if (decision.reviewBy <= today) {
    throw invalidInput('the new review date must be in the future', [{ path: 'reviewBy', message: `must be after ${today}` }]);
  }
  checkReviewBy(decision.reviewBy, today, 'reviewBy');
  await ctx.db.transaction(async (tx) => {
    const record = await findRecord(tx, id, true);
    if (!record || record.erasedAt) throw new LiaisonError('not_found', `no live record ${id}`);
    await setReviewBy(tx, id, decision.reviewBy, ctx.clock.now().toISOString());
    await appendAudit(tx, ctx.clock, [
      {
        actor: actor.id,
        action: 'retention_review',
        recordIds: [id],
        details: { decision: 'keep', from: record.protection.reviewBy, to: decision.reviewBy, reason: decision.reason },
      },
    ]);
  });
}
