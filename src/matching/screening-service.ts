import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import type { Actor, NodeContext } from '../core/context.ts';
import { requirePermission } from '../identity/officers.ts';
import { parseInput } from '../model/parse.ts';
import { CountryCode, PartialDate, text } from '../model/primitives.ts';
import { requireJustification } from '../records/service.ts';
import { prepareRecordAs } from './prepare.ts';
import { screeningFor, type ScreeningCandidate } from './screening.ts';

/** An officer's screening of one person against the node's persons and live person alerts. */
export const ScreeningRequest = z.strictObject({
  name: text(300),
  dateOfBirth: PartialDate.optional(),
  gender: z.enum(['female', 'male', 'other', 'unknown']).optional(),
  nationalities: z.array(CountryCode).max(10).optional(),
  placeOfBirth: text(200).optional(),
  top: z.number().int().min(1).max(100).default(10),
  alerts: z.boolean().default(true),
});

/**
 * Screens a person against the node's persons and live person alerts (own
 * and partners' replicas): ranked candidates at or above the default
 * threshold, each with the per-field evidence of its score. Audited as a
 * consultation of the records and alerts found.
 */
export async function screenPerson(ctx: NodeContext, actor: Actor, input: unknown, why: unknown): Promise<ScreeningCandidate[]> {
  requirePermission(actor, 'records:read');
  const { purpose, justification } = requireJustification(why);
  const request = parseInput(ScreeningRequest, input, 'invalid screening');
  const { name, top, alerts, ...fields } = request;
  // A refusal names the request's own field: `name`, not the matcher's `names[0]`.
  const query = prepareRecordAs({ id: 'query', names: [{ full: name }], ...fields }, { names: 'name' });
  const screening = screeningFor(ctx.db);
  return ctx.db.transaction(async (tx) => {
    await screening.sync(tx);
    const found = screening.screen(query, { top, alerts, now: ctx.clock.now().toISOString() });
    await appendAudit(tx, ctx.clock, [
      {
        actor: actor.id,
        action: 'consultation',
        purpose,
        justification,
        recordIds: found.filter((c) => c.source === 'record').map((c) => c.id),
        details: { screening: { name, ...fields }, alerts: found.filter((c) => c.source === 'alert').map((c) => c.id) },
      },
    ]);
    return found;
  });
}
