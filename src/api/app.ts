import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { agreementRoutes } from '../agreements/routes.ts';
import { alertRoutes } from '../alerts/routes.ts';
import { auditRoutes } from '../audit/routes.ts';
import { biometricRoutes } from '../biometrics/routes.ts';
import { exchangeRoutes } from '../exchange/routes.ts';
import { peerRoutes } from '../federation/routes.ts';
import { LiaisonError, invalidInput } from '../core/errors.ts';
import { signIn } from '../identity/officers.ts';
import { identityRoutes } from '../identity/routes.ts';
import { judicialRoutes } from '../judicial/routes.ts';
import { fieldIssues } from '../model/parse.ts';
import { crossMatchRoutes } from '../matching/psi/routes.ts';
import { movementRoutes } from '../movements/routes.ts';
import { screeningRoutes } from '../matching/routes.ts';
import { recordRoutes } from '../records/routes.ts';
import { retentionRoutes } from '../retention/routes.ts';
import { requireOfficer } from './auth.ts';
import { consoleRoutes } from './console.ts';
import { errorHandler } from './error-handler.ts';
import { ERROR_RESPONSES, json } from './openapi-schemas.ts';
import type { ApiDeps, AppEnv } from './types.ts';

/**
 * The node's HTTP API. Public: /health, /.well-known/jwks.json (public keys
 * for partners), /openapi.json and sign-in. Everything else needs a bearer
 * token, and every service checks the officer's roles.
 */
export function createApp(deps: ApiDeps): OpenAPIHono<AppEnv> {
  const { ctx } = deps;
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = fieldIssues(result.error, result.target === 'json' ? '' : result.target);
        throw invalidInput(`invalid ${result.target}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
      }
    },
  });

  app.onError(errorHandler(ctx));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));
  app.use(
    '*',
    secureHeaders({
      // The console loads only its own scripts and talks only to this node.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: () => {
        throw new LiaisonError('payload_too_large', `the request body exceeds ${deps.maxBodyBytes} bytes`);
      },
    }),
  );

  app.get('/health', (c) => c.json({ status: 'ok', node: deps.descriptor().nodeId }));
  consoleRoutes(app);
  app.get('/.well-known/jwks.json', (c) => c.json(deps.jwks));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/sessions',
      tags: ['officers'],
      summary: 'Sign in with username and password; returns a bearer token',
      request: {
        body: { content: { 'application/json': { schema: z.object({ username: z.string().max(100), password: z.string().max(200) }) } }, required: true },
      },
      responses: {
        201: json(z.object({ token: z.string(), expiresAt: z.string(), officer: z.object({ id: z.string(), username: z.string(), displayName: z.string(), roles: z.array(z.string()) }) }), 'Signed in'),
        400: ERROR_RESPONSES[400],
        401: ERROR_RESPONSES[401],
      },
    }),
    async (c) => c.json(await signIn(ctx, c.req.valid('json'), deps.sessionMinutes), 201),
  );

  // Registered after sign-in, which has answered by the time this runs.
  app.use('/api/v1/*', requireOfficer(ctx));

  identityRoutes(app, deps);
  recordRoutes(app, deps);
  retentionRoutes(app, deps);
  auditRoutes(app, deps);
  peerRoutes(app, deps);
  agreementRoutes(app, deps);
  exchangeRoutes(app, deps);
  alertRoutes(app, deps);
  crossMatchRoutes(app, deps);
  screeningRoutes(app, deps);
  biometricRoutes(app, deps);
  movementRoutes(app, deps);
  judicialRoutes(app, deps);

  app.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Liaison node API', version: '0.1.0', description: `The local API of node ${deps.descriptor().nodeId}` },
  });
  return app;
}
