import canonicalize from 'canonicalize';
import { appendAudit } from '../audit/audit-log.ts';
import { isoDate } from '../core/clock.ts';
import { LiaisonError, invalidInput } from '../core/errors.ts';
import type { Envelope } from '../federation/envelope.ts';
import type { Federation } from '../federation/federation.ts';
import { enqueue } from '../federation/outbox.ts';
import { fieldIssues } from '../model/parse.ts';
import type { Queryable } from '../store/database.ts';
import type { z } from 'zod';
import { judicialAgreement } from './agreement.ts';
import { verifySignedBundle } from './bundles.ts';
import { assessCriminality } from './criminality/assess.ts';
import type { JudicialEvent } from './deadlines/events.ts';
import { formOf } from './form-document.ts';
import { linkedRecordIds } from './linked-records.ts';
import type { OffenceInput } from './offences/offence-input.ts';
import { ownSide, partnerOf, recordsStep, requireRecordingSide } from './recording-side.ts';
import { bundleExists, bundlesOf, eventsOf, findRequest, insertBundle, insertEvent, insertRequest, recordTransmission, requestIdByReference, updateStage } from './repository.ts';
import { AckEnvelopeBody, EventEnvelopeBody, RequestEnvelopeBody, type RequestTerms, type SignedForm, type TransmittedRequest } from './schema.ts';
import { ACK_KIND, EVENT_KIND, REQUEST_KIND } from './envelope-kinds.ts';
import { evaluateNextStep, offenceCode, stagesAfterEach } from './request-clock.ts';
import type { RequestType } from './request-type.ts';
import { NOT_ACCEPTED_STAGE, receivedEvent } from './stages.ts';

function parseBody<S extends z.ZodType>(schema: S, body: unknown, kind: string): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw new LiaisonError('invalid_input', `malformed ${kind} body`, fieldIssues(result.error, 'body'));
  return result.data;
}

/**
 * The offence assessed by this node: thresholds, and dual criminality under
 * the law of `country` (this node's state) by its own table. What the issuer
 * stated about the executing state's law is not taken on trust. An offence
 * this node cannot resolve is kept as the problem.
 */
function assessHere(type: RequestType, offence: OffenceInput, country: string | undefined): { criminality: ReturnType<typeof assessCriminality> } | { problem: string } {
  try {
    return { criminality: assessCriminality(type, { ...offence, executing: country ? { country } : undefined }) };
  } catch (error) {
    if (!(error instanceof LiaisonError)) throw error;
    return { problem: `the offence cannot be assessed here: ${error.message}` };
  }
}

/** The particulars beside the bundle that differ from what the issuing authority signed in the form. */
function unsignedDifferences(request: TransmittedRequest, form: SignedForm): string[] {
  const fields = ['reference', 'type', 'issuingAuthority', 'executingAuthority', 'offence', 'terms'] as const;
  return fields
    .filter((f) => canonicalize(request[f]) !== canonicalize(form[f]))
    .map((f) => `request.${f}: differs from the ${f} of the signed form`);
}

/**
 * The executing node receives a request: the agreement the envelope names
 * must allow the instrument; every signature of the bundle must verify with
 * the sender's pinned key and every document be intact; the bundle must be
 * addressed to this node and its signed form carry the request (reference,
 * authorities, offence, terms, content: all taken from the form). Then the
 * request is stored with its receipt as the first step of this node's clock,
 * the offence assessed again under this state's law (dual criminality against
 * its own table), and acknowledged. A request that fails any check is stored
 * nowhere: the sender is told why, and the refusal audited.
 */
async function receiveRequest(federation: Federation, tx: Queryable, envelope: Envelope): Promise<undefined> {
  const { ctx } = federation;
  const { request, bundle } = parseBody(RequestEnvelopeBody, envelope.body, REQUEST_KIND);
  const sender = envelope.sender;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const acknowledge = async (accepted: boolean, reasons: string[], problems: string[], manifestDigest?: string) => {
    await enqueue(tx, federation, {
      receiver: sender, kind: ACK_KIND, agreement: envelope.agreement, purpose: envelope.purpose,
      body: { requestId: request.id, accepted, receivedAt: at, reasons, problems, ...(manifestDigest && { manifestDigest }) },
    });
  };
  const refuse = async (reasons: string[], problems: string[] = [], manifestDigest?: string) => {
    await appendAudit(tx, ctx.clock, [
      { actor: `node:${sender}`, action: 'request_refused', purpose: envelope.purpose ?? undefined, details: { kind: REQUEST_KIND, judicialRequest: request.id, reference: request.reference, reasons, problems } },
    ]);
    await acknowledge(false, reasons, problems, manifestDigest);
    return undefined;
  };

  if (await findRequest(tx, request.id)) return refuse([`request ${request.id} was received before`]);
  if (await requestIdByReference(tx, sender, request.reference)) return refuse([`${sender} already sent a request with reference ${request.reference}`]);
  if (await bundleExists(tx, bundle.manifest.bundleId)) return refuse([`bundle ${bundle.manifest.bundleId} was received before`]);
  const offenceOnly = assessHere(request.type, request.offence, undefined);
  let agreement;
  try {
    agreement = await judicialAgreement(
      tx, federation, sender,
      { instrument: request.type, purpose: envelope.purpose ?? '', offence: offenceCode(request.offence, 'criminality' in offenceOnly ? offenceOnly.criminality : null) },
      envelope.agreement,
    );
  } catch (error) {
    if (error instanceof LiaisonError && error.code === 'agreement_refused') return refuse([error.message]);
    throw error;
  }

  const verification = await verifySignedBundle(federation, sender, bundle, { requestId: request.id, requestType: request.type, recipient: ctx.nodeId });
  const problems = [...verification.problems];
  const carried = verification.documents.get(request.formDocument);
  const signed = carried === undefined ? null : formOf(carried);
  if (verification.valid && !signed) problems.push(`documents: the bundle holds no form document "${request.formDocument}"`);
  if (signed && 'problems' in signed) problems.push(...signed.problems);
  const form = signed && 'form' in signed ? signed.form : null;
  if (form) {
    problems.push(...unsignedDifferences(request, form));
    const { issuer, recipient } = bundle.manifest;
    if (issuer.authority !== form.issuingAuthority) problems.push(`manifest.issuer: signed by "${issuer.authority}", but the form names "${form.issuingAuthority}" as issuing authority`);
    if (recipient?.authority !== form.executingAuthority) problems.push(`manifest.recipient: addressed to "${recipient?.authority}", but the form names "${form.executingAuthority}" as executing authority`);
  }
  if (!form || problems.length > 0) return refuse(['the document bundle does not verify'], problems, verification.manifestDigest);

  const notIssuers = request.events.filter((e) => !recordsStep(e.type, 'issuing'));
  if (notIssuers.length > 0) return refuse([`steps the issuing authority does not take came with the request: ${notIssuers.map((e) => e.type).join(', ')}`]);
  const events = [...request.events, receivedEvent(now)];
  let stages: string[];
  try {
    stages = stagesAfterEach(ctx, form.type, form.terms, events);
  } catch (error) {
    if (error instanceof LiaisonError) return refuse([`the request's steps are not possible: ${error.message}`, ...error.issues.map((i) => `${i.path}: ${i.message}`)]);
    throw error;
  }
  const country = agreement.parties.find((p) => p.nodeId === ctx.nodeId)?.country;
  const assessed = assessHere(form.type, form.offence, country);
  await insertRequest(tx, {
    id: request.id, reference: form.reference, type: form.type, direction: 'incoming', issuingNode: sender, executingNode: ctx.nodeId,
    agreement: agreement.id, purpose: envelope.purpose ?? '', issuingAuthority: form.issuingAuthority, executingAuthority: form.executingAuthority,
    caseId: null, subjectId: null, offence: form.offence, criminality: 'criminality' in assessed ? assessed.criminality : assessed, content: form.content,
    terms: form.terms, stage: stages.at(-1)!, createdBy: `node:${sender}`, createdAt: at, updatedAt: at, transmission: null,
  });
  await insertBundle(tx, { id: verification.id, requestId: request.id, bundle, manifestDigest: verification.manifestDigest, verification: verification.summary, sourceNode: sender, createdAt: at });
  for (const [i, event] of events.entries()) {
    const own = i === events.length - 1;
    await insertEvent(tx, request.id, {
      event, stageAfter: stages[i], recordedBy: own ? 'system' : `node:${sender}`, sourceNode: own ? ctx.nodeId : sender, recordedAt: at, bundleId: null,
    });
  }
  await appendAudit(tx, ctx.clock, [
    {
      actor: `node:${sender}`, action: 'collection', purpose: envelope.purpose ?? undefined,
      details: { kind: REQUEST_KIND, judicialRequest: request.id, reference: form.reference, type: form.type, agreement: agreement.id, manifestDigest: verification.manifestDigest },
    },
  ]);
  await acknowledge(true, [], [], verification.manifestDigest);
  return undefined;
}

/**
 * The other node's step of a request both track. Only the other party of the
 * request may send it, under the request's agreement (still in force and
 * allowing it), only a step its authority takes, in the order it took them;
 * its documents verified; the whole sequence checked again. Else nothing is kept.
 */
async function receiveEvent(federation: Federation, tx: Queryable, envelope: Envelope): Promise<undefined> {
  const { ctx } = federation;
  const { requestId, seq, event, bundle } = parseBody(EventEnvelopeBody, envelope.body, EVENT_KIND);
  const request = await findRequest(tx, requestId, true);
  if (!request || partnerOf(request) !== envelope.sender) throw new LiaisonError('not_found', `no judicial request ${requestId} with ${envelope.sender}`);
  if (request.direction === 'outgoing' && request.transmission && !request.transmission.accepted) {
    throw invalidInput(`${envelope.sender} refused request ${requestId}: it takes no steps of it`, [{ path: 'body.requestId', message: 'not accepted by the sender' }]);
  }
  if (envelope.agreement !== request.agreement) {
    throw new LiaisonError('agreement_refused', `steps of request ${requestId} travel under ${request.agreement}, not ${envelope.agreement ?? '(none)'}`);
  }
  await judicialAgreement(tx, federation, envelope.sender, { instrument: request.type as RequestType, purpose: request.purpose, offence: offenceCode(request.offence, request.criminality) }, request.agreement);
  requireRecordingSide(event.type, ownSide(request) === 'issuing' ? 'executing' : 'issuing', 'body.event.type');
  const stored = await eventsOf(tx, requestId);
  // Envelopes may overtake each other: a step waits (409, retried) until the sender's earlier steps are here.
  const fromSender = stored.filter((e) => e.sourceNode === envelope.sender).length;
  if (fromSender < seq - 1) throw new LiaisonError('conflict', `step ${seq} of ${envelope.sender} arrived before its step ${fromSender + 1}`);
  if (fromSender >= seq) throw invalidInput(`step ${seq} of ${envelope.sender} is already recorded`, [{ path: 'body.seq', message: 'already recorded' }]);
  const at = ctx.clock.now().toISOString();
  const { stage } = evaluateNextStep(ctx, request.type, request.terms as RequestTerms, stored.map((e) => e.event as JudicialEvent), event, 'body.event');
  let bundleId: string | null = null;
  if (bundle) {
    if (await bundleExists(tx, bundle.manifest.bundleId)) throw invalidInput(`bundle ${bundle.manifest.bundleId} was received before`, [{ path: 'body.bundle.manifest.bundleId', message: 'already received' }]);
    const verification = await verifySignedBundle(federation, envelope.sender, bundle, { requestId, requestType: request.type, recipient: ctx.nodeId });
    if (!verification.valid) throw new LiaisonError('integrity_failure', `the documents of the ${event.type} do not verify: ${verification.problems.join('; ')}`);
    await insertBundle(tx, { id: verification.id, requestId, bundle, manifestDigest: verification.manifestDigest, verification: verification.summary, sourceNode: envelope.sender, createdAt: at });
    bundleId = verification.id;
  }
  await insertEvent(tx, requestId, { event, stageAfter: stage, recordedBy: `node:${envelope.sender}`, sourceNode: envelope.sender, recordedAt: at, bundleId });
  await updateStage(tx, requestId, stage, at);
  await appendAudit(tx, ctx.clock, [
    { actor: `node:${envelope.sender}`, action: 'alteration', purpose: request.purpose, recordIds: linkedRecordIds(request), details: { judicialRequest: requestId, event: event.type, stage } },
  ]);
  return undefined;
}

/**
 * The executing node's acknowledgement, once per request: receipt becomes a
 * step here too (both clocks start alike), or the refusal is kept. An
 * acceptance must name the bundle this node signed (its manifest digest) and
 * a receipt not before the request was issued.
 */
async function receiveAck(federation: Federation, tx: Queryable, envelope: Envelope): Promise<undefined> {
  const { ctx } = federation;
  const ack = parseBody(AckEnvelopeBody, envelope.body, ACK_KIND);
  const request = await findRequest(tx, ack.requestId, true);
  if (!request || request.direction !== 'outgoing' || request.executingNode !== envelope.sender) throw new LiaisonError('not_found', `no judicial request ${ack.requestId} to ${envelope.sender}`);
  if (request.transmission) throw invalidInput(`request ${request.id} was acknowledged before`, [{ path: 'body.requestId', message: 'already acknowledged' }]);
  const at = ctx.clock.now().toISOString();
  const transmission = { accepted: ack.accepted, receivedAt: ack.receivedAt, reasons: ack.reasons, problems: ack.problems, ...(ack.manifestDigest && { manifestDigest: ack.manifestDigest }) };
  let stage = NOT_ACCEPTED_STAGE;
  if (ack.accepted) {
    const [form] = await bundlesOf(tx, request.id);
    if (ack.manifestDigest !== form?.manifestDigest) throw invalidInput(`the acknowledgement of ${request.id} names another bundle than the one sent`, [{ path: 'body.manifestDigest', message: 'not the digest of the bundle sent' }]);
    const received = receivedEvent(new Date(ack.receivedAt));
    if (isoDate(new Date(ack.receivedAt)) < isoDate(new Date(request.createdAt))) throw invalidInput(`request ${request.id} cannot be received before it was issued`, [{ path: 'body.receivedAt', message: 'before the request was issued' }]);
    const steps = (await eventsOf(tx, request.id)).map((e) => e.event as JudicialEvent);
    ({ stage } = evaluateNextStep(ctx, request.type, request.terms as RequestTerms, steps, received, 'body.receivedAt'));
    await insertEvent(tx, request.id, { event: received, stageAfter: stage, recordedBy: `node:${envelope.sender}`, sourceNode: envelope.sender, recordedAt: at, bundleId: null });
  }
  await recordTransmission(tx, request.id, transmission, stage, at);
  await appendAudit(tx, ctx.clock, [
    {
      actor: `node:${envelope.sender}`, action: 'alteration', purpose: request.purpose, recordIds: linkedRecordIds(request),
      details: { judicialRequest: request.id, acknowledged: ack.accepted, reasons: ack.reasons, problems: ack.problems },
    },
  ]);
  return undefined;
}

/** Registers the handlers of judicial envelopes. */
export function registerJudicialHandlers(federation: Federation): void {
  federation.on(REQUEST_KIND, (tx, envelope) => receiveRequest(federation, tx, envelope));
  federation.on(EVENT_KIND, (tx, envelope) => receiveEvent(federation, tx, envelope));
  federation.on(ACK_KIND, (tx, envelope) => receiveAck(federation, tx, envelope));
}
