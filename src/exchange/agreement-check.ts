import { agreementsInForce } from '../agreements/service.ts';
import type { AgreementDocument } from '../agreements/document.ts';
import { evaluateExchange, type ExchangeRequest } from '../agreements/policy.ts';
import type { Envelope } from '../federation/envelope.ts';
import type { Federation } from '../federation/federation.ts';
import type { Queryable } from '../store/database.ts';

/** The agreement that allows an exchange, or the reasons none does. */
export type AgreementCheck = { allowed: true; agreement: AgreementDocument } | { allowed: false; agreement: AgreementDocument | null; reasons: string[] };

/**
 * On the sending side: the first agreement in force with `partner` that allows
 * this node the exchange (Cedar decides), or every reason why none does.
 */
export async function findAllowingAgreement(
  tx: Queryable,
  federation: Federation,
  partner: string,
  request: Omit<ExchangeRequest, 'partner'>,
): Promise<AgreementCheck> {
  const documents = await agreementsInForce(tx, federation, partner);
  if (documents.length === 0) return { allowed: false, agreement: null, reasons: [`no agreement with ${partner} is in force`] };
  const reasons: string[] = [];
  for (const agreement of documents) {
    const decision = evaluateExchange(agreement, { ...request, partner: federation.ctx.nodeId });
    if (decision.allowed) return { allowed: true, agreement };
    reasons.push(...decision.reasons.map((r) => `${agreement.id}: ${r}`));
  }
  return { allowed: false, agreement: null, reasons };
}

/**
 * On the receiving side: the agreement the envelope names must be in force
 * between this node and the sender, and allow the exchange to the sender.
 */
export async function checkEnvelopeAgreement(
  tx: Queryable,
  federation: Federation,
  envelope: Envelope,
  request: Omit<ExchangeRequest, 'partner' | 'purpose'>,
): Promise<AgreementCheck> {
  const agreement = (await agreementsInForce(tx, federation, envelope.sender)).find((d) => d.id === envelope.agreement) ?? null;
  if (!agreement) return { allowed: false, agreement: null, reasons: [`agreement ${envelope.agreement ?? '(none)'} is not in force between ${envelope.sender} and ${federation.ctx.nodeId}`] };
  const decision = evaluateExchange(agreement, { ...request, partner: envelope.sender, purpose: envelope.purpose ?? '' });
  return decision.allowed ? { allowed: true, agreement } : { allowed: false, agreement, reasons: decision.reasons };
}
