import { createHash, createPrivateKey, createPublicKey, diffieHellman, randomBytes, type KeyObject } from 'node:crypto';
import { invalidInput } from '../../core/errors.ts';

/**
 * The group of the private set intersection: X25519 (RFC 7748) used as a
 * commutative cipher on u-coordinates, computed natively by node:crypto.
 * X25519(a, X25519(b, u)) = X25519(b, X25519(a, u)) for any u: scalars are
 * clamped to multiples of the cofactor 8, and the ladder works on the curve
 * and on its twist alike (docs/architecture.md: Private cross-matching).
 */

/** Bytes of one group element (a u-coordinate). */
export const ELEMENT_BYTES = 32;
/** Bytes kept of a doubly blinded element for comparison: 128 bits make a false match negligible and halve the traffic. */
export const TAG_BYTES = 16;

/** Domain separation of the hash to the group: a key of this protocol hashes to nothing else's. */
const DOMAIN = 'liaison/psi/x25519/v1\u0000';
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
/** Elements blinded between yields to the event loop, so a node keeps answering while it computes. */
const SLICE = 2000;

/** A run's secret blinding scalar, fresh per run, never stored or sent. */
export type BlindingKey = KeyObject;

/** A fresh secret scalar for one run. */
export function newBlindingKey(): BlindingKey {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, randomBytes(32)]), format: 'der', type: 'pkcs8' });
}

/**
 * Hashes a linkage key to a group element: SHA-256 of the domain and the key,
 * the top bit cleared (a uniformly random u-coordinate of the curve or its twist).
 */
export function hashToElement(key: string): Buffer {
  const u = createHash('sha256').update(DOMAIN).update(key, 'utf8').digest();
  u[31] &= 0x7f;
  return u;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Raises every element to the secret scalar (X25519). An element of small
 * order (the all-zero result) is refused: it can only come from a peer that deviates.
 */
export async function blindElements(secret: BlindingKey, elements: readonly Uint8Array[]): Promise<Buffer[]> {
  const out: Buffer[] = new Array(elements.length);
  for (let start = 0; start < elements.length; start += SLICE) {
    if (start > 0) await yieldToLoop();
    const end = Math.min(elements.length, start + SLICE);
    for (let i = start; i < end; i++) {
      try {
        const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(elements[i]).toString('base64url') }, format: 'jwk' });
        out[i] = diffieHellman({ privateKey: secret, publicKey });
      } catch {
        throw invalidInput(`element ${i} is not a usable group element`);
      }
    }
  }
  return out;
}

/** Hashes keys to the group and blinds them with the run's secret. */
export function blindKeys(secret: BlindingKey, keys: readonly string[]): Promise<Buffer[]> {
  return blindElements(secret, keys.map(hashToElement));
}

/** Packs elements of `size` bytes into one base64 string (compact on the wire). */
export function packElements(elements: readonly Uint8Array[], size: number): string {
  const buffer = Buffer.allocUnsafe(elements.length * size);
  elements.forEach((e, i) => buffer.set(e.subarray(0, size), i * size));
  return buffer.toString('base64');
}

/** Unpacks a base64 string of elements of `size` bytes; refuses a length that is not a multiple. */
export function unpackElements(packed: string, size: number): Buffer[] {
  const buffer = Buffer.from(packed, 'base64');
  if (buffer.length % size !== 0) throw invalidInput(`packed elements are not a multiple of ${size} bytes`);
  const out: Buffer[] = new Array(buffer.length / size);
  for (let i = 0; i < out.length; i++) out[i] = buffer.subarray(i * size, (i + 1) * size);
  return out;
}

/** Shuffles in place with a cryptographic random source (Fisher–Yates). */
export function secureShuffle<T>(items: T[]): T[] {
  const random = randomBytes(4 * items.length);
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.readUInt32LE(4 * i) % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
