import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Federation } from '../src/federation/federation.ts';
import { enqueue, flushOutbox } from '../src/federation/outbox.ts';
import { addPeer, PeerDirectory, type Peer } from '../src/federation/peers.ts';
import { PeerTransport, type PeerResponse } from '../src/federation/transport.ts';
import { nodeDescriptor } from '../src/identity/node-directory.ts';
import { generateNodeKeys, publicJwks } from '../src/identity/node-keys.ts';
import { createTlsIdentity } from '../src/identity/tls.ts';
import type { Database } from '../src/store/database.ts';
import { PostgresDatabase } from '../src/store/postgres-driver.ts';
import { testBackends } from './support/backends.ts';
import { officer, testContext } from './support/context.ts';
import { startFederation, stopFederation, type TestNode } from './support/federation.ts';

/** A transport that counts what it sends. */
class CountingTransport extends PeerTransport {
  sent = 0;
  override async post(peer: Peer, sealed: string): Promise<PeerResponse> {
    this.sent += 1;
    return super.post(peer, sealed);
  }
}

describe.each(testBackends())('an outbox shared by two processes of one node, on $name', (backend) => {
  let receiver: TestNode[];
  let db: Database;
  let second: Database;
  let dispose: () => Promise<void>;
  const received: string[] = [];

  beforeAll(async () => {
    receiver = await startFederation([{ id: 'fr-recv', country: 'FR' }]);
    receiver[0].node.federation.on('test.ping', async (_tx, envelope) => {
      received.push(envelope.id);
      return undefined;
    });
    const opened = await backend.open();
    ({ db, dispose } = opened);
    // A second connection pool on the same database stands for a second process of the node;
    // PGlite has one connection, so there both "processes" share it.
    second = opened.url ? await PostgresDatabase.open(opened.url) : db;
  });
  afterAll(async () => {
    if (second !== db) await second.close();
    await dispose();
    await stopFederation(receiver);
  });

  it('sends every queued message exactly once while both claim work at the same time', async () => {
    const keys = await generateNodeKeys();
    const tls = await createTlsIdentity('de-shared', '127.0.0.1');
    const config = { nodeId: 'de-shared', country: 'DE', agency: 'Shared', host: '127.0.0.1', port: 1, federationPort: 2, maxBodyBytes: 1024, sessionMinutes: 60, checkpointSeconds: 60, calendar: { kind: 'calendar' as const } };
    const processes = [db, second].map((database) => {
      const transport = new CountingTransport();
      return { transport, federation: new Federation(testContext(database, 'de-shared'), keys, new PeerDirectory(), transport) };
    });
    const [first] = processes;
    await addPeer(first.federation, officer('administrator'), receiver[0].running.descriptor());
    await processes[1].federation.peers.load(second);
    await addPeer(receiver[0].node.federation, officer('administrator'), nodeDescriptor({ config, jwks: await publicJwks(keys), tls }));

    await db.transaction(async (tx) => {
      for (let i = 0; i < 40; i++) await enqueue(tx, first.federation, { receiver: 'fr-recv', kind: 'test.ping', body: { i } });
    });
    const delivered = await Promise.all(processes.map((p) => flushOutbox(p.federation, 5)));
    expect(delivered[0] + delivered[1]).toBe(40);
    expect(processes[0].transport.sent + processes[1].transport.sent).toBe(40);
    expect(new Set(received).size).toBe(40);
    expect(received).toHaveLength(40);
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE state = 'delivered'`);
    expect(n).toBe(40);
  });
});

describe('the inbox', () => {
  it('forgets the ids of envelopes past their validity, and only those', async () => {
    const [node] = await startFederation([{ id: 'lu-inbox', country: 'LU' }]);
    try {
      const { db } = node.node.ctx;
      const at = node.clock.now().toISOString();
      await db.query(`INSERT INTO inbox (message_id, sender, kind, received_at, expires_at) VALUES (gen_random_uuid(), 'x', 'k', $1, $2), (gen_random_uuid(), 'x', 'k', $1, $3)`, [
        at,
        new Date(node.clock.now().getTime() - 1000).toISOString(),
        new Date(node.clock.now().getTime() + 60_000).toISOString(),
      ]);
      expect(await node.node.federation.pruneInbox()).toBe(1);
      expect(await db.query('SELECT 1 FROM inbox')).toHaveLength(1);
    } finally {
      await stopFederation([node]);
    }
  });
});
