import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useLoad } from '../../components/use-load.ts';
import { words } from './model.ts';

/** One entry of the audit log, as `GET /api/v1/audit/entries` returns it. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  purpose?: string | null;
  justification?: string | null;
  recordIds?: string[];
  recipients?: string[] | null;
  details?: unknown;
}

/** Details of an entry in one line (they are free-form JSON). */
function detailText(details: unknown): string {
  if (details === null || details === undefined) return '';
  const text = typeof details === 'string' ? details : JSON.stringify(details);
  return text === '{}' ? '' : text;
}

const PAGE = 100;

/**
 * Who did what with a record and why: its audit trail, newest first, a page
 * of 100 at a time. Only the data-protection officer may read the audit log;
 * to others the console says so instead of showing an error.
 */
export function AuditTrail({ recordId }: { recordId: string }) {
  const path = `/api/v1/audit/entries?recordId=${encodeURIComponent(recordId)}&limit=${PAGE}`;
  const { data, error, loading, reload } = useLoad(() => api<{ entries: AuditEntry[] }>('GET', path), [path]);
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(true);
  const { run, busy, error: olderError } = useAction((before: number) => api<{ entries: AuditEntry[] }>('GET', `${path}&before=${before}`));
  useEffect(() => {
    setOlder([]);
    setMore(true);
  }, [data]);

  if (loading) return <Busy label="Loading the audit trail" />;
  if (error instanceof ApiError && error.status === 403) return <p className="records-note">The audit trail is visible to the data-protection officer.</p>;
  if (error instanceof ApiError && error.status === 404) return <p className="records-note">This node does not offer the audit trail of a record (it runs an older version).</p>;
  if (error) return <ErrorMessage error={error} />;
  const entries = [...(data?.entries ?? []), ...older];
  if (entries.length === 0) return <p>No audit entry names this record.</p>;
  const canLoadMore = more && entries.length % PAGE === 0;
  const loadOlder = async () => {
    const page = await run(Math.min(...entries.map((e) => e.seq)));
    if (!page) return;
    setOlder((o) => [...o, ...page.entries]);
    if (page.entries.length < PAGE) setMore(false);
  };
  return (
    <>
      <table className="records-audit">
        <caption className="records-caption">
          {entries.length === 1 ? 'One audit entry' : `${entries.length} audit entries`}, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Purpose and justification</th>
            <th scope="col">Recipients</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td>{e.seq}</td>
              <td>{e.at.replace('T', ' ').slice(0, 19)}</td>
              <td className="records-mono">{e.actor}</td>
              <td>{words(e.action)}</td>
              <td>{[e.purpose && words(e.purpose), e.justification].filter(Boolean).join(': ') || <span className="records-muted">—</span>}</td>
              <td>{e.recipients?.length ? e.recipients.join(', ') : <span className="records-muted">—</span>}</td>
              <td className="records-details">{detailText(e.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {busy && <Busy label="Loading older entries" />}
      <ErrorMessage error={olderError} />
      <p>
        {canLoadMore && (
          <button type="button" onClick={loadOlder} disabled={busy}>Show older entries</button>
        )}{' '}
        <button type="button" className="secondary" onClick={reload}>Reload the audit trail</button>
      </p>
    </>
  );
}
