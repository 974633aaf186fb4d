import type { Alert, DeadlineSpec } from './deadline.ts';
import { settle } from './deadline.ts';
import { decisionExtension } from './extension.ts';
import { finalDecision, joinNotes, urgentNote, type RuleOutcome } from './rule.ts';
import type { Step, Timeline } from './timeline.ts';

const DIR = 'Directive 2014/41/EU';

/** The earlier of a statutory last day and a date the issuing authority set (Art. 12(2)), with where it comes from. */
function earlier(statutory: { due: string; legalBasis: string }, issuing: string | undefined): { due: string; legalBasis: string; note?: string } {
  if (issuing === undefined) return statutory;
  if (issuing < statutory.due) return { due: issuing, legalBasis: `${DIR} Art. 12(2)`, note: `date set by the issuing authority; the statutory limit (${statutory.legalBasis}) is ${statutory.due}` };
  return { ...statutory, note: `the issuing authority's date ${issuing} is not shorter than the statutory limit` };
}

/** Decision on recognition within 30 days of receipt (Art. 12(3)), once extendable by up to 30 days with reasons (Art. 12(5)). */
function decisionDeadline(t: Timeline, received: Step<'received'>, final: Step<'decision'> | undefined): DeadlineSpec {
  const statutory = { due: t.calendar.addDays(received.event.date, 30), legalBasis: `${DIR} Art. 12(3)` };
  const limit = earlier(statutory, t.request.issuingAuthorityDates?.decisionBy);
  const extension = decisionExtension(t, { start: received, due: limit.due }, `${DIR} Art. 12(5)`);
  const base = { id: 'decision', name: 'decision on the recognition or execution of the EIO', completedOn: final?.event.date };
  if (!extension) return { ...base, ...limit, note: joinNotes(limit.note, urgentNote(t, `${DIR} Art. 12(2)`)) };
  return {
    ...base,
    due: t.calendar.addDays(received.event.date, 30 + extension.event.days),
    legalBasis: `${DIR} Art. 12(3), extended under Art. 12(5)`,
    extended: true,
    note: `extended by ${extension.event.days} days: reasons sent to the issuing authority on ${extension.event.reasonedNotice?.sentOn}`,
  };
}

/** The measure carried out within 90 days of the decision (Art. 12(4)), or by the issuing authority's earlier date (Art. 12(2)). */
function executionDeadline(t: Timeline, recognised: Step<'decision'>): DeadlineSpec {
  const limit = earlier({ due: t.calendar.addDays(recognised.event.date, 90), legalBasis: `${DIR} Art. 12(4)` }, t.request.issuingAuthorityDates?.executionBy);
  return {
    id: 'execution',
    name: 'execution of the investigative measure',
    ...limit,
    completedOn: t.first('execution')?.event.date,
    note: joinNotes(limit.note, urgentNote(t, `${DIR} Art. 12(2)`)),
  };
}

/** The 96 hours within which the notified state may object to an interception (Art. 31(3), Annex C), one window per notification. */
function objectionDeadlines(t: Timeline): DeadlineSpec[] {
  const notifications = t.all('interception_notification');
  const objections = t.all('objection');
  for (const objection of objections) {
    if (!notifications.some((n) => Date.parse(n.event.at) <= Date.parse(objection.event.at))) t.issue(objection, 'at', 'an objection answers an interception notification, and none precedes it');
  }
  return notifications.map((n, i) => {
    const from = Date.parse(n.event.at);
    const until = notifications[i + 1] ? Date.parse(notifications[i + 1].event.at) : Infinity;
    const objection = objections.find((o) => Date.parse(o.event.at) >= from && Date.parse(o.event.at) < until);
    return {
      id: `interception_objection_${i + 1}`,
      name: 'objection to an interception notified without technical assistance',
      legalBasis: `${DIR} Art. 31(3), Annex C`,
      due: t.calendar.addHours(n.event.at, 96),
      completedOn: objection?.event.at,
      onExpiry: 'lapsed',
      note: `96 hours from the notification received at ${n.event.at}`,
    };
  });
}

/** The European Investigation Order in the executing state (Directive 2014/41/EU Art. 12, 16 and 31). */
export function eioRules(t: Timeline): RuleOutcome {
  const received = t.first('received');
  const final = finalDecision(t);
  const recognised = final && final.event.outcome !== 'refuse' ? final : undefined;
  const execution = t.first('execution');
  t.notBefore(received, t.first('sent'), 'the sending');
  for (const step of [...t.all('acknowledgement'), ...t.all('decision'), ...t.all('extension')]) t.notBefore(step, received, 'the receipt');
  if (execution && !recognised) t.issue(execution, 'type', 'an execution needs a decision recognising the EIO before it');
  t.notBefore(execution, recognised, 'the decision recognising the EIO');
  for (const step of t.all('extension')) {
    if (step.event.of === 'execution') t.issue(step, 'of', 'the 90-day execution limit is not extended: the executing authority informs the issuing authority and they consult on the timing (Art. 12(6))');
    if (step.event.of === 'surrender') t.issue(step, 'of', 'an EIO has no surrender');
  }

  const specs: DeadlineSpec[] = [];
  if (received) {
    const ack = t.first('acknowledgement');
    specs.push({ id: 'acknowledgement', name: 'acknowledgement of receipt (Annex B)', legalBasis: `${DIR} Art. 16(1), Annex B`, due: t.calendar.addDays(received.event.date, 7), completedOn: ack?.event.date });
    specs.push(decisionDeadline(t, received, final));
  } else {
    decisionExtension(t, undefined, `${DIR} Art. 12(5)`);
  }
  if (recognised) specs.push(executionDeadline(t, recognised));
  specs.push(...objectionDeadlines(t));

  const deadlines = specs.map((s) => settle(s, t.now));
  const alerts: Alert[] = [];
  const executionLimit = deadlines.find((d) => d.id === 'execution');
  if (executionLimit?.status === 'overdue' && !executionLimit.completedOn) {
    alerts.push({ kind: 'consult_issuing_authority', message: `the measure was due by ${executionLimit.due}: inform the issuing authority without delay and agree the timing with it`, legalBasis: `${DIR} Art. 12(6)` });
  }
  for (const window of deadlines.filter((d) => d.id.startsWith('interception_objection') && !d.completedOn && (d.status === 'pending' || d.status === 'due'))) {
    alerts.push({ kind: 'objection_window_open', message: `the notified state may object to the interception until ${window.due}`, legalBasis: window.legalBasis });
  }
  return { stage: eioStage(t, final), deadlines, alerts };
}

function eioStage(t: Timeline, final: Step<'decision'> | undefined): string {
  if (t.first('execution')) return 'executed';
  if (final) return final.event.outcome === 'refuse' ? 'refused' : 'recognised';
  if (t.first('acknowledgement')) return 'acknowledged';
  if (t.first('received')) return 'received';
  if (t.first('sent')) return 'sent';
  return t.first('interception_notification') ? 'interception_notified' : 'draft';
}
