import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import type { AgreementDocument, CrossMatchReveal, JudicialInstrument, LinkageKeyKind, QueryableType } from './document.ts';

/** What an exchange asks the agreement to allow. */
export type ExchangeAction = 'query' | 'release' | 'alert';

/** One exchange as the agreement sees it. */
export interface ExchangeRequest {
  /** The node asking (for `query`) or receiving (for `release`). */
  partner: string;
  action: ExchangeAction;
  recordType: QueryableType;
  purpose: string;
  /** ICCS code of the offence the request concerns, when it names one. */
  offence?: string;
  /** For `release`: the fields to be released, and the record's handling code and TLP. */
  fields?: readonly string[];
  handlingCode?: string;
  tlp?: string;
  /** For `alert`: the alert's category. */
  category?: string;
}

/** The decision, with the reasons an officer is told when it is a refusal. */
export interface ExchangeDecision {
  allowed: boolean;
  reasons: string[];
}

const HANDLING_RANK: Record<string, number> = { H0: 0, H1: 1, H2: 2, H3: 3 };
const TLP_RANK: Record<string, number> = { CLEAR: 0, GREEN: 1, AMBER: 2, 'AMBER+STRICT': 3, RED: 4 };

const quote = (value: string) => JSON.stringify(value);
const set = (values: readonly string[]) => `[${values.map(quote).join(', ')}]`;

/**
 * The Cedar policies of an agreement: generated from its terms, followed by the
 * parties' own policies. Principals are nodes, members of the agreement.
 */
export function agreementPolicies(agreement: AgreementDocument): string {
  const self = `Liaison::Agreement::${quote(agreement.id)}`;
  const types = agreement.queryable.map((t) => `Liaison::RecordType::${quote(t)}`).join(', ');
  const offences =
    agreement.offences.length === 0 ? 'true' : `context has offence && (${agreement.offences.map((o) => `context.offence like "${o}*"`).join(' || ')})`;
  const purposeAndOffence = `${set(agreement.purposes)}.contains(context.purpose) && (${offences})`;
  const releases = agreement.queryable.map((type) => {
    const fields = [...new Set([...(agreement.releasable[type] ?? []), ...(agreement.autoRelease[type] ?? [])])];
    return `permit (principal in ${self}, action == Liaison::Action::"release", resource == Liaison::RecordType::${quote(type)})
when { ${purposeAndOffence} && ${set(fields)}.containsAll(context.fields)
  && context.handlingRank <= ${HANDLING_RANK[agreement.ceilings.handlingCode]} && context.tlpRank <= ${TLP_RANK[agreement.ceilings.tlp]} };`;
  });
  const alerts =
    agreement.alerts.length === 0
      ? []
      : [`permit (principal in ${self}, action == Liaison::Action::"alert", resource)\nwhen { resource in [${types}] && ${set(agreement.alerts)}.contains(context.category) };`];
  const crossMatching = agreement.crossMatching
    ? [
        `permit (principal in ${self}, action == Liaison::Action::"crossmatch", resource == Liaison::CrossMatch::"run")
when { ${purposeAndOffence} && ${set(agreement.crossMatching.keyKinds)}.containsAll(context.keyKinds)
  && context.keys <= ${agreement.crossMatching.maxKeysPerRun} && ${agreement.crossMatching.reveal === 'intersection' ? 'true' : 'context.reveal == "cardinality"'} };`,
      ]
    : [];
  const judicial = agreement.judicial
    ? [
        `permit (principal in ${self}, action == Liaison::Action::"judicial", resource)
when { resource in [${agreement.judicial.instruments.map((i) => `Liaison::Instrument::${quote(i)}`).join(', ')}] && ${purposeAndOffence} };`,
      ]
    : [];
  return [
    `permit (principal in ${self}, action == Liaison::Action::"query", resource)\nwhen { resource in [${types}] && ${purposeAndOffence} };`,
    ...alerts,
    ...crossMatching,
    ...judicial,
    ...releases,
    agreement.policies,
  ].join('\n');
}

/** Why the agreement's terms refuse an exchange, in words an officer understands. */
function refusalReasons(agreement: AgreementDocument, request: ExchangeRequest): string[] {
  const reasons: string[] = [];
  if (!agreement.parties.some((p) => p.nodeId === request.partner)) reasons.push(`${request.partner} is not a party to ${agreement.id}`);
  if (request.action === 'alert') {
    if (!agreement.alerts.includes(request.category as never)) reasons.push(`${request.category} alerts are not covered (${agreement.alerts.join(', ') || 'none'})`);
    if (!agreement.queryable.includes(request.recordType)) reasons.push(`${request.recordType} records are not covered (${agreement.queryable.join(', ')})`);
    return reasons;
  }
  if (!agreement.purposes.includes(request.purpose as never)) {
    reasons.push(`purpose ${request.purpose} is not among the agreed purposes (${agreement.purposes.join(', ')})`);
  }
  if (!agreement.queryable.includes(request.recordType)) reasons.push(`${request.recordType} records are not covered (${agreement.queryable.join(', ')})`);
  if (agreement.offences.length > 0 && !agreement.offences.some((o) => request.offence?.startsWith(o))) {
    reasons.push(`the agreement covers only offences ${agreement.offences.join(', ')}; this request names ${request.offence ?? 'none'}`);
  }
  if (request.action === 'release') {
    const allowed = new Set([...(agreement.releasable[request.recordType] ?? []), ...(agreement.autoRelease[request.recordType] ?? [])]);
    const extra = (request.fields ?? []).filter((f) => !allowed.has(f));
    if (extra.length > 0) reasons.push(`fields ${extra.join(', ')} may not be released`);
    if ((HANDLING_RANK[request.handlingCode ?? 'H0'] ?? 9) > HANDLING_RANK[agreement.ceilings.handlingCode]) {
      reasons.push(`handling code ${request.handlingCode} is above the ceiling ${agreement.ceilings.handlingCode}`);
    }
    if ((TLP_RANK[request.tlp ?? 'CLEAR'] ?? 9) > TLP_RANK[agreement.ceilings.tlp]) reasons.push(`TLP ${request.tlp} is above the ceiling ${agreement.ceilings.tlp}`);
  }
  return reasons;
}

/**
 * Evaluates one exchange against an agreement with Cedar. Cedar decides; the
 * reasons explain a refusal by the terms (or name the parties' own policies).
 */
export function evaluateExchange(agreement: AgreementDocument, request: ExchangeRequest): ExchangeDecision {
  const context: Record<string, cedar.CedarValueJson> = {
    purpose: request.purpose,
    fields: [...(request.fields ?? [])],
    handlingRank: HANDLING_RANK[request.handlingCode ?? 'H0'] ?? 9,
    tlpRank: TLP_RANK[request.tlp ?? 'CLEAR'] ?? 9,
    ...(request.offence && { offence: request.offence }),
    ...(request.category && { category: request.category }),
  };
  const resource = { type: 'Liaison::RecordType', id: request.recordType };
  return authorize(agreement, request.partner, request.action, resource, context, () => refusalReasons(agreement, request));
}

/**
 * Asks Cedar whether the agreement's policies let `partner` take `action` on
 * `resource`; a refusal is explained by `reasonsOf` (the terms), or names the
 * parties' own policies when the terms allow it.
 */
function authorize(
  agreement: AgreementDocument,
  partner: string,
  action: string,
  resource: { type: string; id: string },
  context: Record<string, cedar.CedarValueJson>,
  reasonsOf: () => string[],
): ExchangeDecision {
  const answer = cedar.isAuthorized({
    principal: { type: 'Liaison::Node', id: partner },
    action: { type: 'Liaison::Action', id: action },
    resource,
    context,
    policies: { staticPolicies: agreementPolicies(agreement) },
    entities: agreement.parties.map((p) => ({
      uid: { type: 'Liaison::Node', id: p.nodeId },
      attrs: { country: p.country },
      parents: [{ type: 'Liaison::Agreement', id: agreement.id }],
    })),
  });
  if (answer.type === 'failure') return { allowed: false, reasons: [`the agreement's policies cannot be evaluated: ${answer.errors.map((e) => e.message).join('; ')}`] };
  if (answer.response.decision === 'allow') return { allowed: true, reasons: [] };
  const reasons = reasonsOf();
  return { allowed: false, reasons: reasons.length > 0 ? reasons : [`refused by the policies of ${agreement.id}`] };
}

/** One private cross-match run as the agreement sees it. */
export interface CrossMatchRequest {
  /** The node asking. */
  partner: string;
  purpose: string;
  offence?: string;
  keyKinds: readonly LinkageKeyKind[];
  /** How many keys the requester brings to the run. */
  keys: number;
  reveal: CrossMatchReveal;
}

function crossMatchReasons(agreement: AgreementDocument, request: CrossMatchRequest): string[] {
  const reasons: string[] = [];
  const clause = agreement.crossMatching;
  if (!agreement.parties.some((p) => p.nodeId === request.partner)) reasons.push(`${request.partner} is not a party to ${agreement.id}`);
  if (!clause) return [...reasons, `${agreement.id} does not allow cross-matching`];
  if (!agreement.purposes.includes(request.purpose as never)) reasons.push(`purpose ${request.purpose} is not among the agreed purposes (${agreement.purposes.join(', ')})`);
  if (agreement.offences.length > 0 && !agreement.offences.some((o) => request.offence?.startsWith(o))) {
    reasons.push(`the agreement covers only offences ${agreement.offences.join(', ')}; this request names ${request.offence ?? 'none'}`);
  }
  const extra = request.keyKinds.filter((k) => !clause.keyKinds.includes(k));
  if (extra.length > 0) reasons.push(`key kinds ${extra.join(', ')} may not be cross-matched (${clause.keyKinds.join(', ')})`);
  if (request.keys > clause.maxKeysPerRun) reasons.push(`${request.keys} keys are more than the ${clause.maxKeysPerRun} allowed per run`);
  if (request.reveal === 'intersection' && clause.reveal === 'cardinality') reasons.push('the agreement reveals only the size of the intersection (cardinality), not which keys match');
  return reasons;
}

/**
 * Evaluates a private cross-match run against an agreement with Cedar (action
 * `crossmatch`, generated from the `crossMatching` clause), on both sides.
 */
export function evaluateCrossMatch(agreement: AgreementDocument, request: CrossMatchRequest): ExchangeDecision {
  const context: Record<string, cedar.CedarValueJson> = {
    purpose: request.purpose,
    keyKinds: [...request.keyKinds],
    keys: request.keys,
    reveal: request.reveal,
    ...(request.offence && { offence: request.offence }),
  };
  return authorize(agreement, request.partner, 'crossmatch', { type: 'Liaison::CrossMatch', id: 'run' }, context, () => crossMatchReasons(agreement, request));
}

/** One judicial request (or a step of one) as the agreement sees it. */
export interface JudicialExchangeRequest {
  /** The other node: the executing one for the issuer, the issuer for the executing node. */
  partner: string;
  instrument: JudicialInstrument;
  purpose: string;
  /** ICCS code of the offence, when the request names one. */
  offence?: string;
}

function judicialReasons(agreement: AgreementDocument, request: JudicialExchangeRequest): string[] {
  const reasons: string[] = [];
  if (!agreement.parties.some((p) => p.nodeId === request.partner)) reasons.push(`${request.partner} is not a party to ${agreement.id}`);
  const instruments = agreement.judicial?.instruments ?? [];
  if (!instruments.includes(request.instrument)) reasons.push(`${request.instrument} requests are not transmitted under ${agreement.id} (${instruments.join(', ') || 'no judicial instruments'})`);
  if (!agreement.purposes.includes(request.purpose as never)) reasons.push(`purpose ${request.purpose} is not among the agreed purposes (${agreement.purposes.join(', ')})`);
  if (agreement.offences.length > 0 && !agreement.offences.some((o) => request.offence?.startsWith(o))) {
    reasons.push(`the agreement covers only offences ${agreement.offences.join(', ')}; this request names ${request.offence ?? 'none'}`);
  }
  return reasons;
}

/**
 * Evaluates a judicial request between two nodes against an agreement with
 * Cedar (action `judicial`, generated from the `judicial` clause), on both sides.
 */
export function evaluateJudicial(agreement: AgreementDocument, request: JudicialExchangeRequest): ExchangeDecision {
  const context: Record<string, cedar.CedarValueJson> = { purpose: request.purpose, ...(request.offence && { offence: request.offence }) };
  return authorize(agreement, request.partner, 'judicial', { type: 'Liaison::Instrument', id: request.instrument }, context, () => judicialReasons(agreement, request));
}
