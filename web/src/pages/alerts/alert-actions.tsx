import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import type { Alert } from './types.ts';

/** Withdraws an alert this node issued, with a reason; the replicas disappear at the partners. */
function WithdrawForm({ alert, onDone }: { alert: Alert; onDone: (message: string) => void }) {
  const [reason, setReason] = useState('');
  const withdraw = useAction(async () => {
    await api<null>('POST', `/api/v1/alerts/${alert.id}/withdraw`, { reason: reason.trim() });
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await withdraw.run()) onDone(`Alert withdrawn; the partners holding a copy are told to delete it.`);
  };
  return (
    <form onSubmit={submit} className="alerts-inline">
      <label htmlFor={`withdraw-${alert.id}`}>Reason for withdrawal</label>
      <input id={`withdraw-${alert.id}`} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={5} maxLength={500} />
      <button type="submit" disabled={withdraw.busy}>Confirm withdrawal</button>
      {withdraw.busy && <Busy label="Withdrawing the alert" />}
      <ErrorMessage error={withdraw.error} />
    </form>
  );
}

/** Reports to the issuer that a replicated alert's subject was found, and what was done. */
function ReportHitForm({ alert, onDone }: { alert: Alert; onDone: (message: string) => void }) {
  const [circumstances, setCircumstances] = useState('');
  const [actionTaken, setActionTaken] = useState('');
  const report = useAction(() => api<{ deadline: string }>('POST', `/api/v1/alerts/${alert.id}/hits`, { circumstances: circumstances.trim(), actionTaken: actionTaken.trim() }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const hit = await report.run();
    if (hit) onDone(`Hit report sent to ${alert.issuer}; an answer is due by ${new Date(hit.deadline).toLocaleString()}.`);
  };
  return (
    <form onSubmit={submit} className="alerts-inline">
      <label htmlFor={`circ-${alert.id}`}>Circumstances of the hit</label>
      <textarea id={`circ-${alert.id}`} value={circumstances} onChange={(e) => setCircumstances(e.target.value)} required minLength={5} maxLength={2000} rows={3} />
      <label htmlFor={`taken-${alert.id}`}>Action taken</label>
      <textarea id={`taken-${alert.id}`} value={actionTaken} onChange={(e) => setActionTaken(e.target.value)} required minLength={5} maxLength={1000} rows={2} />
      <button type="submit" disabled={report.busy}>Send hit report</button>
      {report.busy && <Busy label="Sending the hit report" />}
      <ErrorMessage error={report.error} />
    </form>
  );
}

/**
 * What an officer can do with an alert: withdraw one this node issued, or
 * report a hit on a partner's. Each opens its form in place.
 */
export function AlertActions({ alert, own, onDone }: { alert: Alert; own: boolean; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (alert.state !== 'active') return message ? <p role="status" className="ok">{message}</p> : null;
  const done = (text: string) => {
    setMessage(text);
    setOpen(false);
    onDone();
  };
  const label = own ? 'Withdraw' : 'Report a hit';
  return (
    <div>
      {message && <p role="status" className="ok">{message}</p>}
      <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Cancel' : label}
      </button>
      {open && (own ? <WithdrawForm alert={alert} onDone={done} /> : <ReportHitForm alert={alert} onDone={done} />)}
    </div>
  );
}
