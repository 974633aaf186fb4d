import { appendAudit } from '../audit/audit-log.ts';
import type { AuditEvent } from '../audit/entry.ts';
import type { AgreementDocument } from '../agreements/document.ts';
import { evaluateExchange } from '../agreements/policy.ts';
import { agreementsInForce } from '../agreements/service.ts';
import type { Actor } from '../core/context.ts';
import { LiaisonError } from '../core/errors.ts';
import type { Federation } from '../federation/federation.ts';
import { pseudonymFor } from '../federation/pseudonyms.ts';
import { requirePermission } from '../identity/officers.ts';
import { normaliseIdentifier } from '../matching/fields/identifiers.ts';
import { prepareRecord } from '../matching/prepare.ts';
import { screeningFor } from '../matching/screening.ts';
import type { PersonData } from '../model/person.ts';
import { parseInput } from '../model/parse.ts';
import { requireJustification } from '../records/service.ts';
import type { Queryable } from '../store/database.ts';
import { livePerson, movementsOfPerson, movementsOfPersonsOrDocuments } from './repository.ts';
import {
  MOVEMENT_FIELDS,
  TimelineAnswer,
  TimelineBody,
  TimelineRequest,
  type Movement,
  type MovementField,
  type PartnerTimeline,
  type Timeline,
  type TimelineCriteria,
  type TimelineEntry,
} from './schema.ts';

/** The envelope kind of a timeline request (request and reply, like `exchange.query`). */
export const TIMELINE_KIND = 'movements.timeline';

/** The value of one releasable field of a movement. */
function fieldOf(m: Movement, field: MovementField): unknown {
  switch (field) {
    case 'direction':
    case 'at':
    case 'crossingPoint':
    case 'flight':
    case 'source':
      return m[field];
    case 'surname':
    case 'givenNames':
    case 'dateOfBirth':
    case 'nationality':
    case 'sex':
      return m.person?.[field] ?? null;
    case 'documentType':
      return m.document?.type ?? null;
    case 'documentNumber':
      return m.document?.number ?? null;
    case 'issuingCountry':
      return m.document?.issuingCountry ?? null;
    case 'documentExpiry':
      return m.document?.expiresOn ?? null;
    case 'mrz':
      return m.document?.mrz ?? null;
    case 'mrzValid':
      return m.document?.mrzValid ?? null;
  }
}

/** A movement as a timeline entry carrying only `fields` (and always its id, handling code and TLP). */
function entryOf(m: Movement, sourceNode: string, fields: readonly MovementField[]): TimelineEntry {
  const entry: TimelineEntry = { sourceNode, movementId: m.id, handlingCode: m.protection.handlingCode, tlp: m.protection.tlp };
  for (const field of fields) entry[field] = fieldOf(m, field);
  return entry;
}

/** The movement fields an agreement releases without an officer's decision (`autoRelease.movement`), known ones only. */
function autoReleased(agreement: AgreementDocument): MovementField[] {
  const listed = new Set(agreement.autoRelease.movement ?? []);
  return MOVEMENT_FIELDS.filter((f) => listed.has(f));
}

/** The least that lets a partner find the person: names, date of birth, nationalities, document numbers (from the record and its movements). */
function criteriaOf(person: PersonData, movements: readonly Movement[]): TimelineCriteria {
  const names = person.names
    .map((n) => n.fullName ?? [...n.givenNames, n.familyName ?? ''].join(' ').trim())
    .filter(Boolean)
    .slice(0, 5);
  const documents = [
    ...person.identifiers.map((i) => normaliseIdentifier(i)).filter((i) => i.family === 'document' && /^[A-Z0-9]{1,35}$/.test(i.value)).map((i) => i.value),
    ...movements.flatMap((m) => (m.document ? [m.document.number] : [])),
  ];
  return {
    names,
    ...(person.dateOfBirth && { dateOfBirth: person.dateOfBirth }),
    nationalities: person.nationalities.slice(0, 5),
    documentNumbers: [...new Set(documents)].slice(0, 20),
  };
}

/** The agreement in force with `partner` that lets this node ask for movements and releases some automatically, or why none does. */
async function timelineAgreement(tx: Queryable, federation: Federation, partner: string, purpose: string, offence?: string) {
  const documents = await agreementsInForce(tx, federation, partner);
  if (documents.length === 0) return { agreement: null, reasons: [`no agreement with ${partner} is in force`] };
  const reasons: string[] = [];
  for (const agreement of documents) {
    const decision = evaluateExchange(agreement, { partner: federation.ctx.nodeId, action: 'query', recordType: 'movement', purpose, offence });
    if (!decision.allowed) reasons.push(...decision.reasons.map((r) => `${agreement.id}: ${r}`));
    else if (autoReleased(agreement).length === 0) reasons.push(`${agreement.id}: no movement fields are released automatically (autoRelease.movement)`);
    else return { agreement, reasons: [] };
  }
  return { agreement: null, reasons };
}

/**
 * A person's movement timeline, here and at partners: the movements linked to
 * the person record here, and those partners hold for the person under an
 * agreement that lets movements be queried and releases movement fields
 * automatically. Partners get the least that finds the person (names, date of
 * birth, nationalities, document numbers) with a pseudonymous requester; they
 * answer with the agreed fields only. Entries are merged in time order, each
 * with its source node, handling code and TLP; a partner that refuses or
 * cannot be reached is listed with the reason. Audited here as a
 * consultation, a disclosure of the criteria and a collection of what came back.
 */
export async function movementTimeline(federation: Federation, actor: Actor, input: unknown, why: unknown): Promise<Timeline> {
  requirePermission(actor, 'records:read');
  requirePermission(actor, 'exchange:query');
  const { purpose, justification } = requireJustification(why);
  const request = parseInput(TimelineRequest, input, 'invalid timeline request');
  const { ctx } = federation;
  const partners = request.partners === 'all' ? federation.peers.all().map((p) => p.descriptor.nodeId) : request.partners;
  for (const partner of partners) federation.peers.get(partner);
  // The consultation of the person and its movements here, audited in the transaction that reads them.
  const { local, criteria, requester } = await ctx.db.transaction(async (tx) => {
    const person = await livePerson(tx, request.personId);
    if (!person) throw new LiaisonError('not_found', `no person record ${request.personId}`);
    const movements = await movementsOfPerson(tx, request.personId);
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'consultation', purpose, justification, recordIds: [request.personId, ...movements.map((m) => m.id)], details: { movementsOf: request.personId, local: movements.length, partners } },
    ]);
    return { local: movements, criteria: criteriaOf(person.data as PersonData, movements), requester: await pseudonymFor(tx, actor.id, ctx.clock.now().toISOString()) };
  });

  const answers = await Promise.all(
    partners.map(async (partner): Promise<PartnerTimeline & { entries: TimelineEntry[] }> => {
      const { agreement, reasons } = await timelineAgreement(ctx.db, federation, partner, purpose, request.offence);
      if (!agreement) return { partner, outcome: 'refused', agreement: null, movements: 0, withheld: 0, reasons, entries: [] };
      try {
        const reply = await federation.request({ receiver: partner, kind: TIMELINE_KIND, agreement: agreement.id, purpose, requester, body: { criteria, ...(request.offence && { offence: request.offence }) } });
        const answer = TimelineAnswer.parse(reply.body);
        if (answer.outcome === 'refused') return { partner, outcome: 'refused', agreement: agreement.id, movements: 0, withheld: 0, reasons: answer.reasons.map((r) => `${partner}: ${r}`), entries: [] };
        // Kept: what the agreement releases, and the entry's identity and handling; anything else a partner sends is dropped.
        const allowed = new Set<string>(autoReleased(agreement));
        const entries = answer.movements.map((m) => {
          const entry: TimelineEntry = { sourceNode: partner, movementId: String(m.movementId ?? ''), handlingCode: String(m.handlingCode ?? ''), tlp: String(m.tlp ?? '') };
          for (const [key, value] of Object.entries(m)) if (allowed.has(key)) entry[key] = value;
          return entry;
        });
        return { partner, outcome: 'answered', agreement: agreement.id, movements: entries.length, withheld: answer.withheld, reasons: [], entries };
      } catch (error) {
        return { partner, outcome: 'unavailable', agreement: agreement.id, movements: 0, withheld: 0, reasons: [(error as Error).message], entries: [] };
      }
    }),
  );

  const entries = [...local.map((m) => entryOf(m, ctx.nodeId, MOVEMENT_FIELDS)), ...answers.flatMap((a) => a.entries)].sort(
    (a, b) => String(a.at ?? '\uffff').localeCompare(String(b.at ?? '\uffff')) || a.sourceNode.localeCompare(b.sourceNode),
  );
  await ctx.db.transaction(async (tx) => {
    const sentTo = answers.filter((a) => a.agreement !== null).map((a) => a.partner);
    const events: AuditEvent[] = [];
    if (sentTo.length > 0) {
      events.push({
        actor: actor.id,
        action: 'disclosure',
        purpose,
        justification,
        recipients: sentTo,
        details: { timelineOf: request.personId, criteria, results: answers.map(({ partner, outcome, movements, withheld }) => ({ partner, outcome, movements, withheld })) },
      });
    }
    for (const a of answers.filter((x) => x.entries.length > 0)) {
      events.push({ actor: actor.id, action: 'collection', purpose, justification, details: { timelineOf: request.personId, from: a.partner, agreement: a.agreement, movements: a.entries.map((e) => e.movementId) } });
    }
    if (events.length > 0) await appendAudit(tx, ctx.clock, events);
  });
  return { personId: request.personId, entries, partners: answers.map(({ entries: _entries, ...rest }) => rest) };
}

/**
 * The answering side of `movements.timeline`: checks the agreement the
 * envelope names (movements queryable, purpose, offence, and movement fields
 * released automatically), screens the person with the matcher, and answers
 * with the movements linked to the persons found or made with the document
 * numbers given — each only within the agreement's ceilings and only with the
 * fields of `autoRelease.movement`. Audited as a consultation and a disclosure
 * (or a refusal) by the asking node, with its pseudonymous requester.
 */
export function registerMovementHandlers(federation: Federation): void {
  const { ctx } = federation;
  federation.on(TIMELINE_KIND, async (tx, envelope) => {
    const who = { actor: `node:${envelope.sender}`, purpose: envelope.purpose ?? undefined };
    const about = { requester: envelope.requester, agreement: envelope.agreement, kind: envelope.kind };
    const refuse = async (reasons: string[]) => {
      await appendAudit(tx, ctx.clock, [{ ...who, action: 'request_refused', details: { ...about, reasons } }]);
      return { body: { outcome: 'refused', reasons } };
    };
    const body = TimelineBody.safeParse(envelope.body);
    if (!body.success) return refuse(['the timeline request is malformed']);
    const { criteria, offence } = body.data;
    const agreement = (await agreementsInForce(tx, federation, envelope.sender)).find((d) => d.id === envelope.agreement);
    if (!agreement) return refuse([`agreement ${envelope.agreement ?? '(none)'} is not in force between ${envelope.sender} and ${ctx.nodeId}`]);
    const query = evaluateExchange(agreement, { partner: envelope.sender, action: 'query', recordType: 'movement', purpose: envelope.purpose ?? '', offence });
    if (!query.allowed) return refuse(query.reasons);
    const fields = autoReleased(agreement);
    if (fields.length === 0) return refuse([`${agreement.id} releases no movement fields automatically (autoRelease.movement)`]);

    let prepared;
    try {
      prepared = prepareRecord({ id: 'query', names: criteria.names.map((full) => ({ full })), dateOfBirth: criteria.dateOfBirth, nationalities: criteria.nationalities, identifiers: criteria.documentNumbers.map((value) => ({ scheme: 'document', value })) });
    } catch (error) {
      if (!(error instanceof LiaisonError)) throw error;
      return refuse([error.message]);
    }
    const screening = screeningFor(ctx.db);
    await screening.sync(tx);
    const persons = screening.screen(prepared, { top: 10, alerts: false, now: ctx.clock.now().toISOString() }).map((c) => c.id);
    const found = await movementsOfPersonsOrDocuments(tx, persons, criteria.documentNumbers);
    // One decision per handling code and TLP: the ceilings are what differs between movements.
    const decisions = new Map<string, boolean>();
    const releasable = found.filter((m) => {
      const key = `${m.protection.handlingCode}|${m.protection.tlp}`;
      if (!decisions.has(key)) {
        decisions.set(key, evaluateExchange(agreement, { partner: envelope.sender, action: 'release', recordType: 'movement', purpose: envelope.purpose ?? '', offence, fields, handlingCode: m.protection.handlingCode, tlp: m.protection.tlp }).allowed);
      }
      return decisions.get(key);
    });
    const withheld = found.length - releasable.length;
    await appendAudit(tx, ctx.clock, [
      { ...who, action: 'consultation', recordIds: persons, details: { ...about, timelineOf: criteria, persons: persons.length, movements: found.length } },
      ...(releasable.length > 0
        ? [{ actor: 'system', purpose: who.purpose, action: 'disclosure' as const, recipients: [envelope.sender], recordIds: releasable.map((m) => m.id), details: { ...about, fields, released: releasable.length, withheld, automatic: true } }]
        : []),
    ]);
    return { body: { outcome: 'answered', movements: releasable.map((m) => entryOf(m, ctx.nodeId, fields)).map(({ sourceNode: _node, ...rest }) => rest), withheld } };
  });
}
