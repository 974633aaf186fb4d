import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import { LiaisonError } from '../core/errors.ts';
import type { Peer } from './peers.ts';

/** What a peer answered to a posted envelope. */
export interface PeerResponse {
  status: number;
  contentType: string;
  body: string;
}

/** The media type of a compact JWS or JWE (RFC 7515/7516). */
export const JOSE_MEDIA_TYPE = 'application/jose';

/**
 * HTTPS to partner nodes, each pinned to the certificate in its descriptor:
 * no certificate authority is trusted, only that exact certificate. Keeps
 * connections alive per peer.
 */
export class PeerTransport {
  private readonly agents = new Map<string, https.Agent>();

  constructor(private readonly timeoutMs = 10_000) {}

  private agentFor(peer: Peer): https.Agent {
    const id = peer.descriptor.nodeId;
    let agent = this.agents.get(id);
    if (!agent) {
      const pinned = new X509Certificate(peer.descriptor.tlsCertificate).fingerprint256;
      agent = new https.Agent({
        keepAlive: true,
        maxSockets: 32,
        ca: peer.descriptor.tlsCertificate,
        checkServerIdentity: (_host, certificate) =>
          certificate.fingerprint256 === pinned ? undefined : new Error(`${id} presented a certificate other than the pinned one`),
      });
      this.agents.set(id, agent);
    }
    return agent;
  }

  /** Posts a sealed envelope to the peer's federation endpoint; a network failure is `peer_unavailable`. */
  post(peer: Peer, sealed: string): Promise<PeerResponse> {
    const url = new URL('/federation/v1/messages', peer.descriptor.endpoints.federation);
    return new Promise((resolve, reject) => {
      const request = https.request(
        url,
        {
          method: 'POST',
          agent: this.agentFor(peer),
          headers: { 'content-type': JOSE_MEDIA_TYPE, 'content-length': Buffer.byteLength(sealed) },
          timeout: this.timeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', (error) => reject(new LiaisonError('peer_unavailable', `${peer.descriptor.nodeId}: ${error.message}`)));
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      request.on('error', (error) => reject(new LiaisonError('peer_unavailable', `${peer.descriptor.nodeId} is unreachable: ${error.message}`)));
      request.end(sealed);
    });
  }

  /** Forgets a peer's connections (after its descriptor changed). */
  forget(nodeId: string): void {
    this.agents.get(nodeId)?.destroy();
    this.agents.delete(nodeId);
  }

  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }
}
