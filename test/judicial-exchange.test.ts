import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACK_KIND, REQUEST_KIND } from '../src/judicial/envelope-kinds.ts';
import { signedBundleFor } from '../src/judicial/bundles.ts';
import { judicialDashboard } from '../src/judicial/dashboard.ts';
import { formDocument } from '../src/judicial/form-document.ts';
import { recordNoticeStep, requestNotice } from '../src/judicial/notices.ts';
import { findRequests, getRequest, issueRequest, recordEvent } from '../src/judicial/service.ts';
import { createRecord } from '../src/records/service.ts';
import { PROTECTION, officer } from './support/context.ts';
import { bringIntoForce, flushAll, startFederation, stopFederation, termsBetween, type TestNode } from './support/federation.ts';
import { EAW_CONTENT } from './support/judicial.ts';

/**
 * European arrest warrants and investigation orders between two judicial
 * authorities' nodes over HTTPS in this process: issued with signed documents,
 * verified and acknowledged by the executing node, both clocks kept alike by
 * the steps each side records, refusals that store nothing, the dashboard and
 * Interpol notices. Every person and authority is invented.
 */

const WHY = { purpose: 'prosecution', justification: 'case DE-STA-2026-0042' } as const;
const DAY = 86_400_000;


function eaw(overrides: Record<string, unknown> = {}) {
  return {
    type: 'eaw',
    partner: 'fr-pj',
    issuingAuthority: 'Staatsanwaltschaft Musterstadt (fictional)',
    executingAuthority: 'Parquet général de Démoville (fictional)',
    offence: { listOffence: 'eaw-fraud', maxPenaltyMonths: 60 },
    content: EAW_CONTENT,
    documents: [{ id: 'warrant', kind: 'decision', title: 'Arrest warrant AG Musterstadt 12 Gs 345/26', mediaType: 'text/plain', content: Buffer.from('Haftbefehl (fictional)').toString('base64') }],
    ...overrides,
  };
}

describe('judicial requests between nodes over HTTPS', () => {
  let nodes: TestNode[];
  let de: TestNode;
  let fr: TestNode;
  let it_: TestNode;
  let caseId: string;
  let personId: string;
  const deJudge = officer('judicial_authority');
  const frJudge = officer('judicial_authority');
  const audit = (n: TestNode, action: string) => n.node.ctx.db.query<{ actor: string; details: string; recipients: string[] }>('SELECT actor, details, recipients FROM audit_log WHERE action = $1 ORDER BY seq', [action]);
  /** Delivers everything, then once more after the retry delay, for steps that overtook earlier ones and waited (409). */
  const deliver = async () => {
    await flushAll(nodes);
    for (const n of nodes) n.clock.advance(5 * 60_000);
    await flushAll(nodes);
  };
  const requestsAt = (n: TestNode) => n.node.ctx.db.query<{ id: string }>('SELECT id FROM judicial_requests');
  /** A request Germany's node seals for France outside the service (to alter it): its signed form, bundle and particulars. */
  const forgedRequest = async (options: { signer?: TestNode; recipient?: string; offence?: Record<string, unknown> } = {}) => {
    const id = crypto.randomUUID();
    const reference = `EAW-2026-${id.slice(0, 8).toUpperCase()}`;
    const issuingAuthority = 'Staatsanwaltschaft Musterstadt (fictional)';
    const form = { reference, type: 'eaw' as const, issuingAuthority, executingAuthority: 'Parquet', offence: (options.offence ?? { listOffence: 'eaw-fraud', maxPenaltyMonths: 60 }) as never, terms: {}, content: EAW_CONTENT };
    const signed = await signedBundleFor((options.signer ?? de).node.federation, { requestId: id, requestType: 'eaw', authority: issuingAuthority, recipient: { nodeId: options.recipient ?? 'fr-pj', authority: 'Parquet' }, documents: [formDocument(form)] });
    // A bundle signed by another node names that node as issuer in its manifest.
    const request = { id, reference, type: 'eaw', issuingAuthority, executingAuthority: 'Parquet', offence: form.offence, terms: {}, events: [], formDocument: 'form' };
    return { id, body: { request, bundle: signed.bundle, form } };
  };
  /** Seals a body as Germany's node and hands it to France's node. */
  const deliverForged = async ({ request, bundle }: { request: unknown; bundle: unknown }) => {
    const { sealed } = await de.node.federation.seal({ receiver: 'fr-pj', kind: REQUEST_KIND, agreement: 'agr-de-fr', purpose: 'prosecution', body: { request, bundle } });
    await fr.node.federation.receive(sealed);
  };

  beforeAll(async () => {
    nodes = await startFederation([
      { id: 'de-sta', country: 'DE' },
      { id: 'fr-pj', country: 'FR' },
      { id: 'it-ps', country: 'IT' },
    ]);
    [de, fr, it_] = nodes;
    await bringIntoForce(nodes, de, fr, termsBetween(de, fr, { id: 'agr-de-fr', purposes: ['investigation', 'prosecution'], judicial: { instruments: ['eaw', 'eio'] } }));
    // Italy's agreement covers police queries only: no judicial instrument.
    await bringIntoForce(nodes, de, it_, termsBetween(de, it_, { id: 'agr-de-it', purposes: ['investigation', 'prosecution'] }));
    caseId = (await createRecord(de.node.ctx, officer('liaison_officer'), { type: 'case', protection: PROTECTION, data: { reference: 'DE-STA-2026-0042', title: 'Invoice fraud', status: 'open' } })).id;
    personId = (await createRecord(de.node.ctx, officer('liaison_officer'), { type: 'person', protection: PROTECTION, data: { names: [{ givenNames: ['Elric'], familyName: 'Vantorre' }], dateOfBirth: '1984-06-17' } })).id;
  });
  afterAll(() => stopFederation(nodes));

  it('issues an EAW with signed documents; the executing node verifies, stores and acknowledges it, and both clocks start on receipt', async () => {
    const issued = await issueRequest(de.node.federation, deJudge, eaw({ caseId, subjectId: personId }), WHY);
    expect(issued).toMatchObject({ direction: 'outgoing', type: 'eaw', executingNode: 'fr-pj', agreement: 'agr-de-fr', transmission: null });
    expect(issued.criminality).toMatchObject({ issuable: true, dualCriminality: { required: false } });
    expect(issued.bundles).toHaveLength(1);
    expect(issued.bundles[0].verification).toMatchObject({ valid: true });
    await deliver();

    const received = await getRequest(fr.node.ctx, frJudge, issued.id, WHY);
    expect(received).toMatchObject({ direction: 'incoming', issuingNode: 'de-sta', reference: issued.reference, content: EAW_CONTENT, caseId: null, subjectId: null });
    expect(received.bundles[0]).toMatchObject({ sourceNode: 'de-sta', manifestDigest: issued.bundles[0].manifestDigest, verification: { valid: true } });
    expect(received.events.map((e) => [e.event.type, e.sourceNode])).toEqual([['sent', 'de-sta'], ['received', 'fr-pj']]);

    const back = await getRequest(de.node.ctx, deJudge, issued.id, WHY);
    expect(back.transmission).toMatchObject({ accepted: true, problems: [], manifestDigest: issued.bundles[0].manifestDigest });
    expect(back.events.map((e) => [e.event.type, e.sourceNode])).toEqual([['sent', 'de-sta'], ['received', 'fr-pj']]);

    expect((await audit(de, 'disclosure')).at(-1)).toMatchObject({ recipients: ['fr-pj'] });
    expect((await audit(fr, 'collection')).map((e) => e.actor)).toContain('node:de-sta');
  });

  it('keeps both clocks alike through arrest, consent and decision: due on day 10 after consent, overdue on day 11', async () => {
    const [request] = await findRequests(fr.node.ctx, frJudge, { type: 'eaw' });
    const today = (n: TestNode) => n.clock.now().toISOString().slice(0, 10);
    await recordEvent(fr.node.federation, frJudge, request.id, { event: { type: 'arrest', date: today(fr) } });
    const consented = await recordEvent(fr.node.federation, frJudge, request.id, { event: { type: 'consent', date: today(fr), given: true } });
    const decision = consented.clock!.deadlines.find((d) => d.id === 'decision')!;
    expect(decision.due).toBe(new Date(fr.clock.now().getTime() + 10 * DAY).toISOString().slice(0, 10));
    await deliver();
    const issuerView = await getRequest(de.node.ctx, deJudge, request.id, WHY);
    expect(issuerView.events.map((e) => e.event.type)).toEqual(['sent', 'received', 'arrest', 'consent']);
    expect(issuerView.clock!.deadlines.find((d) => d.id === 'decision')!.due).toBe(decision.due);

    for (const n of nodes) n.clock.advance(10 * DAY);
    expect((await getRequest(fr.node.ctx, frJudge, request.id, WHY)).clock!.deadlines.find((d) => d.id === 'decision')!.status).toBe('due');
    for (const n of nodes) n.clock.advance(DAY);
    expect((await getRequest(fr.node.ctx, frJudge, request.id, WHY)).clock!.deadlines.find((d) => d.id === 'decision')!.status).toBe('overdue');
    const dashboard = await judicialDashboard(de.node.ctx, deJudge, {});
    expect(dashboard.overdue.map((d) => [d.reference, d.id, d.partner])).toContainEqual([request.reference, 'decision', 'fr-pj']);
    expect(dashboard.partners.find((p) => p.partner === 'fr-pj')).toMatchObject({ open: 1, overdue: 1 });
  });

  it('refuses an impossible step naming the field, and stores nothing of it', async () => {
    const [request] = await findRequests(fr.node.ctx, frJudge, { type: 'eaw' });
    const before = (await getRequest(fr.node.ctx, frJudge, request.id, WHY)).events.length;
    const dayBeforeArrest = new Date(fr.clock.now().getTime() - 20 * DAY).toISOString().slice(0, 10);
    await expect(recordEvent(fr.node.federation, frJudge, request.id, { event: { type: 'decision', date: dayBeforeArrest, outcome: 'execute' } })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: expect.stringMatching(/^event\.date/) })],
    });
    await expect(recordEvent(fr.node.federation, frJudge, request.id, { event: { type: 'extension', date: fr.clock.now().toISOString().slice(0, 10) } })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: expect.stringMatching(/^event\.reasonedNotice/) })],
    });
    expect((await getRequest(fr.node.ctx, frJudge, request.id, WHY)).events).toHaveLength(before);
    // The issuing authority does not arrest or decide: those are the executing authority's steps.
    await expect(recordEvent(de.node.federation, deJudge, request.id, { event: { type: 'decision', date: de.clock.now().toISOString().slice(0, 10), outcome: 'refuse', refusalGrounds: ['age'] } })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'event.type', message: expect.stringMatching(/not the issuing authority/) })],
    });
  });

  it('sends the decision with its signed document; the issuer verifies it, and the surrender limit runs 10 days from the decision', async () => {
    const [request] = await findRequests(fr.node.ctx, frJudge, { type: 'eaw' });
    const today = fr.clock.now().toISOString().slice(0, 10);
    const decided = await recordEvent(fr.node.federation, frJudge, request.id, {
      event: { type: 'decision', date: today, outcome: 'execute' },
      documents: [{ id: 'decision', kind: 'decision', title: 'Arrêt de la chambre de l’instruction (fictional)', mediaType: 'text/plain', content: Buffer.from('Remise ordonnée').toString('base64') }],
    });
    expect(decided.clock!.deadlines.find((d) => d.id === 'surrender')!.due).toBe(new Date(fr.clock.now().getTime() + 10 * DAY).toISOString().slice(0, 10));
    await deliver();
    const issuerView = await getRequest(de.node.ctx, deJudge, request.id, WHY);
    expect(issuerView.bundles.map((b) => [b.sourceNode, (b.verification as { valid: boolean }).valid])).toEqual([['de-sta', true], ['fr-pj', true]]);
    expect(issuerView.stage).toBe(decided.stage);
  });

  it('refuses a request whose signed document was changed after signing, naming it; the executing node stores nothing', async () => {
    const { id, body } = await forgedRequest();
    const tampered = { ...body.bundle, documents: [{ id: 'form', content: formDocument({ ...body.form, content: { ...EAW_CONTENT, penalty: { prescribedScale: 'up to 1 year' } } }).content }] };
    await deliverForged({ request: body.request, bundle: tampered });
    expect((await requestsAt(fr)).map((r) => r.id)).not.toContain(id);
    const refusal = (await audit(fr, 'request_refused')).at(-1)!;
    expect(JSON.parse(refusal.details).problems.join(' ')).toMatch(/document "form" .* changed after signing/);
    const acks = await fr.node.ctx.db.query<{ kind: string }>(`SELECT kind FROM outbox WHERE kind = $1`, [ACK_KIND]);
    expect(acks.length).toBeGreaterThan(0);
  });

  it('takes the offence, terms and authorities from the signed form: particulars beside it that differ are refused, naming the field', async () => {
    const { id, body } = await forgedRequest();
    // The signed form says 60 months; the unsigned particulars claim life imprisonment.
    await deliverForged({ request: { ...body.request, offence: { listOffence: 'eaw-fraud', maxPenaltyMonths: 1200 } }, bundle: body.bundle });
    expect((await requestsAt(fr)).map((r) => r.id)).not.toContain(id);
    expect(JSON.parse((await audit(fr, 'request_refused')).at(-1)!.details).problems).toContain('request.offence: differs from the offence of the signed form');
  });

  it('refuses a bundle signed by another node, or addressed to another node, storing nothing', async () => {
    // Signed by Italy's key in Germany's name: the key is not Germany's pinned key.
    const italian = await forgedRequest({ signer: it_ });
    await deliverForged(italian.body);
    expect((await requestsAt(fr)).map((r) => r.id)).not.toContain(italian.id);
    expect(JSON.parse((await audit(fr, 'request_refused')).at(-1)!.details).problems.join(' ')).toMatch(/manifest\.issuer: the bundle names node it-ps/);
    // Germany's bundle for Italy, sent on to France.
    const elsewhere = await forgedRequest({ recipient: 'it-ps' });
    await deliverForged(elsewhere.body);
    expect((await requestsAt(fr)).map((r) => r.id)).not.toContain(elsewhere.id);
    expect(JSON.parse((await audit(fr, 'request_refused')).at(-1)!.details).problems.join(' ')).toMatch(/manifest\.recipient: the bundle is addressed to node it-ps/);
  });

  it('judges dual criminality under its own law, not what the issuer states about it', async () => {
    // 24 months for fraud as a list offence under 36 months: dual criminality is to be checked. The issuer claims it is met.
    const offence = { listOffence: 'eaw-fraud', maxPenaltyMonths: 24, executing: { country: 'FR', punishable: true } };
    const { id, body } = await forgedRequest({ offence });
    await deliverForged(body);
    const [stored] = await fr.node.ctx.db.query<{ criminality: { dualCriminality: { required: boolean; explanation: string } } }>('SELECT criminality FROM judicial_requests WHERE id = $1', [id]);
    expect(stored.criminality.dualCriminality.required).toBe(true);
    expect(stored.criminality.dualCriminality.explanation).not.toMatch(/as stated/);
  });

  it('refuses before anything is stored or sent: no agreement for the instrument, missing content, a 3-month sentence', async () => {
    const before = (await requestsAt(de)).length;
    await expect(issueRequest(de.node.federation, deJudge, eaw({ partner: 'it-ps' }), WHY)).rejects.toMatchObject({ code: 'agreement_refused', message: expect.stringMatching(/eaw requests are not transmitted/) });
    const { requestedPerson: _, ...withoutPerson } = EAW_CONTENT;
    await expect(issueRequest(de.node.federation, deJudge, eaw({ content: withoutPerson }), WHY)).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: expect.stringMatching(/^content\.requestedPerson/) })],
    });
    await expect(issueRequest(de.node.federation, deJudge, eaw({ offence: { iccs: '0701', maxPenaltyMonths: 6, sentenceMonths: 3 } }), WHY)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/cannot be issued/) });
    await expect(issueRequest(de.node.federation, deJudge, eaw({ offence: { iccs: '0199', maxPenaltyMonths: 60 } }), WHY)).rejects.toMatchObject({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'offence.iccs' })] });
    expect((await requestsAt(de)).length).toBe(before);
  });

  it('records an Interpol red notice for a case and its steps in order', async () => {
    const notice = await requestNotice(de.node.ctx, deJudge, { form: 'notice', colour: 'red', caseId, subjectId: personId, issuingAuthority: 'Staatsanwaltschaft Musterstadt (fictional)', summary: 'Wanted for prosecution: invoice fraud', offence: { iccs: '0701', maxPenaltyMonths: 60 } }, WHY);
    expect(notice).toMatchObject({ type: 'interpol_notice', stage: 'requested', caseId, content: { colour: 'red', form: 'notice' } });
    await expect(requestNotice(de.node.ctx, deJudge, { form: 'notice', colour: 'red', caseId, subjectId: personId, issuingAuthority: 'X (fictional)', summary: 'minor', offence: { iccs: '0701', maxPenaltyMonths: 12 } }, WHY)).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'offence', message: expect.stringMatching(/at least two years/) })],
    });
    const today = de.clock.now().toISOString().slice(0, 10);
    const published = await recordNoticeStep(de.node.ctx, deJudge, notice.id, { type: 'published', date: today, interpolReference: 'A-1234/11-2026' });
    expect(published.stage).toBe('published');
    await expect(recordNoticeStep(de.node.ctx, deJudge, notice.id, { type: 'refused', date: today, reason: 'late' })).rejects.toMatchObject({ code: 'conflict' });
    expect((await findRequests(de.node.ctx, deJudge, { caseId })).map((r) => r.type).sort()).toEqual(['eaw', 'interpol_notice']);
  });

  it('keeps the first acknowledgement: a second one, or one from a node the request did not go to, changes nothing', async () => {
    const issued = await issueRequest(de.node.federation, deJudge, eaw(), WHY);
    await deliver();
    const ack = (from: TestNode) => from.node.federation.seal({
      receiver: 'de-sta', kind: ACK_KIND, agreement: 'agr-de-fr', purpose: 'prosecution',
      body: { requestId: issued.id, accepted: false, receivedAt: from.clock.now().toISOString(), reasons: ['changed our mind'], problems: [] },
    });
    await expect(de.node.federation.receive((await ack(fr)).sealed)).rejects.toMatchObject({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'body.requestId' })] });
    await expect(de.node.federation.receive((await ack(it_)).sealed)).rejects.toMatchObject({ code: 'not_found' });
    const after = await getRequest(de.node.ctx, deJudge, issued.id, WHY);
    expect(after.transmission).toMatchObject({ accepted: true });
    expect(after.events.map((e) => e.event.type)).toEqual(['sent', 'received']);
  });

  it('lets the issuer record steps only once the executing node accepted the request, so none arrives before the request', async () => {
    const issued = await issueRequest(de.node.federation, deJudge, eaw(), WHY);
    const translation = { event: { type: 'translation', date: de.clock.now().toISOString().slice(0, 10), language: 'fr' } };
    await expect(recordEvent(de.node.federation, deJudge, issued.id, translation)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/not acknowledged/) });
    await deliver();
    await recordEvent(de.node.federation, deJudge, issued.id, translation);
    await deliver();
    expect((await getRequest(fr.node.ctx, frJudge, issued.id, WHY)).events.map((e) => [e.event.type, e.sourceNode])).toEqual([['sent', 'de-sta'], ['received', 'fr-pj'], ['translation', 'de-sta']]);
  });

  it('refuses a step from a node that is not party to the request, or under another agreement, storing nothing', async () => {
    const [request] = await findRequests(de.node.ctx, deJudge, { type: 'eaw', partner: 'fr-pj' });
    const before = (await getRequest(de.node.ctx, deJudge, request.id, WHY)).events.length;
    const step = (from: TestNode, agreement: string) => from.node.federation.seal({
      receiver: 'de-sta', kind: 'judicial.event', agreement, purpose: 'prosecution',
      body: { requestId: request.id, seq: 10, event: { type: 'release', date: from.clock.now().toISOString().slice(0, 10) } },
    });
    await expect(de.node.federation.receive((await step(it_, 'agr-de-it')).sealed)).rejects.toMatchObject({ code: 'not_found' });
    await expect(de.node.federation.receive((await step(fr, 'agr-de-it')).sealed)).rejects.toMatchObject({ code: 'agreement_refused' });
    expect((await getRequest(de.node.ctx, deJudge, request.id, WHY)).events).toHaveLength(before);
  });

  it('refuses a document that would take the id of the request\'s own form, naming it', async () => {
    const documents = [{ id: 'form', kind: 'other', title: 'Another form', mediaType: 'text/plain', content: Buffer.from('x').toString('base64') }];
    await expect(issueRequest(de.node.federation, deJudge, eaw({ documents }), WHY)).rejects.toMatchObject({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'documents.0.id' })] });
  });

  it('lets only judicial authorities act, and liaison officers read the dashboard', async () => {
    await expect(issueRequest(de.node.federation, officer('liaison_officer'), eaw(), WHY)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(judicialDashboard(de.node.ctx, officer('liaison_officer'), {})).resolves.toMatchObject({ totals: expect.objectContaining({ open: expect.any(Number) }) });
    await expect(judicialDashboard(de.node.ctx, officer('analyst'), {})).rejects.toMatchObject({ code: 'forbidden' });
  });
});
