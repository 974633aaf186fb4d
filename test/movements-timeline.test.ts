import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { movementTimeline } from '../src/movements/timeline.ts';
import { recordMovements } from '../src/movements/service.ts';
import { mrzOf, type SyntheticTraveller } from '../src/movements/synthetic.ts';
import { createRecord } from '../src/records/service.ts';
import { PROTECTION, WHY, officer } from './support/context.ts';
import { bringIntoForce, startFederation, stopFederation, termsBetween, type TestNode } from './support/federation.ts';

/**
 * A person's movement timeline across partners, over HTTPS between nodes in
 * this process: the asking node merges its own movements with those partners
 * release automatically under an agreement covering movements — only the
 * agreed fields, only within the ceilings — and lists partners that refuse or
 * cannot be reached. Every name and document is invented.
 */

// An invented German citizen as his passport prints him.
const JUERGEN: SyntheticTraveller = {
  surname: 'MUELLER',
  givenNames: ['JUERGEN'],
  dateOfBirth: '1971-03-04',
  sex: 'male',
  nationality: 'D',
  document: { type: 'passport', number: 'C01X00T47', issuingCountry: 'D', expiresOn: '2031-06-30' },
};
const RELEASED = ['direction', 'at', 'crossingPoint', 'flight'];

describe('movement timelines between nodes over HTTPS', () => {
  let nodes: TestNode[];
  let de: TestNode;
  let fr: TestNode;
  let it_: TestNode;
  let personId: string;
  const deOfficer = officer('liaison_officer');
  const frOfficer = officer('liaison_officer');
  const audit = async (n: TestNode) => n.node.ctx.db.query<{ actor: string; action: string; record_ids: string[]; recipients: string[]; details: string }>('SELECT actor, action, record_ids, recipients, details FROM audit_log ORDER BY seq');

  beforeAll(async () => {
    nodes = await startFederation([
      { id: 'de-bka', country: 'DE' },
      { id: 'fr-pj', country: 'FR' },
      { id: 'it-ps', country: 'IT' },
    ]);
    [de, fr, it_] = nodes;
    await bringIntoForce(nodes, de, fr, termsBetween(de, fr, { id: 'agr-de-fr', queryable: ['person', 'movement'], autoRelease: { movement: RELEASED } }));
    // Italy's agreement covers persons only.
    await bringIntoForce(nodes, de, it_, termsBetween(de, it_, { id: 'agr-de-it', queryable: ['person'] }));

    personId = (await createRecord(de.node.ctx, deOfficer, { type: 'person', protection: PROTECTION, data: { names: [{ givenNames: ['Jürgen'], familyName: 'Müller' }], dateOfBirth: '1971-03-04', nationalities: ['DE'] } })).id;
    await recordMovements(de.node.ctx, deOfficer, { mrz: mrzOf(JUERGEN, 'TD3'), crossingPoint: 'FRA', flight: 'SY10', direction: 'exit', at: '2026-11-19T20:00:00Z' });
    await recordMovements(de.node.ctx, deOfficer, { mrz: mrzOf(JUERGEN, 'TD3'), crossingPoint: 'FRA', direction: 'entry', at: '2026-11-25T07:00:00Z' });

    // France knows him under a French spelling, with his passport, and records his stay.
    await createRecord(fr.node.ctx, frOfficer, { type: 'person', protection: PROTECTION, data: { names: [{ givenNames: ['Jurgen'], familyName: 'Muller' }], dateOfBirth: '1971-03-04' } });
    await recordMovements(fr.node.ctx, frOfficer, {
      movements: [
        { mrz: mrzOf(JUERGEN, 'TD3'), crossingPoint: 'CDG', flight: 'SY11', direction: 'entry', at: '2026-11-19T22:10:00Z', protection: { handlingCode: 'H1', tlp: 'GREEN' } },
        // Above the agreement's ceiling (H2): found, never released.
        { mrz: mrzOf(JUERGEN, 'TD3'), crossingPoint: 'CDG', direction: 'exit', at: '2026-11-21T10:00:00Z', protection: { handlingCode: 'H3' } },
        // A land crossing recorded by document alone: found by the passport number the asking node sends.
        { document: { type: 'passport', number: 'C01X00T47', issuingCountry: 'D' }, crossingPoint: 'BCP-FR-LU-2', direction: 'exit', at: '2026-11-24T16:45:00Z' },
        // Someone else entirely.
        { person: { surname: 'DUBOIS', givenNames: ['CAMILLE'], dateOfBirth: '1988-02-02' }, crossingPoint: 'CDG', direction: 'entry', at: '2026-11-20T10:00:00Z' },
      ],
    });
  });
  afterAll(() => stopFederation(nodes));

  it('merges local movements and a partner’s released ones in time order, each with its source and handling', async () => {
    const timeline = await movementTimeline(de.node.federation, deOfficer, { personId, partners: ['fr-pj'] }, WHY);
    expect(timeline.partners).toEqual([{ partner: 'fr-pj', outcome: 'answered', agreement: 'agr-de-fr', movements: 2, withheld: 1, reasons: [] }]);
    expect(timeline.entries.map((e) => [e.sourceNode, e.direction, e.crossingPoint, e.at])).toEqual([
      ['de-bka', 'exit', 'FRA', '2026-11-19T20:00:00.000Z'],
      ['fr-pj', 'entry', 'CDG', '2026-11-19T22:10:00.000Z'],
      ['fr-pj', 'exit', 'BCP-FR-LU-2', '2026-11-24T16:45:00.000Z'],
      ['de-bka', 'entry', 'FRA', '2026-11-25T07:00:00.000Z'],
    ]);
    expect(timeline.entries[1]).toMatchObject({ handlingCode: 'H1', tlp: 'GREEN', flight: 'SY11' });
    expect(timeline.entries[0]).toMatchObject({ handlingCode: 'H0', tlp: 'AMBER', surname: 'MUELLER', documentNumber: 'C01X00T47' });
  });

  it('lets only the fields of autoRelease.movement leave the partner', async () => {
    const timeline = await movementTimeline(de.node.federation, deOfficer, { personId, partners: ['fr-pj'] }, WHY);
    for (const entry of timeline.entries.filter((e) => e.sourceNode === 'fr-pj')) {
      expect(Object.keys(entry).sort()).toEqual([...RELEASED, 'handlingCode', 'movementId', 'sourceNode', 'tlp'].sort());
    }
    expect(JSON.stringify(timeline.entries.filter((e) => e.sourceNode === 'fr-pj'))).not.toMatch(/MUELLER|C01X00T47|P<D/);
    // France disclosed exactly the released movements, automatically, to Germany only.
    const disclosures = (await audit(fr)).filter((a) => a.action === 'disclosure');
    expect(disclosures.length).toBeGreaterThanOrEqual(1);
    const last = disclosures.at(-1)!;
    expect(last).toMatchObject({ actor: 'system', recipients: ['de-bka'] });
    expect(last.record_ids).toHaveLength(2);
    expect(JSON.parse(last.details)).toMatchObject({ agreement: 'agr-de-fr', fields: RELEASED, released: 2, withheld: 1, automatic: true });
  });

  it('audits on both sides: the partner’s consultation with a pseudonymous requester; here the consultation, disclosure and collection', async () => {
    const frAudit = await audit(fr);
    const consultation = frAudit.filter((a) => a.action === 'consultation' && a.actor === 'node:de-bka').at(-1)!;
    const details = JSON.parse(consultation.details);
    expect(details.requester).toMatch(/^p-/);
    expect(details.requester).not.toContain(deOfficer.id);
    expect(details.timelineOf).toMatchObject({ names: ['Jürgen Müller'], dateOfBirth: '1971-03-04', nationalities: ['DE'], documentNumbers: ['C01X00T47'] });
    const deAudit = (await audit(de)).slice(-3);
    expect(deAudit.map((a) => a.action)).toEqual(['consultation', 'disclosure', 'collection']);
    expect(deAudit[0].record_ids[0]).toBe(personId);
    expect(deAudit[1].recipients).toEqual(['fr-pj']);
    expect(JSON.parse(deAudit[2].details)).toMatchObject({ from: 'fr-pj', agreement: 'agr-de-fr' });
  });

  it('refuses partners whose agreement does not cover movements, on both sides, and lists unreachable ones', async () => {
    const timeline = await movementTimeline(de.node.federation, deOfficer, { personId, partners: 'all' }, WHY);
    const italy = timeline.partners.find((p) => p.partner === 'it-ps')!;
    expect(italy).toMatchObject({ outcome: 'refused', agreement: null, movements: 0 });
    expect(italy.reasons.join()).toMatch(/agr-de-it: movement records are not covered/);
    expect(timeline.entries.every((e) => e.sourceNode !== 'it-ps')).toBe(true);

    // Asked anyway, Italy refuses too, and records the refusal.
    const reply = await de.node.federation.request({ receiver: 'it-ps', kind: 'movements.timeline', agreement: 'agr-de-it', purpose: 'investigation', body: { criteria: { names: ['Jürgen Müller'] } } });
    expect(reply.body).toMatchObject({ outcome: 'refused', reasons: [expect.stringMatching(/movement records are not covered/)] });
    expect((await audit(it_)).at(-1)).toMatchObject({ action: 'request_refused', actor: 'node:de-bka' });

    const down = vi.spyOn(de.node.federation.transport, 'post').mockRejectedValueOnce(new Error('connect ECONNREFUSED'));
    const unreachable = await movementTimeline(de.node.federation, deOfficer, { personId, partners: ['fr-pj'] }, WHY);
    down.mockRestore();
    expect(unreachable.partners).toEqual([{ partner: 'fr-pj', outcome: 'unavailable', agreement: 'agr-de-fr', movements: 0, withheld: 0, reasons: ['connect ECONNREFUSED'] }]);
    expect(unreachable.entries.map((e) => e.sourceNode)).toEqual(['de-bka', 'de-bka']);
  });

  it('needs a purpose and justification, and the permission to query partners', async () => {
    await expect(movementTimeline(de.node.federation, deOfficer, { personId }, {})).rejects.toMatchObject({ code: 'justification_required' });
    await expect(movementTimeline(de.node.federation, officer('judicial_authority'), { personId }, WHY)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(movementTimeline(de.node.federation, deOfficer, { personId, partners: ['xx-none'] }, WHY)).rejects.toMatchObject({ code: 'not_found' });
  });
});
