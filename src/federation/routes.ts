import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ERROR_RESPONSES, ErrorResponse, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { requirePermission } from '../identity/officers.ts';
import { peerHealth } from './health.ts';
import { PeerDescriptor, addPeer, removePeer } from './peers.ts';

const security = [{ Bearer: [] }];
const tags = ['federation'];
const PeerHealth = z
  .object({
    nodeId: z.string(),
    country: z.string(),
    agency: z.string(),
    federation: z.string(),
    outbox: z.object({ pending: z.number(), sending: z.number(), refused: z.number(), delivered: z.number() }),
    oldestWaitingSince: z.string().nullable(),
    lastDeliveredAt: z.string().nullable(),
    lastError: z.string().nullable(),
    probe: z.object({ reachable: z.boolean(), status: z.number().optional(), ms: z.number(), error: z.string().optional() }).optional(),
  })
  .openapi('PeerHealth');
const PeerSummary = z.object({ nodeId: z.string(), country: z.string(), agency: z.string(), federation: z.string(), signingKeyId: z.string() }).openapi('Peer');

/** Routes to manage partner nodes (administrators). */
export function peerRoutes(app: OpenAPIHono<AppEnv>, { federation }: ApiDeps): void {
  const summary = (nodeId: string) => {
    const peer = federation.peers.get(nodeId);
    const d = peer.descriptor;
    return { nodeId: d.nodeId, country: d.country, agency: d.agency, federation: d.endpoints.federation, signingKeyId: peer.signingKeyId };
  };

  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/peers', tags, security, summary: 'The partner nodes this node knows', responses: { 200: json(z.object({ peers: z.array(PeerSummary) }), 'The peers'), ...ERROR_RESPONSES } }),
    (c) => {
      requirePermission(c.get('actor'), 'node:read');
      return c.json({ peers: federation.peers.all().map((p) => summary(p.descriptor.nodeId)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/peers/health',
      tags,
      security,
      summary: 'Each partner node: its outbox (pending, sending, refused, delivered), last delivery, last error; with probe=true, whether it answers now',
      request: { query: z.object({ probe: z.enum(['true', 'false']).default('false').openapi({ description: 'Ask each peer for its descriptor now (2 s timeout)' }) }) },
      responses: { 200: json(z.object({ peers: z.array(PeerHealth) }), 'The peers and their health'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json({ peers: await peerHealth(federation, c.get('actor'), { probe: c.req.valid('query').probe === 'true' }) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/peers',
      tags,
      security,
      summary: 'Add a partner node from its descriptor (its keys and TLS certificate are pinned)',
      request: { body: { content: { 'application/json': { schema: PeerDescriptor } }, required: true } },
      responses: { 201: json(PeerSummary, 'The peer'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const peer = await addPeer(federation, c.get('actor'), c.req.valid('json'));
      return c.json(summary(peer.descriptor.nodeId), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/peers/{nodeId}',
      tags,
      security,
      summary: 'Remove a partner node: its keys are no longer trusted',
      request: { params: z.object({ nodeId: z.string().max(63).openapi({ param: { name: 'nodeId', in: 'path' } }) }) },
      responses: { 204: { description: 'Removed' }, ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such peer') },
    }),
    async (c) => {
      await removePeer(federation, c.get('actor'), c.req.valid('param').nodeId);
      return c.body(null, 204);
    },
  );
}
