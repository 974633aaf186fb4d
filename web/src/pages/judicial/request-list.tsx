import { useState } from 'react';
import { api } from '../../api.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useLoad } from '../../components/use-load.ts';
import { href } from '../../routing.ts';
import { formatWhen, words } from '../../components/format.ts';
import { REQUEST_TYPES, typeName } from './labels.ts';
import type { RequestSummary } from './types.ts';

interface Filter {
  type: string;
  stage: string;
  partner: string;
  open: string;
}

function query(filter: Filter): string {
  const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== ''));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Judicial requests by instrument, stage, partner and openness, each linking to its detail. */
export function RequestList() {
  const [draft, setDraft] = useState<Filter>({ type: '', stage: '', partner: '', open: 'true' });
  const [filter, setFilter] = useState<Filter>(draft);
  const { data, error, loading } = useLoad(() => api<{ requests: RequestSummary[] }>('GET', `/api/v1/judicial/requests${query(filter)}`), [filter]);
  const set = (key: keyof Filter) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setDraft({ ...draft, [key]: e.target.value });
  const stages = [...new Set((data?.requests ?? []).map((r) => r.stage))].sort();
  return (
    <section aria-labelledby="judicial-requests">
      <h2 id="judicial-requests">Requests</h2>
      <form className="judicial-filters" onSubmit={(e) => { e.preventDefault(); setFilter(draft); }} aria-label="Filter requests">
        <label>
          Instrument
          <select value={draft.type} onChange={set('type')}>
            <option value="">all</option>
            {Object.entries(REQUEST_TYPES).map(([value, name]) => <option key={value} value={value}>{name}</option>)}
          </select>
        </label>
        <label>
          Stage
          <input value={draft.stage} onChange={set('stage')} list="judicial-stages" placeholder="e.g. arrested" maxLength={60} />
          <datalist id="judicial-stages">{stages.map((s) => <option key={s} value={s} />)}</datalist>
        </label>
        <label>
          Partner node
          <input value={draft.partner} onChange={set('partner')} placeholder="e.g. fr-demo" maxLength={63} />
        </label>
        <label>
          Open or closed
          <select value={draft.open} onChange={set('open')}>
            <option value="">all</option>
            <option value="true">open</option>
            <option value="false">closed</option>
          </select>
        </label>
        <button type="submit">Show requests</button>
      </form>
      {loading && <Busy label="Loading requests" />}
      <ErrorMessage error={error} />
      {data && data.requests.length === 0 && <p>No request matches.</p>}
      {data && data.requests.length > 0 && (
        <table>
          <caption className="judicial-caption">{data.requests.length} request{data.requests.length === 1 ? '' : 's'}</caption>
          <thead>
            <tr><th scope="col">Reference</th><th scope="col">Instrument</th><th scope="col">Direction</th><th scope="col">Partner</th><th scope="col">Stage</th><th scope="col">Updated</th></tr>
          </thead>
          <tbody>
            {data.requests.map((r) => (
              <tr key={r.id}>
                <td><a href={href('judicial', r.id)}>{r.reference}</a></td>
                <td>{typeName(r.type)}</td>
                <td>{r.direction}</td>
                <td>{r.direction === 'outgoing' ? r.executingNode ?? '—' : r.issuingNode}</td>
                <td><span className="badge">{words(r.stage)}</span></td>
                <td>{formatWhen(r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
