import { X509Certificate } from 'node:crypto';
import type { ClientRequest } from 'node:http';
import https from 'node:https';
import type { Actor } from '../core/context.ts';
import { requirePermission } from '../identity/officers.ts';
import type { Federation } from './federation.ts';
import type { Peer } from './peers.ts';

/** The outcome of asking a peer for its descriptor just now. */
export interface PeerProbe {
  reachable: boolean;
  /** The HTTP status it answered, when it answered. */
  status?: number;
  /** How long the answer took, in milliseconds. */
  ms: number;
  error?: string;
}

/** How a partner node is doing, as this node sees it: its outbox and, when asked, a live probe. */
export interface PeerHealth {
  nodeId: string;
  country: string;
  agency: string;
  federation: string;
  outbox: { pending: number; sending: number; refused: number; delivered: number };
  /** When the oldest message still waiting for this peer was queued. */
  oldestWaitingSince: string | null;
  lastDeliveredAt: string | null;
  /** The latest error of a delivery to this peer (a refusal or a failed attempt). */
  lastError: string | null;
  probe?: PeerProbe;
}

interface OutboxRow {
  receiver: string;
  pending: number;
  sending: number;
  refused: number;
  delivered: number;
  oldestWaitingSince: string | null;
  lastDeliveredAt: string | null;
  lastError: string | null;
}

/** How long a probe waits for a peer's answer. */
export const PROBE_TIMEOUT_MS = 2_000;

/**
 * Asks a peer for its descriptor (GET /federation/v1/descriptor) over HTTPS
 * pinned to the certificate of its descriptor, as the transport does. Only the
 * peer's own federation endpoint is asked (never a redirect, never plain
 * HTTP), only the status is read, and the whole probe ends within `timeoutMs`.
 * Never throws: an unreachable peer is a result.
 */
export function probePeer(peer: Peer, timeoutMs = PROBE_TIMEOUT_MS): Promise<PeerProbe> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (probe: PeerProbe) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(probe);
    };
    let url: URL;
    let pinned: string;
    try {
      url = new URL('/federation/v1/descriptor', peer.descriptor.endpoints.federation);
      pinned = new X509Certificate(peer.descriptor.tlsCertificate).fingerprint256;
    } catch {
      finish({ reachable: false, ms: 0, error: 'the pinned endpoint or certificate cannot be read' });
      return;
    }
    if (url.protocol !== 'https:') {
      finish({ reachable: false, ms: 0, error: 'the federation endpoint is not HTTPS' });
      return;
    }
    let request: ClientRequest;
    try {
      request = https.request(url, {
        method: 'GET',
        ca: peer.descriptor.tlsCertificate,
        agent: false,
        timeout: timeoutMs,
        checkServerIdentity: (_host, certificate) => (certificate.fingerprint256 === pinned ? undefined : new Error('it presented a certificate other than the pinned one')),
      }, (response) => {
        const status = response.statusCode ?? 0;
        finish({ reachable: status < 500, status, ms: ms() });
        // Only the status matters: the body is not read.
        response.destroy();
      });
    } catch (error) {
      finish({ reachable: false, ms: ms(), error: error instanceof Error ? error.message : String(error) });
      return;
    }
    const giveUp = () => request.destroy(new Error(`no answer within ${timeoutMs} ms`));
    // `timeout` above is the socket's idle time; this bounds the whole probe.
    timer = setTimeout(giveUp, timeoutMs);
    request.on('timeout', giveUp);
    request.on('error', (error) => finish({ reachable: false, ms: ms(), error: error.message }));
    request.end();
  });
}

/**
 * Every known peer with the state of its outbox (messages pending, being
 * sent, refused and delivered; the last delivery and the last error) and,
 * with `probe`, whether it answers now. No personal data: not audited.
 */
export async function peerHealth(federation: Federation, actor: Actor, options: { probe?: boolean } = {}): Promise<PeerHealth[]> {
  requirePermission(actor, 'node:read');
  const rows = await federation.ctx.db.query<OutboxRow>(
    `SELECT receiver,
            count(*) FILTER (WHERE state = 'pending')::int AS pending,
            count(*) FILTER (WHERE state = 'sending')::int AS sending,
            count(*) FILTER (WHERE state = 'refused')::int AS refused,
            count(*) FILTER (WHERE state = 'delivered')::int AS delivered,
            min(created_at) FILTER (WHERE state IN ('pending', 'sending')) AS "oldestWaitingSince",
            max(delivered_at) AS "lastDeliveredAt",
            (array_agg(last_error ORDER BY next_attempt_at DESC, created_at DESC) FILTER (WHERE last_error IS NOT NULL))[1] AS "lastError"
     FROM outbox GROUP BY receiver`,
  );
  const byReceiver = new Map(rows.map((r) => [r.receiver, r]));
  const peers = federation.peers.all();
  const probes = options.probe ? await Promise.all(peers.map((p) => probePeer(p))) : [];
  return peers.map((peer, i) => {
    const d = peer.descriptor;
    const row = byReceiver.get(d.nodeId);
    return {
      nodeId: d.nodeId,
      country: d.country,
      agency: d.agency,
      federation: d.endpoints.federation,
      outbox: { pending: row?.pending ?? 0, sending: row?.sending ?? 0, refused: row?.refused ?? 0, delivered: row?.delivered ?? 0 },
      oldestWaitingSince: row?.oldestWaitingSince ?? null,
      lastDeliveredAt: row?.lastDeliveredAt ?? null,
      lastError: row?.lastError ?? null,
      ...(options.probe && { probe: probes[i] }),
    };
  });
}
