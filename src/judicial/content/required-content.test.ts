import { describe, expect, it } from 'vitest';
import { requiredContentIssues } from './required-content.ts';

const authority = { name: 'Fictional Court', address: '1 Example Street, Exampletown', telephone: '+49 30 1234567', email: 'court@example.org' };
const person = { name: { family: 'TESTPERSON', given: 'Alex' }, nationality: ['DE'], dateOfBirth: '1980-04' };

const eaw = {
  requestedPerson: person,
  issuingAuthority: authority,
  enforceableDecision: { kind: 'arrest_warrant', reference: 'AW-1/2024', date: '2024-03-01' },
  offence: { nature: 'fraud', legalClassification: 'fictional code s. 1' },
  circumstances: { description: 'invoices forged', time: '2023-05', place: 'Exampletown', participation: 'principal' },
  penalty: { prescribedScale: 'up to 5 years' },
  translation: { language: 'fr', translatedOn: '2024-03-05' },
};

describe('requiredContentIssues', () => {
  it('accepts complete content of each kind', () => {
    expect(requiredContentIssues('eaw', eaw)).toEqual([]);
    expect(
      requiredContentIssues('eio', {
        issuingAuthority: { ...authority, kind: 'public_prosecutor' },
        subject: 'bank records of the account used',
        personsConcerned: [{ name: { family: 'TESTPERSON' } }],
        measures: ['production of bank records'],
        offence: { description: 'fraud', legalClassification: 'fictional code s. 1' },
      }),
    ).toEqual([]);
    expect(requiredContentIssues('mla', { requestingAuthority: { name: 'x' }, kind: 'other', object: 'o', reason: 'r' })).toEqual([]);
    expect(
      requiredContentIssues('extradition', {
        decision: { kind: 'arrest_warrant', reference: 'W-1', date: '2024-01-02', copy: 'authenticated_copy' },
        offences: [{ description: 'd', time: '2023', place: 'p', legalDescription: 'fraud', provisions: 's. 1' }],
        enactments: 'text of s. 1',
        person: { name: { family: 'TESTPERSON' }, description: 'tall' },
      }),
    ).toEqual([]);
  });

  it('lists every missing EAW item with its path and the Art. 8 point', () => {
    const issues = requiredContentIssues('eaw', {});
    expect(issues.map((i) => i.path)).toEqual([
      'content.requestedPerson',
      'content.issuingAuthority',
      'content.enforceableDecision',
      'content.offence',
      'content.circumstances',
      'content.penalty',
      'content.translation',
    ]);
    expect(issues[0].message).toContain('Art. 8(1)(a)');
    expect(issues[1].message).toContain('Art. 8(1)(b)');
    expect(issues[6].message).toContain('Art. 8(2)');
  });

  it('names nested EAW items', () => {
    const issues = requiredContentIssues('eaw', {
      ...eaw,
      issuingAuthority: { ...authority, email: 'nope' },
      circumstances: { description: 'd', time: 't', place: 'p' },
      penalty: {},
    });
    expect(issues.map((i) => i.path)).toEqual(['content.issuingAuthority.email', 'content.circumstances.participation', 'content.penalty']);
    expect(issues[1].message).toBe(
      'required (FD 2002/584/JHA Art. 8(1)(e): circumstances of the offence, including time, place and degree of participation)',
    );
  });

  it('requires validation of an EIO issued by a non-judicial authority (Art. 2(c)(ii))', () => {
    const issues = requiredContentIssues('eio', { issuingAuthority: { ...authority, kind: 'other_competent_authority' } });
    expect(issues.map((i) => i.path)).toContain('content.validation');
    expect(issues.find((i) => i.path === 'content.validation')?.message).toContain('Art. 2(c)(ii)');
    expect(requiredContentIssues('eio', { issuingAuthority: { ...authority, kind: 'judge' } }).map((i) => i.path)).not.toContain('content.validation');
  });

  it('asks MLA letters rogatory for the offence and facts (Art. 14(2)) and service for the addressee (Art. 14(1)(d))', () => {
    const base = { requestingAuthority: { name: 'x' }, object: 'o', reason: 'r' };
    expect(requiredContentIssues('mla', { ...base, kind: 'letters_rogatory' }).map((i) => i.path)).toEqual(['content.offence', 'content.factsSummary']);
    const service = requiredContentIssues('mla', { ...base, kind: 'service' });
    expect(service).toEqual([
      { path: 'content.personToBeServed', message: expect.stringContaining('Art. 14(1)(d)') },
    ]);
  });

  it('names missing extradition documents (Art. 12(2))', () => {
    const issues = requiredContentIssues('extradition', { offences: [] });
    expect(issues.map((i) => i.path)).toEqual(['content.decision', 'content.offences', 'content.enactments', 'content.person']);
    expect(issues[1].message).toContain('Art. 12(2)(b)');
  });

  it('reports content that is not an object', () => {
    expect(requiredContentIssues('eaw', null)).toEqual([{ path: 'content', message: expect.any(String) }]);
  });
});
