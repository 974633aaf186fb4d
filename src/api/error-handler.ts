import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { appendAudit } from '../audit/audit-log.ts';
import type { NodeContext } from '../core/context.ts';
import { LiaisonError, type ErrorCode } from '../core/errors.ts';
import { describeError, logger } from '../core/logger.ts';
import type { AppEnv } from './types.ts';

/** The HTTP status of each error code: the one place that decides it. */
export const HTTP_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  justification_required: 400,
  unauthenticated: 401,
  forbidden: 403,
  agreement_refused: 403,
  envelope_rejected: 400,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  integrity_failure: 500,
  internal: 500,
  peer_unavailable: 503,
  storage_unavailable: 503,
};

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: { path: string; message: string; line?: number }[] };
}

function asLiaisonError(error: unknown): LiaisonError {
  if (error instanceof LiaisonError) return error;
  if (error instanceof HTTPException && error.status === 415) {
    return new LiaisonError('invalid_input', 'unsupported Content-Type: send application/json', [
      { path: 'header.content-type', message: 'must be application/json' },
    ]);
  }
  if (error instanceof HTTPException) {
    const code: ErrorCode = error.status === 413 ? 'payload_too_large' : error.status === 401 ? 'unauthenticated' : 'invalid_input';
    return new LiaisonError(code, error.message || 'bad request');
  }
  if (error instanceof SyntaxError) return new LiaisonError('invalid_input', `malformed JSON: ${error.message}`);
  // SQLSTATE class 22 (data exception): a value the database cannot take, which validation let through.
  const sqlState = (error as { code?: unknown })?.code;
  if (typeof sqlState === 'string' && sqlState.startsWith('22')) {
    return new LiaisonError('invalid_input', 'a value in the request cannot be stored (invalid characters or out of range)');
  }
  return new LiaisonError('internal', 'internal error');
}

/** Turns any thrown error into a JSON error response; refusals of signed-in officers are audited. */
export function errorHandler(ctx: NodeContext) {
  return async (error: unknown, c: Context<AppEnv>) => {
    const e = asLiaisonError(error);
    if (e.code === 'internal') logger.error('request_failed', { method: c.req.method, route: c.req.routePath, error: describeError(error) });
    const actor = c.get('actor');
    if (actor && (e.code === 'forbidden' || e.code === 'justification_required')) {
      await ctx.db
        .transaction((tx) =>
          appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'access_refused', details: { method: c.req.method, route: c.req.routePath, code: e.code } }]),
        )
        .catch(() => logger.error('audit_append_failed', { event: 'access_refused' }));
    }
    if (e.code === 'unauthenticated') {
      c.header('WWW-Authenticate', c.req.header('authorization') ? 'Bearer realm="liaison", error="invalid_token"' : 'Bearer realm="liaison"');
    }
    const body: ErrorBody = { error: { code: e.code, message: e.message, ...(e.issues.length > 0 && { issues: e.issues }) } };
    return c.json(body, HTTP_STATUS[e.code]);
  };
}
