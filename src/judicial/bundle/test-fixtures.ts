import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK } from 'jose';
import { FixedClock } from '../../core/clock.ts';
import type { BundleInput, SignerRole } from './schema.ts';
import type { BundleSigner } from './sign.ts';
import type { BundleKeyResolver } from './verify.ts';

/** Test support: a clock, authorities with fresh Ed25519 keys, and a small EAW bundle input. */
export const clock = new FixedClock(new Date('2025-03-04T10:00:00Z'));

export const issuer = { nodeId: 'de-gsta-koeln', authority: 'Generalstaatsanwaltschaft Köln' };
export const recipient = { nodeId: 'fr-pg-paris', authority: 'Parquet général de Paris' };

/** Base64 of a UTF-8 string. */
export const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** A signer with a fresh key, and its public key. */
export async function makeSigner(who: { nodeId: string; authority: string }, role: SignerRole): Promise<{ signer: BundleSigner; publicKey: KeyObject }> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keyId = await calculateJwkThumbprint(await exportJWK(publicKey));
  return { signer: { ...who, role, privateKey, keyId }, publicKey };
}

/** Resolves keys from a list of signers, only for the node each belongs to. */
export function resolverOf(...known: { signer: BundleSigner; publicKey: KeyObject }[]): BundleKeyResolver {
  return ({ kid, nodeId }) => known.find((k) => k.signer.keyId === kid && k.signer.nodeId === nodeId)?.publicKey;
}

/** A European Arrest Warrant with its decision, a translation and an evidence photo. */
export function eawInput(): BundleInput {
  return {
    requestId: 'req-2025-0042',
    requestType: 'eaw',
    issuer,
    recipient,
    documents: [
      { id: 'form-1', kind: 'form', title: 'European Arrest Warrant', mediaType: 'application/json', language: 'de', content: b64('{"person":"X"}') },
      { id: 'decision-1', kind: 'decision', title: 'Decision on surrender', mediaType: 'application/pdf', language: 'de', content: b64('%PDF-1.7 Haftbefehl') },
      { id: 'translation-1', kind: 'translation', title: 'Mandat d’arrêt européen', mediaType: 'text/plain', language: 'fr', translationOf: 'form-1', content: b64('Mandat') },
      { id: 'evidence-1', kind: 'evidence', title: 'Photograph', mediaType: 'image/jpeg', content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64') },
    ],
  };
}
