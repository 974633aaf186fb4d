import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { justificationOf } from '../api/auth.ts';
import { ERROR_RESPONSES, ErrorResponse, JustificationHeaders, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { RecordCriteria } from '../exchange/schema.ts';
import { AlertUpdate, HitAnswer, HitReport, NewAlert } from './schema.ts';
import { answerHit, listAlerts, listHits, publishAlert, reportHit, searchAlerts, updateAlert, withdrawAlert } from './service.ts';

const security = [{ Bearer: [] }];
const tags = ['alerts'];
const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const AlertResponse = z
  .object({
    id: z.string(),
    issuer: z.string(),
    agreement: z.string().nullable(),
    recordType: z.string(),
    category: z.string(),
    actionToTake: z.string(),
    subject: z.record(z.string(), z.unknown()).optional(),
    protection: z.record(z.string(), z.unknown()),
    state: z.string(),
    version: z.number(),
    expiresAt: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Alert');
const HitResponse = z
  .object({ id: z.string(), direction: z.string(), alertId: z.string(), partner: z.string(), circumstances: z.string(), actionTaken: z.string(), deadline: z.string(), answer: z.string().nullable(), answeredAt: z.string().nullable(), overdue: z.boolean() })
  .openapi('HitReport');
const body = <S extends z.ZodType>(schema: S) => ({ body: { content: { 'application/json': { schema } }, required: true } });

/** Alert routes: publish, change, withdraw, search the local copies, report hits and answer them. */
export function alertRoutes(app: OpenAPIHono<AppEnv>, { federation }: ApiDeps): void {
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/alerts', tags, security, summary: 'Publish an alert to the partners whose agreements cover it', request: body(NewAlert), responses: { 201: json(AlertResponse, 'The alert'), ...ERROR_RESPONSES } }),
    async (c) => c.json(await publishAlert(federation, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/alerts', tags, security, summary: 'Alerts issued here and live replicas held here (without subjects)', responses: { 200: json(z.object({ alerts: z.array(AlertResponse) }), 'The alerts'), ...ERROR_RESPONSES } }),
    async (c) => c.json({ alerts: await listAlerts(federation, c.get('actor')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/alerts/search', tags, security, summary: 'Search the alerts held here for a person, vehicle or document (consultation)', request: { headers: JustificationHeaders, ...body(RecordCriteria) }, responses: { 200: json(z.object({ alerts: z.array(AlertResponse) }), 'Matching alerts'), ...ERROR_RESPONSES } }),
    async (c) => c.json({ alerts: await searchAlerts(federation, c.get('actor'), c.req.valid('json'), justificationOf(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/v1/alerts/{id}', tags, security, summary: 'Change an alert issued here; replicas follow', request: { params: IdParam, ...body(AlertUpdate) }, responses: { 200: json(AlertResponse, 'The alert'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such alert') } }),
    async (c) => c.json(await updateAlert(federation, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/alerts/{id}/withdraw', tags, security, summary: 'Withdraw an alert issued here; replicas disappear', request: { params: IdParam, ...body(z.object({ reason: z.string() })) }, responses: { 204: { description: 'Withdrawn' }, ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such alert') } }),
    async (c) => {
      await withdrawAlert(federation, c.get('actor'), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/alerts/{id}/hits', tags, security, summary: 'Report a hit on a replicated alert to its issuer', request: { params: IdParam, ...body(HitReport) }, responses: { 201: json(HitResponse, 'The hit report'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such alert') } }),
    async (c) => c.json(await reportHit(federation, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/alert-hits', tags, security, summary: 'Hit reports in both directions, unanswered first, flagged when overdue', responses: { 200: json(z.object({ hits: z.array(HitResponse) }), 'The hit reports'), ...ERROR_RESPONSES } }),
    async (c) => c.json({ hits: await listHits(federation, c.get('actor')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/alert-hits/{id}/answer', tags, security, summary: 'Answer a hit report on an alert issued here', request: { params: IdParam, ...body(HitAnswer) }, responses: { 200: json(HitResponse, 'The answered report'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such report') } }),
    async (c) => c.json(await answerHit(federation, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
