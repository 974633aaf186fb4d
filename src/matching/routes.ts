import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { justificationOf } from '../api/auth.ts';
import { ERROR_RESPONSES, JustificationHeaders, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { ScreeningRequest, screenPerson } from './screening-service.ts';

const Evidence = z.object({ field: z.string(), level: z.string(), weight: z.number(), detail: z.string().optional() });
const WordPairing = z.object({ a: z.string(), b: z.string(), agreement: z.string(), similarity: z.number() });

const ScreeningResult = z
  .object({
    candidates: z.array(
      z.object({
        source: z.enum(['record', 'alert']),
        id: z.string(),
        score: z.number(),
        explanation: z.object({ score: z.number(), weight: z.number(), match: z.boolean(), evidence: z.array(Evidence), names: z.array(WordPairing).optional() }),
      }),
    ),
  })
  .openapi('ScreeningResult');

/** Matching routes: screening a person against the node's persons and alerts. */
export function screeningRoutes(app: OpenAPIHono<AppEnv>, { ctx }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/matching/screen',
      tags: ['matching'],
      security: [{ Bearer: [] }],
      summary: 'Screen a person against this node’s persons and live person alerts: ranked candidates with the evidence of each score; needs purpose and justification',
      request: { headers: JustificationHeaders, body: { content: { 'application/json': { schema: ScreeningRequest } }, required: true } },
      responses: { 200: json(ScreeningResult, 'Candidates at or above the default threshold, best first'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json({ candidates: await screenPerson(ctx, c.get('actor'), c.req.valid('json'), justificationOf(c)) }, 200),
  );
}
