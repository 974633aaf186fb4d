import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '../../src/core/clock.ts';
import type { Actor } from '../../src/core/context.ts';
import { proposeAgreement, signAgreement } from '../../src/agreements/service.ts';
import { flushOutbox } from '../../src/federation/outbox.ts';
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

/** Agreement terms between two test nodes, with their pinned keys; `overrides` change any term. */
export function termsBetween(a: TestNode, b: TestNode, overrides: Record<string, unknown> = {}) {
  return {
    id: `agr-${a.id}-${b.id}`,
    title: `${a.id} and ${b.id}`,
    parties: [a, b].map((n) => ({ nodeId: n.id, country: n.node.identity.config.country, agency: 'Agency', signingKeyId: n.node.federation.signingKeyId })),
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
    purposes: ['investigation'],
    queryable: ['person', 'vehicle'],
    releasable: { person: ['names', 'dateOfBirth'] },
    ceilings: { handlingCode: 'H2', tlp: 'AMBER' },
    retentionDays: 30,
    deadlines: { urgentHours: 8, normalDays: 7 },
    ...overrides,
  };
}

/** Delivers every queued message between the nodes (a few rounds, for replies to replies). */
export async function flushAll(nodes: TestNode[]): Promise<void> {
  for (let round = 0; round < 3; round++) for (const n of nodes) await flushOutbox(n.node.federation);
}

/** Brings an agreement into force: `a` proposes the terms, `b` signs, and every message is delivered. */
export async function bringIntoForce(nodes: TestNode[], a: TestNode, b: TestNode, terms: { id: string }): Promise<void> {
  await proposeAgreement(a.node.federation, a.admin, terms);
  await flushAll(nodes);
  await signAgreement(b.node.federation, b.admin, terms.id);
  await flushAll(nodes);
}
