import { useState } from 'react';
import { api } from '../../api.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useLoad } from '../../components/use-load.ts';
import { instant, type AuditStatistics } from './types.ts';

function Counts<K extends string>({ caption, column, rows, name }: { caption: string; column: string; rows: Array<Record<K, string> & { count: number }>; name: K }) {
  return (
    <table className="audit-counts">
      <caption className="audit-caption">{caption}</caption>
      <thead><tr><th scope="col">{column}</th><th scope="col">Entries</th></tr></thead>
      <tbody>
        {rows.map((r) => <tr key={r[name]}><th scope="row">{r[name].replace(/_/g, ' ')}</th><td>{r.count}</td></tr>)}
        {rows.length === 0 && <tr><td colSpan={2}>none</td></tr>}
      </tbody>
    </table>
  );
}

/** Figures for the data-protection officer over a period: entries by action, consultations by purpose, disclosures by recipient, refusals. */
export function Statistics() {
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [range, setRange] = useState(draft);
  const { data, error, loading } = useLoad(() => {
    const params = new URLSearchParams();
    const from = instant(range.from);
    const to = instant(range.to);
    if (from) params.set('from', from);
    if (to) params.set('to', to);
    return api<AuditStatistics>('GET', `/api/v1/audit/statistics${params.size ? `?${params}` : ''}`);
  }, [range]);
  return (
    <section aria-labelledby="audit-statistics">
      <h2 id="audit-statistics">Statistics</h2>
      <form onSubmit={(e) => { e.preventDefault(); setRange(draft); }} aria-label="Period of the statistics">
        <label>
          From
          <input type="datetime-local" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          Until
          <input type="datetime-local" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit">Show statistics</button>
      </form>
      {loading && <Busy label="Counting" />}
      <ErrorMessage error={error} />
      {data && (
        <>
          <p>{data.total} entries in the period.</p>
          <div className="audit-grid">
            <Counts caption="Consultations by purpose" column="Purpose" rows={data.consultationsByPurpose} name="purpose" />
            <Counts caption="Disclosures by recipient" column="Recipient" rows={data.disclosuresByRecipient} name="recipient" />
            <Counts caption="Entries by action" column="Action" rows={data.byAction} name="action" />
          </div>
          <table>
            <caption className="audit-caption">Refusals by kind and partner</caption>
            <thead><tr><th scope="col">Refusal</th><th scope="col">Kind</th><th scope="col">Partner</th><th scope="col">Entries</th></tr></thead>
            <tbody>
              {data.refusals.map((r) => (
                <tr key={`${r.action}-${r.kind}-${r.partner}`}><td>{r.action.replace(/_/g, ' ')}</td><td>{r.kind}</td><td>{r.partner}</td><td>{r.count}</td></tr>
              ))}
              {data.refusals.length === 0 && <tr><td colSpan={4}>none</td></tr>}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
