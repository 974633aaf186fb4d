import { describe, expect, it } from 'vitest';
import { testAgreement } from '../../test/support/agreement.ts';
import { evaluateExchange, evaluateJudicial } from './policy.ts';

describe('agreement policies (Cedar)', () => {
  const agreement = testAgreement();
  const query = { partner: 'fr-bob', action: 'query', recordType: 'person', purpose: 'investigation' } as const;

  it('allows a query by a party for an agreed purpose and record type', () => {
    expect(evaluateExchange(agreement, query)).toEqual({ allowed: true, reasons: [] });
  });

  it('refuses other purposes, record types and non-parties, saying why', () => {
    expect(evaluateExchange(agreement, { ...query, purpose: 'prevention' })).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/purpose prevention/)] });
    expect(evaluateExchange(agreement, { ...query, recordType: 'document' })).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/document records/)] });
    expect(evaluateExchange(agreement, { ...query, partner: 'it-carla' })).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/not a party/)] });
  });

  it('limits a query to the agreed offences', () => {
    const narrow = testAgreement({ offences: ['02', '0701'] });
    expect(evaluateExchange(narrow, { ...query, offence: '02011' }).allowed).toBe(true);
    expect(evaluateExchange(narrow, { ...query, offence: '07011' }).allowed).toBe(true);
    expect(evaluateExchange(narrow, { ...query, offence: '0702' }).allowed).toBe(false);
    expect(evaluateExchange(narrow, query).allowed).toBe(false);
  });

  it('releases only agreed fields of records within the handling and TLP ceilings', () => {
    const release = { ...query, action: 'release', fields: ['names', 'dateOfBirth'], handlingCode: 'H1', tlp: 'AMBER' } as const;
    expect(evaluateExchange(agreement, release).allowed).toBe(true);
    expect(evaluateExchange(agreement, { ...release, fields: ['names', 'identifiers'] })).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/identifiers/)] });
    expect(evaluateExchange(agreement, { ...release, handlingCode: 'H3' })).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/H3/)] });
    expect(evaluateExchange(agreement, { ...release, tlp: 'RED' })).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/RED/)] });
  });

  it('lets the parties’ own forbid policies win', () => {
    const strict = testAgreement({ policies: 'forbid (principal == Liaison::Node::"fr-bob", action == Liaison::Action::"query", resource == Liaison::RecordType::"vehicle");' });
    expect(evaluateExchange(strict, { ...query, recordType: 'vehicle' })).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/policies of agr-de-fr-2026/)] });
    expect(evaluateExchange(strict, query).allowed).toBe(true);
  });

  it('lets judicial requests pass only for the instruments, purposes and offences of its judicial clause', () => {
    const judicial = testAgreement({ judicial: { instruments: ['eaw', 'eio'] }, offences: ['02', '0701'] });
    const eaw = { partner: 'fr-bob', instrument: 'eaw', purpose: 'prosecution', offence: '02011' } as const;
    expect(evaluateJudicial(judicial, eaw)).toEqual({ allowed: true, reasons: [] });
    expect(evaluateJudicial(judicial, { ...eaw, instrument: 'mla' })).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/mla requests are not transmitted/)] });
    expect(evaluateJudicial(judicial, { ...eaw, purpose: 'prevention' })).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/purpose prevention/)] });
    expect(evaluateJudicial(judicial, { ...eaw, offence: '0702' })).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/covers only offences/)] });
    expect(evaluateJudicial(judicial, { ...eaw, partner: 'it-carla' }).allowed).toBe(false);
    // Without the clause, no judicial request passes at all.
    expect(evaluateJudicial(testAgreement(), eaw)).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/no judicial instruments/)] });
  });
});
