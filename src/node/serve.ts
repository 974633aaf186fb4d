import { createApp } from '../api/app.ts';
import { readAnchor } from '../audit/anchor.ts';
import { describeError, logger } from '../core/logger.ts';
import { galleryFor } from '../biometrics/gallery.ts';
import { screeningFor } from '../matching/screening.ts';
import { refreshStatistics } from '../store/statistics.ts';
import { nodeDescriptor, type NodeDescriptor } from '../identity/node-directory.ts';
import { startOutboxWorker } from '../federation/outbox.ts';
import { federationApp } from '../federation/server.ts';
import { listen } from './listen.ts';
import type { OpenNode } from './open-node.ts';

/** How often the node forgets expired inbox ids and refreshes the planner's statistics while it runs. */
const HOUSEKEEPING_MINUTES = 10;

/** A node serving its API and its federation endpoint. */
export interface RunningNode {
  url: string;
  federationUrl: string;
  /** The descriptor partners pin, with the ports actually bound. */
  descriptor(): NodeDescriptor;
  /** Stops the server, signs the audit head and closes the database. */
  stop(): Promise<void>;
}

/** Ports to listen on instead of the configured ones (0: any free port), and how often the outbox runs. */
export interface ServeOptions {
  api?: number;
  federation?: number;
  /** Milliseconds between outbox runs; 0 runs no outbox worker (tests that flush it themselves). */
  outboxIntervalMs?: number;
}

/** Builds the person screening index and the biometric gallery in the background, so that the first partner query need not wait for them. */
function warmIndexes(node: OpenNode): void {
  const started = Date.now();
  const screening = screeningFor(node.ctx.db);
  screening
    .sync(node.ctx.db)
    .then(() => logger.info('screening_index_ready', { persons: screening.size, ms: Date.now() - started }))
    .catch((error) => logger.error('screening_index_failed', { error: describeError(error) }));
  const gallery = galleryFor(node.ctx.db);
  gallery
    .sync(node.ctx.db)
    .then(() => logger.info('biometric_gallery_ready', { dnaProfiles: gallery.dna.size, faceTemplates: gallery.face.size, ms: Date.now() - started }))
    .catch((error) => logger.error('biometric_gallery_failed', { error: describeError(error) }));
}

/**
 * Serves the node: its officers' HTTP API, its node-to-node HTTPS endpoint,
 * the outbox worker that delivers queued envelopes, a periodic signature of
 * the audit head, and (in the background) the person screening index and the biometric gallery.
 */
export async function serveNode(node: OpenNode, ports: ServeOptions = {}): Promise<RunningNode> {
  const { config } = node.identity;
  const bound = { api: ports.api ?? config.port, federation: ports.federation ?? config.federationPort };
  const descriptor = () => nodeDescriptor(node.identity, bound);
  const federationListener = await listen(federationApp(node.federation, descriptor).fetch, config.host, bound.federation, node.identity.tls);
  bound.federation = federationListener.port;
  const app = createApp({
    ctx: node.ctx,
    descriptor,
    jwks: node.identity.jwks,
    verifier: node.verifier,
    federation: node.federation,
    readAnchor: () => readAnchor(node.identity.dataDir),
    sessionMinutes: config.sessionMinutes,
    maxBodyBytes: config.maxBodyBytes,
  });
  const apiListener = await listen(app.fetch, config.host, bound.api);
  bound.api = apiListener.port;
  warmIndexes(node);
  const interval = ports.outboxIntervalMs ?? 500;
  const stopOutbox = interval > 0 ? startOutboxWorker(node.federation, interval) : async () => undefined;
  const timer = setInterval(() => {
    node.checkpoint().catch((error) =>
      logger.error('checkpoint_failed', { error: describeError(error) }),
    );
  }, config.checkpointSeconds * 1000);
  timer.unref();
  const statistics = setInterval(() => {
    Promise.all([node.federation.pruneInbox(), refreshStatistics(node.ctx.db)]).catch((error) =>
      logger.error('housekeeping_failed', { error: describeError(error) }),
    );
  }, HOUSEKEEPING_MINUTES * 60_000);
  statistics.unref();
  return {
    url: `http://${config.host}:${bound.api}`,
    federationUrl: `https://${config.host}:${bound.federation}`,
    descriptor,
    async stop() {
      clearInterval(timer);
      clearInterval(statistics);
      await stopOutbox();
      await Promise.all([apiListener.close(), federationListener.close()]);
      await node.close();
    },
  };
}
