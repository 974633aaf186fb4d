import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '../../src/core/clock.ts';
import type { Actor } from '../../src/core/context.ts';
import { addPeer } from '../../src/federation/peers.ts';
import { initNodeDirectory } from '../../src/identity/node-directory.ts';
import { openNode, type OpenNode } from '../../src/node/open-node.ts';
import { serveNode, type RunningNode } from '../../src/node/serve.ts';
import { officer } from './context.ts';

/** A node of a test federation, served on free ports, with a clock the test moves. */
export interface TestNode {
  id: string;
  node: OpenNode;
  running: RunningNode;
  clock: FixedClock;
  admin: Actor;
}

/**
 * Starts nodes in this process (each with its own data directory, embedded
 * database, keys and HTTPS endpoint on a free port) and makes them all peers
 * of each other. No outbox worker runs: tests deliver with flushOutbox, so
 * they know when a message has arrived.
 */
export async function startFederation(ids: { id: string; country: string }[], start = new Date('2026-11-28T09:00:00Z')): Promise<TestNode[]> {
  const nodes: TestNode[] = [];
  for (const { id, country } of ids) {
    const dataDir = join(mkdtempSync(join(tmpdir(), `liaison-${id}-`)), 'node');
    const env = { keyPassphrase: `passphrase of ${id} for tests` };
    await initNodeDirectory(dataDir, { nodeId: id, country, agency: `${id} agency`, port: 0, federationPort: 0 }, env);
    const clock = new FixedClock(start);
    const node = await openNode(dataDir, env, clock);
    nodes.push({ id, node, running: await serveNode(node, { api: 0, federation: 0, outboxIntervalMs: 0 }), clock, admin: officer('administrator', 'supervisor') });
  }
  for (const a of nodes) for (const b of nodes) if (a !== b) await addPeer(a.node.federation, a.admin, b.running.descriptor());
  return nodes;
}

/** Stops every node of a test federation. */
export async function stopFederation(nodes: TestNode[]): Promise<void> {
  await Promise.all((nodes ?? []).map((n) => n.running.stop()));
}
