import { api } from '../api.ts';
import { Busy } from '../components/busy.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { useLoad } from '../components/use-load.ts';
import type { PageProps } from '../pages.ts';
import { AlertSearch } from './alerts/alert-search.tsx';
import { AlertTable } from './alerts/alert-table.tsx';
import { HitReports } from './alerts/hit-reports.tsx';
import { PublishForm } from './alerts/publish-form.tsx';
import type { Alert, HitReport } from './alerts/types.ts';
import { canDecide } from '../components/roles.ts';
import { useAutoRefresh, useNow } from '../components/use-ticker.ts';

/**
 * Alerts (the SIS pattern): publish an alert to partners, see the alerts
 * issued here and the partners' replicated ones, search them, withdraw an own
 * alert, report a hit on a partner's, and answer hit reports on own alerts
 * before their deadline. Refreshes every 30 s without losing form input.
 */
export function AlertsPage({ officer }: PageProps) {
  const mayIssue = canDecide(officer.roles);
  const now = useNow();
  const node = useLoad(() => api<{ nodeId: string }>('GET', '/api/v1/node'), []);
  const alerts = useLoad(() => api<{ alerts: Alert[] }>('GET', '/api/v1/alerts'), []);
  const hits = useLoad(() => api<{ hits: HitReport[] }>('GET', '/api/v1/alert-hits'), []);
  const refresh = () => {
    alerts.reload();
    hits.reload();
  };
  useAutoRefresh(refresh);

  const self = node.data?.nodeId ?? null;
  const all = alerts.data?.alerts ?? [];
  const own = all.filter((a) => a.issuer === self);
  const replicated = all.filter((a) => a.issuer !== self);
  const byId = new Map(all.map((a) => [a.id, a]));
  const hitList = hits.data?.hits ?? [];
  const overdue = hitList.filter((h) => h.direction === 'incoming' && h.overdue).length;

  return (
    <div className="alerts">
      <h1>Alerts</h1>
      <div className="alerts-toolbar">
        <button type="button" onClick={refresh} disabled={alerts.loading || hits.loading}>Refresh</button>
        <span className="alerts-hint">Refreshes every 30 s.</span>
      </div>
      <ErrorMessage error={node.error} />

      <section aria-labelledby="alerts-hits">
        <h2 id="alerts-hits">Hit reports</h2>
        {hits.loading && <Busy label="Loading hit reports" />}
        <ErrorMessage error={hits.error} />
        <h3>On alerts issued here{overdue > 0 && <> — <span className="overdue">{overdue} overdue</span></>}</h3>
        {hits.data && <HitReports hits={hitList} alerts={byId} direction="incoming" now={now} mayAnswer={mayIssue} onAnswered={hits.reload} />}
        <h3>Reported by this node</h3>
        {hits.data && <HitReports hits={hitList} alerts={byId} direction="outgoing" now={now} mayAnswer={false} onAnswered={hits.reload} />}
      </section>

      <section aria-labelledby="alerts-held">
        <h2 id="alerts-held">Alerts held here</h2>
        <p>The list shows no subjects; search to see who or what an alert is about (a consultation, audited).</p>
        {(alerts.loading || node.loading) && <Busy label="Loading alerts" />}
        <ErrorMessage error={alerts.error} />
        {alerts.data && self !== null && (
          <>
            <h3>Issued here</h3>
            {own.length === 0 ? <p>No alert has been issued here.</p> : <AlertTable alerts={own} self={self} mayIssue={mayIssue} onChanged={refresh} caption="Alerts issued by this node" />}
            <h3>From partners</h3>
            {replicated.length === 0 ? <p>No partner’s alert is held here.</p> : <AlertTable alerts={replicated} self={self} mayIssue={mayIssue} onChanged={refresh} caption="Alerts replicated from partners" />}
          </>
        )}
      </section>

      <section aria-labelledby="alerts-search">
        <h2 id="alerts-search">Search alerts</h2>
        <AlertSearch self={self} mayIssue={mayIssue} onChanged={refresh} />
      </section>

      <section aria-labelledby="alerts-publish">
        <h2 id="alerts-publish">Publish an alert</h2>
        {mayIssue ? <PublishForm onPublished={refresh} /> : <p>Only liaison officers and supervisors publish alerts.</p>}
      </section>
    </div>
  );
}
