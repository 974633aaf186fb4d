import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ERROR_RESPONSES, ErrorResponse, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { requirePermission, createOfficer, listOfficers, signOut, NewOfficer } from './officers.ts';
import { Role } from './roles.ts';

const OfficerResponse = z
  .object({ id: z.string(), username: z.string(), displayName: z.string(), roles: z.array(Role), active: z.boolean(), createdAt: z.string() })
  .openapi('Officer');
const security = [{ Bearer: [] }];

/** Routes for the signed-in officer, officer accounts and the node descriptor. Sign-in itself is public (see api/app.ts). */
export function identityRoutes(app: OpenAPIHono<AppEnv>, { ctx, descriptor }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/me',
      tags: ['officers'],
      security,
      summary: 'The signed-in officer',
      responses: { 200: json(z.object({ id: z.string(), username: z.string(), roles: z.array(Role) }), 'The officer'), ...ERROR_RESPONSES },
    }),
    (c) => {
      const { id, username, roles } = c.get('actor');
      return c.json({ id, username, roles }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/sessions/current',
      tags: ['officers'],
      security,
      summary: 'Sign out',
      responses: { 204: { description: 'Signed out' }, ...ERROR_RESPONSES },
    }),
    async (c) => {
      await signOut(ctx, c.get('token'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/officers',
      tags: ['officers'],
      security,
      summary: 'List officer accounts (administrator)',
      responses: { 200: json(z.object({ officers: z.array(OfficerResponse) }), 'The officers'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json({ officers: await listOfficers(ctx, c.get('actor')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/officers',
      tags: ['officers'],
      security,
      summary: 'Create an officer account (administrator)',
      request: { body: { content: { 'application/json': { schema: NewOfficer } }, required: true } },
      responses: { 201: json(OfficerResponse, 'The new officer'), ...ERROR_RESPONSES, 409: json(ErrorResponse, 'Username taken') },
    }),
    async (c) => c.json(await createOfficer(ctx, c.get('actor'), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/node',
      tags: ['node'],
      security,
      summary: 'This node’s descriptor: id, country, agency, endpoints and public keys',
      responses: { 200: json(z.object({ nodeId: z.string(), country: z.string(), agency: z.string(), endpoints: z.object({ api: z.string() }), keys: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }) }), 'The descriptor'), ...ERROR_RESPONSES },
    }),
    (c) => {
      requirePermission(c.get('actor'), 'node:read');
      return c.json(descriptor(), 200);
    },
  );
}
