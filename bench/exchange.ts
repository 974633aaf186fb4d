import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startNodeProcess } from '../src/node/node-process.ts';
import { proposeAgreement } from '../src/agreements/service.ts';
import { queryPartners } from '../src/exchange/query.ts';
import { flushOutbox } from '../src/federation/outbox.ts';
import { addPeer } from '../src/federation/peers.ts';
import { initNodeDirectory, type NodeDescriptor } from '../src/identity/node-directory.ts';
import { createOfficer } from '../src/identity/officers.ts';
import { RecordInput } from '../src/model/record.ts';
import { ApiClient, waitFor } from '../src/node/api-client.ts';
import { demoTerms } from '../src/node/demo-federation.ts';
import { cliActor, openNode, type OpenNode } from '../src/node/open-node.ts';
import { serveNode, type RunningNode } from '../src/node/serve.ts';
import { collectRecordsInBulk, toRecordRow } from '../src/records/service.ts';
import { generateDataset } from '../src/synth/generator.ts';

const PASSWORD = 'bench admin password';
const env = { LIAISON_KEY_PASSPHRASE: 'bench passphrase for nodes', LIAISON_LOG: 'silent' };

/** Percentiles of a list of milliseconds. */
export function percentiles(ms: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

/** A responding node in its own process, seeded with synthetic persons; returns it with the names it holds. */
async function responder(base: string, id: string, seed: number, persons: number): Promise<{ child: ChildProcess; admin: ApiClient; names: string[] }> {
  const dir = join(base, id);
  await initNodeDirectory(dir, { nodeId: id, country: 'FR', agency: `Bench ${id}`, port: 0, federationPort: 0 }, { keyPassphrase: env.LIAISON_KEY_PASSPHRASE });
  const node = await openNode(dir, { keyPassphrase: env.LIAISON_KEY_PASSPHRASE });
  const dataset = generateDataset({ seed, persons, nodeId: id });
  const rows = dataset.records.map((r) => toRecordRow(id, RecordInput.parse(r)));
  await collectRecordsInBulk(node.ctx, cliActor(), rows, { source: { bench: id } });
  await createOfficer(node.ctx, cliActor(), { username: 'admin', displayName: 'Bench admin', roles: ['administrator'], password: PASSWORD });
  await node.close();
  const names = dataset.records.flatMap((r) => (r.type === 'person' && r.data.names[0].script === 'Latn' ? [`${r.data.names[0].givenNames[0]} ${r.data.names[0].familyName}`] : []));
  const { url, child } = await startNodeProcess(dir, { env, label: id });
  child.on('exit', (_code, signal) => signal && signal !== 'SIGTERM' && process.stderr.write(`responding node ${id} died: ${signal}\n`));
  return { child, admin: await new ApiClient(url).signIn('admin', PASSWORD), names };
}

/** Connects the asking node with a responder: peers both ways and an agreement in force. */
async function connect(asker: { node: OpenNode; running: RunningNode }, peer: { admin: ApiClient }): Promise<NodeDescriptor> {
  const descriptor = await peer.admin.call<NodeDescriptor>('GET', '/api/v1/node');
  await addPeer(asker.node.federation, cliActor(), descriptor);
  await peer.admin.call('POST', '/api/v1/peers', asker.running.descriptor());
  const askerDescriptor = asker.running.descriptor();
  const keyIds = Object.fromEntries([askerDescriptor, descriptor].map((d) => [d.nodeId, d.keys.keys.find((k) => k.use === 'sig')!.kid!]));
  const terms = demoTerms(askerDescriptor, descriptor, keyIds);
  await proposeAgreement(asker.node.federation, cliActor(), terms);
  await flushOutbox(asker.node.federation);
  await peer.admin.call('POST', `/api/v1/agreements/${terms.id}/signature`);
  await waitFor('the agreement', async () => {
    const rows = await asker.node.ctx.db.query(`SELECT 1 FROM agreements WHERE id = $1 AND state = 'active'`, [terms.id]);
    return rows.length > 0 ? true : undefined;
  });
  return descriptor;
}

const officer = { id: 'bench-officer', username: 'bench', roles: ['liaison_officer'] };
const WHY = { purpose: 'investigation', justification: 'benchmark BENCH-1' };

/**
 * Hit/no-hit between nodes on loopback, signed and encrypted: sustained
 * throughput and latency at a given concurrency to one partner, then one query
 * fanned out to `fanOut` partners at a time. The asking node runs in this
 * process (PGlite); each responder is a separate `liaison start` process (PGlite).
 */
export async function benchExchange(options: { seconds: number; concurrency: number[]; fanOut: number; log: (line: string) => void }) {
  const base = mkdtempSync(join(tmpdir(), 'liaison-bench-exchange-'));
  const askerDir = join(base, 'de-asker');
  await initNodeDirectory(askerDir, { nodeId: 'de-asker', country: 'DE', agency: 'Bench asker', port: 0, federationPort: 0 }, { keyPassphrase: env.LIAISON_KEY_PASSPHRASE });
  const node = await openNode(askerDir, { keyPassphrase: env.LIAISON_KEY_PASSPHRASE });
  const running = await serveNode(node, { api: 0, federation: 0 });
  const asker = { node, running };
  const children: ChildProcess[] = [];
  try {
    options.log('starting the responding node (10,000 synthetic persons)…');
    const main = await responder(base, 'fr-main', 11, 10_000);
    children.push(main.child);
    const mainId = (await connect(asker, main)).nodeId;
    const query = (i: number, partners: string[] | 'all') =>
      queryPartners(node.federation, officer, { partners, criteria: { recordType: 'person', name: i % 2 === 0 ? main.names[i % main.names.length] : `Nobody Known${i}` } }, WHY);

    for (let i = 0; i < 200; i++) await query(i, [mainId]);
    const sustained = [];
    for (const concurrency of options.concurrency) {
      options.log(`sustained: ${concurrency} concurrent queries for ${options.seconds} s…`);
      const latencies: number[] = [];
      let hits = 0;
      const end = performance.now() + options.seconds * 1000;
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (performance.now() < end) {
            const i = next++;
            const started = performance.now();
            const [result] = await query(i, [mainId]);
            latencies.push(performance.now() - started);
            if (result.outcome === 'hit') hits++;
            else if (result.outcome !== 'no_hit') throw new Error(`query ${i}: ${result.outcome} ${result.reasons.join('; ')}`);
          }
        }),
      );
      sustained.push({ concurrency, queries: latencies.length, perSecond: latencies.length / options.seconds, hits, ...percentiles(latencies) });
    }

    options.log(`fan-out: starting ${options.fanOut - 1} more responding nodes…`);
    for (let i = 1; i < options.fanOut; i++) {
      const peer = await responder(base, `fr-peer${i}`, 100 + i, 1000);
      children.push(peer.child);
      await connect(asker, peer);
    }
    const fanLatencies: number[] = [];
    for (let i = 0; i < 20; i++) await query(i, 'all');
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      const results = await query(i, 'all');
      fanLatencies.push(performance.now() - started);
      if (results.length !== options.fanOut || results.some((r) => r.outcome !== 'hit' && r.outcome !== 'no_hit')) throw new Error(`fan-out query ${i} failed`);
    }
    return { sustained, fanOut: { partners: options.fanOut, queries: fanLatencies.length, ...percentiles(fanLatencies) } };
  } finally {
    await Promise.all(children.map((c) => new Promise<void>((resolve) => (c.once('exit', () => resolve()), c.kill('SIGTERM')))));
    await running.stop();
  }
}

/**
 * Where a query's time goes, measured piece by piece in this process: sealing
 * and opening an envelope (sign + encrypt, decrypt + verify), one Cedar
 * evaluation, and one small PGlite statement and transaction.
 */
export async function profileComponents(): Promise<Record<string, number>> {
  const { generateNodeKeys } = await import('../src/identity/node-keys.ts');
  const { sealEnvelope, openEnvelope } = await import('../src/federation/envelope.ts');
  const { evaluateExchange } = await import('../src/agreements/policy.ts');
  const { AgreementDocument } = await import('../src/agreements/document.ts');
  const { PgliteDatabase } = await import('../src/store/pglite-driver.ts');
  const [a, b] = await Promise.all([generateNodeKeys(), generateNodeKeys()]);
  const now = Math.floor(Date.now() / 1000);
  const envelope = { id: '00000000-0000-4000-8000-000000000000', kind: 'exchange.query', sender: 'de-a', receiver: 'fr-b', agreement: 'agr-x', purpose: 'investigation', requester: 'p-x', iat: now, exp: now + 60, body: { criteria: { recordType: 'person', name: 'Maria Lopez', dateOfBirth: '1980-01-01' } } };
  const time = async (n: number, work: () => Promise<unknown> | unknown) => {
    const started = performance.now();
    for (let i = 0; i < n; i++) await work();
    return (performance.now() - started) / n;
  };
  const sealed = await sealEnvelope(envelope, { signingKey: a.signing.privateKey, signingKeyId: a.signing.keyId }, { key: b.encryption.publicKey, keyId: b.encryption.keyId });
  const open = { nodeId: 'fr-b', encryptionKey: b.encryption.privateKey, senderKey: () => ({ nodeId: 'de-a', key: a.signing.publicKey }), now, skewSeconds: 300 };
  const agreement = AgreementDocument.parse({ id: 'agr-xxxx', title: 'x', parties: [{ nodeId: 'de-a', country: 'DE', agency: 'a', signingKeyId: 'kid-aaaaaaaaaa' }, { nodeId: 'fr-b', country: 'FR', agency: 'b', signingKeyId: 'kid-bbbbbbbbbb' }], validFrom: '2026-01-01', validUntil: '2027-01-01', purposes: ['investigation'], queryable: ['person'], releasable: {}, ceilings: { handlingCode: 'H2', tlp: 'AMBER' }, retentionDays: 30, deadlines: {} });
  const db = await PgliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'liaison-bench-db-')), 'db'));
  await db.exec('CREATE TABLE t (id serial PRIMARY KEY, v text)');
  const result = {
    'seal envelope (sign + encrypt), ms': await time(500, () => sealEnvelope(envelope, { signingKey: a.signing.privateKey, signingKeyId: a.signing.keyId }, { key: b.encryption.publicKey, keyId: b.encryption.keyId })),
    'open envelope (decrypt + verify), ms': await time(500, () => openEnvelope(sealed, open)),
    'Cedar evaluation, ms': await time(500, () => evaluateExchange(agreement, { partner: 'fr-b', action: 'query', recordType: 'person', purpose: 'investigation' })),
    'PGlite statement, ms': await time(500, () => db.query('SELECT v FROM t WHERE id = $1', [1])),
    'PGlite transaction with one insert, ms': await time(500, () => db.transaction((tx) => tx.query('INSERT INTO t (v) VALUES ($1)', ['x']))),
  };
  await db.close();
  return result;
}
