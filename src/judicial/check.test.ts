import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../core/errors.ts';
import { checkRequest } from './check.ts';
import { clockOn } from './deadlines/test-support.ts';
import { EAW_CONTENT } from '../../test/support/judicial.ts';

const now = clockOn('2026-03-12').now();
const eaw = (offence: Record<string, unknown>, more: Record<string, unknown> = {}) => ({ type: 'eaw', offence, events: [], ...more });


describe('checkRequest: can it be issued', () => {
  it('skips dual criminality for a list offence punishable by 3 years, not by 2 years 11 months', () => {
    const three = checkRequest(eaw({ listOffence: 'eaw-fraud', maxPenaltyMonths: 36 }), now);
    expect(three.criminality.dualCriminality.required).toBe(false);
    const less = checkRequest(eaw({ listOffence: 'eaw-fraud', maxPenaltyMonths: 35 }), now);
    expect(less.criminality.dualCriminality).toMatchObject({ required: true, result: 'unknown' });
  });

  it('refuses an EAW founded on a 3-month sentence, and accepts one on 4 months', () => {
    const three = checkRequest(eaw({ iccs: '0101', maxPenaltyMonths: 120, sentenceMonths: 3 }), now);
    expect(three.issuable).toBe(false);
    expect(three.reasons[0]).toContain('at least 4 months');
    expect(checkRequest(eaw({ iccs: '0101', maxPenaltyMonths: 120, sentenceMonths: 4 }), now).issuable).toBe(true);
  });

  it('lists missing required content, and says when the content was not given', () => {
    const missing = checkRequest(eaw({ listOffence: 'eaw-fraud', maxPenaltyMonths: 60 }, { content: { ...EAW_CONTENT, translation: undefined } }), now);
    expect(missing.issuable).toBe(false);
    expect(missing.contentIssues).toEqual([{ path: 'content.translation', message: expect.stringContaining('Art. 8(2)') }]);
    const complete = checkRequest(eaw({ listOffence: 'eaw-fraud', maxPenaltyMonths: 60 }, { content: EAW_CONTENT }), now);
    expect(complete).toMatchObject({ issuable: true, reasons: [], contentIssues: [] });
    const none = checkRequest(eaw({ listOffence: 'eaw-fraud', maxPenaltyMonths: 60 }), now);
    expect(none).toMatchObject({ issuable: true, reasons: ['content not given: the required content was not checked'] });
  });
});

describe('checkRequest: the clock', () => {
  it('gives the stage, deadlines and alerts, in the calendar the file names', () => {
    const request = eaw({ listOffence: 'eaw-fraud', maxPenaltyMonths: 60 }, { events: [{ type: 'arrest', date: '2026-03-01' }, { type: 'consent', date: '2026-03-04' }] });
    expect(checkRequest(request, clockOn('2026-03-14').now())).toMatchObject({ stage: 'awaiting_decision', deadlines: [{ id: 'decision', due: '2026-03-14', status: 'due' }], alerts: [] });
    const working = checkRequest({ ...request, calendar: { kind: 'working' } }, clockOn('2026-03-14').now());
    expect(working.deadlines[0]).toMatchObject({ due: '2026-03-16', status: 'pending' });
  });
});

describe('checkRequest: bad input', () => {
  const failure = (input: unknown) => {
    try {
      checkRequest(input, now);
    } catch (error) {
      if (error instanceof LiaisonError) return error;
    }
    throw new Error('expected a LiaisonError');
  };

  it('names every bad field at once: an unknown offence code and a decision before the arrest', () => {
    const error = failure(eaw({ iccs: '0999', maxPenaltyMonths: 60 }, { events: [{ type: 'decision', date: '2026-02-27', outcome: 'execute' }, { type: 'arrest', date: '2026-03-01' }] }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      { path: 'offence.iccs', message: 'unknown ICCS code 0999' },
      { path: 'events.0.date', message: 'decision on 2026-02-27 is before the arrest on 2026-03-01 (events.1)' },
    ]);
  });

  it('names a missing type, an unknown instrument and a field it does not know', () => {
    expect(failure({ offence: { iccs: '0101', maxPenaltyMonths: 60 }, events: [] }).issues.map((i) => i.path)).toEqual(['type']);
    expect(failure({ type: 'eil', offence: { iccs: '0101', maxPenaltyMonths: 60 }, events: [] }).issues.map((i) => i.path)).toEqual(['type']);
    expect(failure({ ...eaw({ iccs: '0101', maxPenaltyMonths: 60 }), deadline: '2026-03-01' }).issues.map((i) => i.path)).toEqual(['(root)']);
  });
});
