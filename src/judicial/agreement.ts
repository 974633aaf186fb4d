import type { AgreementDocument } from '../agreements/document.ts';
import { evaluateJudicial, type JudicialExchangeRequest } from '../agreements/policy.ts';
import { agreementsInForce } from '../agreements/service.ts';
import { LiaisonError } from '../core/errors.ts';
import type { Federation } from '../federation/federation.ts';
import type { Queryable } from '../store/database.ts';

/**
 * The agreement in force with `partner` whose `judicial` clause lets the two
 * nodes exchange this instrument for this purpose and offence (Cedar decides),
 * or an `agreement_refused` error with every reason. `only` limits the search
 * to the agreement an envelope names.
 */
export async function judicialAgreement(
  tx: Queryable,
  federation: Federation,
  partner: string,
  request: Omit<JudicialExchangeRequest, 'partner'>,
  only?: string | null,
): Promise<AgreementDocument> {
  const documents = (await agreementsInForce(tx, federation, partner)).filter((d) => only === undefined || d.id === only);
  if (documents.length === 0) {
    throw new LiaisonError('agreement_refused', only === undefined ? `no agreement with ${partner} is in force` : `agreement ${only ?? '(none)'} is not in force between ${partner} and ${federation.ctx.nodeId}`);
  }
  const reasons: string[] = [];
  for (const agreement of documents) {
    const decision = evaluateJudicial(agreement, { ...request, partner });
    if (decision.allowed) return agreement;
    reasons.push(...decision.reasons.map((r) => `${agreement.id}: ${r}`));
  }
  throw new LiaisonError('agreement_refused', `no agreement with ${partner} allows this ${request.instrument.toUpperCase()}: ${reasons.join('; ')}`, reasons.map((message) => ({ path: 'partner', message })));
}
