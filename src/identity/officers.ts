import { createHash } from 'node:crypto';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import type { Actor, NodeContext } from '../core/context.ts';
import { LiaisonError, invalidInput } from '../core/errors.ts';
import { newId, newToken } from '../core/ids.ts';
import { parseInput } from '../model/parse.ts';
import { UNUSABLE_PASSWORD_HASH, hashPassword, verifyPassword } from './password.ts';
import { Role, allows, type Permission } from './roles.ts';
import { text } from '../model/primitives.ts';

/** A new officer account. */
export const NewOfficer = z.strictObject({
  username: z.string().regex(/^[a-z][a-z0-9._-]{1,62}$/, 'must be 2-63 lower-case letters, digits, dots, hyphens or underscores'),
  displayName: text(200),
  roles: z.array(Role).min(1).max(6),
  password: z.string().min(12, 'must be at least 12 characters').max(200),
});
export type NewOfficer = z.infer<typeof NewOfficer>;

/** An officer as others may see it (never the password hash). */
export interface Officer {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  createdAt: string;
}

/** A signed-in officer. */
export interface OfficerActor extends Actor {
  roles: Role[];
}

/** A session: the bearer token is shown once and stored only as its hash. */
export interface Session {
  token: string;
  expiresAt: string;
  officer: Officer;
}

interface OfficerRow {
  id: string;
  username: string;
  display_name: string;
  roles: Role[];
  active: boolean;
  created_at: string;
  password_hash: string;
}

const toOfficer = (row: OfficerRow): Officer => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  roles: row.roles,
  active: row.active,
  createdAt: row.created_at,
});

const TOKEN_PREFIX = 'lsn_';
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Throws `forbidden` unless the actor's roles grant `permission`. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!allows(actor.roles as Role[], permission)) {
    throw new LiaisonError('forbidden', `your roles (${actor.roles.join(', ')}) do not allow ${permission}`);
  }
}

/** Creates an officer account (administrators, and the operator at the node's command line). */
export async function createOfficer(ctx: NodeContext, actor: Actor, input: unknown): Promise<Officer> {
  requirePermission(actor, 'officers:manage');
  const officer = parseInput(NewOfficer, input, 'invalid officer');
  const passwordHash = await hashPassword(officer.password);
  return ctx.db.transaction(async (tx) => {
    const taken = await tx.query('SELECT 1 FROM officers WHERE username = $1', [officer.username]);
    if (taken.length > 0) throw new LiaisonError('conflict', `username ${officer.username} is taken`);
    const [row] = await tx.query<OfficerRow>(
      `INSERT INTO officers (id, username, display_name, roles, password_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [newId(), officer.username, officer.displayName, officer.roles, passwordHash, ctx.clock.now().toISOString()],
    );
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'officer_created', details: { officerId: row.id, username: row.username, roles: row.roles } },
    ]);
    return toOfficer(row);
  });
}

/** Lists the node's officers. */
export async function listOfficers(ctx: NodeContext, actor: Actor): Promise<Officer[]> {
  requirePermission(actor, 'officers:manage');
  const rows = await ctx.db.query<OfficerRow>('SELECT * FROM officers ORDER BY username');
  return rows.map(toOfficer);
}

/**
 * Signs an officer in with username and password and opens a session. Every
 * attempt is audited; a failure says only that the sign-in was refused.
 */
export async function signIn(ctx: NodeContext, input: unknown, sessionMinutes: number): Promise<Session> {
  const credentials = z.strictObject({ username: z.string().max(100), password: z.string().max(200) }).safeParse(input);
  if (!credentials.success) throw invalidInput('username and password are required');
  const { username, password } = credentials.data;
  const [row] = await ctx.db.query<OfficerRow>('SELECT * FROM officers WHERE username = $1', [username]);
  const passwordOk = await verifyPassword(password, row?.password_hash ?? UNUSABLE_PASSWORD_HASH);
  if (!row || !row.active || !passwordOk) {
    await ctx.db.transaction((tx) =>
      // The typed username is not recorded: it may be a password typed into the wrong field.
      appendAudit(tx, ctx.clock, [{ actor: row?.id ?? 'unknown', action: 'sign_in_refused', details: { knownUsername: Boolean(row) } }]),
    );
    throw new LiaisonError('unauthenticated', 'sign-in refused: unknown username or wrong password');
  }
  const token = TOKEN_PREFIX + newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + sessionMinutes * 60_000).toISOString();
  await ctx.db.transaction(async (tx) => {
    await tx.query('INSERT INTO sessions (token_hash, officer_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
      hashToken(token),
      row.id,
      now.toISOString(),
      expiresAt,
    ]);
    await appendAudit(tx, ctx.clock, [{ actor: row.id, action: 'sign_in' }]);
  });
  return { token, expiresAt, officer: toOfficer(row) };
}

/** The officer a bearer token belongs to, or null when it is unknown, expired or the officer is inactive. */
export async function authenticate(ctx: NodeContext, token: string): Promise<OfficerActor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const tokenHash = hashToken(token);
  // Looked up by the token's SHA-256: the lookup's timing reveals nothing about the token itself.
  const [row] = await ctx.db.query<{ id: string; username: string; roles: Role[] }>(
    `SELECT o.id, o.username, o.roles FROM sessions s JOIN officers o ON o.id = s.officer_id
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND o.active`,
    [tokenHash, ctx.clock.now().toISOString()],
  );
  if (!row) return null;
  return { id: row.id, username: row.username, roles: row.roles };
}

/** Ends the session of a bearer token. */
export async function signOut(ctx: NodeContext, token: string): Promise<void> {
  await ctx.db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}
