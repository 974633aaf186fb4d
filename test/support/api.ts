import { createApp } from '../../src/api/app.ts';
import { createOfficer, signIn } from '../../src/identity/officers.ts';
import { generateNodeKeys, jwksVerifier, publicJwks } from '../../src/identity/node-keys.ts';
import type { Role } from '../../src/identity/roles.ts';
import { ROLES } from '../../src/identity/roles.ts';
import type { Database } from '../../src/store/database.ts';
import { Federation } from '../../src/federation/federation.ts';
import { PeerDirectory } from '../../src/federation/peers.ts';
import { PeerTransport } from '../../src/federation/transport.ts';
import { officer, testContext } from './context.ts';

const PASSWORD = 'test password 123';

/**
 * The node's HTTP app over `db`, in process (requests through `app.request`),
 * with one signed-in officer a role: `tokens.analyst`, `tokens.administrator`…
 */
export async function testApi(db: Database, maxBodyBytes = 64 * 1024) {
  const ctx = testContext(db);
  const keys = await generateNodeKeys();
  const jwks = await publicJwks(keys);
  const app = createApp({
    ctx,
    descriptor: () => ({ nodeId: ctx.nodeId, country: 'LU', agency: 'Test', endpoints: { api: 'http://127.0.0.1:0', federation: 'https://127.0.0.1:0' }, keys: jwks, tlsCertificate: '' }),
    federation: new Federation(ctx, keys, await new PeerDirectory().load(db), new PeerTransport()),
    readAnchor: async () => null,
    jwks,
    verifier: jwksVerifier(jwks),
    sessionMinutes: 60,
    maxBodyBytes,
  });
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    const username = `${role.replace(/_/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
    await createOfficer(ctx, officer('administrator'), { username, displayName: role, roles: [role], password: PASSWORD });
    tokens[role] = (await signIn(ctx, { username, password: PASSWORD }, 60)).token;
  }
  /** Sends a request as the officer of `role` (or unauthenticated when null). */
  const call = (role: Role | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: {
        ...(role && { authorization: `Bearer ${tokens[role]}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, ctx, tokens, call };
}

/** The headers of a justified consultation. */
export const WHY_HEADERS = { 'liaison-purpose': 'investigation', 'liaison-justification': 'case TEST-2026-001' };
