import { createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import type { Actor } from '../core/context.ts';
import type { Federation } from './federation.ts';
import { LiaisonError, invalidInput } from '../core/errors.ts';
import type { NodeDescriptor } from '../identity/node-directory.ts';
import { requirePermission } from '../identity/officers.ts';
import { certificateFingerprint } from '../identity/tls.ts';
import { parseInput } from '../model/parse.ts';
import { CountryCode, NodeId, text } from '../model/primitives.ts';
import type { Queryable } from '../store/database.ts';

const Jwk = z.looseObject({ kty: z.string(), crv: z.string(), x: z.string(), kid: z.string(), use: z.enum(['sig', 'enc']), alg: z.string().optional() });

/** A partner node's descriptor, as exported by `liaison node descriptor` on its side. */
export const PeerDescriptor = z.strictObject({
  nodeId: NodeId,
  country: CountryCode,
  agency: text(200),
  endpoints: z.strictObject({ api: z.url(), federation: z.url() }),
  keys: z.strictObject({ keys: z.array(Jwk).min(2).max(10) }),
  tlsCertificate: z.string().min(100).max(20_000),
});

/** A partner node with its pinned keys ready for use. */
export interface Peer {
  descriptor: NodeDescriptor;
  signingKeyId: string;
  signingKey: KeyObject;
  encryptionKeyId: string;
  encryptionKey: KeyObject;
}

async function toPeer(descriptor: NodeDescriptor): Promise<Peer> {
  const sig = descriptor.keys.keys.find((k) => k.use === 'sig' && k.crv === 'Ed25519');
  const enc = descriptor.keys.keys.find((k) => k.use === 'enc' && k.crv === 'X25519');
  if (!sig || !enc) throw invalidInput('a descriptor needs an Ed25519 signing key and an X25519 encryption key', [{ path: 'keys', message: 'missing key' }]);
  for (const key of [sig, enc]) {
    if ((await calculateJwkThumbprint(key as JWK)) !== key.kid) throw invalidInput(`key ${key.kid} is not named by its thumbprint`, [{ path: 'keys', message: 'kid mismatch' }]);
  }
  try {
    new X509Certificate(descriptor.tlsCertificate);
  } catch {
    throw invalidInput('the TLS certificate is not a PEM certificate', [{ path: 'tlsCertificate', message: 'not a certificate' }]);
  }
  const publicKey = (jwk: typeof sig) => createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' });
  return { descriptor, signingKeyId: sig.kid!, signingKey: publicKey(sig), encryptionKeyId: enc.kid!, encryptionKey: publicKey(enc) };
}

/**
 * The partner nodes this node knows, with their pinned keys. Loaded from the
 * database; reloaded when a peer is added or removed.
 */
export class PeerDirectory {
  private byNode = new Map<string, Peer>();
  private bySigningKey = new Map<string, Peer>();

  /** Reads every peer from the database. */
  async load(db: Queryable): Promise<this> {
    const rows = await db.query<{ descriptor: NodeDescriptor }>('SELECT descriptor FROM peers ORDER BY node_id');
    const peers = await Promise.all(rows.map((r) => toPeer(r.descriptor)));
    this.byNode = new Map(peers.map((p) => [p.descriptor.nodeId, p]));
    this.bySigningKey = new Map(peers.map((p) => [p.signingKeyId, p]));
    return this;
  }

  /** The peer with this node id, or a `not_found` error. */
  get(nodeId: string): Peer {
    const peer = this.byNode.get(nodeId);
    if (!peer) throw new LiaisonError('not_found', `${nodeId} is not a known peer`);
    return peer;
  }

  /** The peer whose pinned signing key has this id, or null. */
  bySigningKeyId(keyId: string): Peer | null {
    return this.bySigningKey.get(keyId) ?? null;
  }

  all(): Peer[] {
    return [...this.byNode.values()];
  }
}

/** Adds (or replaces) a partner node from its descriptor; an administrator's act, audited. */
export async function addPeer(federation: Federation, actor: Actor, input: unknown): Promise<Peer> {
  const { ctx } = federation;
  requirePermission(actor, 'peers:manage');
  const descriptor = parseInput(PeerDescriptor, input, 'invalid peer descriptor') as NodeDescriptor;
  if (descriptor.nodeId === ctx.nodeId) throw invalidInput('a node cannot be its own peer', [{ path: 'nodeId', message: 'is this node' }]);
  const peer = await toPeer(descriptor);
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO peers (node_id, descriptor, added_at) VALUES ($1, $2, $3)
       ON CONFLICT (node_id) DO UPDATE SET descriptor = EXCLUDED.descriptor, added_at = EXCLUDED.added_at`,
      [descriptor.nodeId, JSON.stringify(descriptor), ctx.clock.now().toISOString()],
    );
    await appendAudit(tx, ctx.clock, [
      {
        actor: actor.id,
        action: 'peer_added',
        details: { nodeId: descriptor.nodeId, signingKey: peer.signingKeyId, tlsFingerprint: certificateFingerprint(descriptor.tlsCertificate) },
      },
    ]);
  });
  federation.transport.forget(descriptor.nodeId);
  await federation.peers.load(ctx.db);
  return peer;
}

/** Removes a partner node: its keys are no longer trusted, so its envelopes are rejected. */
export async function removePeer(federation: Federation, actor: Actor, nodeId: string): Promise<void> {
  const { ctx } = federation;
  requirePermission(actor, 'peers:manage');
  await ctx.db.transaction(async (tx) => {
    const removed = await tx.query('DELETE FROM peers WHERE node_id = $1 RETURNING node_id', [nodeId]);
    if (removed.length === 0) throw new LiaisonError('not_found', `${nodeId} is not a known peer`);
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'peer_removed', details: { nodeId } }]);
  });
  federation.transport.forget(nodeId);
  await federation.peers.load(ctx.db);
}
