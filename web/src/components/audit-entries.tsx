import { useState } from 'react';
import { api } from '../api.ts';
import { useAction } from './action.ts';
import { formatTime, words } from './format.ts';

/** An entry of the audit log, as `GET /api/v1/audit/entries` returns it (src/audit/search.ts). */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  purpose: string | null;
  justification: string | null;
  recordIds: string[];
  recipients: string[];
  details: Record<string, unknown>;
}

/** A search of the audit log shown a page at a time: the entries so far, and how to get them. */
export interface AuditPages {
  /** The entries shown, newest first; null before the first search. */
  entries: AuditEntry[] | null;
  /** Whether older entries may follow. */
  more: boolean;
  busy: boolean;
  error: unknown;
  /** Searches with these criteria (without `limit` and `before`), replacing what is shown. */
  search: (criteria: URLSearchParams) => Promise<void>;
  /** Adds the next page of older entries, under the criteria of the entries shown. */
  older: () => Promise<void>;
}

/**
 * Searches the audit log `pageSize` entries at a time (every search is itself
 * recorded by the node). Older pages follow the criteria of the entries shown,
 * not a form edited since.
 */
export function useAuditPages(pageSize: number): AuditPages {
  const [shown, setShown] = useState<{ criteria: string; entries: AuditEntry[]; more: boolean } | null>(null);
  const { run, busy, error } = useAction((criteria: string, before?: number) => {
    const params = new URLSearchParams(criteria);
    params.set('limit', String(pageSize));
    if (before !== undefined) params.set('before', String(before));
    return api<{ entries: AuditEntry[] }>('GET', `/api/v1/audit/entries?${params}`);
  });
  const search = async (criteria: URLSearchParams) => {
    const text = criteria.toString();
    const page = await run(text);
    if (page) setShown({ criteria: text, entries: page.entries, more: page.entries.length === pageSize });
  };
  const older = async () => {
    if (!shown || shown.entries.length === 0) return;
    const page = await run(shown.criteria, shown.entries[shown.entries.length - 1].seq);
    if (!page) return;
    setShown((s) => (s && s.criteria === shown.criteria ? { criteria: s.criteria, entries: [...s.entries, ...page.entries], more: page.entries.length === pageSize } : s));
  };
  return { entries: shown?.entries ?? null, more: shown?.more ?? false, busy, error, search, older };
}

/** An entry's details in one line (free-form JSON); empty when there are none. */
function detailText(details: Record<string, unknown>): string {
  const text = JSON.stringify(details);
  return text === '{}' ? '' : text;
}

/** Audit entries as a table, newest first; with `showRecords`, the records each entry names. */
export function AuditEntryTable({ entries, showRecords = false }: { entries: AuditEntry[]; showRecords?: boolean }) {
  return (
    <table className="audit-entries">
      <caption className="audit-caption">{entries.length === 1 ? 'One audit entry' : `${entries.length} audit entries`}, newest first</caption>
      <thead>
        <tr>
          <th scope="col">No.</th>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Purpose and justification</th>
          {showRecords && <th scope="col">Records</th>}
          <th scope="col">Recipients</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.seq}>
            <td>{e.seq}</td>
            <td>{formatTime(e.at)}</td>
            <td>{e.actor}</td>
            <td>{words(e.action)}</td>
            <td>{[e.purpose && words(e.purpose), e.justification].filter(Boolean).join(': ') || '—'}</td>
            {showRecords && <td>{e.recordIds.length > 0 ? e.recordIds.map((id) => <code key={id} className="audit-id">{id}</code>) : '—'}</td>}
            <td>{e.recipients.join(', ') || '—'}</td>
            <td>{detailText(e.details) ? <code className="audit-details">{detailText(e.details)}</code> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
