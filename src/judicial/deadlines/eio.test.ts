import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../core/clock.ts';
import { clockOn, deadlineOf, evaluateAt, issuesOf, nextDay } from './test-support.ts';

const received = { type: 'received', date: '2026-03-02' } as const;
const recognised = { type: 'decision', date: '2026-04-01', outcome: 'execute' } as const;
const acknowledged = { type: 'acknowledgement', date: '2026-03-03' } as const;
const reasons = { sentOn: '2026-03-30', reasons: 'the bank has not yet answered the production order' };

describe('EIO acknowledgement (Directive 2014/41/EU Art. 16(1), Annex B)', () => {
  it('is due within a week of receipt, met on day 7 and late on day 8', () => {
    const clock = clockOn('2026-03-09');
    expect(deadlineOf(evaluateAt({ type: 'eio', events: [received] }, clock), 'acknowledgement')).toMatchObject({ due: '2026-03-09', status: 'due' });
    expect(deadlineOf(evaluateAt({ type: 'eio', events: [received] }, nextDay(clock)), 'acknowledgement').status).toBe('overdue');
    expect(deadlineOf(evaluateAt({ type: 'eio', events: [received, { type: 'acknowledgement', date: '2026-03-09' }] }, clock), 'acknowledgement').status).toBe('met');
    expect(deadlineOf(evaluateAt({ type: 'eio', events: [received, { type: 'acknowledgement', date: '2026-03-10' }] }, clock), 'acknowledgement')).toMatchObject({ status: 'overdue', completedOn: '2026-03-10' });
  });
});

describe('EIO decision on recognition (Art. 12(3), (5))', () => {
  it('is due 30 days after receipt and overdue on day 31', () => {
    const clock = clockOn('2026-04-01');
    expect(deadlineOf(evaluateAt({ type: 'eio', events: [received] }, clock), 'decision')).toMatchObject({ due: '2026-04-01', status: 'due', legalBasis: 'Directive 2014/41/EU Art. 12(3)' });
    expect(deadlineOf(evaluateAt({ type: 'eio', events: [received] }, nextDay(clock)), 'decision').status).toBe('overdue');
  });

  it('extends by up to 30 days with reasons, and not without them', () => {
    const extended = deadlineOf(evaluateAt({ type: 'eio', events: [received, { type: 'extension', date: '2026-03-30', days: 20, reasonedNotice: reasons }] }, clockOn('2026-04-02')), 'decision');
    expect(extended).toMatchObject({ due: '2026-04-21', status: 'pending', extended: true, legalBasis: 'Directive 2014/41/EU Art. 12(3), extended under Art. 12(5)' });
    const full = deadlineOf(evaluateAt({ type: 'eio', events: [received, { type: 'extension', date: '2026-03-30', reasonedNotice: reasons }] }, clockOn('2026-04-02')), 'decision');
    expect(full.due).toBe('2026-05-01');
    expect(issuesOf(() => evaluateAt({ type: 'eio', events: [received, { type: 'extension', date: '2026-03-30' }] }, clockOn('2026-04-02')))).toEqual([
      { path: 'events.1.reasonedNotice', message: expect.stringContaining('Directive 2014/41/EU Art. 12(5)') },
    ]);
  });

  it('takes the issuing authority’s shorter date first, and keeps the statutory limit against a later one', () => {
    const shorter = deadlineOf(evaluateAt({ type: 'eio', urgent: true, issuingAuthorityDates: { decisionBy: '2026-03-12' }, events: [received] }, clockOn('2026-03-12')), 'decision');
    expect(shorter).toMatchObject({ due: '2026-03-12', status: 'due', legalBasis: 'Directive 2014/41/EU Art. 12(2)' });
    expect(shorter.note).toContain('urgent');
    const later = deadlineOf(evaluateAt({ type: 'eio', issuingAuthorityDates: { decisionBy: '2026-04-10' }, events: [received] }, clockOn('2026-03-12')), 'decision');
    expect(later).toMatchObject({ due: '2026-04-01', legalBasis: 'Directive 2014/41/EU Art. 12(3)' });
  });
});

describe('EIO execution (Art. 12(4), (6))', () => {
  it('is due 90 days after the decision, then the issuing authority is to be consulted', () => {
    const clock = clockOn('2026-06-30');
    const due = evaluateAt({ type: 'eio', events: [received, recognised] }, clock);
    expect(deadlineOf(due, 'execution')).toMatchObject({ due: '2026-06-30', status: 'due', legalBasis: 'Directive 2014/41/EU Art. 12(4)' });
    expect(due.stage).toBe('recognised');
    const late = evaluateAt({ type: 'eio', events: [received, acknowledged, recognised] }, nextDay(clock));
    expect(deadlineOf(late, 'execution').status).toBe('overdue');
    expect(late.alerts.map((a) => a.kind)).toEqual(['deadline_overdue', 'consult_issuing_authority']);
    const done = evaluateAt({ type: 'eio', events: [received, recognised, { type: 'execution', date: '2026-06-30' }] }, clock);
    expect(deadlineOf(done, 'execution').status).toBe('met');
    expect(done.stage).toBe('executed');
  });

  it('takes the issuing authority’s earlier date for the measure', () => {
    const evaluation = evaluateAt({ type: 'eio', issuingAuthorityDates: { executionBy: '2026-04-15' }, events: [received, recognised] }, clockOn('2026-04-16'));
    expect(deadlineOf(evaluation, 'execution')).toMatchObject({ due: '2026-04-15', status: 'overdue', legalBasis: 'Directive 2014/41/EU Art. 12(2)' });
  });

  it('cannot be extended, and needs a decision recognising the EIO first', () => {
    const extension = issuesOf(() => evaluateAt({ type: 'eio', events: [received, recognised, { type: 'extension', date: '2026-05-01', of: 'execution', reasonedNotice: reasons }] }, clockOn('2026-05-02')));
    expect(extension).toEqual([{ path: 'events.2.of', message: expect.stringContaining('Art. 12(6)') }]);
    const refused = issuesOf(() =>
      evaluateAt({ type: 'eio', events: [received, { type: 'decision', date: '2026-03-20', outcome: 'refuse', refusalGrounds: ['fundamental_rights'] }, { type: 'execution', date: '2026-03-25' }] }, clockOn('2026-04-02')),
    );
    expect(refused).toEqual([{ path: 'events.2.type', message: 'an execution needs a decision recognising the EIO before it' }]);
  });

  it('takes only its own refusal grounds (Art. 11)', () => {
    const issues = issuesOf(() => evaluateAt({ type: 'eio', events: [received, { type: 'decision', date: '2026-03-20', outcome: 'refuse', refusalGrounds: ['in_absentia'] }] }, clockOn('2026-04-02')));
    expect(issues).toEqual([{ path: 'events.1.refusalGrounds.0', message: expect.stringContaining('in_absentia is not a refusal ground of a European Investigation Order') }]);
  });
});

describe('EIO interception notification (Art. 31(3), Annex C)', () => {
  const notified = { type: 'interception_notification', at: '2026-03-02T09:30:00+01:00' } as const;

  it('leaves 96 hours to object: open before, lapsed after', () => {
    const before = evaluateAt({ type: 'eio', events: [notified] }, new FixedClock(new Date('2026-03-06T08:29:59Z')));
    expect(deadlineOf(before, 'interception_objection_1')).toMatchObject({ due: '2026-03-06T09:30:00+01:00', status: 'due' });
    expect(before.alerts.map((a) => a.kind)).toEqual(['objection_window_open']);
    expect(deadlineOf(evaluateAt({ type: 'eio', events: [notified] }, clockOn('2026-03-05')), 'interception_objection_1').status).toBe('pending');
    const after = evaluateAt({ type: 'eio', events: [notified] }, new FixedClock(new Date('2026-03-06T08:30:01Z')));
    expect(deadlineOf(after, 'interception_objection_1').status).toBe('lapsed');
    expect(after.alerts).toEqual([]);
  });

  it('is met by an objection at the 96th hour, and lapsed for one a minute later', () => {
    const clock = clockOn('2026-03-07');
    const atLimit = evaluateAt({ type: 'eio', events: [notified, { type: 'objection', at: '2026-03-06T08:30:00Z' }] }, clock);
    expect(deadlineOf(atLimit, 'interception_objection_1')).toMatchObject({ status: 'met', completedOn: '2026-03-06T08:30:00Z' });
    const late = evaluateAt({ type: 'eio', events: [notified, { type: 'objection', at: '2026-03-06T09:31:00+01:00' }] }, clock);
    expect(deadlineOf(late, 'interception_objection_1')).toMatchObject({ status: 'lapsed', completedOn: '2026-03-06T09:31:00+01:00' });
  });

  it('names an objection that answers no notification', () => {
    const issues = issuesOf(() => evaluateAt({ type: 'eio', events: [{ type: 'objection', at: '2026-03-01T10:00:00Z' }, notified] }, clockOn('2026-03-07')));
    expect(issues).toEqual([{ path: 'events.0.at', message: 'an objection answers an interception notification, and none precedes it' }]);
  });
});
