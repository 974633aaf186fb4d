import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { LiaisonError } from '../core/errors.ts';
import { describeError, logger } from '../core/logger.ts';
import type { NodeDescriptor } from '../identity/node-directory.ts';
import { HTTP_STATUS } from '../api/error-handler.ts';
import type { Federation } from './federation.ts';
import { JOSE_MEDIA_TYPE } from './transport.ts';

const MAX_ENVELOPE_BYTES = 5 * 1024 * 1024;

/**
 * The node-to-node endpoint: `POST /federation/v1/messages` takes one sealed
 * envelope (`application/jose`) and answers 200 with the sealed reply, 202
 * when there is none, or 400 when the envelope is rejected. Also serves the
 * node's descriptor, which partners pin.
 */
export function federationApp(federation: Federation, descriptor: () => NodeDescriptor): Hono {
  const app = new Hono();
  app.use('*', bodyLimit({ maxSize: MAX_ENVELOPE_BYTES, onError: (c) => c.json({ error: { code: 'payload_too_large', message: 'envelope too large' } }, 413) }));
  app.get('/federation/v1/descriptor', (c) => c.json(descriptor()));
  app.post('/federation/v1/messages', async (c) => {
    const sealed = (await c.req.text()).trim();
    const { reply, duplicate } = await federation.receive(sealed);
    if (reply) return c.body(reply, 200, { 'content-type': JOSE_MEDIA_TYPE });
    return c.json({ accepted: true, duplicate }, 202);
  });
  app.onError((error, c) => {
    if (error instanceof LiaisonError) return c.json({ error: { code: error.code, message: error.message } }, HTTP_STATUS[error.code]);
    logger.error('federation_request_failed', { error: describeError(error) });
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'no such route' } }, 404));
  return app;
}
