import { useEffect } from 'react';
import { AuditEntryTable, useAuditPages } from '../../components/audit-entries.tsx';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';

const PAGE = 100;

/**
 * Who did what with a record and why: its audit trail, newest first, a page
 * of 100 at a time. Only the data-protection officer reads the audit log, so
 * the trail is asked for only when the officer holds that role (`mayRead`);
 * asking without it would only add a refusal to the log.
 */
export function AuditTrail({ recordId, mayRead }: { recordId: string; mayRead: boolean }) {
  const { entries, more, busy, error, search, older } = useAuditPages(PAGE);
  const load = () => search(new URLSearchParams({ recordId }));
  useEffect(() => {
    if (mayRead) void load();
    // `load` is new on every render; the trail is loaded again only for another record.
  }, [recordId, mayRead]);

  if (!mayRead) return <p className="records-note">The audit trail of a record is visible to the data-protection officer.</p>;
  return (
    <>
      {busy && <Busy label="Loading the audit trail" />}
      <ErrorMessage error={error} />
      {entries && (entries.length === 0 ? <p>No audit entry names this record.</p> : <AuditEntryTable entries={entries} />)}
      <p>
        {entries && more && (
          <button type="button" onClick={() => void older()} disabled={busy}>Show older entries</button>
        )}{' '}
        <button type="button" className="secondary" onClick={() => void load()} disabled={busy}>Reload the audit trail</button>
      </p>
    </>
  );
}
