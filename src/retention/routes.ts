import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ERROR_RESPONSES, ErrorResponse, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { ReviewDecision, listDueForReview, reviewRecord } from './service.ts';

const security = [{ Bearer: [] }];

/** Retention routes: records due for review, and review decisions. */
export function retentionRoutes(app: OpenAPIHono<AppEnv>, { ctx }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/retention/due',
      tags: ['retention'],
      security,
      summary: 'Records past their review-by date (no personal data)',
      responses: {
        200: json(
          z.object({
            records: z.array(
              z.object({ id: z.string(), type: z.string(), subjectCategory: z.string(), legalBasis: z.string(), reviewBy: z.string(), createdAt: z.string() }),
            ),
          }),
          'Records due for review',
        ),
        ...ERROR_RESPONSES,
      },
    }),
    async (c) => c.json({ records: await listDueForReview(ctx, c.get('actor')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/retention/{id}/review',
      tags: ['retention'],
      security,
      summary: 'Decide on a record due for review: keep until a new date, or erase',
      request: {
        params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }),
        body: { content: { 'application/json': { schema: ReviewDecision } }, required: true },
      },
      responses: { 204: { description: 'Decided' }, ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such record') },
    }),
    async (c) => {
      await reviewRecord(ctx, c.get('actor'), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
}
