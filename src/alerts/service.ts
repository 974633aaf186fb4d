import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import { agreementsInForce } from '../agreements/service.ts';
import { evaluateExchange } from '../agreements/policy.ts';
import type { Actor } from '../core/context.ts';
import { LiaisonError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { findAllowingAgreement } from '../exchange/agreement-check.ts';
import { searchFor } from '../exchange/matching.ts';
import { RecordCriteria } from '../exchange/schema.ts';
import type { Federation } from '../federation/federation.ts';
import { enqueue } from '../federation/outbox.ts';
import { requirePermission } from '../identity/officers.ts';
import { parseInput } from '../model/parse.ts';
import { text } from '../model/primitives.ts';
import { keyCriteriaOf, requireJustification } from '../records/service.ts';
import type { Queryable } from '../store/database.ts';
import { deleteAlert, findAlert, listAlertRows, purgeExpiredReplicas, searchAlertsByKeys, upsertAlert } from './repository.ts';
import { AlertUpdate, HitAnswer, HitReport, NewAlert, type Alert } from './schema.ts';

/** The partners whose agreements in force cover an alert's category and subject type. */
async function recipientsOf(tx: Queryable, federation: Federation, alert: Alert): Promise<{ partner: string; agreement: string }[]> {
  const recipients = [];
  for (const peer of federation.peers.all()) {
    const partner = peer.descriptor.nodeId;
    const check = await findAllowingAgreement(tx, federation, partner, { action: 'alert', recordType: alert.recordType, purpose: 'public_security', category: alert.category });
    if (check.allowed) recipients.push({ partner, agreement: check.agreement.id });
  }
  return recipients;
}

/** Sends an alert's current version to every partner covered, as `kind`. */
async function replicate(tx: Queryable, federation: Federation, alert: Alert, kind: 'alert.publish' | 'alert.withdraw'): Promise<string[]> {
  const recipients = await recipientsOf(tx, federation, alert);
  for (const { partner, agreement } of recipients) {
    await enqueue(tx, federation, { receiver: partner, kind, agreement, purpose: 'public_security', body: kind === 'alert.publish' ? { alert: { ...alert, agreement } } : { alertId: alert.id } });
  }
  return recipients.map((r) => r.partner);
}

/**
 * Publishes an alert (the SIS pattern): stored here, and replicated to every
 * partner whose agreement covers its category, who keep a copy and search it locally.
 */
export async function publishAlert(federation: Federation, actor: Actor, input: unknown): Promise<Alert> {
  requirePermission(actor, 'alerts:issue');
  const parsed = parseInput(NewAlert, input, 'invalid alert');
  const { ctx } = federation;
  const now = ctx.clock.now().toISOString();
  if (parsed.expiresAt <= now) throw new LiaisonError('invalid_input', 'the alert would expire at once', [{ path: 'expiresAt', message: 'must be in the future' }]);
  const alert: Alert = {
    id: newId(),
    issuer: ctx.nodeId,
    agreement: null,
    recordType: parsed.subject.type,
    category: parsed.category,
    actionToTake: parsed.actionToTake,
    subject: parsed.subject,
    protection: { ...parsed.protection, ownerNode: ctx.nodeId },
    state: 'active',
    version: 1,
    expiresAt: new Date(parsed.expiresAt).toISOString(),
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.transaction(async (tx) => {
    await upsertAlert(tx, alert);
    const recipients = await replicate(tx, federation, alert, 'alert.publish');
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'alert_published', recipients, details: { alert: alert.id, category: alert.category } }]);
  });
  return alert;
}

/** Changes an alert this node issued; the new version reaches every replica. */
export async function updateAlert(federation: Federation, actor: Actor, id: string, input: unknown): Promise<Alert> {
  requirePermission(actor, 'alerts:issue');
  const change = parseInput(AlertUpdate, input, 'invalid alert update');
  const { ctx } = federation;
  return ctx.db.transaction(async (tx) => {
    const alert = await ownAlert(tx, federation, id);
    const updated: Alert = {
      ...alert,
      ...(change.actionToTake && { actionToTake: change.actionToTake }),
      ...(change.expiresAt && { expiresAt: new Date(change.expiresAt).toISOString() }),
      version: alert.version + 1,
      updatedAt: ctx.clock.now().toISOString(),
    };
    await upsertAlert(tx, updated);
    const recipients = await replicate(tx, federation, updated, 'alert.publish');
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'alert_published', recipients, details: { alert: id, version: updated.version } }]);
    return updated;
  });
}

/** Withdraws an alert this node issued; replicas disappear at the partners. */
export async function withdrawAlert(federation: Federation, actor: Actor, id: string, input: unknown): Promise<void> {
  requirePermission(actor, 'alerts:issue');
  const { reason } = parseInput(z.strictObject({ reason: text(500, 5) }), input, 'invalid withdrawal');
  const { ctx } = federation;
  await ctx.db.transaction(async (tx) => {
    const alert = await ownAlert(tx, federation, id);
    const withdrawn: Alert = { ...alert, state: 'withdrawn', version: alert.version + 1, updatedAt: ctx.clock.now().toISOString() };
    await upsertAlert(tx, withdrawn);
    await tx.query('DELETE FROM alert_keys WHERE alert_id = $1', [id]);
    const recipients = await replicate(tx, federation, withdrawn, 'alert.withdraw');
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'alert_withdrawn', recipients, details: { alert: id, reason } }]);
  });
}

async function ownAlert(tx: Queryable, federation: Federation, id: string): Promise<Alert> {
  const alert = await findAlert(tx, id, true);
  if (!alert) throw new LiaisonError('not_found', `no alert ${id}`);
  if (alert.issuer !== federation.ctx.nodeId) throw new LiaisonError('forbidden', `alert ${id} was issued by ${alert.issuer}: only the issuer changes it`);
  if (alert.state !== 'active') throw new LiaisonError('conflict', `alert ${id} is ${alert.state}`);
  return alert;
}

/**
 * Searches the alerts held here — own and replicated — for a person, vehicle
 * or document: a consultation, audited. Lapsed replicas are removed first.
 */
export async function searchAlerts(federation: Federation, actor: Actor, input: unknown, why: unknown): Promise<Alert[]> {
  requirePermission(actor, 'records:read');
  const { purpose, justification } = requireJustification(why);
  const criteria = parseInput(RecordCriteria, input, 'invalid search');
  const { ctx } = federation;
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now().toISOString();
    const lapsed = await purgeExpiredReplicas(tx, ctx.nodeId, now);
    const found = await searchAlertsByKeys(tx, keyCriteriaOf(searchFor(criteria)), now);
    await appendAudit(tx, ctx.clock, [
      ...(lapsed.length > 0 ? [{ actor: 'system', action: 'erasure' as const, details: { alerts: lapsed, reason: 'replicated alerts past their expiry' } }] : []),
      { actor: actor.id, action: 'consultation', purpose, justification, details: { alertSearch: criteria, found: found.map((a) => a.id) } },
    ]);
    return found;
  });
}

/** Alerts issued here or held as live replicas (without their subjects), newest first. */
export async function listAlerts(federation: Federation, actor: Actor): Promise<Omit<Alert, 'subject'>[]> {
  requirePermission(actor, 'node:read');
  const { ctx } = federation;
  return (await listAlertRows(ctx.db, ctx.nodeId, ctx.clock.now().toISOString(), 500)).map(({ subject: _subject, ...rest }) => rest);
}

/** A hit report, in either direction, flagged when the issuer's answer is overdue. */
export interface HitView {
  id: string;
  direction: 'outgoing' | 'incoming';
  alertId: string;
  partner: string;
  circumstances: string;
  actionTaken: string;
  deadline: string;
  answer: string | null;
  answeredAt: string | null;
  overdue: boolean;
}

/**
 * Reports that a replicated alert's subject was found: sent to the issuer, who
 * must answer within the agreement's hit-report deadline (12 hours by default).
 */
export async function reportHit(federation: Federation, actor: Actor, alertId: string, input: unknown): Promise<HitView> {
  requirePermission(actor, 'exchange:query');
  const report = parseInput(HitReport, input, 'invalid hit report');
  const { ctx } = federation;
  const id = await ctx.db.transaction(async (tx) => {
    const alert = await findAlert(tx, alertId);
    if (!alert || alert.state !== 'active') throw new LiaisonError('not_found', `no active alert ${alertId}`);
    if (alert.issuer === ctx.nodeId) throw new LiaisonError('conflict', 'this node issued the alert: there is no one to report to');
    const agreement = (await agreementsInForce(tx, federation, alert.issuer)).find((d) => d.id === alert.agreement);
    if (!agreement || !evaluateExchange(agreement, { partner: ctx.nodeId, action: 'alert', recordType: alert.recordType, purpose: 'public_security', category: alert.category }).allowed) {
      throw new LiaisonError('agreement_refused', `agreement ${alert.agreement} no longer covers this alert`);
    }
    const deadline = new Date(ctx.clock.now().getTime() + agreement.deadlines.hitReportHours * 3600_000).toISOString();
    const envelopeId = await enqueue(tx, federation, { receiver: alert.issuer, kind: 'alert.hit', agreement: agreement.id, purpose: 'public_security', body: { alertId, ...report, deadline } });
    await insertHit(tx, { id: envelopeId, direction: 'outgoing', alertId, partner: alert.issuer, ...report, deadline, at: ctx.clock.now().toISOString() });
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'alert_hit', recipients: [alert.issuer], details: { alert: alertId, hit: envelopeId } }]);
    return envelopeId;
  });
  return (await listHits(federation, actor)).find((h) => h.id === id)!;
}

/** The issuer answers a hit report; the answer goes back to the reporting node. */
export async function answerHit(federation: Federation, actor: Actor, hitId: string, input: unknown): Promise<HitView> {
  requirePermission(actor, 'exchange:decide');
  const { answer } = parseInput(HitAnswer, input, 'invalid answer');
  const { ctx } = federation;
  await ctx.db.transaction(async (tx) => {
    const [hit] = await tx.query<{ partner: string; answer: string | null }>(`SELECT partner, answer FROM alert_hits WHERE id = $1 AND direction = 'incoming' FOR UPDATE`, [hitId]);
    if (!hit) throw new LiaisonError('not_found', `no incoming hit report ${hitId}`);
    if (hit.answer) throw new LiaisonError('conflict', `hit report ${hitId} is answered already`);
    await tx.query('UPDATE alert_hits SET answer = $2, answered_at = $3 WHERE id = $1', [hitId, answer, ctx.clock.now().toISOString()]);
    await enqueue(tx, federation, { receiver: hit.partner, kind: 'alert.hit_answer', purpose: 'public_security', body: { hitId, answer } });
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'alert_hit', recipients: [hit.partner], details: { hit: hitId, answered: true } }]);
  });
  return (await listHits(federation, actor)).find((h) => h.id === hitId)!;
}

async function insertHit(tx: Queryable, h: { id: string; direction: string; alertId: string; partner: string; circumstances: string; actionTaken: string; deadline: string; at: string }): Promise<void> {
  await tx.query(
    `INSERT INTO alert_hits (id, direction, alert_id, partner, circumstances, action_taken, deadline, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO NOTHING`,
    [h.id, h.direction, h.alertId, h.partner, h.circumstances, h.actionTaken, h.deadline, h.at],
  );
}

/** Hit reports in both directions, unanswered first, flagged when overdue. */
export async function listHits(federation: Federation, actor: Actor): Promise<HitView[]> {
  requirePermission(actor, 'exchange:query');
  const rows = await federation.ctx.db.query<Omit<HitView, 'overdue'>>(
    `SELECT id, direction, alert_id AS "alertId", partner, circumstances, action_taken AS "actionTaken", deadline, answer, answered_at AS "answeredAt"
     FROM alert_hits ORDER BY (answer IS NULL) DESC, deadline, id LIMIT 500`,
  );
  const now = federation.ctx.clock.now().toISOString();
  return rows.map((r) => ({ ...r, overdue: r.answer === null && r.deadline < now }));
}

/** Registers the handlers of replicated alerts, withdrawals, hit reports and answers. */
export function registerAlertHandlers(federation: Federation): void {
  const { ctx } = federation;
  const covered = async (tx: Queryable, sender: string, agreementId: string | null, alert: Pick<Alert, 'recordType' | 'category'>) => {
    const agreement = (await agreementsInForce(tx, federation, sender)).find((d) => d.id === agreementId);
    return Boolean(agreement && evaluateExchange(agreement, { partner: sender, action: 'alert', recordType: alert.recordType, purpose: 'public_security', category: alert.category }).allowed);
  };

  federation.on('alert.publish', async (tx, envelope) => {
    const alert = (envelope.body as { alert?: Alert } | null)?.alert;
    const subject = NewAlert.shape.subject.safeParse(alert?.subject);
    if (!alert || !subject.success || alert.issuer !== envelope.sender || alert.recordType !== subject.data.type) throw new LiaisonError('invalid_input', 'malformed alert');
    if (!(await covered(tx, envelope.sender, envelope.agreement, alert))) {
      throw new LiaisonError('agreement_refused', `no agreement in force covers ${alert.category} alerts from ${envelope.sender}`);
    }
    await upsertAlert(tx, { ...alert, subject: subject.data, agreement: envelope.agreement });
    await appendAudit(tx, ctx.clock, [{ actor: `node:${envelope.sender}`, action: 'collection', details: { alert: alert.id, version: alert.version, category: alert.category } }]);
    return undefined;
  });

  federation.on('alert.withdraw', async (tx, envelope) => {
    const alertId = String((envelope.body as { alertId?: unknown } | null)?.alertId ?? '');
    const alert = await findAlert(tx, alertId, true);
    if (alert && alert.issuer === envelope.sender) {
      await deleteAlert(tx, alertId);
      await appendAudit(tx, ctx.clock, [{ actor: `node:${envelope.sender}`, action: 'erasure', details: { alert: alertId, reason: 'withdrawn by the issuer' } }]);
    }
    return undefined;
  });

  federation.on('alert.hit', async (tx, envelope) => {
    const body = HitReport.extend({ alertId: z.uuid(), deadline: z.string() }).safeParse(envelope.body);
    if (!body.success) throw new LiaisonError('invalid_input', 'malformed hit report');
    const alert = await findAlert(tx, body.data.alertId);
    if (!alert || alert.issuer !== ctx.nodeId) throw new LiaisonError('invalid_input', `no alert ${body.data.alertId} was issued here`);
    await insertHit(tx, { id: envelope.id, direction: 'incoming', alertId: alert.id, partner: envelope.sender, circumstances: body.data.circumstances, actionTaken: body.data.actionTaken, deadline: body.data.deadline, at: ctx.clock.now().toISOString() });
    await appendAudit(tx, ctx.clock, [{ actor: `node:${envelope.sender}`, action: 'alert_hit', details: { alert: alert.id, hit: envelope.id } }]);
    return undefined;
  });

  federation.on('alert.hit_answer', async (tx, envelope) => {
    const body = HitAnswer.extend({ hitId: z.uuid() }).safeParse(envelope.body);
    if (!body.success) throw new LiaisonError('invalid_input', 'malformed answer');
    const updated = await tx.query(`UPDATE alert_hits SET answer = $3, answered_at = $4 WHERE id = $1 AND direction = 'outgoing' AND partner = $2 RETURNING id`, [
      body.data.hitId,
      envelope.sender,
      body.data.answer,
      ctx.clock.now().toISOString(),
    ]);
    if (updated.length === 0) throw new LiaisonError('invalid_input', `no hit report ${body.data.hitId} was sent to ${envelope.sender}`);
    await appendAudit(tx, ctx.clock, [{ actor: `node:${envelope.sender}`, action: 'alert_hit', details: { hit: body.data.hitId, answered: true } }]);
    return undefined;
  });
}
