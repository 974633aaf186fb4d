import { isoDate } from '../../core/clock.ts';
import type { RequestType } from '../request-type.ts';
import type { JudicialEventType } from './events.ts';
import { REFUSAL_GROUNDS, refusalGround } from './refusal-grounds.ts';
import { type Timeline, whenOf } from './timeline.ts';

const INSTRUMENT: Record<RequestType, string> = {
  eaw: 'a European Arrest Warrant',
  eio: 'a European Investigation Order',
  mla: 'a mutual legal assistance request',
  extradition: 'an extradition request',
};

/** The events each instrument knows. */
const EVENTS: Record<RequestType, readonly JudicialEventType[]> = {
  eaw: ['sent', 'received', 'translation', 'arrest', 'consent', 'decision', 'extension', 'force_majeure', 'humanitarian_postponement', 'surrender', 'release'],
  eio: ['sent', 'received', 'translation', 'acknowledgement', 'decision', 'extension', 'execution', 'interception_notification', 'objection'],
  mla: ['sent', 'received', 'translation', 'acknowledgement', 'decision', 'execution'],
  extradition: ['sent', 'received', 'translation', 'provisional_arrest', 'arrest', 'decision', 'surrender_date_agreed', 'force_majeure', 'surrender', 'release'],
};

/** Events that happen at most once in a request. */
const ONCE: readonly JudicialEventType[] = ['sent', 'received', 'provisional_arrest', 'arrest', 'acknowledgement', 'surrender_date_agreed', 'surrender', 'execution'];

/**
 * The checks every instrument shares: the terms that apply to it, the events
 * it knows, events that happen once, no event after the day of the check, and
 * decisions whose refusal grounds are the instrument's own.
 */
export function checkCommon(t: Timeline): void {
  const { request } = t;
  const type = request.type;
  if (request.issuingAuthorityDates && type !== 'eio') t.issues.push({ path: 'issuingAuthorityDates', message: 'applies to a European Investigation Order only' });
  const agreed = request.agreedDeadlines ?? {};
  if (agreed.executionBy && type !== 'mla') t.issues.push({ path: 'agreedDeadlines.executionBy', message: 'applies to a mutual legal assistance request only' });
  for (const key of ['decisionBy', 'provisionalArrestDays'] as const) {
    if (agreed[key] !== undefined && type !== 'extradition') t.issues.push({ path: `agreedDeadlines.${key}`, message: 'applies to an extradition request only' });
  }
  if (request.channel && type !== 'mla' && type !== 'extradition') t.issues.push({ path: 'channel', message: `${INSTRUMENT[type]} goes directly between judicial authorities; channel applies to MLA and extradition only` });
  if (request.channel === 'direct' && type === 'extradition') {
    t.issues.push({ path: 'channel', message: 'an extradition request goes between ministries of justice or through the diplomatic channel (1957 Convention Art. 12(1) as amended by its Second Additional Protocol); only a request for provisional arrest may go directly (Art. 16(3))' });
  }

  const today = isoDate(t.now);
  const seen = new Map<JudicialEventType, number>();
  for (const step of t.steps) {
    const { event } = step;
    if (!EVENTS[type].includes(event.type)) {
      t.issue(step, 'type', `${event.type} is not an event of ${INSTRUMENT[type]}; it knows ${EVENTS[type].join(', ')}`);
      continue;
    }
    const when = whenOf(event);
    if ((when.includes('T') ? isoDate(new Date(when)) : when) > today) t.issue(step, 'at' in event ? 'at' : 'date', `is after the day of the check (${today})`);
    if (ONCE.includes(event.type)) {
      const earlier = seen.get(event.type);
      if (earlier !== undefined) t.issue(step, 'type', `${event.type} is already recorded (events.${earlier}); it happens once`);
      else seen.set(event.type, step.index);
    }
  }
  checkDecisions(t);
}

function checkDecisions(t: Timeline): void {
  const type = t.request.type;
  let final: number | undefined;
  for (const step of t.all('decision')) {
    const { outcome, refusalGrounds } = step.event;
    refusalGrounds.forEach((id, i) => {
      if (!refusalGround(type, id)) t.issue(step, `refusalGrounds.${i}`, `${id} is not a refusal ground of ${INSTRUMENT[type]}; use one of ${REFUSAL_GROUNDS[type].map((g) => g.id).join(', ')}`);
    });
    if (outcome === 'refuse' && refusalGrounds.length === 0) t.issue(step, 'refusalGrounds', 'a refusal must name its grounds');
    if (outcome === 'execute' && refusalGrounds.length > 0) t.issue(step, 'refusalGrounds', 'a decision to execute in full has no refusal grounds (use outcome partial)');
    if (step.event.final) {
      if (final !== undefined) t.issue(step, 'final', `a final decision is already recorded (events.${final})`);
      else final = step.index;
    }
  }
}
