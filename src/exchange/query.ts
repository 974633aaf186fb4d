import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import { acceptProfile } from '../biometrics/dna/acceptance.ts';
import { insertCandidate } from '../biometrics/repository.ts';
import type { Actor } from '../core/context.ts';
import { LiaisonError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Federation } from '../federation/federation.ts';
import { pseudonymFor } from '../federation/pseudonyms.ts';
import { requirePermission } from '../identity/officers.ts';
import { IccsCode } from '../model/event.ts';
import { parseInput } from '../model/parse.ts';
import { requireJustification } from '../records/service.ts';
import { checkEnvelopeAgreement, findAllowingAgreement } from './agreement-check.ts';
import { auditedCriteria, findMatches, personQuery, type LocalMatch } from './matching.ts';
import { QueryAnswer, QueryCriteria, QueryRequest, type PartnerResult } from './schema.ts';

/**
 * Prüm step 1, asking side: queries one, several or all partners at once.
 * Each query is checked here against the agreements in force first (refused
 * locally, saying why, when none allows it), then sent signed and encrypted;
 * each partner answers hit or no-hit with a reference and a quality, or refuses.
 * The criteria disclosed and the answers are audited.
 */
export async function queryPartners(federation: Federation, actor: Actor, input: unknown, why: unknown): Promise<PartnerResult[]> {
  requirePermission(actor, 'exchange:query');
  const { purpose, justification } = requireJustification(why);
  const request = parseInput(QueryRequest, input, 'invalid query');
  if (request.criteria.recordType === 'person') personQuery(request.criteria);
  if (request.criteria.recordType === 'dna') acceptProfile({ id: 'query', ...request.criteria.profile });
  const { ctx } = federation;
  const partners = request.partners === 'all' ? federation.peers.all().map((p) => p.descriptor.nodeId) : request.partners;
  for (const partner of partners) federation.peers.get(partner);
  const recordType = request.criteria.recordType;
  const requester = await pseudonymFor(ctx.db, actor.id, ctx.clock.now().toISOString());

  const results = await Promise.all(
    partners.map(async (partner): Promise<PartnerResult> => {
      const queryId = newId();
      const check = await findAllowingAgreement(ctx.db, federation, partner, { action: 'query', recordType, purpose, offence: request.offence });
      if (!check.allowed) return { queryId, partner, outcome: 'refused', agreement: null, reasons: check.reasons };
      try {
        const reply = await federation.request({
          receiver: partner,
          kind: 'exchange.query',
          agreement: check.agreement.id,
          purpose,
          requester,
          body: { criteria: request.criteria, ...(request.offence && { offence: request.offence }) },
        });
        const answer = QueryAnswer.parse(reply.body);
        return {
          queryId,
          partner,
          agreement: check.agreement.id,
          outcome: answer.outcome,
          ...(answer.outcome === 'hit' && { reference: answer.reference, quality: answer.quality }),
          reasons: answer.outcome === 'refused' ? answer.reasons.map((r) => `${partner}: ${r}`) : [],
        };
      } catch (error) {
        return { queryId, partner, outcome: 'unavailable', agreement: check.agreement.id, reasons: [(error as Error).message] };
      }
    }),
  );

  await ctx.db.transaction(async (tx) => {
    const at = ctx.clock.now().toISOString();
    await tx.query(
      `INSERT INTO exchange_queries (id, officer_id, partner, agreement, record_type, purpose, outcome, reference, quality, reasons, created_at)
       SELECT q.id, $2, q.partner, q.agreement, $3, $4, q.outcome, q.reference, q.quality, q.reasons, $5
       FROM jsonb_to_recordset($1::jsonb) AS q(id uuid, partner text, agreement text, outcome text, reference text, quality real, reasons jsonb)`,
      [JSON.stringify(results.map((r) => ({ id: r.queryId, partner: r.partner, agreement: r.agreement, outcome: r.outcome, reference: r.reference ?? null, quality: r.quality ?? null, reasons: r.reasons }))), actor.id, recordType, purpose, at],
    );
    const sentTo = results.filter((r) => r.outcome !== 'refused' || r.agreement !== null).map((r) => r.partner);
    await appendAudit(tx, ctx.clock, [
      {
        actor: actor.id,
        action: 'disclosure',
        purpose,
        justification,
        recipients: sentTo,
        details: { query: auditedCriteria(request.criteria), offence: request.offence ?? null, results: results.map(({ partner, outcome, quality }) => ({ partner, outcome, quality: quality ?? null })) },
      },
    ]);
  });
  return results;
}

const QueryBody = z.strictObject({ criteria: QueryCriteria, offence: IccsCode.optional() });

/**
 * Prüm step 1, answering side: checks the agreement named by the envelope,
 * runs the local matcher, and answers hit (a reference only this node can
 * resolve, and a quality) or no-hit — never personal data. The partner's
 * consultation is audited with its pseudonymous requester.
 */
export function registerQueryHandler(federation: Federation): void {
  const { ctx } = federation;
  federation.on('exchange.query', async (tx, envelope) => {
    const body = QueryBody.safeParse(envelope.body);
    if (!body.success) return { body: { outcome: 'refused', reasons: ['the query is malformed'] } };
    const { criteria, offence } = body.data;
    const check = await checkEnvelopeAgreement(tx, federation, envelope, { action: 'query', recordType: criteria.recordType, offence });
    const who = { actor: `node:${envelope.sender}`, purpose: envelope.purpose ?? undefined };
    const requester = { requester: envelope.requester, agreement: envelope.agreement };
    if (!check.allowed) {
      await appendAudit(tx, ctx.clock, [{ ...who, action: 'request_refused', details: { ...requester, kind: envelope.kind, reasons: check.reasons } }]);
      return { body: { outcome: 'refused', reasons: check.reasons } };
    }
    let matches: LocalMatch[];
    try {
      matches = await findMatches(ctx.db, tx, criteria, ctx.clock.now().toISOString());
    } catch (error) {
      if (!(error instanceof LiaisonError) || error.code !== 'invalid_input') throw error;
      await appendAudit(tx, ctx.clock, [{ ...who, action: 'request_refused', details: { ...requester, kind: envelope.kind, reasons: [error.message] } }]);
      return { body: { outcome: 'refused', reasons: [error.message] } };
    }
    const best = matches[0];
    await appendAudit(tx, ctx.clock, [
      { ...who, action: 'consultation', recordIds: matches.map((m) => m.id), details: { ...requester, query: auditedCriteria(criteria), outcome: best ? 'hit' : 'no_hit' } },
    ]);
    if (!best) return { body: { outcome: 'no_hit' } };
    const reference = `ref-${randomBytes(16).toString('base64url')}`;
    const at = ctx.clock.now().toISOString();
    await tx.query('INSERT INTO exchange_references (reference, record_id, partner, agreement, query_type, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      reference,
      best.id,
      envelope.sender,
      check.agreement.id,
      criteria.recordType,
      at,
    ]);
    if (best.biometric && (criteria.recordType === 'dna' || criteria.recordType === 'face')) {
      // A biometric hit is a candidate: an officer here verifies it before any follow-up releases data.
      const { profileId, matcher, scores } = best.biometric;
      const query = criteria.recordType === 'dna' ? criteria.profile : criteria.template;
      await insertCandidate(tx, { id: newId(), reference, modality: criteria.recordType, matcher, partner: envelope.sender, agreement: check.agreement.id, profileId, recordId: best.id, query, scores, createdAt: at });
    }
    return { body: { outcome: 'hit', reference, quality: best.quality } };
  });
}
