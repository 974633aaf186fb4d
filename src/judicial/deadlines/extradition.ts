import { isoDate } from '../../core/clock.ts';
import type { Alert, Deadline, DeadlineSpec } from './deadline.ts';
import { settle } from './deadline.ts';
import { finalDecision, inCustody, type RuleOutcome } from './rule.ts';
import type { Step, Timeline } from './timeline.ts';

const CONVENTION = '1957 Convention';

/** The days within which the extradition request must follow a provisional arrest unless the requested party allows more (Art. 16(4)). */
const PROVISIONAL_ARREST_DAYS = 18;
/** The longest a provisional arrest may last (Art. 16(4)). */
const PROVISIONAL_ARREST_MAX_DAYS = 40;

/** After a provisional arrest, the request and its documents must arrive within 18 days (or the days allowed, at most 40), or the arrest lapses. */
function requestDeadline(t: Timeline, arrest: Step<'provisional_arrest'>, received: Step<'received'> | undefined): DeadlineSpec {
  const days = t.request.agreedDeadlines?.provisionalArrestDays ?? PROVISIONAL_ARREST_DAYS;
  return {
    id: 'extradition_request',
    name: 'receipt of the extradition request and its documents (Art. 12) after a provisional arrest',
    legalBasis: `${CONVENTION} Art. 16(4)`,
    due: t.calendar.addDays(arrest.event.date, days),
    completedOn: received?.event.date,
    onExpiry: 'lapsed',
    note:
      days === PROVISIONAL_ARREST_DAYS
        ? `18 days after the provisional arrest on ${arrest.event.date}; the requested party may allow up to ${PROVISIONAL_ARREST_MAX_DAYS} days`
        : `${days} days allowed by the requested party after the provisional arrest on ${arrest.event.date} (at most ${PROVISIONAL_ARREST_MAX_DAYS})`,
  };
}

/** The day the person is to be taken over: agreed after the decision, moved by force majeure (Art. 18(4), (5)). */
function surrenderDate(t: Timeline, granted: Step<'decision'> | undefined): { date: string; forceMajeure?: Step<'force_majeure'> } | undefined {
  const agreed = t.first('surrender_date_agreed');
  if (agreed) {
    if (!granted) t.issue(agreed, 'type', 'a surrender date is agreed after a final decision granting extradition');
    t.notBefore(agreed, granted, 'the decision granting extradition');
    if (agreed.event.agreedDate < agreed.event.date) t.issue(agreed, 'agreedDate', `must not be before the day it was agreed (${agreed.event.date})`);
  }
  const moves = t.all('force_majeure');
  for (const move of moves) {
    if (!agreed) t.issue(move, 'type', 'force majeure moves an agreed surrender date: record surrender_date_agreed first');
    t.notBefore(move, agreed, 'the agreement on the surrender date');
    if (move.event.newAgreedDate < move.event.date) t.issue(move, 'newAgreedDate', `must not be before the day it was agreed (${move.event.date})`);
  }
  if (!agreed || !granted) return undefined;
  const forceMajeure = moves.at(-1);
  return { date: forceMajeure?.event.newAgreedDate ?? agreed.event.agreedDate, forceMajeure };
}

/** Classic extradition (1957 Council of Europe Convention): provisional arrest, the request, the decision and the surrender. */
export function extraditionRules(t: Timeline): RuleOutcome {
  const provisional = t.first('provisional_arrest');
  const received = t.first('received');
  const final = finalDecision(t);
  const granted = final && final.event.outcome !== 'refuse' ? final : undefined;
  const surrender = t.first('surrender');
  t.notBefore(received, t.first('sent'), 'the sending');
  if (provisional && received && provisional.event.date > received.event.date) {
    t.issue(provisional, 'date', `a provisional arrest precedes the extradition request (Art. 16(1)), received on ${received.event.date}; record an arrest instead`);
  }
  for (const decision of t.all('decision')) {
    if (!received) t.issue(decision, 'type', 'a decision needs the extradition request received before it');
    t.notBefore(decision, received, 'the receipt of the request');
  }
  for (const release of t.all('release')) t.notBefore(release, provisional ?? t.first('arrest'), 'the arrest');
  if (surrender && !granted) t.issue(surrender, 'type', 'a surrender needs a final decision granting extradition before it');
  t.notBefore(surrender, granted, 'the decision granting extradition');
  const decisionBy = t.request.agreedDeadlines?.decisionBy;
  if (decisionBy && received && decisionBy < received.event.date) t.issues.push({ path: 'agreedDeadlines.decisionBy', message: `must not be before the receipt (${received.event.date})` });

  const specs: DeadlineSpec[] = [];
  if (provisional) specs.push(requestDeadline(t, provisional, received));
  if (decisionBy && received) {
    specs.push({ id: 'decision', name: 'decision on the extradition request', legalBasis: `date agreed between the parties (no time limit in the ${CONVENTION})`, due: decisionBy, completedOn: final?.event.date });
  }
  const takeOver = surrenderDate(t, granted);
  if (takeOver) {
    const basis = `${CONVENTION} Art. 18(${takeOver.forceMajeure ? '5' : '4'})`;
    const released = t.calendar.addDays(takeOver.date, 30);
    const note = `if not taken over, the person may be released after ${t.calendar.addDays(takeOver.date, 15)} and must be released after ${released}`;
    specs.push({ id: 'surrender', name: 'surrender on the agreed date', legalBasis: basis, due: takeOver.date, completedOn: surrender?.event.date, note });
    specs.push({ id: 'surrender_limit', name: 'take-over before the person must be released', legalBasis: `${CONVENTION} Art. 18(4)`, due: released, completedOn: surrender?.event.date, onExpiry: 'lapsed' });
  }

  const deadlines = specs.map((s) => settle(s, t.now));
  return { stage: extraditionStage(t, final, deadlines.find((d) => d.id === 'extradition_request')?.status), deadlines, alerts: custodyAlerts(t, provisional, takeOver?.date, deadlines) };
}

function custodyAlerts(t: Timeline, provisional: Step<'provisional_arrest'> | undefined, takeOver: string | undefined, deadlines: Deadline[]): Alert[] {
  if (!inCustody(t)) return [];
  const alerts: Alert[] = [];
  const today = isoDate(t.now);
  const request = deadlines.find((d) => d.id === 'extradition_request');
  if (provisional && request?.status === 'lapsed' && !request.completedOn) {
    const max = t.calendar.addDays(provisional.event.date, PROVISIONAL_ARREST_MAX_DAYS);
    alerts.push({
      kind: 'release_from_custody',
      message: today > max ? `no extradition request arrived and the provisional arrest exceeded ${PROVISIONAL_ARREST_MAX_DAYS} days on ${max}: release the person` : `no extradition request arrived by ${request.due}: the provisional arrest may be terminated, and may not last beyond ${max}`,
      legalBasis: `${CONVENTION} Art. 16(4)`,
    });
  }
  if (takeOver && !t.first('surrender') && today > t.calendar.addDays(takeOver, 15)) {
    const mustRelease = today > t.calendar.addDays(takeOver, 30);
    alerts.push({
      kind: 'release_from_custody',
      message: mustRelease ? `the person was not taken over within 30 days of ${takeOver}: release them; extradition for the same offence may be refused` : `the person was not taken over within 15 days of ${takeOver}: they may be released`,
      legalBasis: `${CONVENTION} Art. 18(4)`,
    });
  }
  return alerts;
}

function extraditionStage(t: Timeline, final: Step<'decision'> | undefined, requestStatus: string | undefined): string {
  if (t.first('surrender')) return 'surrendered';
  if (final) return final.event.outcome === 'refuse' ? 'refused' : 'awaiting_surrender';
  if (t.first('received')) return 'awaiting_decision';
  if (requestStatus === 'lapsed') return 'lapsed';
  if (t.first('provisional_arrest')) return 'provisionally_arrested';
  return t.first('sent') ? 'sent' : 'draft';
}
