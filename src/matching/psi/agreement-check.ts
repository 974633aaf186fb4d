import type { AgreementDocument } from '../../agreements/document.ts';
import { evaluateCrossMatch, type CrossMatchRequest } from '../../agreements/policy.ts';
import { agreementsInForce } from '../../agreements/service.ts';
import type { Envelope } from '../../federation/envelope.ts';
import type { Federation } from '../../federation/federation.ts';
import type { Queryable } from '../../store/database.ts';

/** The agreement that allows a cross-match run, or the reasons none does. */
export type CrossMatchCheck = { allowed: true; agreement: AgreementDocument } | { allowed: false; agreement: AgreementDocument | null; reasons: string[] };

/** Requesting side: the first agreement in force with `partner` whose cross-matching clause allows the run. */
export async function findCrossMatchAgreement(tx: Queryable, federation: Federation, partner: string, request: Omit<CrossMatchRequest, 'partner'>): Promise<CrossMatchCheck> {
  const documents = await agreementsInForce(tx, federation, partner);
  if (documents.length === 0) return { allowed: false, agreement: null, reasons: [`no agreement with ${partner} is in force`] };
  const reasons: string[] = [];
  for (const agreement of documents) {
    const decision = evaluateCrossMatch(agreement, { ...request, partner: federation.ctx.nodeId });
    if (decision.allowed) return { allowed: true, agreement };
    reasons.push(...decision.reasons.map((r) => `${agreement.id}: ${r}`));
  }
  return { allowed: false, agreement: null, reasons };
}

/** Responding side: the agreement the envelope names must be in force with the sender and allow it the run. */
export async function checkCrossMatchEnvelope(tx: Queryable, federation: Federation, envelope: Envelope, request: Omit<CrossMatchRequest, 'partner' | 'purpose'>): Promise<CrossMatchCheck> {
  const agreement = (await agreementsInForce(tx, federation, envelope.sender)).find((d) => d.id === envelope.agreement) ?? null;
  if (!agreement) return { allowed: false, agreement: null, reasons: [`agreement ${envelope.agreement ?? '(none)'} is not in force between ${envelope.sender} and ${federation.ctx.nodeId}`] };
  const decision = evaluateCrossMatch(agreement, { ...request, partner: envelope.sender, purpose: envelope.purpose ?? '' });
  return decision.allowed ? { allowed: true, agreement } : { allowed: false, agreement, reasons: decision.reasons };
}
