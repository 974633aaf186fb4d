import { createMiddleware } from 'hono/factory';
import type { NodeContext } from '../core/context.ts';
import { LiaisonError } from '../core/errors.ts';
import { authenticate } from '../identity/officers.ts';
import type { AppEnv } from './types.ts';

/** Requires `Authorization: Bearer <token>` of a live session; sets the officer on the context. */
export function requireOfficer(ctx: NodeContext) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match ? await authenticate(ctx, match[1]) : null;
    if (!actor || !match) throw new LiaisonError('unauthenticated', 'sign in first: send Authorization: Bearer <token>');
    c.set('actor', actor);
    c.set('token', match[1]);
    await next();
  });
}

function decodeHeader(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The purpose and justification of a consultation, from the `Liaison-Purpose`
 * and `Liaison-Justification` headers (percent-encoded UTF-8 allowed).
 */
export function justificationOf(c: { req: { header(name: string): string | undefined } }): { purpose?: string; justification?: string } {
  return { purpose: decodeHeader(c.req.header('liaison-purpose')), justification: decodeHeader(c.req.header('liaison-justification')) };
}
