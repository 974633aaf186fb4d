import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ERROR_RESPONSES, json } from '../api/openapi-schemas.ts';
import type { AppEnv } from '../api/types.ts';
import type { NodeContext } from '../core/context.ts';
import { AUDIT_ACTIONS } from './entry.ts';
import { MAX_SEARCH_LIMIT, searchAudit } from './search.ts';
import { auditStatistics } from './statistics.ts';

const security = [{ Bearer: [] }];
const tags = ['audit'];

/** An instant bounding a search, an export or statistics: ISO 8601 with offset, in a year the database can hold. */
export const AuditInstant = z.iso
  .datetime({ offset: true })
  .refine((v) => new Date(v).getUTCFullYear() >= 1900 && new Date(v).getUTCFullYear() <= 9999, { message: 'must be between the years 1900 and 9999' });

const Range = { from: AuditInstant.optional().openapi({ description: 'At or after this instant' }), to: AuditInstant.optional().openapi({ description: 'Before this instant' }) };

const SearchQuery = z
  .object({
    action: z.enum(AUDIT_ACTIONS).optional(),
    actor: z.string().trim().min(1).max(200).optional().openapi({ description: 'An officer id, `system`, `cli:<user>` or `node:<nodeId>`' }),
    recordId: z.string().trim().min(1).max(100).optional(),
    ...Range,
    limit: z.coerce.number().int().min(1).max(MAX_SEARCH_LIMIT).default(100),
    before: z.coerce.number().int().min(1).optional().openapi({ description: 'Only entries with a smaller seq: the next (older) page' }),
  })
  .refine((q) => !q.from || !q.to || new Date(q.from) < new Date(q.to), { message: 'from must be before to', path: ['to'] });

const EntryView = z
  .object({
    seq: z.number(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    purpose: z.string().nullable(),
    justification: z.string().nullable(),
    recordIds: z.array(z.string()),
    recipients: z.array(z.string()),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntryView');

const Counted = <K extends string>(key: K) => z.array(z.object({ [key]: z.string(), count: z.number() } as Record<K, z.ZodString> & { count: z.ZodNumber }));

const Statistics = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    total: z.number(),
    byAction: Counted('action'),
    consultationsByPurpose: Counted('purpose'),
    disclosuresByRecipient: Counted('recipient'),
    refusals: z.array(z.object({ action: z.string(), kind: z.string(), partner: z.string(), count: z.number() })),
  })
  .openapi('AuditStatistics');

/** Routes for the data-protection officer: search the audit log, and its statistics. Both are recorded as `audit_export`. */
export function auditSearchRoutes(app: OpenAPIHono<AppEnv>, ctx: NodeContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/audit/entries',
      tags,
      security,
      summary: 'Search the audit log, newest first, a page at a time (recorded as audit_export with the criteria)',
      request: { query: SearchQuery },
      responses: { 200: json(z.object({ entries: z.array(EntryView) }), 'The entries, newest first'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json({ entries: await searchAudit(ctx, c.get('actor'), c.req.valid('query')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/audit/statistics',
      tags,
      security,
      summary: 'Entries by action, consultations by purpose, disclosures by recipient, refusals by kind and partner',
      request: { query: z.object(Range) },
      responses: { 200: json(Statistics, 'The statistics'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json(await auditStatistics(ctx, c.get('actor'), c.req.valid('query')), 200),
  );
}
