import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideFollowUp, getFollowUp, listFollowUps, readReleasedData, requestFollowUp } from '../src/exchange/follow-up.ts';
import { queryPartners } from '../src/exchange/query.ts';
import { createRecord } from '../src/records/service.ts';
import { PROTECTION, WHY, officer, personInput } from './support/context.ts';
import { bringIntoForce, flushAll, startFederation, stopFederation, termsBetween, type TestNode } from './support/federation.ts';

describe('hit/no-hit and follow-up between nodes over HTTPS', () => {
  let nodes: TestNode[];
  let de: TestNode;
  let fr: TestNode;
  const frOfficer = officer('liaison_officer');
  const deOfficer = officer('liaison_officer');
  const flush = () => flushAll(nodes);
  const auditActions = async (n: TestNode) =>
    (await n.node.ctx.db.query<{ action: string; actor: string; details: string }>('SELECT action, actor, details FROM audit_log ORDER BY seq')).map((r) => r);

  beforeAll(async () => {
    nodes = await startFederation([
      { id: 'de-bka', country: 'DE' },
      { id: 'fr-pj', country: 'FR' },
      { id: 'it-ps', country: 'IT' },
    ]);
    [de, fr] = nodes;
    await bringIntoForce(
      nodes,
      de,
      fr,
      termsBetween(de, fr, {
        id: 'agr-de-fr',
        purposes: ['investigation', 'prosecution'],
        autoRelease: { vehicle: ['plate', 'make'] },
        releasable: { person: ['names', 'dateOfBirth', 'nationalities'], vehicle: ['plate', 'make', 'model'] },
      }),
    );
    await createRecord(de.node.ctx, deOfficer, personInput('Jürgen', 'Müller', '1971-03-04'));
    await createRecord(de.node.ctx, deOfficer, { type: 'vehicle', protection: PROTECTION, data: { plate: 'B-XY 123', registrationCountry: 'DE', make: 'Opel', model: 'Astra' } });
    await createRecord(de.node.ctx, deOfficer, { ...personInput('Geheim', 'Sache', '1980-01-01'), protection: { ...PROTECTION, handlingCode: 'H3' } });
  });
  afterAll(() => stopFederation(nodes));

  it('answers hit with a reference and a quality, and no personal data', async () => {
    const [result] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'person', name: 'Jurgen Muller', dateOfBirth: '1971-03-04' } }, WHY);
    expect(result).toMatchObject({ partner: 'de-bka', outcome: 'hit', agreement: 'agr-de-fr', reasons: [] });
    expect(result.quality).toBeGreaterThan(0.999);
    expect(result.reference).toMatch(/^ref-/);
    expect(JSON.stringify(result)).not.toMatch(/Müller|1971/);
    const [reordered] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'person', name: 'MUELLER, Juergen', dateOfBirth: '1971' } }, WHY);
    expect(reordered).toMatchObject({ outcome: 'hit' });
    expect(reordered.quality).toBeLessThan(result.quality!);
    const [surnameOnly] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'person', name: 'Müller' } }, WHY);
    expect(surnameOnly).toMatchObject({ outcome: 'no_hit' });
  });

  it('answers no-hit when nothing matches', async () => {
    const [result] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'person', name: 'Nobody Known' } }, WHY);
    expect(result).toMatchObject({ outcome: 'no_hit', reasons: [] });
  });

  it('refuses, says why and audits a query outside the agreement, at all partners at once', async () => {
    const results = await queryPartners(fr.node.federation, frOfficer, { partners: 'all', criteria: { recordType: 'document', number: 'X1' } }, WHY);
    expect(results.map((r) => [r.partner, r.outcome])).toEqual([
      ['de-bka', 'refused'],
      ['it-ps', 'refused'],
    ]);
    expect(results[0].reasons.join()).toMatch(/document records are not covered/);
    expect(results[1].reasons.join()).toMatch(/no agreement with it-ps is in force/);
    const [prevention] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'person', name: 'Müller' } }, { ...WHY, purpose: 'prevention' });
    expect(prevention.reasons.join()).toMatch(/purpose prevention is not among the agreed purposes/);
    const frAudit = await auditActions(fr);
    expect(frAudit.filter((a) => a.action === 'disclosure').length).toBeGreaterThanOrEqual(4);
  });

  it('audits the partner’s consultation on the owner’s side with a pseudonymous requester', async () => {
    const consultations = (await auditActions(de)).filter((a) => a.action === 'consultation' && a.actor === 'node:fr-pj');
    expect(consultations.length).toBeGreaterThanOrEqual(2);
    const details = JSON.parse(consultations[0].details);
    expect(details.requester).toMatch(/^p-/);
    expect(details.requester).not.toContain(frOfficer.id);
  });

  it('turns a hit into released data when the owner’s officer approves some fields', async () => {
    const [hit] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'person', name: 'Jürgen Müller' } }, WHY);
    const requested = await requestFollowUp(fr.node.federation, frOfficer, { queryId: hit.queryId, justification: 'Case FR-2026-77: suspected of fraud', urgent: true });
    expect(requested).toMatchObject({ direction: 'outgoing', state: 'requested', urgent: true, deadline: '2026-11-28T17:00:00.000Z', overdue: false });
    await flush();
    const incoming = (await listFollowUps(de.node.federation, deOfficer)).find((f) => f.id === requested.id)!;
    expect(incoming).toMatchObject({ direction: 'incoming', state: 'pending', partner: 'fr-pj', justification: 'Case FR-2026-77: suspected of fraud' });
    await expect(decideFollowUp(de.node.federation, deOfficer, incoming.id, { decision: 'release', fields: ['names', 'identifiers'] })).rejects.toMatchObject({ code: 'agreement_refused' });
    await decideFollowUp(de.node.federation, deOfficer, incoming.id, { decision: 'release', fields: ['names', 'dateOfBirth'] });
    await flush();
    expect(await getFollowUp(fr.node.federation, frOfficer, requested.id)).toMatchObject({ state: 'released', releasedFields: ['names', 'dateOfBirth'] });
    const [released] = await readReleasedData(fr.node.federation, frOfficer, requested.id, WHY);
    expect(released).toMatchObject({ partner: 'de-bka', data: { dateOfBirth: '1971-03-04', names: [{ familyName: 'Müller' }] }, protection: { handlingCode: 'H1', tlp: 'AMBER' }, retainUntil: '2026-12-28' });
    expect(released.data).not.toHaveProperty('nationalities');
    expect((await auditActions(de)).some((a) => a.action === 'disclosure' && JSON.parse(a.details).followUp === requested.id)).toBe(true);
    expect((await auditActions(fr)).some((a) => a.action === 'collection' && JSON.parse(a.details).followUp === requested.id)).toBe(true);
  });

  it('releases the agreed fields automatically', async () => {
    const [hit] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'vehicle', plate: 'bxy123' } }, WHY);
    const requested = await requestFollowUp(fr.node.federation, frOfficer, { queryId: hit.queryId, justification: 'Vehicle seen at the scene', fields: ['plate', 'make'] });
    await flush();
    await flush();
    expect(await getFollowUp(fr.node.federation, frOfficer, requested.id)).toMatchObject({ state: 'released', releasedFields: ['plate', 'make'] });
    const [released] = await readReleasedData(fr.node.federation, frOfficer, requested.id, WHY);
    expect(released.data).toEqual({ plate: 'B-XY 123', make: 'Opel' });
  });

  it('refuses to release records above the agreement’s handling ceiling, and lets the owner decline', async () => {
    const [hit] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'person', name: 'Geheim Sache' } }, WHY);
    const requested = await requestFollowUp(fr.node.federation, frOfficer, { queryId: hit.queryId, justification: 'Case FR-2026-78: witness search' });
    await flush();
    await expect(decideFollowUp(de.node.federation, deOfficer, requested.id, { decision: 'release', fields: ['names'] })).rejects.toMatchObject({
      code: 'agreement_refused',
      message: expect.stringMatching(/H3 is above the ceiling H2/),
    });
    await decideFollowUp(de.node.federation, deOfficer, requested.id, { decision: 'decline', reason: 'H3: the source forbids release' });
    await flush();
    expect(await getFollowUp(fr.node.federation, frOfficer, requested.id)).toMatchObject({ state: 'declined', decisionReason: 'H3: the source forbids release' });
  });

  it('refuses, on the receiving side too, a release outside the agreement, and audits the refusal', async () => {
    const [hit] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'person', name: 'Jürgen Müller' } }, WHY);
    const requested = await requestFollowUp(fr.node.federation, frOfficer, { queryId: hit.queryId, justification: 'Case FR-2026-80: identity check' });
    await flush();
    // A release DE's own checks would refuse (identifiers are not releasable), sent directly as DE would seal it.
    const { sealed } = await de.node.federation.seal({
      receiver: 'fr-pj',
      kind: 'exchange.release',
      agreement: 'agr-de-fr',
      purpose: 'investigation',
      body: {
        followUpId: requested.id,
        recordType: 'person',
        data: { identifiers: [{ scheme: 'national', value: 'X' }] },
        protection: { subjectCategory: 'suspect', sourceReliability: 'B', informationAccuracy: 2, handlingCode: 'H1', tlp: 'AMBER', legalBasis: 'x', nature: 'fact' },
        retainUntil: '2026-12-28',
        automatic: false,
      },
    });
    const response = await de.node.federation.transport.post(de.node.federation.peers.get('fr-pj'), sealed);
    expect(response.status).toBe(403);
    expect(response.body).toMatch(/fields identifiers may not be released/);
    expect(await getFollowUp(fr.node.federation, frOfficer, requested.id)).toMatchObject({ state: 'requested', releasedFields: [] });
    const refusals = (await auditActions(fr)).filter((a) => a.action === 'request_refused' && a.actor === 'node:de-bka');
    expect(JSON.parse(refusals[refusals.length - 1].details)).toMatchObject({ kind: 'exchange.release', code: 'agreement_refused' });
  });

  it('refuses queries once the agreement has expired', async () => {
    fr.clock.set(new Date('2028-01-02T09:00:00Z'));
    const [result] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'person', name: 'Müller' } }, WHY);
    expect(result).toMatchObject({ outcome: 'refused', reasons: ['no agreement with de-bka is in force'] });
    fr.clock.set(new Date('2026-11-28T09:00:00Z'));
  });

  it('flags requests that passed their deadline', async () => {
    const [hit] = await queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria: { recordType: 'person', name: 'Jürgen Müller', dateOfBirth: '1971-03-04' } }, WHY);
    const requested = await requestFollowUp(fr.node.federation, frOfficer, { queryId: hit.queryId, justification: 'Case FR-2026-79: routine check' });
    await flush();
    for (const n of [de, fr]) n.clock.advance(8 * 24 * 3600_000);
    expect((await listFollowUps(fr.node.federation, frOfficer)).find((f) => f.id === requested.id)).toMatchObject({ overdue: true, state: 'requested' });
    expect((await listFollowUps(de.node.federation, deOfficer)).find((f) => f.id === requested.id)).toMatchObject({ overdue: true, state: 'pending' });
    for (const n of [de, fr]) n.clock.set(new Date('2026-11-28T09:00:00Z'));
  });
});
