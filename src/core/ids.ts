import { randomBytes, randomUUID } from 'node:crypto';

/** A new random record, officer or message id (UUID v4). */
export function newId(): string {
  return randomUUID();
}

/** A new random secret token, base64url, 256 bits. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}
