import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import type { Signer, SignatureVerifier } from '../audit/checkpoint.ts';
import { LiaisonError } from '../core/errors.ts';

/** A node's key pairs: Ed25519 to sign, X25519 to receive encrypted envelopes. */
export interface NodeKeys {
  signing: { privateKey: KeyObject; publicKey: KeyObject; keyId: string };
  encryption: { privateKey: KeyObject; publicKey: KeyObject; keyId: string };
}

/** The private keys as stored at rest: PKCS#8 PEM, encrypted with AES-256-CBC under the passphrase. */
export interface EncryptedKeyFiles {
  signingKeyPem: string;
  encryptionKeyPem: string;
}

/** A public JSON Web Key Set. */
export interface Jwks {
  keys: JWK[];
}

async function keyId(publicKey: KeyObject): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(publicKey));
}

/** Makes a new Ed25519 signing key and X25519 encryption key. */
export async function generateNodeKeys(): Promise<NodeKeys> {
  const signing = generateKeyPairSync('ed25519');
  const encryption = generateKeyPairSync('x25519');
  return {
    signing: { ...signing, keyId: await keyId(signing.publicKey) },
    encryption: { ...encryption, keyId: await keyId(encryption.publicKey) },
  };
}

/** Encrypts the private keys with `passphrase` for storage. */
export function encryptKeys(keys: NodeKeys, passphrase: string): EncryptedKeyFiles {
  const options = { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase } as const;
  return {
    signingKeyPem: keys.signing.privateKey.export(options) as string,
    encryptionKeyPem: keys.encryption.privateKey.export(options) as string,
  };
}

/** Decrypts stored private keys; a wrong passphrase is an `unauthenticated` error. */
export async function decryptKeys(files: EncryptedKeyFiles, passphrase: string): Promise<NodeKeys> {
  let signingKey: KeyObject;
  let encryptionKey: KeyObject;
  try {
    signingKey = createPrivateKey({ key: files.signingKeyPem, format: 'pem', passphrase });
    encryptionKey = createPrivateKey({ key: files.encryptionKeyPem, format: 'pem', passphrase });
  } catch {
    throw new LiaisonError('unauthenticated', 'the node keys could not be decrypted: wrong passphrase or key file');
  }
  const signingPublic = createPublicKey(signingKey);
  const encryptionPublic = createPublicKey(encryptionKey);
  return {
    signing: { privateKey: signingKey, publicKey: signingPublic, keyId: await keyId(signingPublic) },
    encryption: { privateKey: encryptionKey, publicKey: encryptionPublic, keyId: await keyId(encryptionPublic) },
  };
}

/** The public keys as a JWKS, with `use` and `alg` so that peers know what each is for. */
export async function publicJwks(keys: NodeKeys): Promise<Jwks> {
  const signing = await exportJWK(keys.signing.publicKey);
  const encryption = await exportJWK(keys.encryption.publicKey);
  return {
    keys: [
      { ...signing, kid: keys.signing.keyId, use: 'sig', alg: 'EdDSA' },
      { ...encryption, kid: keys.encryption.keyId, use: 'enc', alg: 'ECDH-ES' },
    ],
  };
}

/** A signer over the node's Ed25519 key (base64url signatures). */
export function nodeSigner(keys: NodeKeys): Signer {
  return {
    keyId: keys.signing.keyId,
    sign: (message) => sign(null, message, keys.signing.privateKey).toString('base64url'),
  };
}

/** Checks Ed25519 signatures against the signing keys of a JWKS. */
export function jwksVerifier(jwks: Jwks): SignatureVerifier {
  const keys = new Map<string, KeyObject>();
  for (const jwk of jwks.keys) {
    if (jwk.use === 'sig' && jwk.kid) keys.set(jwk.kid, createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' }));
  }
  return {
    verify(kid, message, signature) {
      const key = keys.get(kid);
      if (!key) return false;
      try {
        return verify(null, message, key, Buffer.from(signature, 'base64url'));
      } catch {
        return false;
      }
    },
  };
}
