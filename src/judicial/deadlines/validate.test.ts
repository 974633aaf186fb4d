import { describe, expect, it } from 'vitest';
import { RequestTimeline } from './events.ts';
import { clockOn, evaluateAt, issuesOf } from './test-support.ts';

const arrest = { type: 'arrest', date: '2026-03-01' } as const;
const today = clockOn('2026-04-01');

describe('input every instrument shares', () => {
  it('names an impossible calendar date, an instant without offset and an unknown event type', () => {
    const parsed = RequestTimeline.safeParse({
      type: 'eaw',
      events: [{ type: 'arrest', date: '2026-02-30' }, { type: 'interception_notification', at: '2026-03-02T09:30:00' }, { type: 'hearing', date: '2026-03-02' }],
    });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['events.0.date', 'events.1.at', 'events.2.type']);
  });

  it('names an event of another instrument, a step recorded twice and a step after the day of the check', () => {
    const issues = issuesOf(() =>
      evaluateAt({ type: 'eaw', events: [arrest, { type: 'interception_notification', at: '2026-03-02T09:30:00+01:00' }, { type: 'arrest', date: '2026-03-03' }, { type: 'consent', date: '2026-04-02' }] }, today),
    );
    expect(issues).toEqual([
      { path: 'events.1.type', message: expect.stringContaining('interception_notification is not an event of a European Arrest Warrant') },
      { path: 'events.2.type', message: 'arrest is already recorded (events.0); it happens once' },
      { path: 'events.3.date', message: 'is after the day of the check (2026-04-01)' },
    ]);
  });

  it('names a refusal without grounds, grounds on a decision to execute and a second final decision', () => {
    const issues = issuesOf(() =>
      evaluateAt(
        {
          type: 'eaw',
          events: [
            arrest,
            { type: 'decision', date: '2026-03-10', outcome: 'refuse' },
            { type: 'decision', date: '2026-03-12', outcome: 'execute', refusalGrounds: ['age'] },
          ],
        },
        today,
      ),
    );
    expect(issues).toEqual([
      { path: 'events.1.refusalGrounds', message: 'a refusal must name its grounds' },
      { path: 'events.2.final', message: 'a final decision is already recorded (events.1)' },
      { path: 'events.2.refusalGrounds', message: expect.stringContaining('no refusal grounds') },
    ]);
  });

  it('accepts events in any order', () => {
    const evaluation = evaluateAt({ type: 'eaw', events: [{ type: 'surrender', date: '2026-03-15' }, { type: 'decision', date: '2026-03-10', outcome: 'partial', refusalGrounds: ['territoriality'] }, arrest] }, today);
    expect(evaluation.stage).toBe('surrendered');
    expect(evaluation.deadlines.map((d) => [d.id, d.status])).toEqual([['decision', 'met'], ['surrender', 'met']]);
  });
});
