import { useState } from 'react';
import { api } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { AUDIT_ACTIONS, instant, type AuditEntry } from './types.ts';

interface Criteria {
  action: string;
  actor: string;
  recordId: string;
  from: string;
  to: string;
}

const PAGE = 50;

function path(c: Criteria, before?: number): string {
  const params = new URLSearchParams({ limit: String(PAGE) });
  if (c.action) params.set('action', c.action);
  if (c.actor.trim()) params.set('actor', c.actor.trim());
  if (c.recordId.trim()) params.set('recordId', c.recordId.trim());
  const from = instant(c.from);
  const to = instant(c.to);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (before) params.set('before', String(before));
  return `/api/v1/audit/entries?${params}`;
}

function Details({ details }: { details: Record<string, unknown> }) {
  const text = JSON.stringify(details);
  return text === '{}' ? <>—</> : <code className="audit-details">{text}</code>;
}

/** Searches the log by action, actor, record and period, newest first, fifty at a time (every search is itself recorded). */
export function Search() {
  const [criteria, setCriteria] = useState<Criteria>({ action: '', actor: '', recordId: '', from: '', to: '' });
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [more, setMore] = useState(false);
  const { run, busy, error } = useAction((p: string) => api<{ entries: AuditEntry[] }>('GET', p));
  const load = async (before?: number) => {
    const result = await run(path(criteria, before));
    if (!result) return;
    setEntries(before ? [...(entries ?? []), ...result.entries] : result.entries);
    setMore(result.entries.length === PAGE);
  };
  const set = (key: keyof Criteria) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setCriteria({ ...criteria, [key]: e.target.value });
  return (
    <section aria-labelledby="audit-search">
      <h2 id="audit-search">Search the log</h2>
      <form onSubmit={(e) => { e.preventDefault(); void load(); }} aria-label="Search criteria">
        <label>
          Action
          <select value={criteria.action} onChange={set('action')}>
            <option value="">any</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{a.replace(/_/g, ' ')}</option>)}
          </select>
        </label>
        <label>
          Actor
          <input value={criteria.actor} onChange={set('actor')} placeholder="officer id, system, node:fr-demo" maxLength={200} />
        </label>
        <label>
          Record id
          <input value={criteria.recordId} onChange={set('recordId')} maxLength={100} />
        </label>
        <label>
          From
          <input type="datetime-local" value={criteria.from} onChange={set('from')} />
        </label>
        <label>
          Until
          <input type="datetime-local" value={criteria.to} onChange={set('to')} />
        </label>
        <button type="submit" disabled={busy}>Search the log</button>
      </form>
      {busy && <Busy label="Searching the log" />}
      <ErrorMessage error={error} />
      {entries && entries.length === 0 && <p>No entry matches.</p>}
      {entries && entries.length > 0 && (
        <table className="audit-entries">
          <caption className="audit-caption">{entries.length} entries, newest first</caption>
          <thead>
            <tr><th scope="col">No.</th><th scope="col">When</th><th scope="col">Actor</th><th scope="col">Action</th><th scope="col">Purpose and justification</th><th scope="col">Records</th><th scope="col">Recipients</th><th scope="col">Details</th></tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>{e.actor}</td>
                <td>{e.action.replace(/_/g, ' ')}</td>
                <td>{e.purpose ? `${e.purpose.replace(/_/g, ' ')}: ${e.justification ?? ''}` : '—'}</td>
                <td>{e.recordIds.length > 0 ? e.recordIds.map((id) => <code key={id} className="audit-id">{id}</code>) : '—'}</td>
                <td>{e.recipients.join(', ') || '—'}</td>
                <td><Details details={e.details} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries && more && (
        <button type="button" className="secondary" disabled={busy} onClick={() => void load(entries[entries.length - 1].seq)}>Older entries</button>
      )}
    </section>
  );
}
