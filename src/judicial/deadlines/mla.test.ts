import { describe, expect, it } from 'vitest';
import { clockOn, deadlineOf, evaluateAt, issuesOf, nextDay } from './test-support.ts';

const sent = { type: 'sent', date: '2026-02-27' } as const;
const received = { type: 'received', date: '2026-03-02' } as const;

describe('Classic MLA (1959 Convention)', () => {
  it('expects an answer 90 days after receipt by default', () => {
    const clock = clockOn('2026-05-31');
    const evaluation = evaluateAt({ type: 'mla', channel: 'central_authority', events: [sent, received] }, clock);
    expect(deadlineOf(evaluation, 'answer')).toMatchObject({ due: '2026-05-31', status: 'due' });
    expect(deadlineOf(evaluation, 'answer').note).toContain('through the ministries of justice');
    expect(deadlineOf(evaluateAt({ type: 'mla', events: [sent, received] }, nextDay(clock)), 'answer').status).toBe('overdue');
  });

  it('takes the agreed date, and counts a refusal as the answer', () => {
    const agreed = evaluateAt({ type: 'mla', channel: 'direct', agreedDeadlines: { executionBy: '2026-04-15' }, events: [received, { type: 'acknowledgement', date: '2026-03-03' }] }, clockOn('2026-04-01'));
    expect(deadlineOf(agreed, 'answer')).toMatchObject({ due: '2026-04-15', status: 'pending' });
    expect(agreed.stage).toBe('in_progress');
    const refused = evaluateAt({ type: 'mla', events: [received, { type: 'decision', date: '2026-03-20', outcome: 'refuse', refusalGrounds: ['essential_interests'] }] }, clockOn('2026-04-01'));
    expect(deadlineOf(refused, 'answer')).toMatchObject({ status: 'met', completedOn: '2026-03-20' });
    expect(refused.stage).toBe('refused');
    const executed = evaluateAt({ type: 'mla', events: [received, { type: 'execution', date: '2026-03-25' }] }, clockOn('2026-04-01'));
    expect(executed.stage).toBe('executed');
  });

  it('names impossible steps and terms of other instruments', () => {
    const issues = issuesOf(() =>
      evaluateAt(
        { type: 'mla', issuingAuthorityDates: { decisionBy: '2026-03-10' }, agreedDeadlines: { provisionalArrestDays: 20 }, events: [received, { type: 'execution', date: '2026-03-01' }, { type: 'arrest', date: '2026-03-01' }] },
        clockOn('2026-04-01'),
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(['agreedDeadlines.provisionalArrestDays', 'events.1.date', 'events.2.type', 'issuingAuthorityDates']);
  });
});
