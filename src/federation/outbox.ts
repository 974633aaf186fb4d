import { logger } from '../core/logger.ts';
import type { Queryable } from '../store/database.ts';
import type { Federation, Outgoing } from './federation.ts';

/** How long a process may hold a claimed message before another may take it over. */
const LEASE_SECONDS = 60;
const MAX_BACKOFF_SECONDS = 300;

/** The wait before retry number `attempts`: 1 s, 2 s, 4 s… up to five minutes. */
export function backoffSeconds(attempts: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.max(0, attempts - 1));
}

/**
 * Seals a message for a peer and queues it in the caller's transaction, so that
 * it is sent if and only if the work that produced it commits.
 * Returns the envelope's id.
 */
export async function enqueue(tx: Queryable, federation: Federation, outgoing: Outgoing): Promise<string> {
  const { envelope, sealed } = await federation.seal(outgoing);
  await tx.query(
    `INSERT INTO outbox (id, receiver, kind, sealed, state, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, 'pending', $5, $5)`,
    [envelope.id, envelope.receiver, envelope.kind, sealed, federation.ctx.clock.now().toISOString()],
  );
  return envelope.id;
}

interface Claimed {
  id: string;
  receiver: string;
  sealed: string;
  attempts: number;
}

/**
 * Claims due messages for this process: `FOR UPDATE SKIP LOCKED`, so several
 * processes sharing one PostgreSQL database never take the same message, and a
 * lease, so that a message claimed by a process that died is retried.
 */
async function claim(federation: Federation, limit: number): Promise<Claimed[]> {
  const now = federation.ctx.clock.now();
  const leaseUntil = new Date(now.getTime() + LEASE_SECONDS * 1000).toISOString();
  return federation.ctx.db.transaction((tx) =>
    tx.query<Claimed>(
      `UPDATE outbox SET state = 'sending', next_attempt_at = $2
       WHERE id IN (
         SELECT id FROM outbox WHERE state IN ('pending', 'sending') AND next_attempt_at <= $1
         ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, receiver, sealed, attempts`,
      [now.toISOString(), leaseUntil, limit],
    ),
  );
}

/** Sends one claimed message; marks it delivered on a 2xx answer, else schedules a retry. */
async function deliver(federation: Federation, message: Claimed): Promise<boolean> {
  let error: string;
  try {
    const response = await federation.transport.post(federation.peers.get(message.receiver), message.sealed);
    if (response.status >= 200 && response.status < 300) {
      await federation.ctx.db.query(`UPDATE outbox SET state = 'delivered', delivered_at = $2, last_error = NULL WHERE id = $1`, [
        message.id,
        federation.ctx.clock.now().toISOString(),
      ]);
      return true;
    }
    // The peer refused the envelope itself: retrying the same bytes cannot help. A conflict (409) means
    // "not yet": the peer lacks something still on its way, such as the proposal a signature refers to.
    if (response.status >= 400 && response.status < 500 && response.status !== 409) {
      await federation.ctx.db.query(`UPDATE outbox SET state = 'refused', last_error = $2 WHERE id = $1`, [message.id, response.body.slice(0, 500)]);
      logger.warn('outbox_refused', { receiver: message.receiver, status: response.status });
      return false;
    }
    error = `answered ${response.status}`;
  } catch (e) {
    error = (e as Error).message;
  }
  const attempts = message.attempts + 1;
  const next = new Date(federation.ctx.clock.now().getTime() + backoffSeconds(attempts) * 1000).toISOString();
  await federation.ctx.db.query(`UPDATE outbox SET state = 'pending', attempts = $2, next_attempt_at = $3, last_error = $4 WHERE id = $1`, [
    message.id,
    attempts,
    next,
    error.slice(0, 500),
  ]);
  return false;
}

/** Sends every message due now, a batch at a time; returns how many were delivered. */
export async function flushOutbox(federation: Federation, batch = 20): Promise<number> {
  let delivered = 0;
  for (;;) {
    const claimed = await claim(federation, batch);
    if (claimed.length === 0) return delivered;
    const results = await Promise.all(claimed.map((m) => deliver(federation, m)));
    delivered += results.filter(Boolean).length;
  }
}

/** Runs the outbox every `intervalMs` until stopped; returns the function that stops it. */
export function startOutboxWorker(federation: Federation, intervalMs = 500): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? 0 : flushOutbox(federation))).catch((error) => logger.error('outbox_failed', { error: (error as Error).name }));
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
