import { invalidInput } from '../../core/errors.ts';
import type { RequestType } from '../request-type.ts';
import { type Calendar, calendarDays } from '../../core/calendar.ts';
import type { Alert, RequestEvaluation } from './deadline.ts';
import { eawRules } from './eaw.ts';
import { eioRules } from './eio.ts';
import type { RequestTimeline } from './events.ts';
import { extraditionRules } from './extradition.ts';
import { mlaRules } from './mla.ts';
import type { Rules } from './rule.ts';
import { Timeline } from './timeline.ts';
import { checkCommon } from './validate.ts';

export type { Alert, Deadline, RequestEvaluation } from './deadline.ts';

const RULES: Record<RequestType, Rules> = { eaw: eawRules, eio: eioRules, mla: mlaRules, extradition: extraditionRules };

/**
 * Where a request stands at `now`: its stage, every time limit running or run
 * with its status, and the alerts an officer must act on. Limits are counted
 * in `calendar` (calendar days by default).
 *
 * Throws `invalid_input` listing every impossible step, each naming its field
 * (e.g. `events.2.date` for a decision before the arrest, `events.4.reasonedNotice`
 * for an extension without one).
 *
 * @example
 * evaluateRequest({ type: 'eaw', events: [{ type: 'arrest', date: '2026-03-01' }, { type: 'consent', date: '2026-03-02', given: true }] }, new Date('2026-03-12T00:00:00Z'))
 * // → { stage: 'awaiting_decision', deadlines: [{ id: 'decision', due: '2026-03-12', status: 'due', … }], alerts: [] }
 */
export function evaluateRequest(request: RequestTimeline, now: Date, calendar: Calendar = calendarDays): RequestEvaluation {
  const timeline = new Timeline(request, calendar, now);
  checkCommon(timeline);
  const outcome = RULES[request.type](timeline);
  if (timeline.issues.length > 0) {
    const issues = timeline.issues.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
    throw invalidInput(`the ${request.type} request is not possible as given: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
  }
  const overdue: Alert[] = outcome.deadlines
    .filter((d) => d.status === 'overdue' && !d.completedOn)
    .map((d) => ({ kind: 'deadline_overdue', message: `${d.name}: due ${d.due}, not done`, legalBasis: d.legalBasis }));
  return { stage: outcome.stage, deadlines: outcome.deadlines, alerts: [...overdue, ...outcome.alerts] };
}
