import { appendAudit } from '../audit/audit-log.ts';
import { isoDate } from '../core/clock.ts';
import type { Actor, NodeContext } from '../core/context.ts';
import { LiaisonError, invalidInput } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Federation } from '../federation/federation.ts';
import { enqueue } from '../federation/outbox.ts';
import { requirePermission } from '../identity/officers.ts';
import { parseInput } from '../model/parse.ts';
import { requireJustification } from '../records/service.ts';
import { signedBundleFor } from './bundles.ts';
import { requiredContentIssues } from './content/required-content.ts';
import { assessCriminality } from './criminality/assess.ts';
import type { JudicialEvent } from './deadlines/events.ts';
import { judicialAgreement } from './agreement.ts';
import { formDocument } from './form-document.ts';
import { linkedRecordIds, requireLinkedRecord } from './linked-records.ts';
import { ownSide, partnerOf, requireRecordingSide } from './recording-side.ts';
import { bundlesOf, eventsOf, findRequest, insertBundle, insertEvent, insertRequest, listRequests, updateStage, type StoredRequest } from './repository.ts';
import type { RequestType } from './request-type.ts';
import { IssueRequestInput, RecordEventInput, RequestFilter, type RequestTerms } from './schema.ts';
import { EVENT_KIND, REQUEST_KIND } from './envelope-kinds.ts';
import { evaluateNextStep, offenceCode, stagesAfterEach } from './request-clock.ts';
import { CLOSED_STAGES } from './stages.ts';
import { requestSummary, requestView, type RequestSummary, type RequestView } from './view.ts';

/** A short human reference: instrument, year, and the start of the id. */
function referenceOf(type: string, id: string, at: Date): string {
  return `${type.toUpperCase()}-${at.getUTCFullYear()}-${id.slice(0, 8).toUpperCase()}`;
}

/**
 * A judicial authority issues a request to a partner's authority. Before
 * anything is stored or sent: the required content of the instrument, the
 * penalty thresholds (a request that cannot be issued is refused with the
 * reasons), the events' sequence, and an agreement in force that lets the
 * two nodes exchange this instrument (Cedar). The request (authorities,
 * offence, terms, content) becomes the signed form document of the bundle,
 * signed with this node's key in the issuing
 * authority's name; the request goes out through the outbox in the same
 * transaction that stores it and audits its disclosure.
 */
export async function issueRequest(federation: Federation, actor: Actor, input: unknown, why: unknown): Promise<RequestView> {
  requirePermission(actor, 'judicial:act');
  const { purpose, justification } = requireJustification(why);
  const request = parseInput(IssueRequestInput, input, 'invalid judicial request');
  const { ctx } = federation;
  if (request.partner === ctx.nodeId) throw invalidInput('a request goes to another node', [{ path: 'partner', message: 'is this node' }]);
  const partnerCountry = federation.peers.get(request.partner).descriptor.country;
  const contentIssues = requiredContentIssues(request.type, request.content);
  if (contentIssues.length > 0) throw invalidInput(`the ${request.type.toUpperCase()} lacks required content`, contentIssues);
  // Dual criminality is judged under the law of the partner's state unless the authority names another.
  const offence = { ...request.offence, executing: { country: partnerCountry, ...request.offence.executing } };
  const criminality = assessCriminality(request.type, offence);
  if (!criminality.issuable) {
    throw invalidInput(`the ${request.type.toUpperCase()} cannot be issued: ${criminality.reasons.join('; ')}`, criminality.reasons.map((message) => ({ path: 'offence', message })));
  }
  request.events.forEach((e, i) => requireRecordingSide(e.type, 'issuing', `events.${i}.type`));
  const id = newId();
  const now = ctx.clock.now();
  const at = now.toISOString();
  // Issuing is sending: the step is recorded today unless the authority dated it.
  const events: JudicialEvent[] = request.events.some((e) => e.type === 'sent') ? request.events : [...request.events, { type: 'sent', date: isoDate(now) }];
  const stages = stagesAfterEach(ctx, request.type, request.terms, events);
  const stage = stages.at(-1)!;

  const reference = referenceOf(request.type, id, now);
  const form = formDocument({
    reference, type: request.type, issuingAuthority: request.issuingAuthority, executingAuthority: request.executingAuthority, offence, terms: request.terms, content: request.content,
  });
  return ctx.db.transaction(async (tx) => {
    await requireLinkedRecord(tx, request.caseId, 'case', 'caseId');
    await requireLinkedRecord(tx, request.subjectId, 'person', 'subjectId');
    const agreement = await judicialAgreement(tx, federation, request.partner, { instrument: request.type, purpose, offence: offenceCode(offence, criminality) });
    const stored: StoredRequest = {
      id, reference, type: request.type, direction: 'outgoing', issuingNode: ctx.nodeId, executingNode: request.partner, agreement: agreement.id, purpose,
      issuingAuthority: request.issuingAuthority, executingAuthority: request.executingAuthority, caseId: request.caseId ?? null, subjectId: request.subjectId ?? null,
      offence, criminality, content: request.content, terms: request.terms, stage,
      createdBy: actor.id, createdAt: at, updatedAt: at, transmission: null,
    };
    await insertRequest(tx, stored);
    const bundle = await signedBundleFor(federation, {
      requestId: id, requestType: request.type, authority: request.issuingAuthority,
      recipient: { nodeId: request.partner, authority: request.executingAuthority }, documents: [form, ...request.documents],
    });
    await insertBundle(tx, { ...bundle, requestId: id, sourceNode: ctx.nodeId, createdAt: at });
    for (const [i, event] of events.entries()) {
      await insertEvent(tx, id, { event, stageAfter: stages[i], recordedBy: actor.id, sourceNode: ctx.nodeId, recordedAt: at, bundleId: null });
    }
    await enqueue(tx, federation, {
      receiver: request.partner, kind: REQUEST_KIND, agreement: agreement.id, purpose,
      body: {
        request: { id, reference, type: request.type, issuingAuthority: request.issuingAuthority, executingAuthority: request.executingAuthority, offence, terms: request.terms, events, formDocument: form.id },
        bundle: bundle.bundle,
      },
    });
    const records = linkedRecordIds(request);
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'collection', purpose, justification, recordIds: records, details: { judicialRequest: id, reference, type: request.type } },
      {
        actor: actor.id, action: 'disclosure', purpose, justification, recordIds: records, recipients: [request.partner],
        details: { judicialRequest: id, reference, type: request.type, agreement: agreement.id, manifestDigest: bundle.manifestDigest, documents: bundle.documentIds },
      },
    ]);
    return requestView(ctx, stored, await eventsOf(tx, id), await bundlesOf(tx, id));
  });
}

/**
 * Either authority records a step of a request (arrest, consent, decision,
 * extension with its reasoned notice, surrender…). The whole sequence is
 * checked again with the new step, so an impossible one (a decision before
 * the arrest, an extension without a reasoned notice) is refused naming the
 * field and nothing is stored. The issuing authority records steps only once
 * the executing node has accepted the request (before, it has nothing to add
 * them to), and the request's agreement must still allow the exchange.
 * Documents given with the step go into a new bundle signed by this node. The
 * step is sent to the other node.
 */
export async function recordEvent(federation: Federation, actor: Actor, requestId: string, input: unknown): Promise<RequestView> {
  requirePermission(actor, 'judicial:act');
  const { event, documents } = parseInput(RecordEventInput, input, 'invalid judicial event');
  const { ctx } = federation;
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    const request = await findRequest(tx, requestId, true);
    if (!request) throw new LiaisonError('not_found', `no judicial request ${requestId}`);
    const partner = partnerOf(request);
    if (!partner || !request.agreement) throw invalidInput('Interpol notices take their own steps (POST /api/v1/judicial/notices/{id}/steps)');
    if (request.direction === 'outgoing' && !request.transmission?.accepted) {
      throw new LiaisonError('conflict', request.transmission ? `${partner} did not accept request ${request.reference}: no steps follow` : `${partner} has not acknowledged request ${request.reference} yet`);
    }
    const side = ownSide(request);
    requireRecordingSide(event.type, side);
    await judicialAgreement(tx, federation, partner, { instrument: request.type as RequestType, purpose: request.purpose, offence: offenceCode(request.offence, request.criminality) }, request.agreement);
    const stored = await eventsOf(tx, requestId);
    const { stage } = evaluateNextStep(ctx, request.type, request.terms as RequestTerms, stored.map((e) => e.event as JudicialEvent), event, 'event');
    const [authority, partnerAuthority] = side === 'issuing' ? [request.issuingAuthority, request.executingAuthority ?? partner] : [request.executingAuthority ?? ctx.nodeId, request.issuingAuthority];
    const bundle =
      documents.length === 0
        ? null
        : await signedBundleFor(federation, { requestId, requestType: request.type as RequestType, authority, recipient: { nodeId: partner, authority: partnerAuthority }, documents });
    if (bundle) await insertBundle(tx, { ...bundle, requestId, sourceNode: ctx.nodeId, createdAt: at });
    await insertEvent(tx, requestId, { event, stageAfter: stage, recordedBy: actor.id, sourceNode: ctx.nodeId, recordedAt: at, bundleId: bundle?.id ?? null });
    await updateStage(tx, requestId, stage, at);
    const seq = stored.filter((e) => e.sourceNode === ctx.nodeId).length + 1;
    await enqueue(tx, federation, { receiver: partner, kind: EVENT_KIND, agreement: request.agreement, purpose: request.purpose, body: { requestId, seq, event, ...(bundle && { bundle: bundle.bundle }) } });
    await appendAudit(tx, ctx.clock, [
      {
        actor: actor.id, action: 'alteration', purpose: request.purpose, recordIds: linkedRecordIds(request), recipients: [partner],
        details: { judicialRequest: requestId, reference: request.reference, event: event.type, stage, ...(bundle && { manifestDigest: bundle.manifestDigest }) },
      },
    ]);
    return requestView(ctx, { ...request, stage, updatedAt: at }, await eventsOf(tx, requestId), await bundlesOf(tx, requestId));
  });
}

/** A request with its content, events, deadlines on today, and documents' verification; audited as a consultation. */
export async function getRequest(ctx: NodeContext, actor: Actor, id: string, why: unknown): Promise<RequestView> {
  requirePermission(actor, 'judicial:read');
  const { purpose, justification } = requireJustification(why);
  return ctx.db.transaction(async (tx) => {
    const request = await findRequest(tx, id);
    if (!request) throw new LiaisonError('not_found', `no judicial request ${id}`);
    const records = linkedRecordIds(request);
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'consultation', purpose, justification, recordIds: records, details: { judicialRequest: id, reference: request.reference } }]);
    return requestView(ctx, request, await eventsOf(tx, id), await bundlesOf(tx, id));
  });
}

/** A signed bundle of a request as it was signed, for verification elsewhere; audited as a consultation. */
export async function getBundle(ctx: NodeContext, actor: Actor, requestId: string, bundleId: string, why: unknown): Promise<Record<string, unknown>> {
  requirePermission(actor, 'judicial:read');
  const { purpose, justification } = requireJustification(why);
  return ctx.db.transaction(async (tx) => {
    const request = await findRequest(tx, requestId);
    const bundle = request && (await bundlesOf(tx, requestId)).find((b) => b.id === bundleId);
    if (!request || !bundle) throw new LiaisonError('not_found', `no bundle ${bundleId} of judicial request ${requestId}`);
    const records = linkedRecordIds(request);
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'consultation', purpose, justification, recordIds: records, details: { judicialRequest: requestId, bundle: bundleId } }]);
    return bundle.bundle;
  });
}

/** Requests by type, partner, stage, case or openness, without their content (no personal data). */
export async function findRequests(ctx: NodeContext, actor: Actor, input: unknown): Promise<RequestSummary[]> {
  requirePermission(actor, 'judicial:read');
  const filter = parseInput(RequestFilter, input, 'invalid request filter');
  const rows = await listRequests(ctx.db, { ...filter, open: filter.open === undefined ? undefined : filter.open === 'true', closedStages: CLOSED_STAGES });
  return rows.map(requestSummary);
}
