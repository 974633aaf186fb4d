import { appendAudit } from '../audit/audit-log.ts';
import type { AgreementDocument, QueryableType } from '../agreements/document.ts';
import { evaluateExchange } from '../agreements/policy.ts';
import { agreementsInForce } from '../agreements/service.ts';
import { isoDate } from '../core/clock.ts';
import type { Actor } from '../core/context.ts';
import { LiaisonError } from '../core/errors.ts';
import type { Federation } from '../federation/federation.ts';
import { enqueue } from '../federation/outbox.ts';
import { pseudonymFor } from '../federation/pseudonyms.ts';
import { requirePermission } from '../identity/officers.ts';
import type { StoredRecord } from '../model/record.ts';
import { parseInput } from '../model/parse.ts';
import { candidateStateOf } from '../biometrics/repository.ts';
import { findRecord } from '../records/repository.ts';
import { requireJustification } from '../records/service.ts';
import type { Queryable } from '../store/database.ts';
import { checkEnvelopeAgreement } from './agreement-check.ts';
import { DeclineBody, FollowUpBody, FollowUpDecision, FollowUpRequest, ReleaseBody } from './schema.ts';

/** A follow-up as officers see it, in either direction, flagged when overdue. */
export interface FollowUpView {
  id: string;
  direction: 'outgoing' | 'incoming';
  partner: string;
  agreement: string;
  recordType: string;
  requestedFields: string[];
  releasedFields: string[];
  purpose: string;
  justification: string;
  urgent: boolean;
  state: 'requested' | 'pending' | 'released' | 'declined';
  deadline: string;
  overdue: boolean;
  decisionReason: string | null;
  createdAt: string;
}

const FOLLOW_UP_COLUMNS = `id, direction, partner, agreement, record_type AS "recordType", requested_fields AS "requestedFields",
  released_fields AS "releasedFields", purpose, justification, urgent, state, deadline, decision_reason AS "decisionReason", created_at AS "createdAt"`;

/** The deadline of a request made now: the agreement's urgent hours or normal days. */
function deadlineOf(agreement: AgreementDocument, urgent: boolean, now: Date): string {
  const ms = urgent ? agreement.deadlines.urgentHours * 3600_000 : agreement.deadlines.normalDays * 24 * 3600_000;
  return new Date(now.getTime() + ms).toISOString();
}

/** Every field the agreement lets leave the owner for a record type. */
const releasableFields = (agreement: AgreementDocument, recordType: keyof AgreementDocument['releasable']) => [
  ...new Set([...(agreement.releasable[recordType] ?? []), ...(agreement.autoRelease[recordType] ?? [])]),
];

/**
 * Prüm step 2, asking side: requests the data behind a hit, with a
 * justification; queued for the owner, with the agreement's deadline running.
 */
export async function requestFollowUp(federation: Federation, actor: Actor, input: unknown): Promise<FollowUpView> {
  requirePermission(actor, 'exchange:query');
  const request = parseInput(FollowUpRequest, input, 'invalid follow-up request');
  const { ctx } = federation;
  const id = await ctx.db.transaction(async (tx) => {
    const [query] = await tx.query<{ partner: string; agreement: string; record_type: QueryableType; purpose: string; outcome: string; reference: string }>(
      'SELECT partner, agreement, record_type, purpose, outcome, reference FROM exchange_queries WHERE id = $1',
      [request.queryId],
    );
    if (!query) throw new LiaisonError('not_found', `no query ${request.queryId}`);
    if (query.outcome !== 'hit') throw new LiaisonError('conflict', `query ${request.queryId} was not a hit`);
    const agreement = (await agreementsInForce(tx, federation, query.partner)).find((d) => d.id === query.agreement);
    if (!agreement) throw new LiaisonError('agreement_refused', `agreement ${query.agreement} is no longer in force`);
    const fields = request.fields ?? releasableFields(agreement, query.record_type);
    const now = ctx.clock.now();
    const body = { reference: query.reference, recordType: query.record_type, fields, justification: request.justification, urgent: request.urgent };
    const envelopeId = await enqueue(tx, federation, {
      receiver: query.partner,
      kind: 'exchange.follow_up',
      agreement: agreement.id,
      purpose: query.purpose,
      requester: await pseudonymFor(tx, actor.id, now.toISOString()),
      body,
    });
    await insertFollowUp(tx, {
      id: envelopeId,
      direction: 'outgoing',
      partner: query.partner,
      agreement: agreement.id,
      reference: query.reference,
      recordId: null,
      recordType: query.record_type,
      fields,
      purpose: query.purpose,
      justification: request.justification,
      urgent: request.urgent,
      requester: actor.id,
      state: 'requested',
      deadline: deadlineOf(agreement, request.urgent, now),
      at: now.toISOString(),
    });
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'follow_up_requested', purpose: query.purpose, justification: request.justification, recipients: [query.partner], details: { followUp: envelopeId, fields } },
    ]);
    return envelopeId;
  });
  return getFollowUp(federation, actor, id);
}

interface NewFollowUp {
  id: string;
  direction: 'outgoing' | 'incoming';
  partner: string;
  agreement: string;
  reference: string;
  recordId: string | null;
  recordType: string;
  fields: string[];
  purpose: string;
  justification: string;
  urgent: boolean;
  requester: string;
  state: string;
  deadline: string;
  at: string;
}

async function insertFollowUp(tx: Queryable, f: NewFollowUp): Promise<void> {
  await tx.query(
    `INSERT INTO follow_ups (id, direction, partner, agreement, reference, record_id, record_type, requested_fields, purpose, justification,
                             urgent, requester, state, deadline, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [f.id, f.direction, f.partner, f.agreement, f.reference, f.recordId, f.recordType, JSON.stringify(f.fields), f.purpose, f.justification, f.urgent, f.requester, f.state, f.deadline, f.at],
  );
}

/**
 * Releases fields of the owner's record to the partner, if the agreement
 * allows them for this record's handling code and TLP; queued in the caller's
 * transaction, audited as a disclosure.
 */
async function release(
  tx: Queryable,
  federation: Federation,
  followUp: { id: string; partner: string; purpose: string; recordType: QueryableType },
  agreement: AgreementDocument,
  record: StoredRecord,
  fields: string[],
  actorId: string,
  automatic: boolean,
): Promise<void> {
  const { ctx } = federation;
  const decision = evaluateExchange(agreement, {
    partner: followUp.partner,
    action: 'release',
    recordType: followUp.recordType,
    purpose: followUp.purpose,
    fields,
    handlingCode: record.protection.handlingCode,
    tlp: record.protection.tlp,
  });
  if (!decision.allowed) throw new LiaisonError('agreement_refused', `the agreement refuses this release: ${decision.reasons.join('; ')}`);
  const data = Object.fromEntries(fields.filter((f) => record.data && f in record.data).map((f) => [f, record.data![f]]));
  const retain = ctx.clock.now();
  retain.setUTCDate(retain.getUTCDate() + agreement.retentionDays);
  const { subjectCategory, sourceReliability, informationAccuracy, handlingCode, tlp, legalBasis, nature } = record.protection;
  await enqueue(tx, federation, {
    receiver: followUp.partner,
    kind: 'exchange.release',
    agreement: agreement.id,
    purpose: followUp.purpose,
    body: {
      followUpId: followUp.id,
      recordType: followUp.recordType,
      data,
      protection: { subjectCategory, sourceReliability, informationAccuracy, handlingCode, tlp, legalBasis, nature },
      retainUntil: isoDate(retain),
      automatic,
    },
  });
  await appendAudit(tx, ctx.clock, [
    { actor: actorId, action: 'disclosure', purpose: followUp.purpose, recordIds: [record.id], recipients: [followUp.partner], details: { followUp: followUp.id, fields, automatic } },
  ]);
}

const REJECTED_CANDIDATE = 'the biometric candidate behind this hit was rejected on verification by an officer of the owning node';

/** Declines an incoming follow-up with a reason: queued for the partner, audited. */
async function declineFollowUp(
  tx: Queryable,
  federation: Federation,
  f: { id: string; partner: string; agreement: string; purpose: string; recordId: string },
  reason: string,
  actorId: string,
): Promise<void> {
  const { ctx } = federation;
  await enqueue(tx, federation, { receiver: f.partner, kind: 'exchange.decline', agreement: f.agreement, purpose: f.purpose, body: { followUpId: f.id, reason } });
  await tx.query(`UPDATE follow_ups SET state = 'declined', decision_reason = $2, decided_at = $3 WHERE id = $1`, [f.id, reason, ctx.clock.now().toISOString()]);
  await appendAudit(tx, ctx.clock, [{ actor: actorId, action: 'follow_up_decided', recipients: [f.partner], recordIds: [f.recordId], details: { followUp: f.id, decision: 'decline', reason } }]);
}

/**
 * Releases the fields of an incoming follow-up that the agreement releases
 * without an officer's decision. Nothing is released automatically when the
 * agreement refuses it (e.g. a handling code above its ceiling): the
 * follow-up waits for an officer.
 */
async function releaseAutomatically(
  tx: Queryable,
  federation: Federation,
  f: { id: string; partner: string; purpose: string; recordType: QueryableType; recordId: string; fields: string[] },
  agreement: AgreementDocument,
): Promise<void> {
  const automatic = f.fields.filter((field) => (agreement.autoRelease[f.recordType] ?? []).includes(field));
  if (automatic.length === 0) return;
  const record = await findRecord(tx, f.recordId);
  if (!record || record.erasedAt) return;
  const { handlingCode, tlp } = record.protection;
  if (!evaluateExchange(agreement, { partner: f.partner, action: 'release', recordType: f.recordType, purpose: f.purpose, fields: automatic, handlingCode, tlp }).allowed) return;
  await release(tx, federation, f, agreement, record, automatic, 'system', true);
  const complete = automatic.length === f.fields.length;
  await tx.query(`UPDATE follow_ups SET released_fields = $2, state = $3, decided_at = $4 WHERE id = $1`, [
    f.id,
    JSON.stringify(automatic),
    complete ? 'released' : 'pending',
    complete ? federation.ctx.clock.now().toISOString() : null,
  ]);
}

/**
 * Settles the pending follow-ups on a biometric hit once an officer of this
 * node has verified the candidate: confirmed, the agreement's automatic
 * fields are released now (the rest waits for an officer's release);
 * rejected, they are declined, saying so.
 */
export async function settleVerifiedFollowUps(tx: Queryable, federation: Federation, reference: string, confirmed: boolean): Promise<void> {
  const pending = await tx.query<{ id: string; partner: string; agreement: string; purpose: string; record_type: QueryableType; record_id: string; requested_fields: string[] }>(
    `SELECT id, partner, agreement, purpose, record_type, record_id, requested_fields FROM follow_ups
     WHERE reference = $1 AND direction = 'incoming' AND state = 'pending' ORDER BY created_at FOR UPDATE`,
    [reference],
  );
  for (const p of pending) {
    const followUp = { id: p.id, partner: p.partner, agreement: p.agreement, purpose: p.purpose, recordType: p.record_type, recordId: p.record_id, fields: p.requested_fields };
    if (!confirmed) {
      await declineFollowUp(tx, federation, followUp, REJECTED_CANDIDATE, 'system');
      continue;
    }
    const agreement = (await agreementsInForce(tx, federation, p.partner)).find((d) => d.id === p.agreement);
    if (agreement) await releaseAutomatically(tx, federation, followUp, agreement);
  }
}

/**
 * Prüm step 2, owner's side: an officer releases all or some fields, or
 * declines with a reason. The answer is queued for the partner.
 */
export async function decideFollowUp(federation: Federation, actor: Actor, id: string, input: unknown): Promise<FollowUpView> {
  requirePermission(actor, 'exchange:decide');
  const decision = parseInput(FollowUpDecision, input, 'invalid decision');
  const { ctx } = federation;
  await ctx.db.transaction(async (tx) => {
    const [f] = await tx.query<{ partner: string; agreement: string; reference: string; record_id: string; record_type: QueryableType; purpose: string; state: string; released_fields: string[] }>(
      `SELECT partner, agreement, reference, record_id, record_type, purpose, state, released_fields FROM follow_ups WHERE id = $1 AND direction = 'incoming' FOR UPDATE`,
      [id],
    );
    if (!f) throw new LiaisonError('not_found', `no incoming follow-up ${id}`);
    if (f.state !== 'pending') throw new LiaisonError('conflict', `follow-up ${id} is ${f.state}`);
    const now = ctx.clock.now().toISOString();
    if (decision.decision === 'decline') {
      await declineFollowUp(tx, federation, { id, partner: f.partner, purpose: f.purpose, recordId: f.record_id, agreement: f.agreement }, decision.reason, actor.id);
      return;
    }
    const verification = await candidateStateOf(tx, f.reference);
    if (verification === 'pending') throw new LiaisonError('conflict', 'this hit is a biometric candidate not yet verified: an officer confirms or rejects it before any data is released');
    if (verification === 'rejected') throw new LiaisonError('conflict', 'this hit is a biometric candidate an officer rejected: nothing can be released');
    const agreement = (await agreementsInForce(tx, federation, f.partner)).find((d) => d.id === f.agreement);
    if (!agreement) throw new LiaisonError('agreement_refused', `agreement ${f.agreement} is no longer in force`);
    const record = await findRecord(tx, f.record_id);
    if (!record || record.erasedAt) throw new LiaisonError('conflict', 'the record behind this hit has been erased');
    await release(tx, federation, { id, partner: f.partner, purpose: f.purpose, recordType: f.record_type }, agreement, record, decision.fields, actor.id, false);
    await tx.query(`UPDATE follow_ups SET state = 'released', released_fields = $2, decided_at = $3 WHERE id = $1`, [
      id,
      JSON.stringify([...new Set([...f.released_fields, ...decision.fields])]),
      now,
    ]);
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'follow_up_decided', recipients: [f.partner], recordIds: [record.id], details: { followUp: id, decision: 'release', fields: decision.fields } }]);
  });
  return getFollowUp(federation, actor, id);
}

/** One follow-up, in either direction. */
export async function getFollowUp(federation: Federation, actor: Actor, id: string): Promise<FollowUpView> {
  requirePermission(actor, 'exchange:query');
  const [row] = await federation.ctx.db.query<Omit<FollowUpView, 'overdue'>>(`SELECT ${FOLLOW_UP_COLUMNS} FROM follow_ups WHERE id = $1`, [id]);
  if (!row) throw new LiaisonError('not_found', `no follow-up ${id}`);
  return withOverdue(row, federation.ctx.clock.now().toISOString());
}

const withOverdue = (row: Omit<FollowUpView, 'overdue'>, now: string): FollowUpView => ({
  ...row,
  overdue: (row.state === 'requested' || row.state === 'pending') && row.deadline < now,
});

/** Every follow-up, open ones first by deadline, each flagged when overdue. */
export async function listFollowUps(federation: Federation, actor: Actor): Promise<FollowUpView[]> {
  requirePermission(actor, 'exchange:query');
  const rows = await federation.ctx.db.query<Omit<FollowUpView, 'overdue'>>(
    `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_ups ORDER BY (state IN ('requested', 'pending')) DESC, deadline, id LIMIT 500`,
  );
  const now = federation.ctx.clock.now().toISOString();
  return rows.map((r) => withOverdue(r, now));
}

/** Data released to this node by a partner: a consultation of personal data, audited; gone after its retention date. */
export async function readReleasedData(federation: Federation, actor: Actor, followUpId: string, reason: unknown) {
  requirePermission(actor, 'records:read');
  const why = requireJustification(reason);
  const { ctx } = federation;
  return ctx.db.transaction(async (tx) => {
    const today = isoDate(ctx.clock.now());
    const expired = await tx.query<{ release_id: string }>('DELETE FROM released_data WHERE follow_up_id = $1 AND retain_until < $2 RETURNING release_id', [followUpId, today]);
    const rows = await tx.query<{ partner: string; record_type: string; data: Record<string, unknown>; protection: Record<string, unknown>; retain_until: string; received_at: string }>(
      'SELECT partner, record_type, data, protection, retain_until, received_at FROM released_data WHERE follow_up_id = $1 ORDER BY received_at',
      [followUpId],
    );
    await appendAudit(tx, ctx.clock, [
      ...(expired.length > 0 ? [{ actor: 'system', action: 'erasure' as const, details: { followUp: followUpId, releases: expired.length, reason: 'retention period at the receiver ended' } }] : []),
      { actor: actor.id, action: 'consultation', purpose: why.purpose, justification: why.justification, details: { followUp: followUpId, releases: rows.length } },
    ]);
    return rows.map((r) => ({ partner: r.partner, recordType: r.record_type, data: r.data, protection: r.protection, retainUntil: r.retain_until, receivedAt: r.received_at }));
  });
}

/** Registers the handlers of follow-up requests, releases and declines from partners. */
export function registerFollowUpHandlers(federation: Federation): void {
  const { ctx } = federation;

  federation.on('exchange.follow_up', async (tx, envelope) => {
    const parsed = FollowUpBody.safeParse(envelope.body);
    if (!parsed.success) throw new LiaisonError('invalid_input', 'malformed follow-up request');
    const body = parsed.data;
    const check = await checkEnvelopeAgreement(tx, federation, envelope, { action: 'query', recordType: body.recordType });
    const [ref] = await tx.query<{ record_id: string; query_type: string | null }>(
      'SELECT record_id, query_type FROM exchange_references WHERE reference = $1 AND partner = $2 AND agreement = $3',
      [body.reference, envelope.sender, envelope.agreement],
    );
    // Read (and locked against a decision) before the follow-up is written, so that a verification deciding meanwhile sees it.
    const verification = ref ? await candidateStateOf(tx, body.reference) : undefined;
    const now = ctx.clock.now();
    // A follow-up names the kind of hit it follows: the agreement's field lists for that kind apply, not another's.
    const mismatch = ref?.query_type && ref.query_type !== body.recordType ? `the hit was a ${ref.query_type} hit, not a ${body.recordType} one` : undefined;
    if (!check.allowed || !ref || mismatch) {
      const reason = !ref ? 'unknown reference' : mismatch ?? (check.allowed ? '' : check.reasons.join('; '));
      await enqueue(tx, federation, { receiver: envelope.sender, kind: 'exchange.decline', agreement: envelope.agreement, purpose: envelope.purpose, body: { followUpId: envelope.id, reason: `refused: ${reason}` } });
      await appendAudit(tx, ctx.clock, [{ actor: `node:${envelope.sender}`, action: 'request_refused', details: { requester: envelope.requester, kind: envelope.kind, reason } }]);
      return undefined;
    }
    const agreement = check.agreement;
    await insertFollowUp(tx, {
      id: envelope.id,
      direction: 'incoming',
      partner: envelope.sender,
      agreement: agreement.id,
      reference: body.reference,
      recordId: ref.record_id,
      recordType: body.recordType,
      fields: body.fields,
      purpose: envelope.purpose ?? '',
      justification: body.justification,
      urgent: body.urgent,
      requester: envelope.requester ?? '',
      state: 'pending',
      deadline: deadlineOf(agreement, body.urgent, now),
      at: now.toISOString(),
    });
    await appendAudit(tx, ctx.clock, [
      { actor: `node:${envelope.sender}`, action: 'follow_up_requested', purpose: envelope.purpose ?? undefined, justification: body.justification, recordIds: [ref.record_id], details: { requester: envelope.requester, followUp: envelope.id, fields: body.fields } },
    ]);
    const followUp = { id: envelope.id, partner: envelope.sender, agreement: agreement.id, purpose: envelope.purpose ?? '', recordType: body.recordType, recordId: ref.record_id, fields: body.fields };
    if (verification === 'rejected') await declineFollowUp(tx, federation, followUp, REJECTED_CANDIDATE, 'system');
    else if (verification !== 'pending') await releaseAutomatically(tx, federation, followUp, agreement);
    return undefined;
  });

  federation.on('exchange.release', async (tx, envelope) => {
    const parsed = ReleaseBody.safeParse(envelope.body);
    if (!parsed.success) throw new LiaisonError('invalid_input', 'malformed release');
    const body = parsed.data;
    const [f] = await tx.query<{ requested_fields: string[]; released_fields: string[] }>(
      `SELECT requested_fields, released_fields FROM follow_ups WHERE id = $1 AND direction = 'outgoing' AND partner = $2 FOR UPDATE`,
      [body.followUpId, envelope.sender],
    );
    if (!f) throw new LiaisonError('invalid_input', `no follow-up ${body.followUpId} was sent to ${envelope.sender}`);
    // The receiving side checks the release against the agreement too: fields, handling code and TLP.
    const agreement = (await agreementsInForce(tx, federation, envelope.sender)).find((d) => d.id === envelope.agreement);
    const decision = agreement
      ? evaluateExchange(agreement, {
          partner: ctx.nodeId,
          action: 'release',
          recordType: body.recordType,
          purpose: envelope.purpose ?? '',
          fields: Object.keys(body.data),
          handlingCode: body.protection.handlingCode,
          tlp: body.protection.tlp,
        })
      : { allowed: false, reasons: [`agreement ${envelope.agreement ?? '(none)'} is not in force`] };
    if (!decision.allowed) throw new LiaisonError('agreement_refused', `this release is outside the agreement: ${decision.reasons.join('; ')}`);
    const now = ctx.clock.now().toISOString();
    await tx.query(
      `INSERT INTO released_data (follow_up_id, release_id, partner, record_type, data, protection, retain_until, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [body.followUpId, envelope.id, envelope.sender, body.recordType, JSON.stringify(body.data), JSON.stringify(body.protection), body.retainUntil, now],
    );
    const released = [...new Set([...f.released_fields, ...Object.keys(body.data)])];
    const complete = f.requested_fields.every((field) => released.includes(field)) || !body.automatic;
    await tx.query(`UPDATE follow_ups SET released_fields = $2, state = $3, decided_at = $4 WHERE id = $1`, [body.followUpId, JSON.stringify(released), complete ? 'released' : 'requested', now]);
    await appendAudit(tx, ctx.clock, [
      { actor: `node:${envelope.sender}`, action: 'collection', purpose: envelope.purpose ?? undefined, details: { followUp: body.followUpId, fields: Object.keys(body.data), retainUntil: body.retainUntil, automatic: body.automatic } },
    ]);
    return undefined;
  });

  federation.on('exchange.decline', async (tx, envelope) => {
    const parsed = DeclineBody.safeParse(envelope.body);
    if (!parsed.success) throw new LiaisonError('invalid_input', 'malformed decline');
    const updated = await tx.query(
      `UPDATE follow_ups SET state = 'declined', decision_reason = $3, decided_at = $4 WHERE id = $1 AND direction = 'outgoing' AND partner = $2 RETURNING id`,
      [parsed.data.followUpId, envelope.sender, parsed.data.reason, ctx.clock.now().toISOString()],
    );
    if (updated.length === 0) throw new LiaisonError('invalid_input', `no follow-up ${parsed.data.followUpId} was sent to ${envelope.sender}`);
    await appendAudit(tx, ctx.clock, [{ actor: `node:${envelope.sender}`, action: 'follow_up_decided', details: { followUp: parsed.data.followUpId, decision: 'decline', reason: parsed.data.reason } }]);
    return undefined;
  });
}
