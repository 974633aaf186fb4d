import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { Countdown } from '../../components/countdown.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { words } from '../../components/format.ts';
import type { Alert, HitReport } from './types.ts';

/** The issuer's answer to a hit report on one of this node's alerts. */
function AnswerForm({ hit, onDone }: { hit: HitReport; onDone: (message: string) => void }) {
  const [answer, setAnswer] = useState('');
  const send = useAction(() => api<HitReport>('POST', `/api/v1/alert-hits/${hit.id}/answer`, { answer: answer.trim() }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await send.run()) onDone(`Answer sent to ${hit.partner}.`);
  };
  return (
    <form onSubmit={submit} className="alerts-inline">
      <label htmlFor={`answer-${hit.id}`}>Answer to {hit.partner}</label>
      <textarea id={`answer-${hit.id}`} value={answer} onChange={(e) => setAnswer(e.target.value)} required minLength={5} maxLength={2000} rows={2} />
      <button type="submit" disabled={send.busy}>Send answer</button>
      {send.busy && <Busy label="Sending the answer" />}
      <ErrorMessage error={send.error} />
    </form>
  );
}

/** One hit report; keeps its confirmation on screen after the answer is sent. */
function HitRow({ hit, alert, now, mayAnswer, onAnswered }: { hit: HitReport; alert: Alert | undefined; now: Date; mayAnswer: boolean; onAnswered: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => {
    setMessage(text);
    onAnswered();
  };
  return (
    <tr className={hit.overdue ? 'overdue-row' : undefined}>
      <td><strong>{hit.partner}</strong></td>
      <td>{alert ? `${words(alert.category)} on a ${alert.recordType}` : 'alert'} <code className="alerts-id">{hit.alertId.slice(0, 8)}</code></td>
      <td>{hit.circumstances}</td>
      <td>{hit.actionTaken}</td>
      <td>{hit.answer ? 'answered' : <Countdown due={hit.deadline} now={now} />}</td>
      <td>
        {message && <p role="status" className="ok">{message}</p>}
        {hit.answer ?? (mayAnswer ? <AnswerForm hit={hit} onDone={done} /> : 'Not answered yet.')}
      </td>
    </tr>
  );
}

interface Props {
  hits: HitReport[];
  alerts: Map<string, Alert>;
  direction: 'incoming' | 'outgoing';
  now: Date;
  mayAnswer: boolean;
  onAnswered: () => void;
}

/** Hit reports in one direction, unanswered first; overdue ones highlighted with the time past their deadline. */
export function HitReports({ hits, alerts, direction, now, mayAnswer, onAnswered }: Props) {
  const shown = hits.filter((h) => h.direction === direction);
  if (shown.length === 0) return <p>{direction === 'incoming' ? 'No partner has reported a hit on an alert of this node.' : 'This node has reported no hit on a partner’s alert.'}</p>;
  return (
    <table className="alerts-table">
      <thead>
        <tr>
          <th scope="col">{direction === 'incoming' ? 'Reported by' : 'Reported to'}</th>
          <th scope="col">Alert</th>
          <th scope="col">Circumstances</th>
          <th scope="col">Action taken</th>
          <th scope="col">Answer due</th>
          <th scope="col">Answer</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((h) => (
          <HitRow key={h.id} hit={h} alert={alerts.get(h.alertId)} now={now} mayAnswer={mayAnswer && direction === 'incoming'} onAnswered={onAnswered} />
        ))}
      </tbody>
    </table>
  );
}
