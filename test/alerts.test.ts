import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerHit, listAlerts, listHits, publishAlert, reportHit, searchAlerts, updateAlert, withdrawAlert } from '../src/alerts/service.ts';
import { PROTECTION, WHY, officer } from './support/context.ts';
import { bringIntoForce, flushAll, startFederation, stopFederation, termsBetween, type TestNode } from './support/federation.ts';

describe('shared alerts (the SIS pattern) between nodes over HTTPS', () => {
  let nodes: TestNode[];
  let de: TestNode;
  let fr: TestNode;
  let it_: TestNode;
  const deOfficer = officer('liaison_officer');
  const frOfficer = officer('liaison_officer');
  const itOfficer = officer('liaison_officer');
  const flush = () => flushAll(nodes);
  const agreement = (a: TestNode, b: TestNode, alerts: string[]) =>
    bringIntoForce(nodes, a, b, termsBetween(a, b, { releasable: { person: ['names'] }, deadlines: { urgentHours: 8, normalDays: 7, hitReportHours: 12 }, alerts }));
  const wanted = (name: string) => ({
    category: 'arrest',
    subject: { type: 'person', data: { names: [{ givenNames: ['Marek'], familyName: name, script: 'Latn' }], dateOfBirth: '1979-05-05' } },
    actionToTake: 'Arrest for surrender under a European Arrest Warrant; inform the issuer at once',
    expiresAt: '2027-06-01T00:00:00Z',
    protection: PROTECTION,
  });
  const search = (n: TestNode, who = frOfficer, name = 'Marek Wolny') => searchAlerts(n.node.federation, who, { recordType: 'person', name }, WHY);

  beforeAll(async () => {
    nodes = await startFederation([
      { id: 'de-bka', country: 'DE' },
      { id: 'fr-pj', country: 'FR' },
      { id: 'it-ps', country: 'IT' },
    ]);
    [de, fr, it_] = nodes;
    await agreement(de, fr, ['arrest', 'missing']);
    await agreement(de, it_, []);
  });
  afterAll(() => stopFederation(nodes));

  it('replicates an alert to the partners whose agreements cover it, who search it locally', async () => {
    const alert = await publishAlert(de.node.federation, deOfficer, wanted('Wolny'));
    await flush();
    expect((await search(fr)).map((a) => a.id)).toEqual([alert.id]);
    expect(await search(it_, itOfficer)).toEqual([]);
    expect((await listAlerts(fr.node.federation, frOfficer)).find((a) => a.id === alert.id)).toMatchObject({ issuer: 'de-bka', agreement: 'agr-de-bka-fr-pj' });
  });

  it('sends a hit report to the issuer, who must answer within 12 hours', async () => {
    const [alert] = await search(fr);
    const report = await reportHit(fr.node.federation, frOfficer, alert.id, { circumstances: 'Checked at the border crossing at 14:05', actionTaken: 'Subject detained' });
    expect(report).toMatchObject({ direction: 'outgoing', partner: 'de-bka', deadline: '2026-11-28T21:00:00.000Z', answer: null });
    await flush();
    for (const n of nodes) n.clock.advance(13 * 3600_000);
    const incoming = (await listHits(de.node.federation, deOfficer)).find((h) => h.id === report.id)!;
    expect(incoming).toMatchObject({ direction: 'incoming', partner: 'fr-pj', overdue: true });
    await answerHit(de.node.federation, deOfficer, report.id, { answer: 'Confirmed: EAW 2026/55 stands; surrender procedure follows' });
    await flush();
    for (const n of nodes) n.clock.set(new Date('2026-11-28T09:00:00Z'));
    expect((await listHits(fr.node.federation, frOfficer)).find((h) => h.id === report.id)).toMatchObject({ answer: expect.stringMatching(/EAW 2026\/55/), overdue: false });
  });

  it('propagates updates and withdrawals, and the copy disappears', async () => {
    const [alert] = await search(fr);
    await updateAlert(de.node.federation, deOfficer, alert.id, { actionToTake: 'Discreet check only: do not arrest' });
    await flush();
    expect((await search(fr))[0]).toMatchObject({ actionToTake: 'Discreet check only: do not arrest', version: 2 });
    await withdrawAlert(de.node.federation, deOfficer, alert.id, { reason: 'the warrant was executed' });
    await flush();
    expect(await search(fr)).toEqual([]);
    expect((await listAlerts(fr.node.federation, frOfficer)).some((a) => a.id === alert.id)).toBe(false);
  });

  it('lets a replica lapse at its expiry', async () => {
    const alert = await publishAlert(de.node.federation, deOfficer, { ...wanted('Kowal'), category: 'missing', expiresAt: '2026-12-01T00:00:00Z' });
    await flush();
    expect((await search(fr, frOfficer, 'Marek Kowal')).map((a) => a.id)).toEqual([alert.id]);
    fr.clock.set(new Date('2026-12-02T00:00:00Z'));
    expect(await search(fr, frOfficer, 'Marek Kowal')).toEqual([]);
    const [{ n }] = await fr.node.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM alerts WHERE id = $1', [alert.id]);
    expect(n).toBe(0);
    fr.clock.set(new Date('2026-11-28T09:00:00Z'));
  });

  it('lets only the issuer change an alert', async () => {
    const alert = await publishAlert(de.node.federation, deOfficer, wanted('Nowak'));
    await flush();
    await expect(withdrawAlert(fr.node.federation, frOfficer, alert.id, { reason: 'not ours to withdraw' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
