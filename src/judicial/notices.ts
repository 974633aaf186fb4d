import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import type { Actor, NodeContext } from '../core/context.ts';
import { LiaisonError, invalidInput } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { requirePermission } from '../identity/officers.ts';
import { CountryCode, FullDate, text } from '../model/primitives.ts';
import { parseInput } from '../model/parse.ts';
import { linkedRecordIds, requireLinkedRecord } from './linked-records.ts';
import { requireJustification } from '../records/service.ts';
import { OffenceInput } from './offences/offence-input.ts';
import { bundlesOf, eventsOf, findRequest, insertEvent, insertRequest, updateStage } from './repository.ts';
import { requestView, type RequestView } from './view.ts';

/** Interpol's colour-coded notices and the UN Security Council Special Notice. */
export const NoticeColour = z.enum(['red', 'yellow', 'blue', 'black', 'green', 'orange', 'purple', 'silver', 'un_special']);
export type NoticeColour = z.infer<typeof NoticeColour>;

/** What each colour asks member countries, in brief. */
export const NOTICE_PURPOSES: Record<NoticeColour, string> = {
  red: 'locate and provisionally arrest a person pending extradition or similar legal action',
  yellow: 'locate a missing person or identify a person unable to identify themselves',
  blue: 'collect information about a person’s identity, location or activities in relation to a crime',
  black: 'seek information on unidentified bodies',
  green: 'warn about a person’s criminal activities where the person is considered a possible threat to public safety',
  orange: 'warn of an event, person, object or process representing a serious and imminent threat to public safety',
  purple: 'seek or provide information on modi operandi, objects, devices and concealment methods used by criminals',
  silver: 'trace and locate assets linked to a person’s criminal activities',
  un_special: 'inform that an individual or entity is subject to United Nations Security Council sanctions',
};

/** Colours that concern an identified person, who must be a person record here. */
const PERSON_COLOURS: readonly NoticeColour[] = ['red', 'yellow', 'blue', 'green'];

/**
 * A request to Interpol's General Secretariat for a notice, or a diffusion sent
 * by this country's National Central Bureau to chosen countries, linked to a case.
 */
export const NoticeInput = z
  .strictObject({
    form: z.enum(['notice', 'diffusion']),
    colour: NoticeColour,
    caseId: z.uuid(),
    subjectId: z.uuid().optional(),
    issuingAuthority: text(300),
    summary: text(4000),
    offence: OffenceInput.optional(),
    /** Countries a diffusion goes to (a notice goes to every member country). */
    addressees: z.array(CountryCode).max(195).default([]),
  })
  .superRefine((n, ctx) => {
    if (n.form === 'diffusion' && n.addressees.length === 0) ctx.addIssue({ code: 'custom', path: ['addressees'], message: 'a diffusion names the countries it goes to' });
    if (n.form === 'notice' && n.addressees.length > 0) ctx.addIssue({ code: 'custom', path: ['addressees'], message: 'a notice goes to every member country; addressees are for diffusions' });
    if (PERSON_COLOURS.includes(n.colour) && !n.subjectId) ctx.addIssue({ code: 'custom', path: ['subjectId'], message: `a ${n.colour} ${n.form} concerns a person: give the person record` });
    if (n.colour === 'red') redNoticeIssues(n.offence).forEach((message) => ctx.addIssue({ code: 'custom', path: ['offence'], message }));
  });
export type NoticeInput = z.infer<typeof NoticeInput>;

/**
 * Interpol's Rules on the Processing of Data, Art. 83(1): a red notice needs a
 * serious ordinary-law crime punishable by deprivation of liberty of at least
 * two years, or, to serve a sentence, at least six months imposed or remaining.
 */
function redNoticeIssues(offence: OffenceInput | undefined): string[] {
  if (!offence) return ['a red notice names the offence (Interpol Rules on the Processing of Data, Art. 83)'];
  const max = offence.maxPenaltyMonths;
  const sentence = offence.sentenceMonths;
  if ((max !== undefined && max >= 24) || (sentence !== undefined && sentence >= 6)) return [];
  return ['a red notice needs an offence punishable by at least two years or a sentence of at least six months (Interpol Rules on the Processing of Data, Art. 83(1)(b))'];
}

/** The steps of a notice or diffusion after it is requested. */
export const NoticeStep = z.strictObject({
  type: z.enum(['published', 'refused', 'located', 'withdrawn']),
  date: FullDate,
  /** Interpol's reference once published (e.g. A-1234/5-2026). */
  interpolReference: z.string().max(60).optional(),
  reason: text(2000).optional(),
});
export type NoticeStep = z.infer<typeof NoticeStep>;

/** Which step may follow which stage. */
const NEXT: Record<string, ReadonlyArray<NoticeStep['type']>> = {
  requested: ['published', 'refused', 'withdrawn'],
  published: ['located', 'withdrawn'],
  located: ['withdrawn'],
  refused: [],
  withdrawn: [],
};

/** A notice or diffusion requested for a case, recorded and audited as a collection. */
export async function requestNotice(ctx: NodeContext, actor: Actor, input: unknown, why: unknown): Promise<RequestView> {
  requirePermission(actor, 'judicial:act');
  const { purpose, justification } = requireJustification(why);
  const notice = parseInput(NoticeInput, input, 'invalid Interpol notice');
  const id = newId();
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction(async (tx) => {
    await requireLinkedRecord(tx, notice.caseId, 'case', 'caseId');
    await requireLinkedRecord(tx, notice.subjectId, 'person', 'subjectId');
    const stored = {
      id, reference: `${notice.colour.toUpperCase()}-${notice.form.toUpperCase()}-${now.getUTCFullYear()}-${id.slice(0, 8).toUpperCase()}`, type: 'interpol_notice',
      direction: 'internal' as const, issuingNode: ctx.nodeId, executingNode: null, agreement: null, purpose, issuingAuthority: notice.issuingAuthority,
      executingAuthority: 'Interpol', caseId: notice.caseId, subjectId: notice.subjectId ?? null, offence: notice.offence ?? {}, criminality: null,
      content: { form: notice.form, colour: notice.colour, purpose: NOTICE_PURPOSES[notice.colour], summary: notice.summary, addressees: notice.addressees },
      terms: {}, stage: 'requested', createdBy: actor.id, createdAt: at, updatedAt: at, transmission: null,
    };
    await insertRequest(tx, stored);
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'collection', purpose, justification, recordIds: linkedRecordIds(stored), details: { judicialRequest: id, reference: stored.reference, notice: `${notice.colour} ${notice.form}` } },
    ]);
    return requestView(ctx, stored, [], []);
  });
}

/** Records a notice's next step (published, refused, located, withdrawn); a step its stage does not allow is a `conflict`. */
export async function recordNoticeStep(ctx: NodeContext, actor: Actor, id: string, input: unknown): Promise<RequestView> {
  requirePermission(actor, 'judicial:act');
  const step = parseInput(NoticeStep, input, 'invalid notice step');
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    const notice = await findRequest(tx, id, true);
    if (!notice || notice.type !== 'interpol_notice') throw new LiaisonError('not_found', `no Interpol notice ${id}`);
    if (!(NEXT[notice.stage] ?? []).includes(step.type)) throw new LiaisonError('conflict', `a ${notice.stage} notice cannot be ${step.type} (next: ${(NEXT[notice.stage] ?? []).join(', ') || 'none'})`);
    if (step.date < notice.createdAt.slice(0, 10)) throw invalidInput(`the step is dated before the notice was requested (${notice.createdAt.slice(0, 10)})`, [{ path: 'date', message: 'before the request' }]);
    if (step.date > at.slice(0, 10)) throw invalidInput('the step is dated in the future', [{ path: 'date', message: 'in the future' }]);
    if ((step.type === 'refused' || step.type === 'withdrawn') && !step.reason) throw invalidInput(`a ${step.type} notice needs the reason`, [{ path: 'reason', message: 'required' }]);
    await insertEvent(tx, id, { event: step, stageAfter: step.type, recordedBy: actor.id, sourceNode: ctx.nodeId, recordedAt: at, bundleId: null });
    await updateStage(tx, id, step.type, at);
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'alteration', purpose: notice.purpose, recordIds: linkedRecordIds(notice), details: { judicialRequest: id, step: step.type } },
    ]);
    return requestView(ctx, { ...notice, stage: step.type, updatedAt: at }, await eventsOf(tx, id), await bundlesOf(tx, id));
  });
}
