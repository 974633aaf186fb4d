import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ERROR_RESPONSES, ErrorResponse, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { AgreementDocument } from './document.ts';
import { StateChange, changeAgreementState, listAgreements, proposeAgreement, showAgreement, signAgreement } from './service.ts';

const security = [{ Bearer: [] }];
const tags = ['agreements'];
const IdParam = z.object({ id: z.string().max(100).openapi({ param: { name: 'id', in: 'path' } }) });
const AgreementView = z
  .object({
    document: z.record(z.string(), z.unknown()),
    digest: z.string(),
    state: z.string(),
    stateReason: z.string().nullable(),
    effectiveState: z.string(),
    awaiting: z.array(z.string()),
    signatures: z.array(z.object({ nodeId: z.string(), keyId: z.string(), signature: z.string(), signedAt: z.string() })),
  })
  .openapi('Agreement');

/** Agreement routes: propose, sign, show, list, and suspend, resume or revoke. */
export function agreementRoutes(app: OpenAPIHono<AppEnv>, { federation }: ApiDeps): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/agreements', tags, security, summary: 'Every agreement with its effective state', responses: { 200: json(z.object({ agreements: z.array(AgreementView) }), 'The agreements'), ...ERROR_RESPONSES } }),
    async (c) => c.json({ agreements: await listAgreements(federation, c.get('actor')) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/agreements',
      tags,
      security,
      summary: 'Propose an agreement: signed for this node and sent to every other party',
      request: { body: { content: { 'application/json': { schema: AgreementDocument } }, required: true } },
      responses: { 201: json(AgreementView, 'The proposed agreement'), ...ERROR_RESPONSES, 409: json(ErrorResponse, 'The id is taken') },
    }),
    async (c) => c.json(await proposeAgreement(federation, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/agreements/{id}', tags, security, summary: 'One agreement', request: { params: IdParam }, responses: { 200: json(AgreementView, 'The agreement'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such agreement') } }),
    async (c) => c.json(await showAgreement(federation, c.get('actor'), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/agreements/{id}/signature',
      tags,
      security,
      summary: 'Sign a proposed agreement for this node; it takes effect when every party has signed',
      request: { params: IdParam },
      responses: { 200: json(AgreementView, 'The agreement'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such agreement'), 409: json(ErrorResponse, 'Not awaiting this node’s signature') },
    }),
    async (c) => c.json(await signAgreement(federation, c.get('actor'), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/agreements/{id}/state',
      tags,
      security,
      summary: 'Suspend, resume or revoke an agreement (any party); sent to every other party',
      request: { params: IdParam, body: { content: { 'application/json': { schema: StateChange } }, required: true } },
      responses: { 200: json(AgreementView, 'The agreement'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such agreement'), 409: json(ErrorResponse, 'Not possible in its state') },
    }),
    async (c) => c.json(await changeAgreementState(federation, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
