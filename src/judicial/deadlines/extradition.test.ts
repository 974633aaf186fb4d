import { describe, expect, it } from 'vitest';
import { RequestTimeline } from './events.ts';
import { clockOn, deadlineOf, evaluateAt, issuesOf, nextDay } from './test-support.ts';

const provisional = { type: 'provisional_arrest', date: '2026-03-01' } as const;

describe('Extradition: provisional arrest (1957 Convention Art. 16(4))', () => {
  it('is met by a request received on day 18', () => {
    const evaluation = evaluateAt({ type: 'extradition', events: [provisional, { type: 'received', date: '2026-03-19' }] }, clockOn('2026-03-25'));
    expect(deadlineOf(evaluation, 'extradition_request')).toMatchObject({ due: '2026-03-19', status: 'met', completedOn: '2026-03-19' });
    expect(evaluation.stage).toBe('awaiting_decision');
    expect(evaluation.alerts).toEqual([]);
  });

  it('is due on day 18 and lapses on day 19 without a request, the person to be released', () => {
    const clock = clockOn('2026-03-19');
    const due = evaluateAt({ type: 'extradition', events: [provisional] }, clock);
    expect(deadlineOf(due, 'extradition_request').status).toBe('due');
    expect(due.stage).toBe('provisionally_arrested');
    const lapsed = evaluateAt({ type: 'extradition', events: [provisional] }, nextDay(clock));
    expect(deadlineOf(lapsed, 'extradition_request').status).toBe('lapsed');
    expect(lapsed.stage).toBe('lapsed');
    expect(lapsed.alerts).toEqual([{ kind: 'release_from_custody', message: expect.stringContaining('may not last beyond 2026-04-10'), legalBasis: '1957 Convention Art. 16(4)' }]);
    const released = evaluateAt({ type: 'extradition', events: [provisional, { type: 'release', date: '2026-03-20' }] }, clock);
    expect(released.alerts).toEqual([]);
  });

  it('keeps the lapse when the request arrives on day 19', () => {
    const late = evaluateAt({ type: 'extradition', events: [provisional, { type: 'received', date: '2026-03-20' }] }, clockOn('2026-03-25'));
    expect(deadlineOf(late, 'extradition_request')).toMatchObject({ status: 'lapsed', completedOn: '2026-03-20' });
  });

  it('runs up to 40 days when the requested party allows it, and no further', () => {
    const clock = clockOn('2026-04-10');
    const allowed = evaluateAt({ type: 'extradition', agreedDeadlines: { provisionalArrestDays: 40 }, events: [provisional] }, clock);
    expect(deadlineOf(allowed, 'extradition_request')).toMatchObject({ due: '2026-04-10', status: 'due' });
    const beyond = evaluateAt({ type: 'extradition', agreedDeadlines: { provisionalArrestDays: 40 }, events: [provisional] }, nextDay(clock));
    expect(beyond.alerts[0].message).toContain('exceeded 40 days on 2026-04-10: release the person');
    const parsed = RequestTimeline.safeParse({ type: 'extradition', agreedDeadlines: { provisionalArrestDays: 41 }, events: [provisional] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['agreedDeadlines.provisionalArrestDays', 'must be at most 40 days from the arrest (1957 Convention Art. 16(4))']]);
  });
});

describe('Extradition: decision and surrender (1957 Convention Art. 18)', () => {
  const granted = [{ type: 'received', date: '2026-03-10' }, { type: 'arrest', date: '2026-03-10' }, { type: 'decision', date: '2026-05-01', outcome: 'execute' }, { type: 'surrender_date_agreed', date: '2026-05-02', agreedDate: '2026-05-10' }] as const;

  it('tracks an agreed decision date', () => {
    const evaluation = evaluateAt({ type: 'extradition', agreedDeadlines: { decisionBy: '2026-04-30' }, events: [...granted] }, clockOn('2026-05-02'));
    expect(deadlineOf(evaluation, 'decision')).toMatchObject({ due: '2026-04-30', status: 'overdue', completedOn: '2026-05-01' });
  });

  it('expects the take-over on the agreed date; after 15 days the person may, after 30 must, be released', () => {
    const onDate = evaluateAt({ type: 'extradition', events: [...granted] }, clockOn('2026-05-10'));
    expect(deadlineOf(onDate, 'surrender')).toMatchObject({ due: '2026-05-10', status: 'due', legalBasis: '1957 Convention Art. 18(4)' });
    expect(deadlineOf(onDate, 'surrender_limit')).toMatchObject({ due: '2026-06-09', status: 'pending' });
    expect(evaluateAt({ type: 'extradition', events: [...granted] }, clockOn('2026-05-25')).alerts.map((a) => a.kind)).toEqual(['deadline_overdue']);
    const may = evaluateAt({ type: 'extradition', events: [...granted] }, clockOn('2026-05-26'));
    expect(may.alerts[1]).toMatchObject({ kind: 'release_from_custody', message: expect.stringContaining('may be released') });
    const must = evaluateAt({ type: 'extradition', events: [...granted] }, clockOn('2026-06-10'));
    expect(deadlineOf(must, 'surrender_limit').status).toBe('lapsed');
    expect(must.alerts[1].message).toContain('release them');
  });

  it('moves the date after force majeure (Art. 18(5))', () => {
    const evaluation = evaluateAt({ type: 'extradition', events: [...granted, { type: 'force_majeure', date: '2026-05-09', newAgreedDate: '2026-05-20' }, { type: 'surrender', date: '2026-05-20' }] }, clockOn('2026-05-21'));
    expect(deadlineOf(evaluation, 'surrender')).toMatchObject({ due: '2026-05-20', status: 'met', legalBasis: '1957 Convention Art. 18(5)' });
    expect(evaluation.stage).toBe('surrendered');
  });

  it('names a decision before the request, a direct channel and a foreign refusal ground', () => {
    const issues = issuesOf(() =>
      evaluateAt({ type: 'extradition', channel: 'direct', events: [{ type: 'decision', date: '2026-03-01', outcome: 'refuse', refusalGrounds: ['amnesty'] }, { type: 'received', date: '2026-03-10' }] }, clockOn('2026-04-01')),
    );
    expect(issues.map((i) => i.path)).toEqual(['channel', 'events.0.date', 'events.0.refusalGrounds.0']);
  });
});
