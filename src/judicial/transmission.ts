import { appendAudit } from '../audit/audit-log.ts';
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
import { contentOfForm } from './form-document.ts';
import { linkedRecordIds } from './linked-records.ts';
import { recordsStep, requireRecordingSide } from './recording-side.ts';
import { eventsOf, findRequest, insertBundle, insertEvent, insertRequest, recordTransmission, updateStage } from './repository.ts';
import { AckEnvelopeBody, EventEnvelopeBody, RequestEnvelopeBody, type RequestTerms } from './schema.ts';
import { ACK_KIND, EVENT_KIND, REQUEST_KIND } from './envelope-kinds.ts';
import { evaluateStored } from './request-clock.ts';
import { NOT_ACCEPTED_STAGE, receivedEvent } from './stages.ts';


function parseBody<S extends z.ZodType>(schema: S, body: unknown, kind: string): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw new LiaisonError('invalid_input', `malformed ${kind} body`, fieldIssues(result.error, 'body'));
  return result.data;
}

/**
 * The executing node receives a request: the agreement the envelope names
 * must allow the instrument; every signature of the bundle must verify with
 * the sender's pinned key and every document be intact; the signed form must
 * be addressed to this node and carry the request's content. Then the request
 * is stored with its receipt as the first step of this node's clock, the
 * offence assessed again under this state's law (dual criminality against
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
  let criminality: ReturnType<typeof assessCriminality> | null = null;
  let assessmentProblem: string | null = null;
  try {
    criminality = assessCriminality(request.type, request.offence);
  } catch (error) {
    if (!(error instanceof LiaisonError)) throw error;
    assessmentProblem = `the offence cannot be assessed here: ${error.message}`;
  }
  try {
    await judicialAgreement(tx, federation, sender, { instrument: request.type, purpose: envelope.purpose ?? '', offence: request.offence.iccs ?? criminality?.offence.iccs }, envelope.agreement);
  } catch (error) {
    if (error instanceof LiaisonError && error.code === 'agreement_refused') return refuse([error.message]);
    throw error;
  }
  const verification = await verifySignedBundle(federation, sender, bundle, { requestId: request.id, recipient: ctx.nodeId });
  const form = verification.documents.get(request.formDocument);
  const signedForm = form ? contentOfForm(form) : null;
  const problems = [...verification.problems];
  if (!signedForm) problems.push(`the bundle holds no form document "${request.formDocument}" with the request's content`);
  else if (signedForm.reference !== request.reference || signedForm.type !== request.type) problems.push('the signed form names another request');
  if (!verification.valid || problems.length > 0) return refuse(['the document bundle does not verify'], problems, verification.manifestDigest);

  const notIssuers = request.events.filter((e) => !recordsStep(e.type, 'issuing'));
  if (notIssuers.length > 0) return refuse([`steps the issuing authority does not take came with the request: ${notIssuers.map((e) => e.type).join(', ')}`]);
  const events = [...request.events, receivedEvent(now)];
  let stage: string;
  try {
    stage = evaluateStored(ctx, request.type, request.terms, events).stage;
  } catch (error) {
    if (error instanceof LiaisonError) return refuse([`the request's steps are not possible: ${error.message}`, ...error.issues.map((i) => `${i.path}: ${i.message}`)]);
    throw error;
  }
  await insertRequest(tx, {
    id: request.id, reference: request.reference, type: request.type, direction: 'incoming', issuingNode: sender, executingNode: ctx.nodeId,
    agreement: envelope.agreement, purpose: envelope.purpose ?? '', issuingAuthority: request.issuingAuthority, executingAuthority: request.executingAuthority,
    caseId: null, subjectId: null, offence: request.offence, criminality: criminality ?? { problem: assessmentProblem }, content: signedForm!.content,
    terms: request.terms, stage, createdBy: `node:${sender}`, createdAt: at, updatedAt: at, transmission: null,
  });
  await insertBundle(tx, { id: verification.id, requestId: request.id, bundle, manifestDigest: verification.manifestDigest, verification: verification.summary, sourceNode: sender, createdAt: at });
  for (let i = 0; i < events.length; i++) {
    const own = i === events.length - 1;
    await insertEvent(tx, request.id, {
      event: events[i], stageAfter: evaluateStored(ctx, request.type, request.terms, events.slice(0, i + 1)).stage,
      recordedBy: own ? 'system' : `node:${sender}`, sourceNode: own ? ctx.nodeId : sender, recordedAt: at, bundleId: null,
    });
  }
  await appendAudit(tx, ctx.clock, [
    {
      actor: `node:${sender}`, action: 'collection', purpose: envelope.purpose ?? undefined,
      details: { kind: REQUEST_KIND, judicialRequest: request.id, reference: request.reference, type: request.type, agreement: envelope.agreement, manifestDigest: verification.manifestDigest },
    },
  ]);
  await acknowledge(true, [], [], verification.manifestDigest);
  return undefined;
}

/** The other node's step of a request both track: its documents verified, the sequence checked, then kept. */
async function receiveEvent(federation: Federation, tx: Queryable, envelope: Envelope): Promise<undefined> {
  const { ctx } = federation;
  const { requestId, seq, event, bundle } = parseBody(EventEnvelopeBody, envelope.body, EVENT_KIND);
  const request = await findRequest(tx, requestId, true);
  const partyOf = request && (request.direction === 'outgoing' ? request.executingNode : request.issuingNode);
  if (!request || partyOf !== envelope.sender) throw new LiaisonError('not_found', `no judicial request ${requestId} with ${envelope.sender}`);
  requireRecordingSide(event.type, request.direction === 'outgoing' ? 'executing' : 'issuing', 'body.event.type');
  const stored = await eventsOf(tx, requestId);
  // Envelopes may overtake each other: a step waits (409, retried) until the sender's earlier steps are here.
  const fromSender = stored.filter((e) => e.sourceNode === envelope.sender).length;
  if (fromSender < seq - 1) throw new LiaisonError('conflict', `step ${seq} of ${envelope.sender} arrived before its step ${fromSender + 1}`);
  if (fromSender >= seq) throw invalidInput(`step ${seq} of ${envelope.sender} is already recorded`, [{ path: 'body.seq', message: 'already recorded' }]);
  const at = ctx.clock.now().toISOString();
  let bundleId: string | null = null;
  if (bundle) {
    const verification = await verifySignedBundle(federation, envelope.sender, bundle, { requestId, recipient: ctx.nodeId });
    if (!verification.valid) throw new LiaisonError('integrity_failure', `the documents of the ${event.type} do not verify: ${verification.problems.join('; ')}`);
    await insertBundle(tx, { id: verification.id, requestId, bundle, manifestDigest: verification.manifestDigest, verification: verification.summary, sourceNode: envelope.sender, createdAt: at });
    bundleId = verification.id;
  }
  const events = [...stored.map((e) => e.event as JudicialEvent), event];
  const { stage } = evaluateStored(ctx, request.type, request.terms as RequestTerms, events);
  await insertEvent(tx, requestId, { event, stageAfter: stage, recordedBy: `node:${envelope.sender}`, sourceNode: envelope.sender, recordedAt: at, bundleId });
  await updateStage(tx, requestId, stage, at);
  await appendAudit(tx, ctx.clock, [
    { actor: `node:${envelope.sender}`, action: 'alteration', purpose: request.purpose, recordIds: linkedRecordIds(request), details: { judicialRequest: requestId, event: event.type, stage } },
  ]);
  return undefined;
}

/** The executing node's acknowledgement: receipt becomes a step here too (both clocks start alike), or the refusal is kept. */
async function receiveAck(federation: Federation, tx: Queryable, envelope: Envelope): Promise<undefined> {
  const { ctx } = federation;
  const ack = parseBody(AckEnvelopeBody, envelope.body, ACK_KIND);
  const request = await findRequest(tx, ack.requestId, true);
  if (!request || request.direction !== 'outgoing' || request.executingNode !== envelope.sender) throw new LiaisonError('not_found', `no judicial request ${ack.requestId} to ${envelope.sender}`);
  const at = ctx.clock.now().toISOString();
  const transmission = { accepted: ack.accepted, receivedAt: ack.receivedAt, reasons: ack.reasons, problems: ack.problems, ...(ack.manifestDigest && { manifestDigest: ack.manifestDigest }) };
  let stage = NOT_ACCEPTED_STAGE;
  if (ack.accepted) {
    const received = receivedEvent(new Date(ack.receivedAt));
    const events = [...(await eventsOf(tx, request.id)).map((e) => e.event as JudicialEvent), received];
    stage = evaluateStored(ctx, request.type, request.terms as RequestTerms, events).stage;
    await insertEvent(tx, request.id, { event: received, stageAfter: stage, recordedBy: `node:${envelope.sender}`, sourceNode: envelope.sender, recordedAt: at, bundleId: null });
  }
  await recordTransmission(tx, request.id, transmission, stage, at);
  await appendAudit(tx, ctx.clock, [
    { actor: `node:${envelope.sender}`, action: 'alteration', purpose: request.purpose, details: { judicialRequest: request.id, acknowledged: ack.accepted, reasons: ack.reasons, problems: ack.problems } },
  ]);
  return undefined;
}

/** Registers the handlers of judicial envelopes. */
export function registerJudicialHandlers(federation: Federation): void {
  federation.on(REQUEST_KIND, (tx, envelope) => receiveRequest(federation, tx, envelope));
  federation.on(EVENT_KIND, (tx, envelope) => receiveEvent(federation, tx, envelope));
  federation.on(ACK_KIND, (tx, envelope) => receiveAck(federation, tx, envelope));
}
