import type { Alert, DeadlineSpec } from './deadline.ts';
import { settle } from './deadline.ts';
import { decisionExtension } from './extension.ts';
import { finalDecision, inCustody, joinNotes, type RuleOutcome } from './rule.ts';
import type { Step, Timeline } from './timeline.ts';

const FD = 'FD 2002/584/JHA';

/** The final decision limit: 10 days after consent, else 60 days after the arrest, once extendable by 30 days (Art. 17). */
function decisionDeadline(t: Timeline, final: Step<'decision'> | undefined): DeadlineSpec | undefined {
  const consent = t.all('consent').find((s) => s.event.given);
  const arrest = t.first('arrest');
  const start = consent ?? arrest;
  if (!start) {
    decisionExtension(t, undefined, `${FD} Art. 17(4)`);
    return undefined;
  }
  const days = consent ? 10 : 60;
  const due = t.calendar.addDays(start.event.date, days);
  const extension = decisionExtension(t, { start, due }, `${FD} Art. 17(4)`);
  const basis = `${FD} Art. 17(${consent ? 2 : 3})`;
  return {
    id: 'decision',
    name: 'final decision on the execution of the EAW',
    legalBasis: extension ? `${basis}, extended under Art. 17(4)` : basis,
    due: extension ? t.calendar.addDays(start.event.date, days + extension.event.days) : due,
    completedOn: final?.event.date,
    ...(extension && { extended: true }),
    note: joinNotes(
      consent ? `${days} days after the consent given on ${start.event.date}` : `${days} days after the arrest on ${start.event.date}, no consent recorded`,
      extension && `extended by ${extension.event.days} days: reasoned notice sent to the issuing authority on ${extension.event.reasonedNotice?.sentOn}`,
    ),
  };
}

/** Surrender within 10 days of the final decision, or of a new date agreed after force majeure or a humanitarian postponement (Art. 23). */
function surrenderDeadline(t: Timeline, granted: Step<'decision'>): DeadlineSpec {
  const postponements = [...t.all('force_majeure'), ...t.all('humanitarian_postponement')].sort((a, b) => a.event.date.localeCompare(b.event.date) || a.index - b.index);
  for (const p of postponements) {
    t.notBefore(p, granted, 'the final decision to surrender');
    if (p.event.newAgreedDate < p.event.date) t.issue(p, 'newAgreedDate', `must not be before the day it was agreed (${p.event.date})`);
  }
  const last = postponements.at(-1);
  const base = {
    id: 'surrender',
    name: 'surrender of the requested person',
    completedOn: t.first('surrender')?.event.date,
  };
  if (!last) return { ...base, legalBasis: `${FD} Art. 23(2)`, due: t.calendar.addDays(granted.event.date, 10), note: `10 days after the final decision of ${granted.event.date}` };
  const forceMajeure = last.event.type === 'force_majeure';
  return {
    ...base,
    legalBasis: `${FD} Art. 23(${forceMajeure ? 3 : 4})`,
    due: t.calendar.addDays(last.event.newAgreedDate, 10),
    note: `10 days from the new date ${last.event.newAgreedDate} agreed on ${last.event.date} after ${forceMajeure ? 'force majeure' : 'a humanitarian postponement'}`,
  };
}

/** The European Arrest Warrant in the executing state (Framework Decision 2002/584/JHA Art. 17 and 23). */
export function eawRules(t: Timeline): RuleOutcome {
  const arrest = t.first('arrest');
  const final = finalDecision(t);
  const granted = final && final.event.outcome !== 'refuse' ? final : undefined;
  const surrender = t.first('surrender');
  for (const step of [...t.all('consent'), ...t.all('decision'), ...t.all('release')]) t.notBefore(step, arrest, 'the arrest');
  for (const step of [...t.all('force_majeure'), ...t.all('humanitarian_postponement'), ...(surrender ? [surrender] : [])]) {
    if (!granted) t.issue(step, 'type', `${step.event.type} needs a final decision to execute the warrant before it`);
  }
  t.notBefore(surrender, granted, 'the final decision to surrender');
  for (const step of t.all('extension')) {
    if (step.event.of === 'execution') t.issue(step, 'of', 'an EAW has no execution time limit; the decision limit (of: decision) may be extended (Art. 17(4))');
    if (step.event.of === 'surrender') t.issue(step, 'of', 'the surrender limit is not extended: record force_majeure or humanitarian_postponement with the new agreed date (Art. 23(3), (4))');
  }

  const now = t.now;
  const specs = [decisionDeadline(t, final), granted && surrenderDeadline(t, granted)].filter((s): s is DeadlineSpec => s !== undefined);
  const deadlines = specs.map((s) => settle(s, now));
  const alerts: Alert[] = [];
  const decision = deadlines.find((d) => d.id === 'decision');
  if (decision?.status === 'overdue' && !decision.completedOn) {
    alerts.push({ kind: 'inform_eurojust', message: `the time limit for the final decision passed on ${decision.due}: inform Eurojust, giving the reasons for the delay`, legalBasis: `${FD} Art. 17(7)` });
  }
  const surrenderLimit = deadlines.find((d) => d.id === 'surrender');
  if (surrenderLimit?.status === 'overdue' && !surrenderLimit.completedOn && inCustody(t)) {
    alerts.push({ kind: 'release_from_custody', message: `the time limit for surrender expired on ${surrenderLimit.due} and the person is still in custody: release them`, legalBasis: `${FD} Art. 23(5)` });
  }
  return { stage: eawStage(t, final), deadlines, alerts };
}

function eawStage(t: Timeline, final: Step<'decision'> | undefined): string {
  if (t.first('surrender')) return 'surrendered';
  if (final) return final.event.outcome === 'refuse' ? 'refused' : 'awaiting_surrender';
  if (t.first('arrest') || t.first('consent')) return 'awaiting_decision';
  if (t.first('received')) return 'received';
  return t.first('sent') ? 'sent' : 'draft';
}
