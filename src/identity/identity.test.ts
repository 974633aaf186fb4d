import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/support/backends.ts';
import { officer, testContext } from '../../test/support/context.ts';
import type { Database } from '../store/database.ts';
import { initNodeDirectory, loadNodeDirectory, nodeDescriptor, readNodePublic } from './node-directory.ts';
import { jwksVerifier, nodeSigner } from './node-keys.ts';
import { authenticate, createOfficer, signIn, signOut } from './officers.ts';
import { hashPassword, verifyPassword } from './password.ts';

describe('node identity', () => {
  it('creates keys encrypted at rest, serves them as a JWKS, and unlocks them only with the passphrase', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-node-'));
    const env = { keyPassphrase: 'correct horse battery staple' };
    const created = await initNodeDirectory(dir, { nodeId: 'de-bka', country: 'DE', agency: 'Test Agency' }, env);
    const pem = readFileSync(join(dir, 'keys', 'signing.key.pem'), 'utf8');
    expect(pem).toContain('ENCRYPTED PRIVATE KEY');
    expect(statSync(join(dir, 'keys', 'signing.key.pem')).mode & 0o077).toBe(0);
    await expect(loadNodeDirectory(dir, { keyPassphrase: 'wrong' })).rejects.toMatchObject({ code: 'unauthenticated' });
    const loaded = await loadNodeDirectory(dir, env);
    expect(loaded.keys.signing.keyId).toBe(created.keys.signing.keyId);
    const { jwks } = await readNodePublic(dir);
    expect(jwks.keys.map((k) => [k.crv, k.use, k.alg])).toEqual([
      ['Ed25519', 'sig', 'EdDSA'],
      ['X25519', 'enc', 'ECDH-ES'],
    ]);
    expect(jwks.keys.some((k) => 'd' in k)).toBe(false);
    const message = new TextEncoder().encode('hello');
    const signature = nodeSigner(loaded.keys).sign(message);
    expect(jwksVerifier(jwks).verify(loaded.keys.signing.keyId, message, signature)).toBe(true);
    expect(jwksVerifier(jwks).verify(loaded.keys.signing.keyId, new TextEncoder().encode('hullo'), signature)).toBe(false);
    expect(nodeDescriptor(loaded)).toMatchObject({ nodeId: 'de-bka', country: 'DE', endpoints: { api: 'http://127.0.0.1:7400' } });
  });

  it('makes a key file when no passphrase is given, and refuses a second init', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-node-'));
    await initNodeDirectory(dir, { nodeId: 'fr-pn', country: 'FR', agency: 'Test' }, {});
    expect(statSync(join(dir, 'keys', 'passphrase')).mode & 0o077).toBe(0);
    await expect(loadNodeDirectory(dir, {})).resolves.toBeTruthy();
    await expect(initNodeDirectory(dir, { nodeId: 'fr-pn', country: 'FR', agency: 'Test' }, {})).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses a short passphrase, and a data directory other users can open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-node-'));
    await expect(initNodeDirectory(dir, { nodeId: 'de-x', country: 'DE', agency: 'T' }, { keyPassphrase: 'short' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const open = join(mkdtempSync(join(tmpdir(), 'liaison-node-')), 'node');
    mkdirSync(open, { mode: 0o755 });
    await initNodeDirectory(open, { nodeId: 'de-x', country: 'DE', agency: 'T' }, {});
    expect(statSync(open).mode & 0o077).toBe(0);
    chmodSync(open, 0o755);
    await expect(loadNodeDirectory(open, {})).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('rejects a bad configuration naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-node-'));
    await expect(initNodeDirectory(dir, { nodeId: 'Bad Id', country: 'QQ', agency: 'x' }, {})).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'nodeId' }), expect.objectContaining({ path: 'country' })],
    });
  });
});

describe('passwords', () => {
  it('hashes with scrypt and a salt, and verifies only the right password', async () => {
    const a = await hashPassword('a long enough password');
    const b = await hashPassword('a long enough password');
    expect(a).toMatch(/^scrypt\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('a long enough password', a)).toBe(true);
    expect(await verifyPassword('a long enough passworD', a)).toBe(false);
  });
});

describe.each(testBackends())('officers and sessions on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
  });
  afterAll(() => dispose());

  it('signs in, authenticates the token until it expires or is signed out, and audits both outcomes', async () => {
    const ctx = testContext(db);
    const admin = officer('administrator');
    await createOfficer(ctx, admin, { username: 'erika', displayName: 'Erika M.', roles: ['analyst'], password: 'twelve chars or more' });
    await expect(signIn(ctx, { username: 'erika', password: 'wrong password!' }, 60)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(signIn(ctx, { username: 'nobody', password: 'twelve chars or more' }, 60)).rejects.toMatchObject({ code: 'unauthenticated' });
    const session = await signIn(ctx, { username: 'erika', password: 'twelve chars or more' }, 60);
    expect(await authenticate(ctx, session.token)).toMatchObject({ username: 'erika', roles: ['analyst'] });
    expect(await authenticate(ctx, session.token + 'x')).toBeNull();
    ctx.clock.advance(61 * 60_000);
    expect(await authenticate(ctx, session.token)).toBeNull();
    const again = await signIn(ctx, { username: 'erika', password: 'twelve chars or more' }, 60);
    await signOut(ctx, again.token);
    expect(await authenticate(ctx, again.token)).toBeNull();
    const actions = await db.query<{ action: string }>(`SELECT action FROM audit_log WHERE action LIKE 'sign_in%' ORDER BY seq`);
    expect(actions.map((a) => a.action)).toEqual(['sign_in_refused', 'sign_in_refused', 'sign_in', 'sign_in']);
  });

  it('lets only administrators create officers, with unique usernames and strong enough passwords', async () => {
    const ctx = testContext(db);
    await expect(
      createOfficer(ctx, officer('supervisor'), { username: 'x1', displayName: 'X', roles: ['analyst'], password: 'twelve chars or more' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      createOfficer(ctx, officer('administrator'), { username: 'short', displayName: 'X', roles: ['analyst'], password: 'short' }),
    ).rejects.toMatchObject({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'password' })] });
    await createOfficer(ctx, officer('administrator'), { username: 'dup', displayName: 'X', roles: ['analyst'], password: 'twelve chars or more' });
    await expect(
      createOfficer(ctx, officer('administrator'), { username: 'dup', displayName: 'Y', roles: ['analyst'], password: 'twelve chars or more' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});
