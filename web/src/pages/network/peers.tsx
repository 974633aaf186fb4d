import { useState } from 'react';
import { api } from '../../api.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatWhen } from '../../components/format.ts';
import { useLoad } from '../../components/use-load.ts';
import type { PeerHealth, PeerSummary } from './types.ts';

/** Whether a partner answered the live probe, and how fast; or why not. */
function Reachability({ probe }: { probe: PeerHealth['probe'] }) {
  if (!probe) return <span className="network-muted">not checked</span>;
  if (probe.reachable) return <span className="badge network-good">answers ({probe.ms} ms)</span>;
  return <span className="badge network-bad">unreachable{probe.error ? `: ${probe.error}` : ''}</span>;
}

/** The partner nodes with their outbox (waiting, refused, delivered), last delivery and error, and on request whether they answer now. */
export function Peers() {
  const [probe, setProbe] = useState(false);
  const [tick, setTick] = useState(0);
  const peers = useLoad(() => api<{ peers: PeerSummary[] }>('GET', '/api/v1/peers'), []);
  const health = useLoad(() => api<{ peers: PeerHealth[] }>('GET', `/api/v1/peers/health${probe ? '?probe=true' : ''}`), [probe, tick]);
  const byNode = new Map((health.data?.peers ?? []).map((h) => [h.nodeId, h]));
  return (
    <section aria-labelledby="network-partners">
      <h2 id="network-partners">Partner nodes</h2>
      <p>
        <button type="button" onClick={() => (probe ? setTick((t) => t + 1) : setProbe(true))} disabled={health.loading}>
          Check reachability now
        </button>
      </p>
      {(peers.loading || health.loading) && <Busy label={probe ? 'Asking each partner whether it answers' : 'Loading the partners'} />}
      <ErrorMessage error={peers.error} />
      <ErrorMessage error={health.error} />
      {peers.data && peers.data.peers.length === 0 && <p>This node has no partner yet.</p>}
      {peers.data && peers.data.peers.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Node</th><th scope="col">Agency</th><th scope="col">Federation endpoint</th><th scope="col">Waiting to send</th>
              <th scope="col">Refused</th><th scope="col">Delivered</th><th scope="col">Last delivered</th><th scope="col">Last error</th><th scope="col">Reachable</th>
            </tr>
          </thead>
          <tbody>
            {peers.data.peers.map((p) => {
              const h = byNode.get(p.nodeId);
              const waiting = h ? h.outbox.pending + h.outbox.sending : 0;
              return (
                <tr key={p.nodeId} className={h && (h.outbox.refused > 0 || h.probe?.reachable === false) ? 'overdue-row' : undefined}>
                  <th scope="row">{p.nodeId} <span className="network-muted">({p.country})</span></th>
                  <td>{p.agency}</td>
                  <td><code>{p.federation}</code><div className="network-muted">key {p.signingKeyId.slice(0, 12)}…</div></td>
                  <td>{h ? `${waiting}${h.oldestWaitingSince ? ` since ${formatWhen(h.oldestWaitingSince)}` : ''}` : '…'}</td>
                  <td className={h && h.outbox.refused > 0 ? 'overdue' : undefined}>{h?.outbox.refused ?? '…'}</td>
                  <td>{h?.outbox.delivered ?? '…'}</td>
                  <td>{h ? formatWhen(h.lastDeliveredAt) : '…'}</td>
                  <td>{h?.lastError ?? '—'}</td>
                  <td><Reachability probe={h?.probe} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
