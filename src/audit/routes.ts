import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { ERROR_RESPONSES, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { describeError, logger } from '../core/logger.ts';
import { exportAudit, verifyAudit } from './service.ts';
import { AuditInstant, auditSearchRoutes } from './search-routes.ts';
import { text } from '../model/primitives.ts';

const security = [{ Bearer: [] }];

/** Audit routes: export for a supervisory authority, and verification of the chain. */
export function auditRoutes(app: OpenAPIHono<AppEnv>, { ctx, verifier, readAnchor }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/audit/export',
      tags: ['audit'],
      security,
      summary: 'Export the audit log as JSON Lines (entries with hashes, then signed checkpoints)',
      request: {
        query: z.object({
          from: AuditInstant.optional(),
          to: AuditInstant.optional(),
          recipient: text(200, 2).openapi({ description: 'The supervisory authority the export is for' }),
        }),
      },
      responses: { 200: { description: 'JSON Lines (application/x-ndjson): entries, then checkpoints' }, ...ERROR_RESPONSES },
    }),
    async (c) => {
      const { from, to, recipient } = c.req.valid('query');
      const lines = await exportAudit(ctx, c.get('actor'), { from, to }, recipient);
      // Read the first page before answering, so that a failure is an error response, not a truncated 200.
      const first = await lines.next();
      c.header('content-type', 'application/x-ndjson');
      return stream(
        c,
        async (out) => {
          if (!first.done) await out.write(first.value);
          for await (const line of lines) await out.write(line);
        },
        async (error, out) => {
          logger.error('audit_export_failed', { error: describeError(error) });
          out.abort();
        },
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/audit/verify',
      tags: ['audit'],
      security,
      summary: 'Verify the hash chain and signed checkpoints of the whole audit log',
      responses: {
        200: json(
          z.object({
            ok: z.boolean(),
            entries: z.number(),
            checkpoints: z.number(),
            firstBad: z.object({ seq: z.number(), problem: z.string() }).optional(),
          }),
          'The verification report',
        ),
        ...ERROR_RESPONSES,
      },
    }),
    async (c) => c.json(await verifyAudit(ctx, c.get('actor'), verifier, await readAnchor()), 200),
  );

  auditSearchRoutes(app, ctx);
}
