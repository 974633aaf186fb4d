import { useId, useState } from 'react';
import { api, storedJustification } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { href } from '../../routing.ts';

/** A partner's answer to a hit/no-hit query, as `POST /api/v1/exchange/queries` returns it. */
export interface PartnerResult {
  queryId: string;
  partner: string;
  outcome: 'hit' | 'no_hit' | 'refused' | 'unavailable';
  agreement: string | null;
  reference?: string;
  quality?: number;
  reasons: string[];
}

/** A follow-up as the node returns it (only the fields shown here). */
interface FollowUp {
  id: string;
  partner: string;
  state: string;
  deadline: string;
  urgent: boolean;
}

const OUTCOMES: Record<PartnerResult['outcome'], string> = {
  hit: 'Hit',
  no_hit: 'No hit',
  refused: 'Refused',
  unavailable: 'Unavailable',
};

/** The form that turns a hit into a request for its data (Prüm step 2), then says where to follow it. */
function RequestData({ result }: { result: PartnerResult }) {
  const [open, setOpen] = useState(false);
  const [justification, setJustification] = useState(() => storedJustification()?.justification ?? '');
  const [urgent, setUrgent] = useState(false);
  const [done, setDone] = useState<FollowUp | null>(null);
  const { run, busy, error } = useAction((body: unknown) => api<FollowUp>('POST', '/api/v1/exchange/follow-ups', body));
  const fieldId = useId();

  if (done) {
    return (
      <p className="ok" role="status">
        Requested from {done.partner}{done.urgent ? ' (urgent)' : ''}: answer due by {done.deadline.replace('T', ' ').slice(0, 16)}.{' '}
        <a href={href('follow-ups')}>Follow it under Hits and follow-ups</a>.
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} aria-label={`Request the data behind the hit at ${result.partner}`}>
        Request the data
      </button>
    );
  }
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const followUp = await run({ queryId: result.queryId, justification: justification.trim(), urgent });
    if (followUp) setDone(followUp);
  };
  return (
    <form className="search-follow-up" onSubmit={submit} aria-label={`Request the data from ${result.partner}`}>
      <label htmlFor={fieldId}>Why the data is needed (at least 10 characters; the partner sees it)</label>
      <textarea id={fieldId} value={justification} onChange={(e) => setJustification(e.target.value)} rows={2} cols={40} minLength={10} maxLength={1000} required />
      <label className="search-check">
        <input type="checkbox" checked={urgent} onChange={(e) => setUrgent(e.target.checked)} /> Urgent
      </label>
      <div>
        <button type="submit" disabled={busy}>{busy ? 'Sending…' : 'Send the request'}</button>{' '}
        <button type="button" className="secondary" onClick={() => setOpen(false)} disabled={busy}>Cancel</button>
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}

/** One row per partner: hit or no hit with the hit's quality, or why it was refused or unavailable. */
export function PartnerResults({ results }: { results: PartnerResult[] }) {
  if (results.length === 0) return <p>This node has no partner to ask.</p>;
  return (
    <table className="search-partners">
      <caption className="search-caption">
        {results.filter((r) => r.outcome === 'hit').length} of {results.length} partners answered with a hit
      </caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Answer</th>
          <th scope="col">Quality</th>
          <th scope="col">Agreement</th>
          <th scope="col">Reasons and next step</th>
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={r.queryId} className={r.outcome === 'hit' ? 'search-hit-row' : undefined}>
            <th scope="row">{r.partner}</th>
            <td>
              <span className={`badge search-outcome-${r.outcome}`}>{OUTCOMES[r.outcome]}</span>
            </td>
            <td>{r.quality !== undefined ? `${(r.quality * 100).toFixed(1)} %` : '—'}</td>
            <td>{r.agreement ?? 'none in force'}</td>
            <td>
              {r.reasons.length > 0 && (
                <ul className="search-reasons">
                  {r.reasons.map((reason, i) => <li key={i}>{reason}</li>)}
                </ul>
              )}
              {r.outcome === 'hit' && <RequestData result={r} />}
              {r.outcome === 'unavailable' && r.reasons.length === 0 && 'The partner could not be reached; try again later.'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
