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
