import { useState } from 'react';
import { AuditEntryTable, useAuditPages } from '../../components/audit-entries.tsx';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { words } from '../../components/format.ts';
import { AUDIT_ACTIONS, instant } from './types.ts';

/** What the form holds: each criterion as typed, empty for any. */
interface Criteria {
  action: string;
  actor: string;
  recordId: string;
  from: string;
  to: string;
}

const PAGE = 50;

/** The query of a search: the criteria given, the period as instants. */
function paramsOf(c: Criteria): URLSearchParams {
  const params = new URLSearchParams();
  if (c.action) params.set('action', c.action);
  if (c.actor.trim()) params.set('actor', c.actor.trim());
  if (c.recordId.trim()) params.set('recordId', c.recordId.trim());
  const from = instant(c.from);
  const to = instant(c.to);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return params;
}

/** Searches the log by action, actor, record and period, newest first, fifty at a time (every search is itself recorded). */
export function Search() {
  const [criteria, setCriteria] = useState<Criteria>({ action: '', actor: '', recordId: '', from: '', to: '' });
  const { entries, more, busy, error, search, older } = useAuditPages(PAGE);
  const set = (key: keyof Criteria) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const value = e.target.value;
    setCriteria((c) => ({ ...c, [key]: value }));
  };
  return (
    <section aria-labelledby="audit-search">
      <h2 id="audit-search">Search the log</h2>
      <form onSubmit={(e) => { e.preventDefault(); void search(paramsOf(criteria)); }} aria-label="Search criteria">
        <label>
          Action
          <select value={criteria.action} onChange={set('action')}>
            <option value="">any</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{words(a)}</option>)}
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
      {entries && entries.length > 0 && <AuditEntryTable entries={entries} showRecords />}
      {entries && more && (
        <button type="button" className="secondary" disabled={busy} onClick={() => void older()}>Older entries</button>
      )}
    </section>
  );
}
