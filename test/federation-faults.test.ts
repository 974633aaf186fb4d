import { mkdtempSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/core/ids.ts';
import { sealEnvelope, type Envelope } from '../src/federation/envelope.ts';
import type { Peer } from '../src/federation/peers.ts';
import { PeerTransport } from '../src/federation/transport.ts';
import { loadNodeDirectory, type NodeDescriptor, type NodeIdentity } from '../src/identity/node-directory.ts';
import { ApiClient, waitFor } from '../src/node/api-client.ts';
import { demoTerms } from '../src/node/demo-federation.ts';
import { freePort, runCli, spawnCli, waitForOutput } from './support/cli.ts';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';

/**
 * Faults between two nodes, each a separate `liaison start` process talking
 * HTTPS: a peer down and back, duplicates, replays, tampering, forgery, skew,
 * malformed input, and agreements that no longer hold.
 */
describe('federation faults between separate node processes', () => {
  const base = mkdtempSync(join(tmpdir(), 'liaison-faults-'));
  const env = { LIAISON_KEY_PASSPHRASE: 'faults test passphrase', DATABASE_URL: '' };
  const dirs = { a: join(base, 'de-a'), b: join(base, 'fr-b') };
  const processes: Partial<Record<'a' | 'b', ChildProcess>> = {};
  const urls: Record<'a' | 'b', string> = { a: '', b: '' };
  const admins: Partial<Record<'a' | 'b', ApiClient>> = {};
  const passwords: Record<'a' | 'b', string> = { a: '', b: '' };
  let descriptors: Record<'a' | 'b', NodeDescriptor>;
  let identityA: NodeIdentity;

  async function start(which: 'a' | 'b'): Promise<void> {
    const child = spawnCli(['start', '--data-dir', dirs[which]], env);
    const [, url] = await waitForOutput(child, 'stdout', /listening on (http:\/\/[^\s,]+)/);
    processes[which] = child;
    urls[which] = url;
    admins[which] = await new ApiClient(url).signIn('admin', passwords[which]);
  }
  async function stop(which: 'a' | 'b'): Promise<void> {
    const child = processes[which]!;
    child.kill('SIGTERM');
    await once(child, 'close');
  }
  /** Seals an envelope as node A would, for B; `overrides` make it stale, skewed or odd. */
  async function sealFromA(overrides: Partial<Envelope> = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const bEnc = descriptors.b.keys.keys.find((k) => k.use === 'enc')!;
    return sealEnvelope(
      { id: newId(), kind: 'agreement.state', sender: 'de-a', receiver: 'fr-b', agreement: 'agr-none', purpose: null, requester: null, iat: now, exp: now + 300, body: {}, ...overrides },
      { signingKey: identityA.keys.signing.privateKey, signingKeyId: identityA.keys.signing.keyId },
      { key: createPublicKey({ key: bEnc as never, format: 'jwk' }), keyId: bEnc.kid! },
    );
  }
  /** Posts raw bytes to B's federation endpoint over pinned HTTPS, as a peer would. */
  async function post(sealed: string): Promise<{ status: number; body: string }> {
    const transport = new PeerTransport();
    try {
      return await transport.post({ descriptor: descriptors.b } as Peer, sealed);
    } finally {
      transport.close();
    }
  }
  async function auditOfB(action: string): Promise<{ actor: string; details: string }[]> {
    const dpo = await new ApiClient(urls.b).signIn('dpo-b', 'dpo password for b');
    const lines = await fetch(`${urls.b}/api/v1/audit/export?recipient=test`, { headers: { authorization: `Bearer ${(dpo as unknown as { token: string }).token}` } }).then((r) => r.text());
    return lines
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((e) => e.kind === 'entry' && e.action === action);
  }

  beforeAll(async () => {
    for (const [which, id, country] of [['a', 'de-a', 'DE'], ['b', 'fr-b', 'FR']] as const) {
      // Fixed ports: a node keeps its address across restarts, as partners pinned it.
      const ports = [String(await freePort()), String(await freePort())];
      const run = await runCli(['init', '--data-dir', dirs[which], '--node-id', id, '--country', country, '--agency', `Agency ${id}`, '--port', ports[0], '--federation-port', ports[1]], env);
      passwords[which] = /admin \/ (\S+)/.exec(run.stdout)![1];
    }
    await runCli(['officer', 'add', '--data-dir', dirs.b, '--username', 'dpo-b', '--display-name', 'DPO B', '--roles', 'data_protection_officer'], { ...env, LIAISON_OFFICER_PASSWORD: 'dpo password for b' });
    await Promise.all([start('a'), start('b')]);
    descriptors = { a: await admins.a!.call('GET', '/api/v1/node'), b: await admins.b!.call('GET', '/api/v1/node') };
    await admins.a!.call('POST', '/api/v1/peers', descriptors.b);
    await admins.b!.call('POST', '/api/v1/peers', descriptors.a);
    identityA = await loadNodeDirectory(dirs.a, { keyPassphrase: env.LIAISON_KEY_PASSPHRASE });
  }, 120_000);
  afterAll(async () => {
    for (const which of ['a', 'b'] as const) if (processes[which]?.exitCode === null) await stop(which);
  });

  it('delivers what was queued while the peer was down, once, when it is back', async () => {
    await stop('b');
    const keyIds = { 'de-a': descriptors.a.keys.keys.find((k) => k.use === 'sig')!.kid!, 'fr-b': descriptors.b.keys.keys.find((k) => k.use === 'sig')!.kid! };
    await admins.a!.call('POST', '/api/v1/agreements', { ...demoTerms(descriptors.a, descriptors.b, keyIds), id: 'agr-faults' });
    await new Promise((resolve) => setTimeout(resolve, 4000)); // several failed attempts, with backoff
    await start('b');
    const seen = await waitFor('the proposal to arrive at fr-b', async () => {
      const { agreements } = await admins.b!.call<{ agreements: { document: { id: string } }[] }>('GET', '/api/v1/agreements');
      return agreements.find((a) => a.document.id === 'agr-faults');
    }, 30_000);
    expect(seen).toBeTruthy();
    await admins.b!.call('POST', '/api/v1/agreements/agr-faults/signature');
    await waitFor('the agreement to take effect at de-a', async () => {
      const a = await admins.a!.call<{ effectiveState: string }>('GET', '/api/v1/agreements/agr-faults');
      return a.effectiveState === 'active' ? a : undefined;
    }, 30_000);
    expect((await auditOfB('agreement_proposed')).filter((e) => JSON.parse(e.details).agreement === 'agr-faults')).toHaveLength(1);
  }, 90_000);

  it('processes the same envelope delivered twice once', async () => {
    const sealed = await sealFromA({ kind: 'agreement.state', agreement: 'agr-faults', body: { agreementId: 'agr-faults', change: 'suspend', reason: 'duplicate test' } });
    const first = await post(sealed);
    const second = await post(sealed);
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(JSON.parse(second.body)).toMatchObject({ duplicate: true });
    expect((await auditOfB('agreement_suspended')).filter((e) => JSON.parse(e.details).reason === 'duplicate test')).toHaveLength(1);
    await admins.b!.call('POST', '/api/v1/agreements/agr-faults/state', { change: 'resume', reason: 'after duplicate test' });
  });

  it('rejects a replayed old envelope, tampered ciphertext and a forged signature, and audits each', async () => {
    const old = Math.floor(Date.now() / 1000) - 3600;
    const replayed = await post(await sealFromA({ iat: old, exp: old + 300 }));
    expect(replayed.status).toBe(400);
    expect(replayed.body).toMatch(/expired/);
    const parts = (await sealFromA()).split('.');
    parts[3] = (parts[3][0] === 'A' ? 'B' : 'A') + parts[3].slice(1);
    expect((await post(parts.join('.'))).status).toBe(400);
    const bEnc = descriptors.b.keys.keys.find((k) => k.use === 'enc')!;
    const now = Math.floor(Date.now() / 1000);
    const forged = await sealEnvelope(
      { id: newId(), kind: 'agreement.state', sender: 'de-a', receiver: 'fr-b', agreement: null, purpose: null, requester: null, iat: now, exp: now + 60, body: {} },
      // Signed with another key under A's key id: a forgery.
      { signingKey: generateKeyPairSync('ed25519').privateKey, signingKeyId: identityA.keys.signing.keyId },
      { key: createPublicKey({ key: bEnc as never, format: 'jwk' }), keyId: bEnc.kid! },
    );
    expect((await post(forged)).status).toBe(400);
    const reasons = (await auditOfB('envelope_rejected')).map((e) => JSON.parse(e.details).reason);
    expect(reasons).toEqual(expect.arrayContaining(['expired', 'undecryptable', 'bad_signature']));
  });

  it('tolerates a few minutes of clock skew between nodes', async () => {
    const ahead = Math.floor(Date.now() / 1000) + 4 * 60;
    const skewed = await post(await sealFromA({ iat: ahead, exp: ahead + 60, agreement: 'agr-faults', body: { agreementId: 'agr-faults', change: 'suspend', reason: 'skew test' } }));
    expect(skewed.status).toBe(202);
    await admins.b!.call('POST', '/api/v1/agreements/agr-faults/state', { change: 'resume', reason: 'after skew test' });
  });

  it('answers 400 to malformed envelopes and keeps running', async () => {
    for (const body of ['', 'not-a-jwe', 'a.b.c.d.e', '{"json": true}']) expect((await post(body)).status).toBe(400);
    expect((await fetch(`${urls.b}/health`)).status).toBe(200);
  });

  it('refuses queries under a revoked agreement, and tells the officer why', async () => {
    await admins.a!.call('POST', '/api/v1/officers', { username: 'officer-a', displayName: 'Officer A', roles: ['liaison_officer'], password: 'officer password a' });
    const officer = await new ApiClient(urls.a).signIn('officer-a', 'officer password a');
    const why = { 'liaison-purpose': 'investigation', 'liaison-justification': 'case FAULTS-1' };
    const query = { partners: ['fr-b'], criteria: { recordType: 'person', name: 'Nobody Here' } };
    const before = await officer.call<{ results: { outcome: string }[] }>('POST', '/api/v1/exchange/queries', query, why);
    expect(before.results[0].outcome).toBe('no_hit');
    // A purpose outside the agreement: refused before anything leaves, and the officer is told why.
    const outside = await officer.call<{ results: { outcome: string; reasons: string[] }[] }>('POST', '/api/v1/exchange/queries', query, {
      ...why,
      'liaison-purpose': 'execution_of_penalties',
    });
    expect(outside.results[0]).toMatchObject({ outcome: 'refused' });
    expect(outside.results[0].reasons.join()).toMatch(/purpose execution_of_penalties is not among the agreed purposes/);
    await admins.b!.call('POST', '/api/v1/agreements/agr-faults/state', { change: 'revoke', reason: 'partner breached the terms' });
    // At once the owner refuses under the revoked agreement; once the revocation reached de-a, de-a refuses before sending.
    const atOwner = await officer.call<{ results: { outcome: string; reasons: string[] }[] }>('POST', '/api/v1/exchange/queries', query, why);
    expect(atOwner.results[0].outcome).toBe('refused');
    expect(atOwner.results[0].reasons.join()).toMatch(/agr-faults is not in force|no agreement with fr-b is in force/);
    const local = await waitFor('the revocation to reach de-a', async () => {
      const r = await officer.call<{ results: { outcome: string; reasons: string[] }[] }>('POST', '/api/v1/exchange/queries', query, why);
      return r.results[0].reasons.join().includes('no agreement with fr-b is in force') ? r : undefined;
    }, 30_000);
    expect(local.results[0].outcome).toBe('refused');
  }, 60_000);
});
