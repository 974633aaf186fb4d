import { api, type Officer } from '../../api.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useLoad } from '../../components/use-load.ts';
import { href } from '../../routing.ts';
import { Bundles } from './bundles.tsx';
import { ContentView } from './content-view.tsx';
import { Deadlines } from './deadlines.tsx';
import { EventForm } from './event-form.tsx';
import { formatWhen, words } from '../../components/format.ts';
import { typeName } from './labels.ts';
import { Steps } from './steps.tsx';
import type { RequestView } from './types.ts';

/** One request in full (a consultation, audited with the officer's purpose and justification). */
export function RequestDetail({ id, officer }: { id: string; officer: Officer }) {
  const { data, error, loading, reload } = useLoad(() => api<RequestView>('GET', `/api/v1/judicial/requests/${encodeURIComponent(id)}`), [id]);
  const mayAct = officer.roles.includes('judicial_authority');
  return (
    <>
      <p><a href={href('judicial')}>← All requests</a></p>
      <h1>{data ? `${typeName(data.type)} ${data.reference}` : 'Judicial request'}</h1>
      {loading && <Busy label="Loading the request" />}
      <ErrorMessage error={error} />
      {data && (
        <>
          {data.clock && data.clock.alerts.length > 0 && (
            <div className="judicial-alerts" role="alert">
              <h2>What needs doing now</h2>
              <ul>
                {data.clock.alerts.map((a, i) => (
                  <li key={i}><strong>{words(a.kind)}</strong>: {a.message} <span className="judicial-muted">({a.legalBasis})</span></li>
                ))}
              </ul>
            </div>
          )}
          <dl className="judicial-facts card">
            <dt>Stage</dt><dd><span className="badge">{words(data.stage)}</span></dd>
            <dt>Direction</dt><dd>{data.direction}</dd>
            <dt>Issuing</dt><dd>{data.issuingAuthority} ({data.issuingNode})</dd>
            <dt>Executing</dt><dd>{data.executingAuthority ?? '—'} ({data.executingNode ?? '—'})</dd>
            <dt>Agreement</dt><dd>{data.agreement ?? '—'}</dd>
            <dt>Purpose</dt><dd>{words(data.purpose)}</dd>
            <dt>Received by the partner</dt>
            <dd>
              {data.transmission
                ? `${data.transmission.accepted ? 'accepted' : 'not accepted'} ${formatWhen(data.transmission.receivedAt)}${[...data.transmission.reasons, ...data.transmission.problems].map((r) => `; ${r}`).join('')}`
                : '—'}
            </dd>
            <dt>Created</dt><dd>{formatWhen(data.createdAt)}</dd>
          </dl>
          <h2>Deadlines</h2>
          {data.clockProblem && <p className="error">The deadlines could not be computed: {data.clockProblem}</p>}
          {data.clock ? <Deadlines deadlines={data.clock.deadlines} /> : !data.clockProblem && <p>This request has no statutory deadlines.</p>}
          <h2>Steps</h2>
          <Steps events={data.events} />
          {mayAct && <EventForm request={data} onRecorded={reload} />}
          <h2>Signed documents</h2>
          <Bundles bundles={data.bundles} />
          <h2>Content</h2>
          <h3>Offence</h3>
          <ContentView value={data.offence} />
          {data.criminality && (
            <>
              <h3>Dual criminality</h3>
              <ContentView value={data.criminality} />
            </>
          )}
          <h3>Form</h3>
          <ContentView value={data.content} />
        </>
      )}
    </>
  );
}
