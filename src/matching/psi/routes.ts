import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { justificationOf } from '../../api/auth.ts';
import { ERROR_RESPONSES, JustificationHeaders, json } from '../../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../../api/types.ts';
import { CrossMatchRequest } from './schema.ts';
import { crossMatch } from './service.ts';

const CrossMatchResultView = z
  .object({
    run: z.string().nullable(),
    partner: z.string(),
    agreement: z.string().nullable(),
    outcome: z.enum(['completed', 'refused', 'unavailable']),
    reveal: z.enum(['intersection', 'cardinality']),
    sent: z.record(z.string(), z.number()),
    partnerKeys: z.number().nullable(),
    matchedCount: z.number().nullable(),
    matches: z.array(z.object({ items: z.array(z.number()), kind: z.string(), key: z.string(), followUpQuery: z.record(z.string(), z.string()).optional() })),
    invalid: z.array(z.object({ item: z.number(), reason: z.string() })),
    reasons: z.array(z.string()),
  })
  .openapi('CrossMatchResult');

/** Matching routes: private cross-matching of linkage keys with a partner (PSI). */
export function crossMatchRoutes(app: OpenAPIHono<AppEnv>, { federation }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/matching/crossmatch',
      tags: ['matching'],
      security: [{ Bearer: [] }],
      summary: 'Private cross-match of linkage keys with one partner (ECDH-PSI): which of our keys it holds, or how many; needs purpose and justification',
      request: { headers: JustificationHeaders, body: { content: { 'application/json': { schema: CrossMatchRequest } }, required: true } },
      responses: { 200: json(CrossMatchResultView, 'The run: matched keys (intersection) or their count (cardinality), or why it was refused'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json(await crossMatch(federation, c.get('actor'), c.req.valid('json'), justificationOf(c)), 200),
  );
}
