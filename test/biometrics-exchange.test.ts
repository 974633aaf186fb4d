import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolDnaProfile, enrolFaceTemplate } from '../src/biometrics/service.ts';
import { biometricCandidates, verificationStatistics, verifyCandidate } from '../src/biometrics/verification.ts';
import { decideFollowUp, getFollowUp, listFollowUps, readReleasedData, requestFollowUp } from '../src/exchange/follow-up.ts';
import { queryPartners } from '../src/exchange/query.ts';
import { enqueue } from '../src/federation/outbox.ts';
import { createRecord } from '../src/records/service.ts';
import { WHY, officer, personInput } from './support/context.ts';
import { bringIntoForce, flushAll, startFederation, stopFederation, termsBetween, type TestNode } from './support/federation.ts';

/** A synthetic reference profile: the 12 ESS loci, values made up. */
const PROFILE = {
  kind: 'reference' as const,
  loci: {
    D3S1358: ['15', '16'],
    vWA: ['17', '18'],
    D8S1179: ['13', '14'],
    D21S11: ['29', '30.2'],
    D18S51: ['14', '17'],
    TH01: ['6', '9.3'],
    FGA: ['21', '24'],
    D1S1656: ['12', '15.3'],
    D2S441: ['10', '14'],
    D10S1248: ['13', '15'],
    D12S391: ['18', '20'],
    D22S1045: ['15', '16'],
    AMEL: ['X', 'Y'],
  },
};

/** The same profile with one allele different: a near match under the Prüm rules. */
const NEAR = { kind: 'stain' as const, loci: { ...PROFILE.loci, FGA: ['21', '25'] } };

function unit(seed: number, dimensions = 64): number[] {
  const v = Array.from({ length: dimensions }, (_, i) => Math.sin(seed * 12.9898 + i * 78.233) * 43758.5453 % 1);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

describe('biometric hit/no-hit with human verification before release', () => {
  let nodes: TestNode[];
  let de: TestNode;
  let fr: TestNode;
  const deOfficer = officer('liaison_officer');
  const frOfficer = officer('liaison_officer');
  const flush = () => flushAll(nodes);
  const ask = (criteria: unknown) => queryPartners(fr.node.federation, frOfficer, { partners: ['de-bka'], criteria }, WHY);

  beforeAll(async () => {
    nodes = await startFederation([
      { id: 'de-bka', country: 'DE' },
      { id: 'fr-pj', country: 'FR' },
    ]);
    [de, fr] = nodes;
    await bringIntoForce(
      nodes,
      de,
      fr,
      termsBetween(de, fr, {
        id: 'agr-de-fr-bio',
        queryable: ['person', 'dna', 'face'],
        autoRelease: { dna: ['names'], face: ['names'] },
        releasable: { dna: ['names', 'dateOfBirth'], face: ['names', 'dateOfBirth'] },
      }),
    );
    const person = await createRecord(de.node.ctx, deOfficer, personInput('Wilhelmina', 'Testfall', '1979-02-03'));
    await enrolDnaProfile(de.node.ctx, deOfficer, { recordId: person.id, profile: PROFILE });
    await enrolFaceTemplate(de.node.ctx, deOfficer, { recordId: person.id, template: { engine: 'acme-face', engineVersion: '2.1', vector: unit(1) } });
  });
  afterAll(() => stopFederation(nodes));

  it('answers a DNA query with a hit, and a profile refused by the Prüm rules is refused before it leaves', async () => {
    const [hit] = await ask({ recordType: 'dna', profile: NEAR });
    expect(hit).toMatchObject({ outcome: 'hit', reasons: [] });
    expect(hit.quality).toBeLessThan(1);
    const fiveLoci = { kind: 'stain', loci: Object.fromEntries(Object.entries(PROFILE.loci).slice(0, 5)) };
    await expect(ask({ recordType: 'dna', profile: fiveLoci })).rejects.toThrow(/loci/);
    const [other] = await ask({ recordType: 'dna', profile: { ...PROFILE, loci: { ...PROFILE.loci, FGA: ['19', '20'], TH01: ['7', '8'] } } });
    expect(other.outcome).toBe('no_hit');
  });

  it('compares face templates only with the same engine and version', async () => {
    const [same] = await ask({ recordType: 'face', template: { engine: 'acme-face', engineVersion: '2.1', vector: unit(1).map((x, i) => x + (i % 7 === 0 ? 0.01 : 0)) } });
    expect(same.outcome).toBe('hit');
    const [otherEngine] = await ask({ recordType: 'face', template: { engine: 'other-face', engineVersion: '2.1', vector: unit(1) } });
    expect(otherEngine.outcome).toBe('no_hit');
    const [stranger] = await ask({ recordType: 'face', template: { engine: 'acme-face', engineVersion: '2.1', vector: unit(99) } });
    expect(stranger.outcome).toBe('no_hit');
  });

  it('releases nothing until an officer of the owner confirms the candidate, then the automatic fields', async () => {
    const [hit] = await ask({ recordType: 'dna', profile: PROFILE });
    expect(hit.outcome).toBe('hit');
    const asked = await requestFollowUp(fr.node.federation, frOfficer, { queryId: hit.queryId, justification: 'stain of case FR-2026-17 matched' });
    await flush();
    const incoming = (await listFollowUps(de.node.federation, deOfficer)).find((f) => f.id === asked.id)!;
    expect(incoming).toMatchObject({ state: 'pending', releasedFields: [] });
    await expect(decideFollowUp(de.node.federation, deOfficer, asked.id, { decision: 'release', fields: ['names'] })).rejects.toThrow(/not yet verified/);

    const candidate = (await biometricCandidates(de.node.ctx, deOfficer, 'pending')).find((c) => c.reference === hit.reference)!;
    expect(candidate).toMatchObject({ modality: 'dna', matcher: 'dna/prum', partner: 'fr-pj', scores: { type: 'full', mismatches: 0 } });
    const verified = await verifyCandidate(de.node.federation, deOfficer, candidate.id, { decision: 'confirm', reason: 'all 12 loci checked against the stored profile' });
    expect(verified).toMatchObject({ state: 'confirmed', decidedBy: deOfficer.id });
    await expect(verifyCandidate(de.node.federation, deOfficer, candidate.id, { decision: 'reject', reason: 'second thoughts' })).rejects.toThrow(/already confirmed/);
    await flush();
    expect((await getFollowUp(fr.node.federation, frOfficer, asked.id)).releasedFields).toEqual(['names']);
    const [release] = await readReleasedData(fr.node.federation, frOfficer, asked.id, WHY);
    expect(release.data).toHaveProperty('names');
    expect(release.data).not.toHaveProperty('dateOfBirth');

    const audit = await de.node.ctx.db.query<{ actor: string; details: string }>(`SELECT actor, details FROM audit_log WHERE action = 'biometric_verified'`);
    expect(audit.map((a) => ({ actor: a.actor, details: JSON.parse(a.details) }))).toEqual([
      { actor: deOfficer.id, details: expect.objectContaining({ decision: 'confirmed', partner: 'fr-pj', scores: expect.objectContaining({ type: 'full' }), decidedAt: expect.any(String) }) },
    ]);
  });

  it('declines a follow-up that names another kind of hit than the one it follows, so that other field lists cannot apply', async () => {
    const [hit] = await ask({ recordType: 'dna', profile: PROFILE });
    const followUpId = await fr.node.ctx.db.transaction((tx) =>
      enqueue(tx, fr.node.federation, {
        receiver: 'de-bka',
        kind: 'exchange.follow_up',
        agreement: 'agr-de-fr-bio',
        purpose: 'investigation',
        body: { reference: hit.reference!, recordType: 'person', fields: ['names'], justification: 'a person follow-up on a DNA hit', urgent: false },
      }),
    );
    await flush();
    const [row] = await de.node.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM follow_ups WHERE id = $1', [followUpId]);
    expect(row.n).toBe(0);
    const [refusal] = await de.node.ctx.db.query<{ details: string }>(`SELECT details FROM audit_log WHERE action = 'request_refused' ORDER BY seq DESC LIMIT 1`);
    expect(JSON.parse(refusal.details).reason).toMatch(/the hit was a dna hit, not a person one/);
  });

  it('declines follow-ups on a rejected candidate, and counts decisions per partner and matcher', async () => {
    const [hit] = await ask({ recordType: 'face', template: { engine: 'acme-face', engineVersion: '2.1', vector: unit(1) } });
    const asked = await requestFollowUp(fr.node.federation, frOfficer, { queryId: hit.queryId, justification: 'face from a surveillance image' });
    await flush();
    const candidate = (await biometricCandidates(de.node.ctx, deOfficer, 'pending')).find((c) => c.reference === hit.reference)!;
    await verifyCandidate(de.node.federation, deOfficer, candidate.id, { decision: 'reject', reason: 'a different person on comparison of the images' });
    await flush();
    const declined = await getFollowUp(fr.node.federation, frOfficer, asked.id);
    expect(declined.state).toBe('declined');
    expect(declined.decisionReason).toMatch(/rejected on verification/);

    const again = await requestFollowUp(fr.node.federation, frOfficer, { queryId: hit.queryId, justification: 'asking once more about it' });
    await flush();
    expect((await getFollowUp(fr.node.federation, frOfficer, again.id)).state).toBe('declined');

    const stats = await verificationStatistics(de.node.ctx, deOfficer);
    expect(stats).toContainEqual({ partner: 'fr-pj', matcher: 'dna/prum', confirmed: 1, rejected: 0, pending: 2, confirmationRate: 1 });
    expect(stats).toContainEqual({ partner: 'fr-pj', matcher: 'face/acme-face@2.1', confirmed: 0, rejected: 1, pending: 1, confirmationRate: 0 });
  });
});
