import { api } from '../../api.ts';
import { Busy } from '../../components/busy.tsx';
import { Countdown } from '../../components/countdown.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useLoad } from '../../components/use-load.ts';
import { href } from '../../routing.ts';
import { DeadlineStatus } from './deadline-status.tsx';
import { words } from '../../components/format.ts';
import { typeName } from './labels.ts';
import type { DashboardDeadline, JudicialDashboard, PartnerFigures } from './types.ts';

function DeadlineTable({ caption, deadlines }: { caption: string; deadlines: DashboardDeadline[] }) {
  if (deadlines.length === 0) return <p>{caption}: none.</p>;
  return (
    <table>
      <caption className="judicial-caption">{caption}</caption>
      <thead><tr><th scope="col">Request</th><th scope="col">Partner</th><th scope="col">Deadline</th><th scope="col">Legal basis</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>
      <tbody>
        {deadlines.map((d) => (
          <tr key={`${d.requestId}-${d.id}`} className={d.status === 'overdue' ? 'overdue-row' : undefined}>
            <td><a href={href('judicial', d.requestId)}>{d.reference}</a> <span className="judicial-muted">({typeName(d.type)})</span></td>
            <td>{d.partner ?? '—'}</td>
            <td>{d.name}</td>
            <td>{d.legalBasis}</td>
            <td>{d.due} <Countdown due={d.due} /></td>
            <td><DeadlineStatus status={d.status} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PartnerTable({ partners }: { partners: PartnerFigures[] }) {
  return (
    <table>
      <caption className="judicial-caption">Per partner</caption>
      <thead><tr><th scope="col">Partner</th><th scope="col">Open</th><th scope="col">Open by stage</th><th scope="col">Overdue</th><th scope="col">Due soon</th><th scope="col">Refusal grounds</th></tr></thead>
      <tbody>
        {partners.map((p) => (
          <tr key={p.partner}>
            <th scope="row">{p.partner}</th>
            <td>{p.open}</td>
            <td>{Object.entries(p.openByStage).map(([stage, n]) => `${words(stage)}: ${n}`).join(', ') || '—'}</td>
            <td className={p.overdue > 0 ? 'overdue' : undefined}>{p.overdue}</td>
            <td>{p.dueSoon}</td>
            <td>{p.refusalGrounds.map((g) => `${words(g.ground)}${g.article ? ` (${g.article})` : ''}: ${g.count}`).join('; ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The judicial dashboard: open requests by stage, overdue and due-soon deadlines, alerts, stage durations against the published EU averages, refusal grounds; per partner. */
export function Dashboard() {
  const { data, error, loading } = useLoad(() => api<JudicialDashboard>('GET', '/api/v1/judicial/dashboard'), []);
  return (
    <section aria-labelledby="judicial-dashboard">
      <h2 id="judicial-dashboard">Dashboard</h2>
      {loading && <Busy label="Loading the dashboard" />}
      <ErrorMessage error={error} />
      {data && (
        <>
          {data.alerts.length > 0 && (
            <div className="judicial-alerts" role="region" aria-label="Alerts">
              <h3>Alerts</h3>
              <ul>
                {data.alerts.map((a, i) => (
                  <li key={i}><strong>{words(a.kind)}</strong> — <a href={href('judicial', a.requestId)}>{a.reference}</a>: {a.message} <span className="judicial-muted">({a.legalBasis})</span></li>
                ))}
              </ul>
            </div>
          )}
          <p className="judicial-totals">
            <span className="badge">{data.totals.open} open</span> <span className={`badge${data.totals.overdue > 0 ? ' judicial-status-overdue' : ''}`}>{data.totals.overdue} overdue</span>{' '}
            <span className="badge">{data.totals.dueSoon} due within {data.dueWithinDays} days</span>
          </p>
          <h3>Deadlines</h3>
          <DeadlineTable caption="Overdue deadlines" deadlines={data.overdue} />
          <DeadlineTable caption={`Deadlines due within ${data.dueWithinDays} days`} deadlines={data.dueSoon} />
          <h3>Partners</h3>
          {data.partners.length === 0 ? <p>No request with a partner yet.</p> : <PartnerTable partners={[...data.partners, data.totals]} />}
          <h3>Time taken</h3>
          <table>
            <caption className="judicial-caption">Against the published EU averages</caption>
            <thead><tr><th scope="col">Measure</th><th scope="col">Requests</th><th scope="col">Average here (days)</th><th scope="col">Published (days)</th><th scope="col">Source</th></tr></thead>
            <tbody>
              {data.comparisons.map((c) => (
                <tr key={c.measure}>
                  <th scope="row">{words(c.measure)}</th>
                  <td>{c.requests}</td>
                  <td>{c.averageDays === null ? 'no request yet' : c.averageDays.toFixed(1)}</td>
                  <td>{c.publishedDays}</td>
                  <td>{c.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.stageDurations.length > 0 && (
            <table>
              <caption className="judicial-caption">Average days per stage</caption>
              <thead><tr><th scope="col">Instrument</th><th scope="col">Stage</th><th scope="col">Stays ended</th><th scope="col">Average days</th></tr></thead>
              <tbody>
                {data.stageDurations.map((s) => (
                  <tr key={`${s.type}-${s.stage}`}><td>{typeName(s.type)}</td><td>{words(s.stage)}</td><td>{s.stays}</td><td>{s.averageDays.toFixed(1)}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
