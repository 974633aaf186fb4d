import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNodeKeys, publicJwks } from '../src/identity/node-keys.ts';
import { createTlsIdentity } from '../src/identity/tls.ts';
import type { Database } from '../src/store/database.ts';
import { testApi } from './support/api.ts';
import { testBackends } from './support/backends.ts';

/**
 * The health of partner nodes as the console shows it: each peer's outbox
 * (pending, sending, refused, delivered), its last delivery and last error,
 * and on request a live probe of its federation endpoint, pinned to its
 * certificate. For every role that may read the node's configuration.
 */

type Api = Awaited<ReturnType<typeof testApi>>;
interface Health {
  nodeId: string;
  country: string;
  outbox: { pending: number; sending: number; refused: number; delivered: number };
  oldestWaitingSince: string | null;
  lastDeliveredAt: string | null;
  lastError: string | null;
  probe?: { reachable: boolean; status?: number; ms: number; error?: string };
}

async function descriptorOf(nodeId: string, federation: string, certificatePem?: string) {
  const keys = await generateNodeKeys();
  const tls = certificatePem ?? (await createTlsIdentity(nodeId, '127.0.0.1')).certificatePem;
  return { nodeId, country: 'FR', agency: `${nodeId} agency`, endpoints: { api: 'https://127.0.0.1:1', federation }, keys: await publicJwks(keys), tlsCertificate: tls };
}

describe.each(testBackends())('peer health on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let api: Api;
  let server: Server;

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    api = await testApi(db);
    const tls = await createTlsIdentity('fr-up', '127.0.0.1');
    server = createServer({ cert: tls.certificatePem, key: tls.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string }, (req, res) => {
      res.writeHead(req.url === '/federation/v1/descriptor' ? 200 : 404, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const peers = [
      await descriptorOf('fr-up', `https://127.0.0.1:${port}`, tls.certificatePem),
      await descriptorOf('it-down', 'https://127.0.0.1:1'),
      await descriptorOf('es-plain', `http://127.0.0.1:${port}`),
    ];
    for (const d of peers) {
      expect((await api.call('administrator', 'POST', '/api/v1/peers', d)).status).toBe(201);
    }
    const now = api.ctx.clock.now();
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
    const rows: unknown[][] = [
      ['fr-up', 'delivered', 0, null, at(-30), at(-29)],
      ['fr-up', 'delivered', 1, null, at(-20), at(-19)],
      ['fr-up', 'refused', 1, 'the agreement does not allow this', at(-10), null],
      ['fr-up', 'pending', 3, 'answered 503', at(-5), null],
      ['fr-up', 'sending', 0, null, at(-1), null],
    ];
    for (const [receiver, state, attempts, lastError, createdAt, deliveredAt] of rows) {
      await db.query(
        `INSERT INTO outbox (id, receiver, kind, sealed, state, attempts, next_attempt_at, last_error, created_at, delivered_at)
         VALUES (gen_random_uuid(), $1, 'exchange.query', 'sealed', $2, $3, $4, $5, $4, $6)`,
        [receiver, state, attempts, createdAt, lastError, deliveredAt],
      );
    }
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await dispose();
  });

  it('counts each peer’s outbox, with its last delivery and last error', async () => {
    const res = await api.call('liaison_officer', 'GET', '/api/v1/peers/health');
    expect(res.status).toBe(200);
    const { peers } = (await res.json()) as { peers: Health[] };
    const up = peers.find((p) => p.nodeId === 'fr-up')!;
    expect(up).toMatchObject({ country: 'FR', outbox: { pending: 1, sending: 1, refused: 1, delivered: 2 }, lastError: 'answered 503' });
    expect(up.lastDeliveredAt).toBe(new Date(api.ctx.clock.now().getTime() - 19 * 60_000).toISOString());
    expect(up.oldestWaitingSince).toBe(new Date(api.ctx.clock.now().getTime() - 5 * 60_000).toISOString());
    expect(up.probe).toBeUndefined();
    expect(peers.find((p) => p.nodeId === 'it-down')).toMatchObject({ outbox: { pending: 0, sending: 0, refused: 0, delivered: 0 }, lastDeliveredAt: null, lastError: null });
  });

  it('probes each peer live when asked, pinned to its certificate', async () => {
    const res = await api.call('supervisor', 'GET', '/api/v1/peers/health?probe=true');
    expect(res.status).toBe(200);
    const { peers } = (await res.json()) as { peers: Health[] };
    expect(peers.find((p) => p.nodeId === 'fr-up')!.probe).toMatchObject({ reachable: true, status: 200 });
    const down = peers.find((p) => p.nodeId === 'it-down')!.probe!;
    expect(down.reachable).toBe(false);
    expect(down.error).toBeTruthy();
    // Only the pinned HTTPS endpoint is ever asked: a plain-HTTP one is not contacted.
    expect(peers.find((p) => p.nodeId === 'es-plain')!.probe).toMatchObject({ reachable: false, ms: 0, error: 'the federation endpoint is not HTTPS' });
  });

  it('is for roles that may read the node’s configuration', async () => {
    for (const role of ['analyst', 'judicial_authority', 'data_protection_officer', 'administrator'] as const) {
      expect((await api.call(role, 'GET', '/api/v1/peers/health')).status).toBe(200);
    }
    expect((await api.call(null, 'GET', '/api/v1/peers/health')).status).toBe(401);
    expect((await api.call('administrator', 'GET', '/api/v1/peers/health?probe=maybe')).status).toBe(400);
  });
});
