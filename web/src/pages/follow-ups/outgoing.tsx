import { useState } from 'react';
import { api } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { Countdown } from '../../components/countdown.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatTime } from '../../components/format.ts';
import { ReleasedData } from './released-data.tsx';
import type { FollowUp, Release } from './types.ts';

/** One request this node sent: its state, deadline, and the released data on demand (a consultation, audited). */
function OutgoingRow({ followUp, now }: { followUp: FollowUp; now: Date }) {
  const [releases, setReleases] = useState<Release[] | null>(null);
  const read = useAction(() => api<{ releases: Release[] }>('GET', `/api/v1/exchange/follow-ups/${followUp.id}/data`));
  const open = followUp.state === 'requested' || followUp.state === 'pending';
  const toggle = async () => {
    if (releases) return setReleases(null);
    const result = await read.run();
    if (result) setReleases(result.releases);
  };
  return (
    <>
      <tr className={followUp.overdue ? 'overdue-row' : undefined}>
        <td><strong>{followUp.partner}</strong></td>
        <td>
          <q>{followUp.justification}</q>
          <div className="follow-ups-note">{followUp.urgent ? <span className="badge follow-ups-urgent">urgent</span> : 'normal'} · sent {formatTime(followUp.createdAt)}</div>
        </td>
        <td>{followUp.recordType}</td>
        <td>
          <span className="badge">{followUp.state}</span>
          {followUp.decisionReason && <div>{followUp.decisionReason}</div>}
          {followUp.releasedFields.length > 0 && <div className="follow-ups-note">released: {followUp.releasedFields.join(', ')}</div>}
        </td>
        <td>{open ? <Countdown due={followUp.deadline} now={now} /> : '—'}</td>
        <td>
          {followUp.releasedFields.length > 0 && (
            <button type="button" className="secondary" onClick={toggle} disabled={read.busy} aria-expanded={releases !== null}>
              {releases ? 'Hide released data' : 'Read released data'}
            </button>
          )}
          {read.busy && <Busy label="Reading the released data" />}
          <ErrorMessage error={read.error} />
        </td>
      </tr>
      {releases && (
        <tr>
          <td colSpan={6}>
            <ReleasedData releases={releases} />
          </td>
        </tr>
      )}
    </>
  );
}

/** Requests this node sent for the data behind partners' hits, with their state and deadline. */
export function OutgoingFollowUps({ followUps, now }: { followUps: FollowUp[]; now: Date }) {
  if (followUps.length === 0) return <p>No follow-up request has been sent from this node. Requests are made from a hit in Search.</p>;
  return (
    <table className="follow-ups-table">
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Justification</th>
          <th scope="col">Record type</th>
          <th scope="col">State</th>
          <th scope="col">Deadline</th>
          <th scope="col">Released data</th>
        </tr>
      </thead>
      <tbody>
        {followUps.map((f) => (
          <OutgoingRow key={f.id} followUp={f} now={now} />
        ))}
      </tbody>
    </table>
  );
}
