import { describe, expect, it } from 'vitest';
import { newId } from '../core/ids.ts';
import { generateNodeKeys, type NodeKeys } from '../identity/node-keys.ts';
import { openEnvelope, sealEnvelope, type Envelope, type OpeningContext } from './envelope.ts';

const NOW = 1_800_000_000;
const [alice, bob, mallory] = await Promise.all([generateNodeKeys(), generateNodeKeys(), generateNodeKeys()]);

function envelope(overrides: Partial<Envelope> = {}): Envelope {
  return {
    id: newId(),
    kind: 'exchange.query',
    sender: 'de-alice',
    receiver: 'fr-bob',
    agreement: 'agr-1',
    purpose: 'investigation',
    requester: 'p-123',
    iat: NOW,
    exp: NOW + 300,
    body: { name: 'Zoë Quintessence-Abernathy' },
    ...overrides,
  };
}
const seal = (e: Envelope, from: NodeKeys = alice, to: NodeKeys = bob) =>
  sealEnvelope(e, { signingKey: from.signing.privateKey, signingKeyId: from.signing.keyId }, { key: to.encryption.publicKey, keyId: to.encryption.keyId });

function bobOpens(overrides: Partial<OpeningContext> = {}): OpeningContext {
  return {
    nodeId: 'fr-bob',
    encryptionKey: bob.encryption.privateKey,
    senderKey: (kid) => (kid === alice.signing.keyId ? { nodeId: 'de-alice', key: alice.signing.publicKey } : null),
    now: NOW,
    skewSeconds: 300,
    ...overrides,
  };
}

describe('envelopes', () => {
  it('round-trips a signed and encrypted envelope that hides its content', async () => {
    const sent = envelope();
    const sealed = await seal(sent);
    expect(sealed.split('.')).toHaveLength(5);
    // Neither the name nor its base64url (as an unencrypted JWS would carry it) appears; short strings could by chance.
    expect(sealed).not.toContain('Quintessence');
    expect(sealed).not.toContain(Buffer.from('Quintessence-Abernathy').toString('base64url').slice(0, 16));
    expect(await openEnvelope(sealed, bobOpens())).toEqual(sent);
  });

  it('rejects tampered ciphertext', async () => {
    const parts = (await seal(envelope())).split('.');
    parts[3] = (parts[3][0] === 'A' ? 'B' : 'A') + parts[3].slice(1);
    await expect(openEnvelope(parts.join('.'), bobOpens())).rejects.toMatchObject({ reason: 'undecryptable' });
  });

  it('rejects an envelope for another node', async () => {
    await expect(openEnvelope(await seal(envelope(), alice, mallory), bobOpens())).rejects.toMatchObject({ reason: 'undecryptable' });
    await expect(openEnvelope(await seal(envelope({ receiver: 'it-carla' })), bobOpens())).rejects.toMatchObject({ reason: 'wrong_receiver' });
  });

  it('rejects a forged signature and an unknown key', async () => {
    const forged = await sealEnvelope(
      envelope(),
      { signingKey: mallory.signing.privateKey, signingKeyId: alice.signing.keyId },
      { key: bob.encryption.publicKey, keyId: bob.encryption.keyId },
    );
    await expect(openEnvelope(forged, bobOpens())).rejects.toMatchObject({ reason: 'bad_signature' });
    await expect(openEnvelope(await seal(envelope(), mallory), bobOpens())).rejects.toMatchObject({ reason: 'unknown_key' });
  });

  it('rejects a sender claiming to be another node', async () => {
    await expect(openEnvelope(await seal(envelope({ sender: 'it-carla' })), bobOpens())).rejects.toMatchObject({ reason: 'sender_mismatch' });
  });

  it('tolerates clock skew within limits, and rejects expired and future envelopes', async () => {
    const sealed = await seal(envelope());
    await expect(openEnvelope(sealed, bobOpens({ now: NOW + 300 + 240 }))).resolves.toBeTruthy();
    await expect(openEnvelope(sealed, bobOpens({ now: NOW - 240 }))).resolves.toBeTruthy();
    await expect(openEnvelope(sealed, bobOpens({ now: NOW + 300 + 301 }))).rejects.toMatchObject({ reason: 'expired' });
    await expect(openEnvelope(sealed, bobOpens({ now: NOW - 301 }))).rejects.toMatchObject({ reason: 'not_yet_valid' });
  });

  it('rejects malformed input without throwing anything else', async () => {
    for (const bad of ['', 'a.b.c', 'a.b.c.d.e', 'x'.repeat(50)]) {
      await expect(openEnvelope(bad, bobOpens())).rejects.toMatchObject({ code: 'envelope_rejected' });
    }
  });
});
