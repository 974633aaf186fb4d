import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../api/app.ts';
import { writeCheckpoint } from '../audit/checkpoint.ts';
import { describeError, logger } from '../core/logger.ts';
import { nodeDescriptor } from '../identity/node-directory.ts';
import type { OpenNode } from './open-node.ts';

/** A node serving its API. */
export interface RunningNode {
  url: string;
  /** Stops the server, signs the audit head and closes the database. */
  stop(): Promise<void>;
}

/**
 * Serves the node's HTTP API on its configured host and port (0 picks a free
 * port) and signs the audit head periodically while it runs.
 */
export async function serveNode(node: OpenNode, port = node.identity.config.port): Promise<RunningNode> {
  const { config } = node.identity;
  const app = createApp({
    ctx: node.ctx,
    descriptor: nodeDescriptor(node.identity),
    jwks: node.identity.jwks,
    signer: node.signer,
    verifier: node.verifier,
    sessionMinutes: config.sessionMinutes,
    maxBodyBytes: config.maxBodyBytes,
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const timer = setInterval(() => {
    writeCheckpoint(node.ctx.db, node.ctx.clock, node.signer).catch((error) =>
      logger.error('checkpoint_failed', { error: describeError(error) }),
    );
  }, config.checkpointSeconds * 1000);
  timer.unref();
  return {
    url: `http://${config.host}:${boundPort}`,
    async stop() {
      clearInterval(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      await closed;
      await node.close();
    },
  };
}
