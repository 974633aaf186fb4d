import { sign, verify } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.ts';
import type { NodeContext } from '../core/context.ts';
import { LiaisonError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { NodeKeys } from '../identity/node-keys.ts';
import type { Queryable } from '../store/database.ts';
import { EnvelopeRejected, openEnvelope, sealEnvelope, type Envelope } from './envelope.ts';
import type { PeerDirectory } from './peers.ts';
import { JOSE_MEDIA_TYPE, type PeerTransport } from './transport.ts';

/** What a sender says about a new envelope; the rest is filled in. */
export interface Outgoing {
  receiver: string;
  kind: string;
  body: unknown;
  agreement?: string | null;
  purpose?: string | null;
  requester?: string | null;
  /** How long the envelope stays valid; long for queued messages, short for queries. */
  ttlSeconds?: number;
}

/**
 * A handler of one kind of incoming envelope. It runs in the transaction that
 * records the envelope in the inbox; what it returns is sealed back to the
 * sender as the reply (for request/response kinds).
 */
export type EnvelopeHandler = (tx: Queryable, envelope: Envelope) => Promise<Reply | undefined>;

/**
 * A handler's reply: its body (an object; `inReplyTo` is added). Its kind is
 * the request's with `.reply` unless given; agreement and purpose are the request's.
 */
export type Reply = Partial<Omit<Outgoing, 'receiver' | 'body'>> & { body: Record<string, unknown> };

/** Seconds of clock difference tolerated between nodes. */
export const CLOCK_SKEW_SECONDS = 300;
const QUEUED_TTL_SECONDS = 7 * 24 * 3600;

/**
 * A node's side of the federation: sealing envelopes for peers, opening and
 * dispatching the ones that arrive (idempotently, with replay protection), and
 * sending requests that expect a reply.
 */
export class Federation {
  private readonly handlers = new Map<string, EnvelopeHandler>();

  constructor(
    readonly ctx: NodeContext,
    private readonly keys: NodeKeys,
    readonly peers: PeerDirectory,
    readonly transport: PeerTransport,
  ) {}

  /** This node's Ed25519 signing key, for signatures made in its name beyond envelopes (judicial document bundles). */
  get signingKey(): NodeKeys['signing'] {
    return this.keys.signing;
  }

  /** Signs bytes with this node's Ed25519 key (base64url). */
  sign(message: Uint8Array): string {
    return sign(null, message, this.keys.signing.privateKey).toString('base64url');
  }

  /** This node's signing key id. */
  get signingKeyId(): string {
    return this.keys.signing.keyId;
  }

  /** Checks a signature by `nodeId` (this node or a pinned peer) made with the key `keyId`. */
  verifySignature(nodeId: string, keyId: string, message: Uint8Array, signature: string): boolean {
    const key =
      nodeId === this.ctx.nodeId
        ? keyId === this.keys.signing.keyId
          ? this.keys.signing.publicKey
          : null
        : this.peers.bySigningKeyId(keyId)?.descriptor.nodeId === nodeId
          ? this.peers.bySigningKeyId(keyId)!.signingKey
          : null;
    if (!key) return false;
    try {
      return verify(null, message, key, Buffer.from(signature, 'base64url'));
    } catch {
      return false;
    }
  }

  /** Registers the handler of one envelope kind (e.g. `exchange.query`). */
  on(kind: string, handler: EnvelopeHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Builds, signs and encrypts an envelope for a peer. */
  async seal(outgoing: Outgoing): Promise<{ envelope: Envelope; sealed: string }> {
    const peer = this.peers.get(outgoing.receiver);
    const now = Math.floor(this.ctx.clock.now().getTime() / 1000);
    const envelope: Envelope = {
      id: newId(),
      kind: outgoing.kind,
      sender: this.ctx.nodeId,
      receiver: outgoing.receiver,
      agreement: outgoing.agreement ?? null,
      purpose: outgoing.purpose ?? null,
      requester: outgoing.requester ?? null,
      iat: now,
      exp: now + (outgoing.ttlSeconds ?? QUEUED_TTL_SECONDS),
      body: outgoing.body,
    };
    const sealed = await sealEnvelope(
      envelope,
      { signingKey: this.keys.signing.privateKey, signingKeyId: this.keys.signing.keyId },
      { key: peer.encryptionKey, keyId: peer.encryptionKeyId },
    );
    return { envelope, sealed };
  }

  /** Opens an envelope from a peer: decrypts, verifies and checks its validity. */
  open(sealed: string): Promise<Envelope> {
    return openEnvelope(sealed, {
      nodeId: this.ctx.nodeId,
      encryptionKey: this.keys.encryption.privateKey,
      senderKey: (keyId) => {
        const peer = this.peers.bySigningKeyId(keyId);
        return peer ? { nodeId: peer.descriptor.nodeId, key: peer.signingKey } : null;
      },
      now: Math.floor(this.ctx.clock.now().getTime() / 1000),
      skewSeconds: CLOCK_SKEW_SECONDS,
    });
  }

  /**
   * Takes an envelope that arrived: opens it, then in one transaction records
   * its id in the inbox (a second delivery is acknowledged and not processed
   * again) and runs its handler. A rejection is audited and rethrown.
   * Returns the sealed reply, or null for a duplicate or a kind without reply.
   */
  async receive(sealed: string): Promise<{ reply: string | null; duplicate: boolean }> {
    let envelope: Envelope;
    try {
      envelope = await this.open(sealed);
    } catch (error) {
      if (error instanceof EnvelopeRejected) await this.auditRejection(error);
      throw error;
    }
    const handler = this.handlers.get(envelope.kind);
    if (!handler) {
      const rejection = new EnvelopeRejected('malformed', `this node does not handle ${envelope.kind}`);
      await this.auditRejection(rejection, envelope);
      throw rejection;
    }
    const outcome = await this.ctx.db
      .transaction(async (tx) => {
        const fresh = await tx.query(
          `INSERT INTO inbox (message_id, sender, kind, received_at, expires_at) VALUES ($1, $2, $3, $4, to_timestamp($5))
           ON CONFLICT (message_id) DO NOTHING RETURNING message_id`,
          [envelope.id, envelope.sender, envelope.kind, this.ctx.clock.now().toISOString(), envelope.exp + CLOCK_SKEW_SECONDS],
        );
        if (fresh.length === 0) return { reply: undefined, duplicate: true };
        return { reply: await handler(tx, envelope), duplicate: false };
      })
      .catch(async (error) => {
        // The handler's transaction is rolled back: its refusal is recorded here, after it.
        if (error instanceof EnvelopeRejected) await this.auditRejection(error, envelope);
        else if (error instanceof LiaisonError && error.code !== 'conflict') await this.auditRefusal(error, envelope);
        throw error;
      });
    if (!outcome.reply) return { reply: null, duplicate: outcome.duplicate };
    const body = { inReplyTo: envelope.id, ...outcome.reply.body };
    const reply: Outgoing = {
      kind: `${envelope.kind}.reply`,
      agreement: envelope.agreement,
      purpose: envelope.purpose,
      ttlSeconds: 120,
      ...outcome.reply,
      receiver: envelope.sender,
      body,
    };
    return { reply: (await this.seal(reply)).sealed, duplicate: false };
  }

  /** Forgets the ids of envelopes past their validity: a replay of one is rejected as expired anyway. */
  async pruneInbox(): Promise<number> {
    const pruned = await this.ctx.db.query('DELETE FROM inbox WHERE expires_at < $1 RETURNING message_id', [this.ctx.clock.now().toISOString()]);
    return pruned.length;
  }

  private async auditRefusal(error: LiaisonError, envelope: Envelope): Promise<void> {
    await this.ctx.db.transaction((tx) =>
      appendAudit(tx, this.ctx.clock, [
        {
          actor: `node:${envelope.sender}`,
          action: 'request_refused',
          purpose: envelope.purpose ?? undefined,
          details: { kind: envelope.kind, messageId: envelope.id, agreement: envelope.agreement, code: error.code, message: error.message },
        },
      ]),
    );
  }

  private async auditRejection(error: EnvelopeRejected, envelope?: Envelope): Promise<void> {
    await this.ctx.db.transaction((tx) =>
      appendAudit(tx, this.ctx.clock, [
        {
          actor: envelope ? `node:${envelope.sender}` : 'node:unknown',
          action: 'envelope_rejected',
          details: { reason: error.reason, message: error.message, ...(envelope && { messageId: envelope.id, kind: envelope.kind }) },
        },
      ]),
    );
  }

  /**
   * Sends a request envelope and waits for the peer's sealed reply, which it
   * opens and returns. Used for hit/no-hit queries, which must be answered now.
   */
  async request(outgoing: Outgoing): Promise<Envelope> {
    const { envelope, sealed } = await this.seal({ ttlSeconds: 120, ...outgoing });
    const response = await this.transport.post(this.peers.get(outgoing.receiver), sealed);
    if (response.status !== 200 || !response.contentType.startsWith(JOSE_MEDIA_TYPE)) {
      throw new LiaisonError('peer_unavailable', `${outgoing.receiver} answered ${response.status}: ${response.body.slice(0, 300)}`);
    }
    const reply = await this.open(response.body);
    if (reply.sender !== outgoing.receiver) throw new EnvelopeRejected('sender_mismatch', `the reply came from ${reply.sender}`);
    const inReplyTo = (reply.body as { inReplyTo?: unknown } | null)?.inReplyTo;
    if (inReplyTo !== envelope.id) throw new EnvelopeRejected('malformed', 'the reply does not answer this request');
    return reply;
  }
}
