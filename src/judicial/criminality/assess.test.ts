import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import type { OffenceInput } from '../offences/offence-input.ts';
import type { RequestType } from '../request-type.ts';
import { assessCriminality } from './assess.ts';

function fieldError(type: RequestType, input: OffenceInput): { path: string; message: string } {
  try {
    assessCriminality(type, input);
  } catch (e) {
    expect(e).toBeInstanceOf(LiaisonError);
    expect((e as LiaisonError).code).toBe('invalid_input');
    return (e as LiaisonError).issues[0];
  }
  throw new Error('expected invalid_input');
}

describe('EAW threshold (FD 2002/584/JHA Art. 2(1))', () => {
  it('needs a maximum of at least 12 months', () => {
    expect(assessCriminality('eaw', { iccs: '0502', maxPenaltyMonths: 12, executing: { punishable: true } }).threshold.met).toBe(true);
    const eleven = assessCriminality('eaw', { iccs: '0502', maxPenaltyMonths: 11, executing: { punishable: true } });
    expect(eleven.threshold.met).toBe(false);
    expect(eleven.issuable).toBe(false);
    expect(eleven.reasons[0]).toContain('11 months');
  });

  it('for executing a sentence, needs at least 4 months imposed', () => {
    const four = assessCriminality('eaw', { iccs: '0502', maxPenaltyMonths: 60, sentenceMonths: 4, executing: { punishable: true } });
    expect(four.threshold.met).toBe(true);
    expect(four.threshold.rule).toContain('4 months');
    const three = assessCriminality('eaw', { iccs: '0502', maxPenaltyMonths: 60, sentenceMonths: 3, executing: { punishable: true } });
    expect(three.threshold.met).toBe(false);
    expect(three.issuable).toBe(false);
  });
});

describe('EAW dual criminality (Art. 2(2), 2(4))', () => {
  it('is not checked for a list offence with a maximum of 36 months, and is for 35', () => {
    const at36 = assessCriminality('eaw', { listOffence: 'eaw-swindling', maxPenaltyMonths: 36, executing: { country: 'FR' } });
    expect(at36.dualCriminality.required).toBe(false);
    expect(at36.dualCriminality.legalBasis).toContain('Art. 2(2)');
    expect(at36.dualCriminality.result).toBeUndefined();
    expect(at36.offence.listOffenceTitle).toBe('swindling');
    const at35 = assessCriminality('eaw', { listOffence: 'eaw-swindling', maxPenaltyMonths: 35, executing: { country: 'FR' } });
    expect(at35.dualCriminality.required).toBe(true);
    expect(at35.dualCriminality.legalBasis).toContain('Art. 2(4)');
    expect(at35.dualCriminality.result).toBe('satisfied');
    expect(at35.dualCriminality.explanation).toContain('FR-FRD-1');
  });

  it('is satisfied when the executing table has the offence, naming it and its maximum', () => {
    const a = assessCriminality('eaw', { national: { country: 'DE', code: 'DE-DEF-1' }, executing: { country: 'FR' } });
    expect(a.offence).toEqual({ iccs: '0209', iccsTitle: 'Defamation or insult', maxPenaltyMonths: 24 });
    expect(a.dualCriminality.result).toBe('satisfied');
    expect(a.dualCriminality.explanation).toContain('FR-DEF-1 "Insult or defamation" (ICCS 0209, same ICCS category), maximum 0 months');
    expect(a.issuable).toBe(true);
    expect(a.reasons).toEqual([]);
  });

  it('is not satisfied when the executing table has no offence for the act', () => {
    const a = assessCriminality('eaw', { national: { country: 'DE', code: 'DE-HOM-4' }, executing: { country: 'FR' } });
    expect(a.offence.iccs).toBe('0105');
    expect(a.offence.maxPenaltyMonths).toBe(60);
    expect(a.dualCriminality.result).toBe('not_satisfied');
    expect(a.dualCriminality.explanation).toContain('FR penal table');
    expect(a.issuable).toBe(false);
  });

  it('uses a broader executing offence and says so', () => {
    const a = assessCriminality('eaw', { iccs: '020221', maxPenaltyMonths: 24, executing: { country: 'FR' } });
    expect(a.dualCriminality.result).toBe('satisfied');
    expect(a.dualCriminality.explanation).toContain('FR-LIB-1');
    expect(a.dualCriminality.explanation).toContain('360 months');
  });

  it('is unknown without an executing mapping, and the request stays issuable', () => {
    const a = assessCriminality('eaw', { iccs: '0502', maxPenaltyMonths: 24 });
    expect(a.dualCriminality.result).toBe('unknown');
    expect(a.issuable).toBe(true);
    expect(a.reasons[0]).toContain('to be verified');
    expect(assessCriminality('eaw', { iccs: '0502', maxPenaltyMonths: 24, executing: { country: 'PL' } }).dualCriminality.explanation).toContain('no penal table for PL');
  });

  it('takes the executing offence as stated', () => {
    const named = assessCriminality('eaw', { iccs: '0701', maxPenaltyMonths: 24, executing: { national: { country: 'IT', code: 'IT-FRD-1' } } });
    expect(named.dualCriminality.result).toBe('satisfied');
    expect(named.dualCriminality.explanation).toContain('IT-FRD-1 "Fraud"');
    expect(named.dualCriminality.explanation).toContain('36 months');
    const refused = assessCriminality('eaw', { iccs: '0701', maxPenaltyMonths: 24, executing: { country: 'IT', punishable: false } });
    expect(refused.dualCriminality.result).toBe('not_satisfied');
  });
});

describe('EIO (Directive 2014/41/EU Art. 11)', () => {
  it('skips double criminality for an Annex D category at 36 months, not at 35', () => {
    expect(assessCriminality('eio', { listOffence: 'eio-fraud', maxPenaltyMonths: 36 }).dualCriminality.required).toBe(false);
    const at35 = assessCriminality('eio', { listOffence: 'eio-fraud', maxPenaltyMonths: 35 });
    expect(at35.dualCriminality.required).toBe(true);
    expect(at35.dualCriminality.legalBasis).toContain('Art. 11(1)(g)');
  });

  it('has no penalty threshold and does not require double criminality for non-coercive measures', () => {
    const a = assessCriminality('eio', { iccs: '0209', maxPenaltyMonths: 0, coerciveMeasure: false });
    expect(a.threshold.met).toBe(true);
    expect(a.threshold.explanation).toContain('Art. 11(1)(h)');
    expect(a.dualCriminality.required).toBe(false);
    expect(a.dualCriminality.legalBasis).toContain('Art. 10(2)');
  });
});

describe('extradition (1957 Convention Art. 2(1))', () => {
  it('needs a maximum of at least 1 year in both Parties', () => {
    const both12 = assessCriminality('extradition', { iccs: '0502', maxPenaltyMonths: 12, executing: { maxPenaltyMonths: 12 } });
    expect(both12.threshold.met).toBe(true);
    expect(both12.dualCriminality.required).toBe(true);
    expect(assessCriminality('extradition', { iccs: '0502', maxPenaltyMonths: 11, executing: { maxPenaltyMonths: 12 } }).threshold.met).toBe(false);
    const requested11 = assessCriminality('extradition', { iccs: '0502', maxPenaltyMonths: 12, executing: { maxPenaltyMonths: 11 } });
    expect(requested11.threshold.met).toBe(false);
    expect(requested11.threshold.explanation).toContain("requested Party's maximum is 11 months");
  });

  it('reads the requested Party maximum from its table', () => {
    const a = assessCriminality('extradition', { iccs: '020112', maxPenaltyMonths: 24, executing: { country: 'IT' } });
    expect(a.dualCriminality.result).toBe('satisfied');
    expect(a.threshold.met).toBe(false);
    expect(a.threshold.explanation).toContain('6 months');
  });

  it('needs at least 4 months of a sentence imposed', () => {
    const base = { iccs: '0502', maxPenaltyMonths: 24, executing: { maxPenaltyMonths: 24 } };
    expect(assessCriminality('extradition', { ...base, sentenceMonths: 4 }).threshold.met).toBe(true);
    expect(assessCriminality('extradition', { ...base, sentenceMonths: 3 }).threshold.met).toBe(false);
  });
});

describe('MLA (1959 Convention)', () => {
  it('has no threshold and needs double criminality only for search or seizure', () => {
    const plain = assessCriminality('mla', { iccs: '0209', maxPenaltyMonths: 0 });
    expect(plain.threshold.met).toBe(true);
    expect(plain.dualCriminality.required).toBe(false);
    expect(plain.issuable).toBe(true);
    const search = assessCriminality('mla', { iccs: '0209', maxPenaltyMonths: 0, coerciveMeasure: true, executing: { country: 'IT' } });
    expect(search.dualCriminality.required).toBe(true);
    expect(search.dualCriminality.legalBasis).toContain('Art. 5(1)(a)');
    expect(search.dualCriminality.result).toBe('not_satisfied');
  });
});

describe('invalid references name the field', () => {
  it('an unknown ICCS code', () => {
    expect(fieldError('eaw', { iccs: '0199', maxPenaltyMonths: 24 })).toEqual({ path: 'offence.iccs', message: 'unknown ICCS code 0199' });
    expect(fieldError('eaw', { iccs: '0101', maxPenaltyMonths: 24, executing: { iccs: '0199' } }).path).toBe('offence.executing.iccs');
  });

  it('an unknown list offence or one of another instrument', () => {
    expect(fieldError('eaw', { listOffence: 'eaw-jaywalking', maxPenaltyMonths: 24 }).path).toBe('offence.listOffence');
    expect(fieldError('mla', { listOffence: 'eaw-fraud', maxPenaltyMonths: 24 }).message).toContain('not mla');
    expect(fieldError('eio', { listOffence: 'eaw-fraud', maxPenaltyMonths: 24 }).message).toContain('EAW list offence');
    expect(fieldError('eaw', { listOffence: 'eio-fraud', maxPenaltyMonths: 24 }).message).toContain('Annex D');
  });

  it('an unknown national offence or a country without a table', () => {
    expect(fieldError('eaw', { national: { country: 'IT', code: 'IT-DEF-1' } }).path).toBe('offence.national.code');
    expect(fieldError('eaw', { national: { country: 'PL', code: 'X' } })).toEqual({ path: 'offence.national.country', message: 'no national penal table for PL' });
    expect(fieldError('eaw', { iccs: '0101', maxPenaltyMonths: 24, executing: { national: { country: 'FR', code: 'nope' } } }).path).toBe(
      'offence.executing.national.code',
    );
  });

  it('a missing maximum, or an issuing country contradicting the national offence', () => {
    expect(fieldError('eaw', { iccs: '0101' }).path).toBe('offence.maxPenaltyMonths');
    expect(fieldError('eaw', { national: { country: 'DE', code: 'DE-THF-1' }, issuingCountry: 'FR' }).path).toBe('offence.issuingCountry');
  });
});
