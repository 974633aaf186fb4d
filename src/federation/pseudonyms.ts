import { randomBytes } from 'node:crypto';
import type { Queryable } from '../store/database.ts';

/**
 * The pseudonym under which an officer's requests leave this node: stable per
 * officer, random, and resolvable only here (the `pseudonyms` table).
 */
export async function pseudonymFor(tx: Queryable, officerId: string, at: string): Promise<string> {
  const [existing] = await tx.query<{ pseudonym: string }>('SELECT pseudonym FROM pseudonyms WHERE officer_id = $1', [officerId]);
  if (existing) return existing.pseudonym;
  const pseudonym = `p-${randomBytes(12).toString('base64url')}`;
  await tx.query('INSERT INTO pseudonyms (pseudonym, officer_id, created_at) VALUES ($1, $2, $3)', [pseudonym, officerId, at]);
  return pseudonym;
}
