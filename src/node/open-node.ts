import { userInfo } from 'node:os';
import { writeCheckpoint } from '../audit/checkpoint.ts';
import { systemClock, type Clock } from '../core/clock.ts';
import { calendarOf } from '../core/calendar.ts';
import { readEnvironment, type Environment } from '../core/config.ts';
import type { Actor, NodeContext } from '../core/context.ts';
import { loadNodeDirectory, type NodeIdentity } from '../identity/node-directory.ts';
import { jwksVerifier, nodeSigner } from '../identity/node-keys.ts';
import type { Role } from '../identity/roles.ts';
import type { Checkpoint, Signer, SignatureVerifier } from '../audit/checkpoint.ts';
import { writeAnchor } from '../audit/anchor.ts';
import { Federation } from '../federation/federation.ts';
import { PeerDirectory } from '../federation/peers.ts';
import { PeerTransport } from '../federation/transport.ts';
import { refreshStatistics } from '../store/statistics.ts';
import { lockDataDir } from '../store/data-dir-lock.ts';
import { registerFederationHandlers } from './handlers.ts';
import { openDatabase } from '../store/open.ts';

/** A node opened for work: its identity, database context, signer and verifier. */
export interface OpenNode {
  identity: NodeIdentity;
  ctx: NodeContext;
  signer: Signer;
  verifier: SignatureVerifier;
  /** The node's side of the federation: peers, envelopes, inbox handlers. */
  federation: Federation;
  /** Signs the audit head (if it moved) and keeps that checkpoint as the anchor in the data directory. */
  checkpoint(): Promise<Checkpoint | null>;
  /** Signs the audit head and closes the database. */
  close(): Promise<void>;
}

/** The actor for work done from the command line by whoever holds the node's keys (an administrator by default). */
export function cliActor(roles: readonly Role[] = ['administrator']): Actor {
  const user = userInfo().username || 'unknown';
  return { id: `cli:${user}`, username: user, roles };
}

/**
 * Opens the node in `dataDir`: unlocks its keys, opens (and migrates) its
 * database — PostgreSQL when DATABASE_URL is set, else the embedded PGlite,
 * locked against a second process.
 */
export async function openNode(dataDir: string, env: Environment, clock: Clock = systemClock): Promise<OpenNode> {
  const identity = await loadNodeDirectory(dataDir, env);
  const unlock = env.databaseUrl ? () => undefined : lockDataDir(dataDir);
  try {
    const db = await openDatabase({ databaseUrl: env.databaseUrl, dataDir });
    const signer = nodeSigner(identity.keys);
    const ctx: NodeContext = { db, clock, nodeId: identity.config.nodeId, calendar: calendarOf(identity.config.calendar) };
    await refreshStatistics(db);
    const federation = new Federation(ctx, identity.keys, await new PeerDirectory().load(db), new PeerTransport());
    registerFederationHandlers(federation);
    const checkpoint = async () => {
      const signed = await writeCheckpoint(db, clock, signer);
      if (signed) await writeAnchor(dataDir, signed);
      return signed;
    };
    return {
      identity,
      ctx,
      signer,
      verifier: jwksVerifier(identity.jwks),
      federation,
      checkpoint,
      async close() {
        try {
          federation.transport.close();
          await checkpoint();
          await db.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Opens the node in `dataDir` with the environment's settings, runs `work`, and closes the node whatever happens. */
export async function withNode<T>(dataDir: string, work: (node: OpenNode) => Promise<T>): Promise<T> {
  const node = await openNode(dataDir, readEnvironment());
  try {
    return await work(node);
  } finally {
    await node.close();
  }
}
