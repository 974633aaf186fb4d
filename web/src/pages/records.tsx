import { canReadAudit, hasRole, POLICE_ROLES } from '../components/roles.ts';
import type { PageProps } from '../pages.ts';
import { href } from '../routing.ts';
import { OpenRecordForm } from './records/open-record-form.tsx';
import { recentRecords } from './records/recent.ts';
import { UUID } from './records/model.ts';
import { RecordView } from './records/record-view.tsx';

/** The records opened in this tab, for opening again. */
function RecentList() {
  const recent = recentRecords();
  if (recent.length === 0) return <p>No record opened in this tab yet. Find one with the <a href={href('search')}>search</a>.</p>;
  return (
    <ul className="records-recent">
      {recent.map((r) => (
        <li key={r.id}>
          <a href={href('records', r.id)}>{r.label}</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Records: `#/records/<id>` shows one record (a consultation); `#/records`
 * explains, offers a box to open a record by id and lists the records opened
 * in this tab. Reading only: records are written by import and the API.
 */
export function RecordsPage({ route, officer }: PageProps) {
  const id = route[0];
  if (id && UUID.test(id)) return <RecordView key={id} id={id.toLowerCase()} graph={hasRole(officer.roles, POLICE_ROLES)} auditTrail={canReadAudit(officer.roles)} />;
  return (
    <div className="records-index">
      <h1>Records</h1>
      {id && <p className="error" role="alert">“{id}” is not a record id.</p>}
      <p className="records-intro">
        A record is a person, document, vehicle, organisation, location, event or case held by this node, with its
        data-protection fields. Opening a record is a consultation: it is audited with the purpose and justification set at the
        top of the page. Find records with the <a href={href('search')}>search</a>, or open one by its id.
      </p>
      <section className="card" aria-labelledby="records-open-h">
        <h2 id="records-open-h">Open a record</h2>
        <OpenRecordForm page="records" action="Open record" />
      </section>
      <section className="card" aria-labelledby="records-recent-h">
        <h2 id="records-recent-h">Opened in this tab</h2>
        <RecentList />
      </section>
    </div>
  );
}
