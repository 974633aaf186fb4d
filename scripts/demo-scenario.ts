// `npm run demo:scenario`: a cross-border hit walked through follow-up and release, on a fresh
// three-node federation (separate processes, real HTTPS between them). Prints each step; exits
// non-zero if any step fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, waitFor } from '../src/node/api-client.ts';
import { launchDemoFederation } from '../src/node/demo-federation.ts';
import { DEMO_PASSWORD, PLANTED_DNA, PLANTED_PERSON } from '../src/node/demo-seed.ts';

const WHY = { 'liaison-purpose': 'investigation', 'liaison-justification': 'Case DE-2026-1142: organised fraud' };
let step = 0;
const say = (line: string) => process.stdout.write(line + '\n');
async function run<T>(title: string, work: () => Promise<T>, show: (result: T) => string): Promise<T> {
  step += 1;
  const result = await work();
  say(`step ${step}. ${title}\n         ${show(result)}`);
  return result;
}
function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(`check failed: ${message}`);
}

const dir = mkdtempSync(join(tmpdir(), 'liaison-scenario-'));
const federation = await launchDemoFederation(dir, { persons: 300, basePort: 0, log: () => undefined });
let failed = false;
try {
  const [de, fr, it] = federation.nodes;
  say(`three nodes running: ${federation.nodes.map((n) => `${n.spec.nodeId} ${n.url}`).join(', ')}; agreements in force between every pair\n`);
  const deOfficer = await new ApiClient(de.url).signIn('officer', DEMO_PASSWORD);
  const frOfficer = await new ApiClient(fr.url).signIn('officer', DEMO_PASSWORD);

  type Result = { queryId: string; partner: string; outcome: string; reference?: string; quality?: number; reasons: string[] };
  const { results } = await run(
    `${de.spec.nodeId}: an officer queries all partners for ${PLANTED_PERSON.givenName} ${PLANTED_PERSON.familyName}, born ${PLANTED_PERSON.dateOfBirth}`,
    () => deOfficer.call<{ results: Result[] }>('POST', '/api/v1/exchange/queries', { partners: 'all', criteria: { recordType: 'person', name: `${PLANTED_PERSON.givenName} ${PLANTED_PERSON.familyName}`, dateOfBirth: PLANTED_PERSON.dateOfBirth } }, WHY),
    (r) => r.results.map((x) => `${x.partner}: ${x.outcome}${x.quality !== undefined ? ` (quality ${x.quality.toFixed(4)})` : ''}`).join('; '),
  );
  const hit = results.find((r) => r.partner === fr.spec.nodeId);
  expect(hit?.outcome === 'hit' && (hit.quality ?? 0) > 0.99, `a confident hit at ${fr.spec.nodeId}`);
  expect(results.find((r) => r.partner === it.spec.nodeId)?.outcome === 'no_hit', `no hit at ${it.spec.nodeId}`);
  expect(!JSON.stringify(results).includes(PLANTED_PERSON.familyName), 'the answers hold no personal data');

  type FollowUp = { id: string; state: string; deadline: string; releasedFields: string[]; justification: string };
  const request = await run(
    `${de.spec.nodeId}: the officer requests the data behind the hit, urgently, with a justification`,
    () => deOfficer.call<FollowUp>('POST', '/api/v1/exchange/follow-ups', { queryId: hit!.queryId, justification: 'Case DE-2026-1142: suspected of organised fraud; identity to be confirmed', urgent: true }),
    (f) => `follow-up ${f.id}: ${f.state}, due by ${f.deadline}`,
  );

  const incoming = await run(
    `${fr.spec.nodeId}: the request arrives; an officer of the owner sees it with its justification`,
    () => waitFor('the request to arrive', async () => (await frOfficer.call<{ followUps: FollowUp[] }>('GET', '/api/v1/exchange/follow-ups')).followUps.find((f) => f.id === request.id && f.state === 'pending')),
    (f) => `${f.state}: “${f.justification}”`,
  );

  await run(
    `${fr.spec.nodeId}: the officer releases names and date of birth (the agreement allows them for this record's handling code and TLP)`,
    () => frOfficer.call<FollowUp>('POST', `/api/v1/exchange/follow-ups/${incoming.id}/decision`, { decision: 'release', fields: ['names', 'dateOfBirth'] }),
    (f) => `${f.state}: ${f.releasedFields.join(', ')}`,
  );

  await run(
    `${de.spec.nodeId}: the release arrives`,
    () => waitFor('the release to arrive', async () => {
      const f = await deOfficer.call<FollowUp>('GET', `/api/v1/exchange/follow-ups/${request.id}`);
      return f.state === 'released' ? f : undefined;
    }),
    (f) => `${f.state}: ${f.releasedFields.join(', ')}`,
  );

  type Release = { partner: string; data: { names?: { givenNames: string[]; familyName: string }[]; dateOfBirth?: string }; protection: { handlingCode: string; tlp: string }; retainUntil: string };
  const { releases } = await run(
    `${de.spec.nodeId}: the officer reads the released data (a consultation, audited)`,
    () => deOfficer.call<{ releases: Release[] }>('GET', `/api/v1/exchange/follow-ups/${request.id}/data`, undefined, WHY),
    (r) => r.releases.map((x) => `${x.data.names?.[0]?.givenNames.join(' ')} ${x.data.names?.[0]?.familyName}, born ${x.data.dateOfBirth}; ${x.protection.handlingCode}, TLP:${x.protection.tlp}; keep until ${x.retainUntil}`).join('\n         '),
  );
  expect(releases[0]?.data.dateOfBirth === PLANTED_PERSON.dateOfBirth, 'the released date of birth');

  const stain = { kind: 'stain', loci: { ...PLANTED_DNA.loci, FGA: ['22', '24'], AMEL: ['X', 'X'] } };
  const { results: dnaResults } = await run(
    `${de.spec.nodeId}: an officer searches a crime-scene stain (one allele differs) at all partners under the Prüm rules`,
    () => deOfficer.call<{ results: Result[] }>('POST', '/api/v1/exchange/queries', { partners: 'all', criteria: { recordType: 'dna', profile: stain } }, WHY),
    (r) => r.results.map((x) => `${x.partner}: ${x.outcome}${x.quality !== undefined ? ` (quality ${x.quality.toFixed(3)})` : ''}`).join('; '),
  );
  const dnaHit = dnaResults.find((r) => r.partner === fr.spec.nodeId);
  expect(dnaHit?.outcome === 'hit', `a DNA hit at ${fr.spec.nodeId}`);
  const dnaRequest = await deOfficer.call<FollowUp>('POST', '/api/v1/exchange/follow-ups', { queryId: dnaHit!.queryId, justification: 'Case DE-2026-1187: stain from the scene of a burglary' });
  type Candidate = { id: string; reference: string; matcher: string; scores: Record<string, unknown>; state: string };
  const candidate = await run(
    `${fr.spec.nodeId}: the hit waits as a candidate; nothing is released before an officer verifies it`,
    () => waitFor('the candidate and its follow-up', async () => {
      const { candidates } = await frOfficer.call<{ candidates: Candidate[] }>('GET', '/api/v1/biometrics/candidates?state=pending');
      const { followUps } = await frOfficer.call<{ followUps: FollowUp[] }>('GET', '/api/v1/exchange/follow-ups');
      return followUps.some((f) => f.id === dnaRequest.id && f.state === 'pending') ? candidates.find((c) => c.reference === dnaHit!.reference) : undefined;
    }),
    (c) => `${c.matcher}: ${JSON.stringify(c.scores)}, ${c.state}`,
  );
  await run(
    `${fr.spec.nodeId}: the officer compares the profiles allele by allele and confirms the candidate`,
    () => frOfficer.call<Candidate>('POST', `/api/v1/biometrics/candidates/${candidate.id}/verification`, { decision: 'confirm', reason: 'near match checked: FGA differs by one allele, consistent with a stain' }),
    (c) => c.state,
  );
  await run(
    `${fr.spec.nodeId}: the officer releases names and date of birth`,
    () => frOfficer.call<FollowUp>('POST', `/api/v1/exchange/follow-ups/${dnaRequest.id}/decision`, { decision: 'release', fields: ['names', 'dateOfBirth'] }),
    (f) => `${f.state}: ${f.releasedFields.join(', ')}`,
  );

  const deJudge = await new ApiClient(de.url).signIn('judge', DEMO_PASSWORD);
  const frJudge = await new ApiClient(fr.url).signIn('judge', DEMO_PASSWORD);
  const PROSECUTION = { 'liaison-purpose': 'prosecution', 'liaison-justification': 'Case DE-2026-1142: organised fraud' };
  const today = new Date().toISOString().slice(0, 10);
  type Deadline = { id: string; name: string; legalBasis: string; due: string; status: string };
  type JudicialRequest = { id: string; reference: string; stage: string; transmission: { accepted: boolean } | null; clock: { deadlines: Deadline[] } | null; bundles: { sourceNode: string; verification: { valid: boolean } }[] };
  const eaw = await run(
    `${de.spec.nodeId}: a judicial authority issues a European arrest warrant for ${PLANTED_PERSON.givenName} ${PLANTED_PERSON.familyName} to ${fr.spec.nodeId}, its documents signed`,
    () => deJudge.call<JudicialRequest>('POST', '/api/v1/judicial/requests', {
      type: 'eaw', partner: fr.spec.nodeId, issuingAuthority: 'Demo Public Prosecutor (fictional)', executingAuthority: 'Demo Prosecutor General (fictional)',
      offence: { listOffence: 'eaw-fraud', maxPenaltyMonths: 120 },
      content: {
        requestedPerson: { name: { family: PLANTED_PERSON.familyName, given: PLANTED_PERSON.givenName }, nationality: ['HR'], dateOfBirth: PLANTED_PERSON.dateOfBirth },
        issuingAuthority: { name: 'Demo Public Prosecutor (fictional)', address: 'Demo Street 1, Demo City', telephone: '+49 30 1234567', email: 'eaw@prosecutor.demo.example' },
        enforceableDecision: { kind: 'arrest_warrant', reference: 'Demo Court 12 Gs 1142/26', date: today },
        offence: { nature: 'organised invoice fraud', legalClassification: 'fraud (fictional code)' },
        circumstances: { description: 'forged invoices sent to companies', time: '2026', place: 'Demo City', participation: 'principal' },
        penalty: { prescribedScale: 'up to 10 years' },
        translation: { language: 'fr', translatedOn: today },
      },
      documents: [{ id: 'warrant', kind: 'decision', title: 'Arrest warrant Demo Court 12 Gs 1142/26', mediaType: 'text/plain', content: Buffer.from('Arrest warrant (fictional)').toString('base64') }],
    }, PROSECUTION),
    (r) => `${r.reference}: ${r.stage}; dual criminality not checked (a list offence punishable by 3 years or more)`,
  );
  const received = await run(
    `${fr.spec.nodeId}: the warrant arrives; every signature and document verifies, and the executing node's clock starts`,
    () => waitFor('the warrant to arrive', async () => {
      const { requests } = await frJudge.call<{ requests: JudicialRequest[] }>('GET', `/api/v1/judicial/requests?type=eaw`);
      return requests.find((r) => r.id === eaw.id) ? frJudge.call<JudicialRequest>('GET', `/api/v1/judicial/requests/${eaw.id}`, undefined, PROSECUTION) : undefined;
    }),
    (r) => `${r.stage}; bundle ${r.bundles[0]?.verification.valid ? 'verified' : 'NOT verified'}`,
  );
  expect(received.bundles[0]?.verification.valid === true, 'the warrant’s bundle verifies');
  await frJudge.call('POST', `/api/v1/judicial/requests/${eaw.id}/events`, { event: { type: 'arrest', date: today } });
  const consented = await run(
    `${fr.spec.nodeId}: the person is arrested and consents to surrender`,
    () => frJudge.call<JudicialRequest>('POST', `/api/v1/judicial/requests/${eaw.id}/events`, { event: { type: 'consent', date: today, given: true } }),
    (r) => r.clock!.deadlines.map((d) => `${d.name} due ${d.due} (${d.legalBasis}): ${d.status}`).join('; '),
  );
  expect(consented.clock!.deadlines.some((d) => d.id === 'decision'), 'a decision deadline');
  await run(
    `${fr.spec.nodeId}: the executing authority decides to surrender, its decision signed`,
    () => frJudge.call<JudicialRequest>('POST', `/api/v1/judicial/requests/${eaw.id}/events`, {
      event: { type: 'decision', date: today, outcome: 'execute' },
      documents: [{ id: 'decision', kind: 'decision', title: 'Decision on surrender (fictional)', mediaType: 'text/plain', content: Buffer.from('Surrender ordered (fictional)').toString('base64') }],
    }),
    (r) => r.clock!.deadlines.map((d) => `${d.name} due ${d.due}: ${d.status}`).join('; '),
  );
  await run(
    `${de.spec.nodeId}: the issuing authority sees the same steps and verifies the decision's signature`,
    () => waitFor('the decision to arrive', async () => {
      const r = await deJudge.call<JudicialRequest>('GET', `/api/v1/judicial/requests/${eaw.id}`, undefined, PROSECUTION);
      return r.bundles.length === 2 ? r : undefined;
    }),
    (r) => `${r.stage}; bundles: ${r.bundles.map((b) => `${b.sourceNode} ${b.verification.valid ? 'verified' : 'NOT verified'}`).join(', ')}`,
  );

  for (const node of [de, fr]) {
    const dpo = await new ApiClient(node.url).signIn('dpo', DEMO_PASSWORD);
    const report = await run(
      `${node.spec.nodeId}: the data-protection officer verifies the audit log`,
      () => dpo.call<{ ok: boolean; entries: number; checkpoints: number }>('GET', '/api/v1/audit/verify'),
      (r) => `${r.ok ? 'intact' : 'FAILED'}: ${r.entries} entries`,
    );
    expect(report.ok, `the audit log of ${node.spec.nodeId} verifies`);
  }
  say('\nscenario completed: every step passed');
} catch (error) {
  failed = true;
  process.stderr.write(`scenario FAILED at step ${step + 1}: ${(error as Error).message}\n`);
} finally {
  await federation.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
