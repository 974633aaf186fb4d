// Private cross-matching (issue #4 item 6): `node --max-opt=2 --import tsx bench/psi.ts [--keys N] [--skip-e2e]`.
// Measures ECDH-PSI of N × N keys with 10% overlap: the protocol computation alone (one process), and end to end
// between two nodes (asking node here, answering node a `liaison start` process holding N document records).
// Appends the results to docs/benchmarks.md.
import { appendFileSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { startNodeProcess } from '../src/node/node-process.ts';
import { parseArgs } from 'node:util';
import { proposeAgreement } from '../src/agreements/service.ts';
import { flushOutbox } from '../src/federation/outbox.ts';
import { addPeer } from '../src/federation/peers.ts';
import { initNodeDirectory, type NodeDescriptor } from '../src/identity/node-directory.ts';
import { createOfficer } from '../src/identity/officers.ts';
import { ristretto255_hasher } from '@noble/curves/ed25519.js';
import { blindKeys, newBlindingKey } from '../src/matching/psi/group.ts';
import { runLocally } from '../src/matching/psi/protocol.ts';
import { crossMatch } from '../src/matching/psi/service.ts';
import { ApiClient, waitFor } from '../src/node/api-client.ts';
import { demoTerms } from '../src/node/demo-federation.ts';
import { cliActor, openNode } from '../src/node/open-node.ts';
import { serveNode } from '../src/node/serve.ts';
import { collectRecordsInBulk, toRecordRow } from '../src/records/service.ts';
import { RecordInput } from '../src/model/record.ts';

const { values } = parseArgs({ options: { keys: { type: 'string', default: '100000' }, 'skip-e2e': { type: 'boolean', default: false } } });
const N = Number(values.keys);
const SHARED = Math.round(N / 10);
const PASSWORD = 'bench admin password';
const env = { LIAISON_KEY_PASSPHRASE: 'bench passphrase for nodes', LIAISON_LOG: 'silent' };
const log = (line: string) => process.stderr.write(line + '\n');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const results: [string, string][] = [];

/** Document numbers: the first SHARED of both sides are the same, the rest differ. */
const numbers = (side: 'A' | 'B') => Array.from({ length: N }, (_, i) => (i < SHARED ? `S${String(i).padStart(8, '0')}` : `${side}${String(i).padStart(8, '0')}`));

async function computationAlone(): Promise<void> {
  const secret = newBlindingKey();
  const sample = numbers('A').slice(0, 20_000).map((n) => `document:${n}`);
  let started = performance.now();
  await blindKeys(secret, sample);
  const perElement = (performance.now() - started) / sample.length;
  results.push(['hash to X25519 and blind, one element (node:crypto, the group chosen)', `${(perElement * 1000).toFixed(1)} µs`]);
  // The alternative evaluated: ristretto255 in pure JavaScript (@noble/curves), hash to group (RFC 9380) and a variable-base multiplication.
  const scalar = ristretto255_hasher.hashToScalar(new TextEncoder().encode("bench scalar"));
  const few = sample.slice(0, 1000);
  started = performance.now();
  const points = few.map((k) => ristretto255_hasher.hashToCurve(new TextEncoder().encode(k), { DST: 'liaison/psi/ristretto255/v1' }));
  const hashMs = (performance.now() - started) / few.length;
  started = performance.now();
  for (const p of points) p.multiply(scalar).toBytes();
  const multiplyMs = (performance.now() - started) / few.length;
  results.push(['ristretto255 (@noble/curves): hash to group / blind, one element', `${(hashMs * 1000).toFixed(0)} µs / ${(multiplyMs * 1000).toFixed(0)} µs (${N.toLocaleString("en")} × ${N.toLocaleString("en")}: ≈ ${Math.round((2 * N * hashMs + 4 * N * multiplyMs) / 1000)} s of computation)`]);
  const mine = numbers('A').map((n) => `document:${n}`);
  const theirs = numbers('B').map((n) => `document:${n}`);
  for (const reveal of ['intersection', 'cardinality'] as const) {
    started = performance.now();
    const outcome = await runLocally(mine, theirs, reveal);
    const ms = performance.now() - started;
    const found = outcome.reveal === 'intersection' ? outcome.matched.length : outcome.count;
    if (found !== SHARED) throw new Error(`found ${found}, expected ${SHARED}`);
    results.push([`protocol computation alone, ${N.toLocaleString('en')} × ${N.toLocaleString('en')} keys (${reveal}), one thread`, seconds(ms)]);
    log(`computation (${reveal}): ${seconds(ms)}`);
  }
}

async function endToEnd(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'liaison-bench-psi-'));
  // The answering node: N document records, then served by its own process.
  const answerDir = join(base, 'fr-psi');
  await initNodeDirectory(answerDir, { nodeId: 'fr-psi', country: 'FR', agency: 'Bench FR', port: 0, federationPort: 0 }, { keyPassphrase: env.LIAISON_KEY_PASSPHRASE });
  const seeding = await openNode(answerDir, { keyPassphrase: env.LIAISON_KEY_PASSPHRASE });
  const protection = { subjectCategory: 'suspect', sourceReliability: 'B', informationAccuracy: 2, handlingCode: 'H1', tlp: 'AMBER', legalBasis: 'Bench', reviewBy: '2029-11-28', nature: 'fact', assessments: [] };
  const rows = numbers('B').map((number) => toRecordRow('fr-psi', RecordInput.parse({ type: 'document', protection, data: { documentType: 'passport', number, issuingState: 'FR' } })));
  let started = performance.now();
  await collectRecordsInBulk(seeding.ctx, cliActor(), rows, { source: { bench: 'psi' } });
  log(`seeded ${N} documents in ${seconds(performance.now() - started)}`);
  await createOfficer(seeding.ctx, cliActor(), { username: 'admin', displayName: 'Bench admin', roles: ['administrator'], password: PASSWORD });
  await seeding.close();
  const { url, child } = await startNodeProcess(answerDir, { env, label: 'answering node' });
  try {
    const admin = await new ApiClient(url).signIn('admin', PASSWORD);
    // The asking node, in this process.
    const askDir = join(base, 'de-psi');
    await initNodeDirectory(askDir, { nodeId: 'de-psi', country: 'DE', agency: 'Bench DE', port: 0, federationPort: 0 }, { keyPassphrase: env.LIAISON_KEY_PASSPHRASE });
    const node = await openNode(askDir, { keyPassphrase: env.LIAISON_KEY_PASSPHRASE });
    const running = await serveNode(node, { api: 0, federation: 0, outboxIntervalMs: 0 });
    try {
      const descriptor = await admin.call<NodeDescriptor>('GET', '/api/v1/node');
      await addPeer(node.federation, cliActor(), descriptor);
      await admin.call('POST', '/api/v1/peers', running.descriptor());
      const mine = running.descriptor();
      const keyIds = Object.fromEntries([mine, descriptor].map((d) => [d.nodeId, d.keys.keys.find((k) => k.use === 'sig')!.kid!]));
      const terms = { ...demoTerms(mine, descriptor, keyIds), crossMatching: { keyKinds: ['document'], reveal: 'intersection', maxKeysPerRun: N } };
      await proposeAgreement(node.federation, cliActor(), terms);
      await flushOutbox(node.federation);
      await admin.call('POST', `/api/v1/agreements/${terms.id}/signature`);
      await waitFor('the agreement', async () => ((await node.ctx.db.query(`SELECT 1 FROM agreements WHERE id = $1 AND state = 'active'`, [terms.id])).length > 0 ? true : undefined));
      const keys = numbers('A').map((value) => ({ kind: 'document', value }));
      const officer = { id: 'bench-officer', username: 'bench', roles: ['liaison_officer'] as const };
      for (const reveal of ['intersection', 'cardinality'] as const) {
        started = performance.now();
        const result = await crossMatch(node.federation, { ...officer, roles: [...officer.roles] }, { partner: 'fr-psi', keys, reveal }, { purpose: 'investigation', justification: 'benchmark PSI-1' });
        const ms = performance.now() - started;
        if (result.outcome !== 'completed' || result.matchedCount !== SHARED) throw new Error(`cross-match ${result.outcome}: ${result.matchedCount} ${result.reasons.join('; ')}`);
        results.push([`end to end between two nodes, ${N.toLocaleString('en')} × ${N.toLocaleString('en')} keys (${reveal}), ${SHARED.toLocaleString('en')} shared`, seconds(ms)]);
        log(`end to end (${reveal}): ${seconds(ms)}`);
      }
    } finally {
      await running.stop();
    }
  } finally {
    child.kill('SIGTERM');
  }
}

await computationAlone();
if (!values['skip-e2e']) await endToEnd();
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${process.version}`;
const section = [
  `### Private cross-matching (issue #4 item 6): ${new Date().toISOString().slice(0, 10)} — ${machine}`,
  '',
  'ECDH-PSI over X25519 (node:crypto), document-number keys with 10% overlap. End to end: asking node in the benchmark process (PGlite), answering node a `liaison start` process (PGlite) deriving its keys from its records; every message signed, encrypted, checked against the agreement and audited on both sides.',
  '',
  '| measurement | result | goal |',
  '|---|---|---|',
  ...results.map(([name, value]) => `| ${name} | ${value} | ${name.startsWith('end to end') ? '≤ 60 s' : ''} |`),
  '',
].join('\n');
process.stdout.write(section + '\n');
appendFileSync('docs/benchmarks.md', '\n' + section);
log('appended to docs/benchmarks.md');
