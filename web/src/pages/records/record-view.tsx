import { useEffect } from 'react';
import { api } from '../../api.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useLoad } from '../../components/use-load.ts';
import { href } from '../../routing.ts';
import { AuditTrail } from './audit-trail.tsx';
import { describe, type RecordWithLinks } from './model.ts';
import { TlpBadge } from '../../components/protection.tsx';
import { ProtectionFields } from './protection-fields.tsx';
import { rememberRecord } from './recent.ts';
import { RecordData } from './record-data.tsx';
import { RecordLinks } from './record-links.tsx';
import { words } from '../../components/format.ts';

/**
 * One record: its type and data, its data-protection fields, its links, a way
 * into the link graph (`graph`: when the officer's roles open it), and its
 * audit trail (`auditTrail`: when they may read the audit log). Reading it is
 * a consultation, made with the purpose and justification set at the top of the page.
 */
export function RecordView({ id, graph = true, auditTrail = false }: { id: string; graph?: boolean; auditTrail?: boolean }) {
  const { data: record, error, loading, reload } = useLoad(() => api<RecordWithLinks>('GET', `/api/v1/records/${encodeURIComponent(id)}`), [id]);
  useEffect(() => {
    if (record) rememberRecord({ id: record.id, label: `${record.type}: ${describe(record)}` });
  }, [record]);

  if (loading) return (<><h1>Record</h1><Busy label="Consulting the record" /></>);
  if (error || !record) {
    return (
      <>
        <h1>Record</h1>
        <ErrorMessage error={error} />
        <p>
          <button type="button" onClick={reload}>Try again</button> <a href={href('records')}>Open another record</a>
        </p>
      </>
    );
  }
  const what = describe(record);
  return (
    <article className="records-view">
      <h1>
        <span className="records-type">{words(record.type)}</span> {what || 'record'}
      </h1>
      <p className="records-meta">
        <TlpBadge tlp={record.protection.tlp} /> Id <span className="records-mono">{record.id}</span> · version {record.version} · created{' '}
        {record.createdAt.slice(0, 10)} · updated {record.updatedAt.slice(0, 10)} · owner {record.protection.ownerNode}
      </p>
      {graph && (
        <p className="records-actions">
          <a href={href('graph', record.id)}>Show the link graph around this record</a>
        </p>
      )}
      <div className="records-columns">
        <section className="card" aria-labelledby="records-data-h">
          <h2 id="records-data-h">Data</h2>
          {record.data ? (
            <RecordData type={record.type} data={record.data} />
          ) : (
            <p className="records-note">This record’s personal data was erased on {record.erasedAt?.slice(0, 10)}; its audit trail stays.</p>
          )}
        </section>
        <section className="card" aria-labelledby="records-protection-h">
          <h2 id="records-protection-h">Data protection</h2>
          <ProtectionFields protection={record.protection} />
        </section>
      </div>
      <section className="card" aria-labelledby="records-links-h">
        <h2 id="records-links-h">Linked records</h2>
        <RecordLinks recordId={record.id} links={record.links} />
      </section>
      <section className="card" aria-labelledby="records-audit-h">
        <h2 id="records-audit-h">Audit trail</h2>
        <AuditTrail recordId={record.id} mayRead={auditTrail} />
      </section>
    </article>
  );
}
