import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELEMENT_BYTES, blindKeys, newBlindingKey, packElements } from '../src/matching/psi/group.ts';
import { crossMatch } from '../src/matching/psi/service.ts';
import { createRecord } from '../src/records/service.ts';
import { PROTECTION, WHY, officer, personInput } from './support/context.ts';
import { bringIntoForce, startFederation, stopFederation, termsBetween, type TestNode } from './support/federation.ts';

describe('private cross-matching (ECDH-PSI) between nodes under an agreement', () => {
  let nodes: TestNode[];
  let de: TestNode;
  let fr: TestNode;
  let it_: TestNode;
  const deOfficer = officer('liaison_officer');
  const frOfficer = officer('liaison_officer');
  const itOfficer = officer('analyst');
  const audit = async (n: TestNode) => n.node.ctx.db.query<{ action: string; actor: string; details: string; recipients: string[] }>('SELECT action, actor, details, recipients FROM audit_log ORDER BY seq');

  beforeAll(async () => {
    nodes = await startFederation([
      { id: 'de-bka', country: 'DE' },
      { id: 'fr-pj', country: 'FR' },
      { id: 'it-ps', country: 'IT' },
    ]);
    [de, fr, it_] = nodes;
    await bringIntoForce(nodes, de, fr, termsBetween(de, fr, { id: 'agr-de-fr', crossMatching: { keyKinds: ['document', 'phone', 'iban', 'plate', 'person'], reveal: 'intersection', maxKeysPerRun: 1000 } }));
    await bringIntoForce(nodes, de, it_, termsBetween(de, it_, { id: 'agr-de-it', crossMatching: { keyKinds: ['document'], reveal: 'cardinality', maxKeysPerRun: 1000 } }));
    const doc = (number: string, handlingCode = 'H1') => ({ type: 'document', protection: { ...PROTECTION, handlingCode }, data: { documentType: 'passport', number, issuingState: 'DE' } });
    for (const n of ['C01X00T47', 'C01X00T48', 'C01X00T49', 'L7Y2KK991']) await createRecord(de.node.ctx, deOfficer, doc(n));
    await createRecord(de.node.ctx, deOfficer, doc('SECRET0001', 'H3'));
    await createRecord(de.node.ctx, deOfficer, { type: 'vehicle', protection: PROTECTION, data: { plate: 'B-XY 123', registrationCountry: 'DE', make: 'Opel' } });
    const person = personInput('Jürgen', 'Müller', '1971-03-04');
    await createRecord(de.node.ctx, deOfficer, { ...person, data: { ...person.data, identifiers: [{ scheme: 'phone', value: '+49 30 1234567' }, { scheme: 'iban', value: 'DE89 3704 0044 0532 0130 00' }] } });
  });
  afterAll(() => stopFederation(nodes));

  it('finds the shared keys of the kinds the agreement allows, and only those', async () => {
    const result = await crossMatch(
      fr.node.federation,
      frOfficer,
      {
        partner: 'de-bka',
        keys: [
          { kind: 'document', value: 'c01x-00t47' },
          { kind: 'document', value: 'FR0000001' },
          { kind: 'phone', value: '0049 30 123 45 67' },
          { kind: 'iban', value: 'DE89370400440532013000' },
          { kind: 'iban', value: 'DE00 1234' },
          { kind: 'plate', value: 'BXY123', country: 'DE' },
          { kind: 'plate', value: 'BXY123', country: 'AT' },
          { kind: 'document', value: 'SECRET0001' },
          { kind: 'document', value: 'C01X00T47' },
        ],
      },
      WHY,
    );
    expect(result).toMatchObject({ partner: 'de-bka', agreement: 'agr-de-fr', outcome: 'completed', reveal: 'intersection', matchedCount: 4, reasons: [] });
    expect(result.sent).toEqual({ document: 3, phone: 1, iban: 1, plate: 2 });
    expect(result.partnerKeys).toBe(7);
    expect(result.invalid).toEqual([{ item: 4, reason: expect.stringMatching(/IBAN/) }]);
    expect(result.matches.map((m) => [m.kind, m.key, m.items])).toEqual([
      ['document', 'C01X00T47', [0, 8]],
      ['phone', '+49301234567', [2]],
      ['iban', 'DE89370400440532013000', [3]],
      ['plate', 'DE:BXY123', [5]],
    ]);
    expect(result.matches[0].followUpQuery).toEqual({ recordType: 'document', number: 'C01X00T47' });
    expect(result.matches[3].followUpQuery).toEqual({ recordType: 'vehicle', plate: 'BXY123' });
  });

  it('matches persons by the matcher’s fuzzy-tolerant keys, not by exact names', async () => {
    const person = (given: string, family: string, dateOfBirth: string) => ({ kind: 'person' as const, person: { names: [{ given: [given], family }], dateOfBirth } });
    const result = await crossMatch(
      fr.node.federation,
      frOfficer,
      { partner: 'de-bka', keys: [person('Jurgen', 'Muller', '1971-03-04'), person('Jürgen', 'Müller', '1971-03-05'), person('Marie', 'Curie', '1967-11-07'), { kind: 'person', person: { names: [{ full: 'No Date' }] } }] },
      WHY,
    );
    expect(result).toMatchObject({ outcome: 'completed', reveal: 'intersection' });
    expect(result.matches.length).toBeGreaterThan(0);
    expect(new Set(result.matches.flatMap((m) => m.items))).toEqual(new Set([0]));
    expect(result.matches.every((m) => m.kind === 'person' && !m.key.startsWith('person:') && m.followUpQuery === undefined)).toBe(true);
    expect(result.invalid).toEqual([{ item: 3, reason: expect.stringMatching(/no linkage key/) }]);
  });

  it('audits the disclosure on the requesting side and the consultation on the responding side, without keys', async () => {
    const disclosure = (await audit(fr)).filter((a) => a.action === 'disclosure' && a.details.includes('crossmatch'))[0];
    expect(disclosure.recipients).toEqual(['de-bka']);
    expect(JSON.parse(disclosure.details)).toMatchObject({ partner: 'de-bka', agreement: 'agr-de-fr', reveal: 'intersection', matchedCount: 4, partnerKeys: 7, outcome: 'completed' });
    const consultation = (await audit(de)).filter((a) => a.action === 'consultation' && a.actor === 'node:fr-pj')[0];
    const details = JSON.parse(consultation.details);
    expect(details).toMatchObject({ agreement: 'agr-de-fr', kind: 'crossmatch.open', reveal: 'intersection', requesterKeys: 7, ownKeys: 7 });
    expect(details.requester).toMatch(/^p-/);
    expect(details.requester).not.toContain(frOfficer.id);
    for (const entry of [disclosure, consultation]) expect(entry.details).not.toMatch(/C01X00T47|BXY123|3012345|DE8937/);
  });

  it('refuses locally, saying why, a kind or a size the agreement does not allow', async () => {
    const wallet = await crossMatch(fr.node.federation, frOfficer, { partner: 'de-bka', keys: [{ kind: 'wallet', value: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT' }] }, WHY);
    expect(wallet).toMatchObject({ outcome: 'refused', run: null, matchedCount: null });
    expect(wallet.reasons.join()).toMatch(/key kinds wallet may not be cross-matched/);
    const many = Array.from({ length: 1001 }, (_, i) => ({ kind: 'document' as const, value: `X${100000 + i}` }));
    const tooMany = await crossMatch(fr.node.federation, frOfficer, { partner: 'de-bka', keys: many }, WHY);
    expect(tooMany.reasons.join()).toMatch(/1001 keys are more than the 1000 allowed per run/);
    const noAgreement = await crossMatch(it_.node.federation, itOfficer, { partner: 'fr-pj', keys: [{ kind: 'document', value: 'C01X00T47' }] }, WHY);
    expect(noAgreement.reasons.join()).toMatch(/no agreement with fr-pj is in force/);
    expect((await audit(fr)).filter((a) => a.action === 'request_refused' && a.details.includes('crossmatch')).length).toBeGreaterThanOrEqual(2);
  });

  it('reveals only the count where the agreement allows only cardinality', async () => {
    const keys = ['C01X00T47', 'C01X00T49', 'IT0000001', 'IT0000002'].map((value) => ({ kind: 'document' as const, value }));
    const asked = await crossMatch(it_.node.federation, itOfficer, { partner: 'de-bka', keys, reveal: 'intersection' }, WHY);
    expect(asked).toMatchObject({ outcome: 'refused' });
    expect(asked.reasons.join()).toMatch(/reveals only the size of the intersection/);
    const counted = await crossMatch(it_.node.federation, itOfficer, { partner: 'de-bka', keys }, WHY);
    expect(counted).toMatchObject({ outcome: 'completed', reveal: 'cardinality', matchedCount: 2, matches: [], partnerKeys: 4 });
  });

  it('has the responder check the envelope itself and audit its refusal', async () => {
    const reply = await it_.node.federation.request({
      receiver: 'de-bka',
      kind: 'crossmatch.open',
      agreement: 'agr-de-it',
      purpose: 'investigation',
      requester: 'p-test',
      body: { keyKinds: ['document', 'phone'], keys: 10, reveal: 'intersection' },
    });
    expect(reply.body).toMatchObject({ outcome: 'refused' });
    expect(JSON.stringify(reply.body)).toMatch(/key kinds phone may not be cross-matched/);
    const refused = (await audit(de)).filter((a) => a.action === 'request_refused' && a.actor === 'node:it-ps').at(-1)!;
    expect(JSON.parse(refused.details)).toMatchObject({ kind: 'crossmatch.open', agreement: 'agr-de-it', requester: 'p-test' });
    await expect(
      it_.node.federation.request({ receiver: 'de-bka', kind: 'crossmatch.fetch', agreement: 'agr-de-it', purpose: 'investigation', body: { run: 'run-unknown', set: 'responder', offset: 0 } }),
    ).rejects.toThrow(/404/);
  });

  it('answers a chunk sent again after a lost reply without counting it twice, and holds the run to its declared size', async () => {
    const request = (kind: string, body: Record<string, unknown>) =>
      fr.node.federation.request({ receiver: 'de-bka', kind, agreement: 'agr-de-fr', purpose: 'investigation', requester: 'p-test', body }).then((r) => r.body as Record<string, unknown>);
    const opened = await request('crossmatch.open', { keyKinds: ['document'], keys: 2, reveal: 'intersection' });
    expect(opened).toMatchObject({ outcome: 'open', keys: 4 });
    const elements = packElements(await blindKeys(newBlindingKey(), ['document:C01X00T47', 'document:NOPE0001']), ELEMENT_BYTES);
    const first = await request('crossmatch.blind', { run: opened.run, offset: 0, elements });
    const again = await request('crossmatch.blind', { run: opened.run, offset: 0, elements });
    expect(again.elements).toEqual(first.elements);
    await expect(request('crossmatch.blind', { run: opened.run, offset: 2, elements })).rejects.toThrow(/400|more elements than the 2 declared/);
    await request('crossmatch.close', { run: opened.run });
  });
});
