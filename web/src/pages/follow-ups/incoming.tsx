import { useState } from 'react';
import { Countdown } from '../../components/countdown.tsx';
import { DecisionForm } from './decision-form.tsx';
import { formatTime, words } from '../../components/format.ts';
import type { AgreementFields, FollowUp } from './types.ts';

interface RowProps {
  followUp: FollowUp;
  agreement: AgreementFields | undefined;
  now: Date;
  mayDecide: boolean;
  onDecided: () => void;
}

/** What has become of a decided or waiting request, in words. */
function Outcome({ followUp, mayDecide }: { followUp: FollowUp; mayDecide: boolean }) {
  if (followUp.state === 'released') return <p><span className="badge">released</span> {followUp.releasedFields.join(', ')}</p>;
  if (followUp.state === 'declined') return <p><span className="badge">declined</span> {followUp.decisionReason}</p>;
  return <p>{mayDecide ? 'Waiting.' : 'Waiting for a liaison officer or supervisor to decide.'}</p>;
}

/** One incoming request: who asks, why, about what, by when, and the decision form while it is open. */
function IncomingRow({ followUp, agreement, now, mayDecide, onDecided }: RowProps) {
  const [message, setMessage] = useState<string | null>(null);
  const open = followUp.state === 'pending' || followUp.state === 'requested';
  const done = (text: string) => {
    setMessage(text);
    onDecided();
  };
  return (
    <tr className={followUp.overdue ? 'overdue-row' : undefined}>
      <td>
        <strong>{followUp.partner}</strong>
        <div className="follow-ups-note">received {formatTime(followUp.createdAt)}</div>
      </td>
      <td>
        <q>{followUp.justification}</q>
        <div className="follow-ups-note">
          {followUp.urgent ? <span className="badge follow-ups-urgent">urgent</span> : 'normal'} · purpose {words(followUp.purpose)}
        </div>
        <div className="follow-ups-note">asked for: {followUp.requestedFields.join(', ') || 'all the agreement allows'}</div>
      </td>
      <td>
        {followUp.recordType}
        <div className="follow-ups-note">{followUp.agreement}</div>
        {followUp.releasedFields.length > 0 && open && <div className="follow-ups-note">already released: {followUp.releasedFields.join(', ')}</div>}
      </td>
      <td>
        {open ? <Countdown due={followUp.deadline} now={now} /> : <span className="badge">{followUp.state}</span>}
        <div className="follow-ups-note">due {formatTime(followUp.deadline)}</div>
      </td>
      <td>
        {message && <p role="status" className="ok">{message}</p>}
        {open && mayDecide ? <DecisionForm followUp={followUp} agreement={agreement} onDone={done} /> : <Outcome followUp={followUp} mayDecide={mayDecide} />}
      </td>
    </tr>
  );
}

/** Requests from partners for the data behind this node's hits, open ones first, overdue ones highlighted. */
export function IncomingFollowUps({ followUps, agreements, now, mayDecide, onDecided }: { followUps: FollowUp[]; agreements: Map<string, AgreementFields>; now: Date; mayDecide: boolean; onDecided: () => void }) {
  if (followUps.length === 0) return <p>No partner has asked for the data behind a hit of this node.</p>;
  return (
    <table className="follow-ups-table">
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">What was asked</th>
          <th scope="col">Hit</th>
          <th scope="col">Deadline</th>
          <th scope="col">Decision</th>
        </tr>
      </thead>
      <tbody>
        {followUps.map((f) => (
          <IncomingRow key={f.id} followUp={f} agreement={agreements.get(f.agreement)} now={now} mayDecide={mayDecide} onDecided={onDecided} />
        ))}
      </tbody>
    </table>
  );
}
