import type { DeadlineSpec } from './deadline.ts';
import { settle } from './deadline.ts';
import { finalDecision, joinNotes, urgentNote, type RuleOutcome } from './rule.ts';
import type { Step, Timeline } from './timeline.ts';

const CONVENTION = '1959 Convention';

/** Days from receipt within which Liaison expects an answer when none was agreed: the 1959 Convention sets no time limit. */
const MLA_DEFAULT_ANSWER_DAYS = 90;

const CHANNEL = {
  central_authority: 'through the ministries of justice',
  direct: 'directly between judicial authorities',
} as const;

/** The answer (the request executed, or refused) by the agreed day, or by the default of 90 days from receipt. */
function answerDeadline(t: Timeline, received: Step<'received'>, refusal: Step<'decision'> | undefined): DeadlineSpec {
  const agreed = t.request.agreedDeadlines?.executionBy;
  const channel = t.request.channel;
  return {
    id: 'answer',
    name: 'answer to the request (executed or refused)',
    legalBasis: agreed ? `date agreed between the authorities (no time limit in the ${CONVENTION})` : `no time limit in the ${CONVENTION}: Liaison default of ${MLA_DEFAULT_ANSWER_DAYS} days from receipt`,
    due: agreed ?? t.calendar.addDays(received.event.date, MLA_DEFAULT_ANSWER_DAYS),
    completedOn: (t.first('execution') ?? refusal)?.event.date,
    note: joinNotes(channel && `sent ${CHANNEL[channel]} (${CONVENTION} Art. 15 as replaced by the Second Additional Protocol Art. 4)`, urgentNote(t, `${CONVENTION} Art. 15`)),
  };
}

/** Classic mutual legal assistance (1959 Council of Europe Convention and its Protocols): tracked stages and an agreed or default answer date. */
export function mlaRules(t: Timeline): RuleOutcome {
  const received = t.first('received');
  const final = finalDecision(t);
  const refusal = final?.event.outcome === 'refuse' ? final : undefined;
  const execution = t.first('execution');
  t.notBefore(received, t.first('sent'), 'the sending');
  for (const step of [...t.all('acknowledgement'), ...t.all('decision'), ...(execution ? [execution] : [])]) t.notBefore(step, received, 'the receipt');
  if (execution && refusal) t.issue(execution, 'type', `the request was refused (events.${refusal.index}); it cannot also be executed`);
  t.notBefore(execution, final, 'the decision');
  const agreed = t.request.agreedDeadlines?.executionBy;
  if (agreed && received && agreed < received.event.date) t.issues.push({ path: 'agreedDeadlines.executionBy', message: `must not be before the receipt (${received.event.date})` });

  const deadlines = received ? [settle(answerDeadline(t, received, refusal), t.now)] : [];
  return { stage: mlaStage(t, final), deadlines, alerts: [] };
}

function mlaStage(t: Timeline, final: Step<'decision'> | undefined): string {
  if (t.first('execution')) return 'executed';
  if (final?.event.outcome === 'refuse') return 'refused';
  if (t.first('acknowledgement') || final) return 'in_progress';
  if (t.first('received')) return 'received';
  return t.first('sent') ? 'sent' : 'draft';
}
