import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { justificationOf } from '../api/auth.ts';
import { ERROR_RESPONSES, ErrorResponse, JustificationHeaders, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { decideFollowUp, getFollowUp, listFollowUps, readReleasedData, requestFollowUp } from './follow-up.ts';
import { queryPartners } from './query.ts';
import { FollowUpDecision, FollowUpRequest, QueryRequest } from './schema.ts';

const security = [{ Bearer: [] }];
const tags = ['exchange'];
const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const PartnerResult = z
  .object({
    queryId: z.string(),
    partner: z.string(),
    outcome: z.enum(['hit', 'no_hit', 'refused', 'unavailable']),
    agreement: z.string().nullable(),
    reference: z.string().optional(),
    quality: z.number().optional(),
    reasons: z.array(z.string()),
  })
  .openapi('PartnerResult');
const FollowUpView = z
  .object({
    id: z.string(),
    direction: z.enum(['outgoing', 'incoming']),
    partner: z.string(),
    agreement: z.string(),
    recordType: z.string(),
    requestedFields: z.array(z.string()),
    releasedFields: z.array(z.string()),
    purpose: z.string(),
    justification: z.string(),
    urgent: z.boolean(),
    state: z.enum(['requested', 'pending', 'released', 'declined']),
    deadline: z.string(),
    overdue: z.boolean(),
    decisionReason: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('FollowUp');

/** Exchange routes: hit/no-hit queries to partners, follow-up requests and the owner's decisions. */
export function exchangeRoutes(app: OpenAPIHono<AppEnv>, { federation }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/exchange/queries',
      tags,
      security,
      summary: 'Hit/no-hit query at one, several or all partners (Prüm step 1); needs purpose and justification',
      request: { headers: JustificationHeaders, body: { content: { 'application/json': { schema: QueryRequest } }, required: true } },
      responses: { 200: json(z.object({ results: z.array(PartnerResult) }), 'One result per partner'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json({ results: await queryPartners(federation, c.get('actor'), c.req.valid('json'), justificationOf(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/exchange/follow-ups', tags, security, summary: 'Follow-ups in both directions, open first, flagged when overdue', responses: { 200: json(z.object({ followUps: z.array(FollowUpView) }), 'The follow-ups'), ...ERROR_RESPONSES } }),
    async (c) => c.json({ followUps: await listFollowUps(federation, c.get('actor')) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/exchange/follow-ups',
      tags,
      security,
      summary: 'Request the data behind a hit, with a justification (Prüm step 2)',
      request: { body: { content: { 'application/json': { schema: FollowUpRequest } }, required: true } },
      responses: { 201: json(FollowUpView, 'The request, queued for the owner'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such query') },
    }),
    async (c) => c.json(await requestFollowUp(federation, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/exchange/follow-ups/{id}', tags, security, summary: 'One follow-up', request: { params: IdParam }, responses: { 200: json(FollowUpView, 'The follow-up'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such follow-up') } }),
    async (c) => c.json(await getFollowUp(federation, c.get('actor'), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/exchange/follow-ups/{id}/decision',
      tags,
      security,
      summary: 'The owner releases all or some fields, or declines with a reason',
      request: { params: IdParam, body: { content: { 'application/json': { schema: FollowUpDecision } }, required: true } },
      responses: { 200: json(FollowUpView, 'The decided follow-up'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such follow-up'), 409: json(ErrorResponse, 'Already decided') },
    }),
    async (c) => c.json(await decideFollowUp(federation, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/exchange/follow-ups/{id}/data',
      tags,
      security,
      summary: 'The data a partner released for a follow-up (consultation: needs purpose and justification)',
      request: { params: IdParam, headers: JustificationHeaders },
      responses: {
        200: json(z.object({ releases: z.array(z.object({ partner: z.string(), recordType: z.string(), data: z.record(z.string(), z.unknown()), protection: z.record(z.string(), z.unknown()), retainUntil: z.string(), receivedAt: z.string() })) }), 'The released data'),
        ...ERROR_RESPONSES,
      },
    }),
    async (c) => c.json({ releases: await readReleasedData(federation, c.get('actor'), c.req.valid('param').id, justificationOf(c)) }, 200),
  );
}
