import type { KeyObject } from 'node:crypto';
import { CompactEncrypt, CompactSign, compactDecrypt, compactVerify, decodeProtectedHeader } from 'jose';
import { z } from 'zod';
import { LiaisonError } from '../core/errors.ts';
import { NodeId } from '../model/primitives.ts';

/** What every envelope says about itself, besides its body (ARCHITECTURE.md: envelope). */
export const EnvelopeClaims = z.strictObject({
  id: z.uuid(),
  kind: z.string().regex(/^[a-z]+(\.[a-z_]+)+$/),
  sender: NodeId,
  receiver: NodeId,
  agreement: z.string().max(100).nullable(),
  purpose: z.string().max(50).nullable(),
  /** The requesting officer, as a pseudonym only the sending node can resolve. */
  requester: z.string().max(100).nullable(),
  /** Issued at and expires at, seconds since the epoch. */
  iat: z.number().int(),
  exp: z.number().int(),
  body: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeClaims>;

/** The sender's keys for sealing. */
export interface SealingKeys {
  signingKey: KeyObject;
  signingKeyId: string;
}

/** The receiver's public encryption key, from its pinned descriptor. */
export interface RecipientKey {
  key: KeyObject;
  keyId: string;
}

/** Why an envelope was rejected; each is audited by the receiver. */
export type RejectionReason =
  | 'malformed'
  | 'undecryptable'
  | 'unknown_key'
  | 'bad_signature'
  | 'wrong_receiver'
  | 'sender_mismatch'
  | 'expired'
  | 'not_yet_valid'
  | 'replayed';

/** An envelope the receiver refuses, with the reason it names in its audit entry. */
export class EnvelopeRejected extends LiaisonError {
  constructor(
    readonly reason: RejectionReason,
    message: string,
  ) {
    super('envelope_rejected', message);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Signs the envelope with the sender's Ed25519 key (JWS, EdDSA), then encrypts it to the receiver (JWE, ECDH-ES with X25519, A256GCM). */
export async function sealEnvelope(envelope: Envelope, sender: SealingKeys, recipient: RecipientKey): Promise<string> {
  const jws = await new CompactSign(encoder.encode(JSON.stringify(envelope)))
    .setProtectedHeader({ alg: 'EdDSA', kid: sender.signingKeyId, typ: 'liaison-envelope+jws' })
    .sign(sender.signingKey);
  return new CompactEncrypt(encoder.encode(jws))
    .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM', kid: recipient.keyId, cty: 'JWS' })
    .encrypt(recipient.key);
}

/** What the receiver needs to open envelopes: its own keys and the pinned signing keys of its peers. */
export interface OpeningContext {
  nodeId: string;
  encryptionKey: KeyObject;
  /** The pinned signing key with this key id, and the node it belongs to; null when unknown. */
  senderKey(keyId: string): { nodeId: string; key: KeyObject } | null;
  /** Now, in seconds since the epoch. */
  now: number;
  /** Tolerated clock difference between nodes, in seconds. */
  skewSeconds: number;
}

/**
 * Decrypts and verifies an envelope: the signature must be by a pinned key of
 * the node named as sender, the receiver must be this node, and the envelope
 * must be within its validity (with clock skew tolerated). Replay is checked
 * by the inbox, which remembers message ids.
 */
export async function openEnvelope(sealed: string, ctx: OpeningContext): Promise<Envelope> {
  if (typeof sealed !== 'string' || sealed.length > 10_000_000 || sealed.split('.').length !== 5) {
    throw new EnvelopeRejected('malformed', 'not a compact JWE');
  }
  let jws: string;
  try {
    jws = decoder.decode((await compactDecrypt(sealed, ctx.encryptionKey)).plaintext);
  } catch {
    throw new EnvelopeRejected('undecryptable', 'the envelope cannot be decrypted with this node’s key: tampered or not for this node');
  }
  let keyId: unknown;
  try {
    keyId = decodeProtectedHeader(jws).kid;
  } catch {
    throw new EnvelopeRejected('malformed', 'the inner JWS is malformed');
  }
  const sender = typeof keyId === 'string' ? ctx.senderKey(keyId) : null;
  if (!sender) throw new EnvelopeRejected('unknown_key', `signed with an unknown or revoked key ${String(keyId)}`);
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jws, sender.key, { algorithms: ['EdDSA'] }));
  } catch {
    throw new EnvelopeRejected('bad_signature', 'the signature does not verify');
  }
  let parsed: z.ZodSafeParseResult<Envelope>;
  try {
    parsed = EnvelopeClaims.safeParse(JSON.parse(decoder.decode(payload)));
  } catch {
    throw new EnvelopeRejected('malformed', 'the signed payload is not JSON');
  }
  if (!parsed.success) throw new EnvelopeRejected('malformed', `bad envelope fields: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  const envelope = parsed.data;
  if (envelope.sender !== sender.nodeId) throw new EnvelopeRejected('sender_mismatch', `claims to come from ${envelope.sender} but is signed by ${sender.nodeId}`);
  if (envelope.receiver !== ctx.nodeId) throw new EnvelopeRejected('wrong_receiver', `addressed to ${envelope.receiver}`);
  if (envelope.exp + ctx.skewSeconds < ctx.now) throw new EnvelopeRejected('expired', 'the envelope has expired');
  if (envelope.iat - ctx.skewSeconds > ctx.now) throw new EnvelopeRejected('not_yet_valid', 'the envelope was issued in the future');
  return envelope;
}
