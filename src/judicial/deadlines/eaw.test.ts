import { describe, expect, it } from 'vitest';
import { clockOn, deadlineOf, evaluateAt, issuesOf, nextDay } from './test-support.ts';

const arrest = { type: 'arrest', date: '2026-03-01' } as const;
const consent = { type: 'consent', date: '2026-03-02' } as const;
const notice = { sentOn: '2026-03-10', reasons: 'the hearing on the proportionality of detention needs a further report' };

describe('EAW final decision (FD 2002/584/JHA Art. 17)', () => {
  it('is due on day 10 after consent and overdue on day 11, with an Eurojust alert', () => {
    const clock = clockOn('2026-03-11');
    const request = { type: 'eaw', events: [arrest, consent] } as const;
    expect(deadlineOf(evaluateAt(request, clock), 'decision')).toMatchObject({ due: '2026-03-12', status: 'pending', legalBasis: 'FD 2002/584/JHA Art. 17(2)' });
    expect(deadlineOf(evaluateAt(request, nextDay(clock)), 'decision').status).toBe('due');
    const day11 = evaluateAt(request, nextDay(clock));
    expect(deadlineOf(day11, 'decision').status).toBe('overdue');
    expect(day11.alerts.map((a) => a.kind)).toEqual(['deadline_overdue', 'inform_eurojust']);
    expect(day11.alerts[1].legalBasis).toBe('FD 2002/584/JHA Art. 17(7)');
  });

  it('is due on day 60 after the arrest without consent, and overdue on day 61', () => {
    const clock = clockOn('2026-04-30');
    const request = { type: 'eaw', events: [arrest, { type: 'consent', date: '2026-03-02', given: false }] } as const;
    expect(deadlineOf(evaluateAt(request, clock), 'decision')).toMatchObject({ due: '2026-04-30', status: 'due', legalBasis: 'FD 2002/584/JHA Art. 17(3)' });
    expect(deadlineOf(evaluateAt(request, nextDay(clock)), 'decision').status).toBe('overdue');
  });

  it('is met by a final decision on day 10, and overdue with its date when taken on day 11', () => {
    const clock = clockOn('2026-03-20');
    const onTime = evaluateAt({ type: 'eaw', events: [arrest, consent, { type: 'decision', date: '2026-03-12', outcome: 'execute' }] }, clock);
    expect(deadlineOf(onTime, 'decision')).toMatchObject({ status: 'met', completedOn: '2026-03-12' });
    const late = evaluateAt({ type: 'eaw', events: [arrest, consent, { type: 'decision', date: '2026-03-13', outcome: 'execute' }] }, clock);
    expect(deadlineOf(late, 'decision')).toMatchObject({ status: 'overdue', completedOn: '2026-03-13' });
    expect(late.alerts.filter((a) => a.kind === 'deadline_overdue')).toEqual([]);
  });

  it('is not met by a decision that is not final', () => {
    const evaluation = evaluateAt({ type: 'eaw', events: [arrest, consent, { type: 'decision', date: '2026-03-05', outcome: 'execute', final: false }] }, clockOn('2026-03-06'));
    expect(deadlineOf(evaluation, 'decision').status).toBe('pending');
    expect(evaluation.stage).toBe('awaiting_decision');
  });

  it('refuses an extension without a reasoned notice, naming the field', () => {
    const issues = issuesOf(() => evaluateAt({ type: 'eaw', events: [arrest, { type: 'extension', date: '2026-04-20' }] }, clockOn('2026-04-21')));
    expect(issues).toEqual([{ path: 'events.1.reasonedNotice', message: expect.stringContaining('reasoned notice to the issuing authority (FD 2002/584/JHA Art. 17(4))') }]);
  });

  it('extends by 30 days with a reasoned notice: day 90 after the arrest, day 40 after consent', () => {
    const clock = clockOn('2026-05-30');
    const afterArrest = deadlineOf(evaluateAt({ type: 'eaw', events: [arrest, { type: 'extension', date: '2026-04-20', reasonedNotice: notice }] }, clock), 'decision');
    expect(afterArrest).toMatchObject({ due: '2026-05-30', status: 'due', extended: true, legalBasis: 'FD 2002/584/JHA Art. 17(3), extended under Art. 17(4)' });
    expect(deadlineOf(evaluateAt({ type: 'eaw', events: [arrest, { type: 'extension', date: '2026-04-20', reasonedNotice: notice }] }, nextDay(clock)), 'decision').status).toBe('overdue');
    const afterConsent = deadlineOf(evaluateAt({ type: 'eaw', events: [arrest, consent, { type: 'extension', date: '2026-03-10', reasonedNotice: notice }] }, clockOn('2026-03-13')), 'decision');
    expect(afterConsent).toMatchObject({ due: '2026-04-11', status: 'pending', extended: true });
  });

  it('extends once only, and only with a notice sent by the original limit', () => {
    const twice = issuesOf(() =>
      evaluateAt({ type: 'eaw', events: [arrest, consent, { type: 'extension', date: '2026-03-10', reasonedNotice: notice }, { type: 'extension', date: '2026-03-11', reasonedNotice: { ...notice, sentOn: '2026-03-11' } }] }, clockOn('2026-03-13')),
    );
    expect(twice).toEqual([{ path: 'events.3.type', message: expect.stringContaining('extended once') }]);
    const late = issuesOf(() => evaluateAt({ type: 'eaw', events: [arrest, consent, { type: 'extension', date: '2026-03-13', reasonedNotice: { ...notice, sentOn: '2026-03-13' } }] }, clockOn('2026-03-13')));
    expect(late).toEqual([{ path: 'events.2.reasonedNotice.sentOn', message: 'must be on or before the time limit it extends (2026-03-12)' }]);
    const nothing = issuesOf(() => evaluateAt({ type: 'eaw', events: [{ type: 'extension', date: '2026-03-13', reasonedNotice: notice }] }, clockOn('2026-03-13')));
    expect(nothing).toEqual([{ path: 'events.0.of', message: 'no decision time limit is running yet to extend' }]);
  });
});

describe('EAW surrender (FD 2002/584/JHA Art. 23)', () => {
  const decided = [arrest, consent, { type: 'decision', date: '2026-03-10', outcome: 'execute' }] as const;

  it('is due 10 days after the final decision; after that a person still in custody is to be released', () => {
    const clock = clockOn('2026-03-20');
    const due = evaluateAt({ type: 'eaw', events: [...decided] }, clock);
    expect(deadlineOf(due, 'surrender')).toMatchObject({ due: '2026-03-20', status: 'due', legalBasis: 'FD 2002/584/JHA Art. 23(2)' });
    expect(due.stage).toBe('awaiting_surrender');
    const expired = evaluateAt({ type: 'eaw', events: [...decided] }, nextDay(clock));
    expect(deadlineOf(expired, 'surrender').status).toBe('overdue');
    expect(expired.alerts).toContainEqual({ kind: 'release_from_custody', message: expect.stringContaining('2026-03-20'), legalBasis: 'FD 2002/584/JHA Art. 23(5)' });
    const released = evaluateAt({ type: 'eaw', events: [...decided, { type: 'release', date: '2026-03-21' }] }, clock);
    expect(released.alerts.map((a) => a.kind)).not.toContain('release_from_custody');
  });

  it('is met by a surrender on day 10', () => {
    const evaluation = evaluateAt({ type: 'eaw', events: [...decided, { type: 'surrender', date: '2026-03-20' }] }, clockOn('2026-03-25'));
    expect(deadlineOf(evaluation, 'surrender')).toMatchObject({ status: 'met', completedOn: '2026-03-20' });
    expect(evaluation.stage).toBe('surrendered');
    expect(evaluation.alerts).toEqual([]);
  });

  it('runs again for 10 days from the new date agreed after force majeure', () => {
    const events = [...decided, { type: 'force_majeure', date: '2026-03-18', newAgreedDate: '2026-03-25' }] as const;
    const clock = clockOn('2026-03-21');
    const reset = evaluateAt({ type: 'eaw', events: [...events] }, clock);
    expect(deadlineOf(reset, 'surrender')).toMatchObject({ due: '2026-04-04', status: 'pending', legalBasis: 'FD 2002/584/JHA Art. 23(3)' });
    expect(reset.alerts).toEqual([]);
    expect(deadlineOf(evaluateAt({ type: 'eaw', events: [...events] }, clockOn('2026-04-04')), 'surrender').status).toBe('due');
    const expired = evaluateAt({ type: 'eaw', events: [...events] }, clockOn('2026-04-05'));
    expect(deadlineOf(expired, 'surrender').status).toBe('overdue');
    expect(expired.alerts.map((a) => a.kind)).toContain('release_from_custody');
  });

  it('runs for 10 days from the new date after a humanitarian postponement', () => {
    const evaluation = evaluateAt({ type: 'eaw', events: [...decided, { type: 'humanitarian_postponement', date: '2026-03-15', newAgreedDate: '2026-04-15' }] }, clockOn('2026-03-21'));
    expect(deadlineOf(evaluation, 'surrender')).toMatchObject({ due: '2026-04-25', legalBasis: 'FD 2002/584/JHA Art. 23(4)' });
  });

  it('is not running after a refusal, which names its grounds', () => {
    const evaluation = evaluateAt({ type: 'eaw', events: [arrest, { type: 'decision', date: '2026-03-10', outcome: 'refuse', refusalGrounds: ['ne_bis_in_idem'] }] }, clockOn('2026-04-01'));
    expect(evaluation.stage).toBe('refused');
    expect(evaluation.deadlines.map((d) => d.id)).toEqual(['decision']);
  });
});

describe('EAW impossible sequences', () => {
  const today = clockOn('2026-06-01');

  it('names a decision before the arrest, consent before the arrest and a surrender before the decision', () => {
    const issues = issuesOf(() =>
      evaluateAt(
        {
          type: 'eaw',
          events: [
            { type: 'decision', date: '2026-03-20', outcome: 'execute' },
            { type: 'consent', date: '2026-02-27' },
            { type: 'surrender', date: '2026-03-19' },
            { type: 'arrest', date: '2026-02-28' },
            { type: 'decision', date: '2026-02-20', outcome: 'execute', final: false },
          ],
        },
        today,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(['events.1.date', 'events.2.date', 'events.4.date']);
    expect(issues[2].message).toBe('decision on 2026-02-20 is before the arrest on 2026-02-28 (events.3)');
    expect(issues[1].message).toContain('before the final decision to surrender on 2026-03-20');
  });

  it('names a surrender or force majeure with no decision to surrender, and a new date before the day it was agreed', () => {
    const none = issuesOf(() => evaluateAt({ type: 'eaw', events: [arrest, { type: 'surrender', date: '2026-03-19' }] }, today));
    expect(none).toEqual([{ path: 'events.1.type', message: 'surrender needs a final decision to execute the warrant before it' }]);
    const backwards = issuesOf(() =>
      evaluateAt({ type: 'eaw', events: [arrest, { type: 'decision', date: '2026-03-10', outcome: 'execute' }, { type: 'force_majeure', date: '2026-03-15', newAgreedDate: '2026-03-14' }] }, today),
    );
    expect(backwards).toEqual([{ path: 'events.2.newAgreedDate', message: 'must not be before the day it was agreed (2026-03-15)' }]);
  });

  it('refuses an extension of the surrender limit, pointing to force majeure', () => {
    const issues = issuesOf(() => evaluateAt({ type: 'eaw', events: [arrest, { type: 'extension', date: '2026-03-05', of: 'surrender', reasonedNotice: notice }] }, today));
    expect(issues).toEqual([{ path: 'events.1.of', message: expect.stringContaining('force_majeure') }]);
  });
});

describe('EAW stages', () => {
  it('moves from draft to surrendered', () => {
    const at = clockOn('2026-03-25');
    const stage = (events: Parameters<typeof evaluateAt>[0]['events']) => evaluateAt({ type: 'eaw', events }, at).stage;
    expect(stage([])).toBe('draft');
    expect(stage([{ type: 'sent', date: '2026-02-20' }])).toBe('sent');
    expect(stage([{ type: 'received', date: '2026-02-21' }, { type: 'translation', date: '2026-02-21', language: 'de' }])).toBe('received');
    expect(stage([arrest])).toBe('awaiting_decision');
  });
});
