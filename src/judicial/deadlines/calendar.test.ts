import { describe, expect, it } from 'vitest';
import { CalendarConfig, calendarDays, calendarOf, workingDays } from '../../core/calendar.ts';
import { clockOn, deadlineOf, evaluateAt } from './test-support.ts';

describe('calendar days (the default)', () => {
  it('counts every day, across month ends and leap days, and never moves the last day', () => {
    expect(calendarDays.addDays('2026-03-02', 10)).toBe('2026-03-12');
    expect(calendarDays.addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(calendarDays.addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(calendarDays.addDays('2026-03-04', 10)).toBe('2026-03-14'); // a Saturday
  });

  it('adds hours to an instant, keeping its offset', () => {
    expect(calendarDays.addHours('2026-03-02T09:30:00+01:00', 96)).toBe('2026-03-06T09:30:00+01:00');
    expect(calendarDays.addHours('2026-03-27T22:00:00Z', 96)).toBe('2026-03-31T22:00:00Z');
    expect(calendarDays.addHours('2026-03-02T23:30:00-0330', 1)).toBe('2026-03-03T00:30:00-03:30');
  });
});

describe('working days (Regulation 1182/71 Art. 3(4))', () => {
  const berlin = workingDays({ holidays: ['2026-04-03', '2026-04-06'] });

  it('moves a last day on a weekend or holiday to the next working day', () => {
    expect(berlin.addDays('2026-03-02', 10)).toBe('2026-03-12'); // a Thursday: unchanged
    expect(berlin.addDays('2026-03-04', 10)).toBe('2026-03-16'); // Saturday → Monday
    expect(berlin.addDays('2026-03-24', 10)).toBe('2026-04-07'); // Good Friday, the weekend, Easter Monday → Tuesday
    expect(berlin.addHours('2026-04-03T10:00:00Z', 24)).toBe('2026-04-04T10:00:00Z'); // hours are never moved
  });

  it('takes another weekend', () => {
    expect(workingDays({ weekend: [5, 6] }).addDays('2026-03-03', 10)).toBe('2026-03-15'); // Friday → Sunday
  });

  it('moves an EAW decision limit falling on a Saturday to Monday', () => {
    const request = { type: 'eaw', events: [{ type: 'arrest', date: '2026-03-01' }, { type: 'consent', date: '2026-03-04' }] } as const;
    expect(deadlineOf(evaluateAt(request, clockOn('2026-03-14')), 'decision').due).toBe('2026-03-14');
    const moved = deadlineOf(evaluateAt(request, clockOn('2026-03-14'), berlin), 'decision');
    expect(moved).toMatchObject({ due: '2026-03-16', status: 'pending' });
  });
});

describe('CalendarConfig', () => {
  it('parses both kinds and builds their calendar', () => {
    expect(calendarOf(CalendarConfig.parse({ kind: 'calendar' }))).toBe(calendarDays);
    const working = CalendarConfig.parse({ kind: 'working', holidays: ['2026-12-25'] });
    expect(working).toEqual({ kind: 'working', weekend: [6, 7], holidays: ['2026-12-25'] });
    expect(calendarOf(working).addDays('2026-12-15', 10)).toBe('2026-12-28');
  });

  it('names a bad weekday or holiday', () => {
    const bad = CalendarConfig.safeParse({ kind: 'working', weekend: [0], holidays: ['2026-02-30'] });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['weekend.0', 'holidays.0']);
  });
});
