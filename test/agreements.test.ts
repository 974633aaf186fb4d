import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeAgreementState, proposeAgreement, showAgreement, signAgreement } from '../src/agreements/service.ts';
import { flushAll, startFederation, stopFederation, termsBetween, type TestNode } from './support/federation.ts';

/** The terms of a DE–FR agreement, with the parties' pinned keys. */
const terms = (de: TestNode, fr: TestNode, id = 'agr-de-fr-test') =>
  termsBetween(de, fr, { id, title: 'DE–FR exchange on persons and vehicles', deadlines: { urgentHours: 8, normalDays: 7 } });

describe('agreements between nodes over HTTPS', () => {
  let de: TestNode;
  let fr: TestNode;
  let it_: TestNode;
  let nodes: TestNode[];
  const flush = () => flushAll(nodes);

  beforeAll(async () => {
    nodes = await startFederation([
      { id: 'de-bka', country: 'DE' },
      { id: 'fr-pj', country: 'FR' },
      { id: 'it-ps', country: 'IT' },
    ]);
    [de, fr, it_] = nodes;
  });
  afterAll(() => stopFederation(nodes));

  it('takes effect when every party has signed it, on both sides', async () => {
    const proposed = await proposeAgreement(de.node.federation, de.admin, terms(de, fr));
    expect(proposed).toMatchObject({ effectiveState: 'proposed', awaiting: ['fr-pj'] });
    await flush();
    expect(await showAgreement(fr.node.federation, fr.admin, 'agr-de-fr-test')).toMatchObject({ effectiveState: 'proposed', awaiting: ['fr-pj'] });
    await signAgreement(fr.node.federation, fr.admin, 'agr-de-fr-test');
    await flush();
    for (const n of [de, fr]) expect(await showAgreement(n.node.federation, n.admin, 'agr-de-fr-test')).toMatchObject({ effectiveState: 'active', awaiting: [] });
    await expect(showAgreement(it_.node.federation, it_.admin, 'agr-de-fr-test')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses terms naming a key other than the pinned one', async () => {
    const forged = terms(de, fr, 'agr-de-fr-forged');
    forged.parties[1].signingKeyId = it_.node.federation.signingKeyId;
    await expect(proposeAgreement(de.node.federation, de.admin, forged)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('lets any party suspend, resume or revoke it, on both sides', async () => {
    await changeAgreementState(fr.node.federation, fr.admin, 'agr-de-fr-test', { change: 'suspend', reason: 'audit of the partner pending' });
    await flush();
    expect((await showAgreement(de.node.federation, de.admin, 'agr-de-fr-test')).effectiveState).toBe('suspended');
    await changeAgreementState(de.node.federation, de.admin, 'agr-de-fr-test', { change: 'resume', reason: 'audit of the partner done' });
    await flush();
    expect((await showAgreement(fr.node.federation, fr.admin, 'agr-de-fr-test')).effectiveState).toBe('active');
  });

  it('expires by its dates', async () => {
    const later = new Date('2028-01-02T00:00:00Z');
    de.clock.set(later);
    expect((await showAgreement(de.node.federation, de.admin, 'agr-de-fr-test')).effectiveState).toBe('expired');
    de.clock.set(new Date('2026-11-28T09:00:00Z'));
  });
});
