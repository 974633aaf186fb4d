import { api } from '../../api.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useLoad } from '../../components/use-load.ts';
import type { AgreementView } from './types.ts';

const STATES: Record<string, string> = { active: 'in force', in_force: 'in force', proposed: 'pending signatures', pending: 'pending signatures', suspended: 'suspended', revoked: 'revoked', expired: 'expired', not_yet_valid: 'not yet valid' };
const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.map((i) => i.replace(/_/g, ' ')).join(', ') : 'none');

function Release({ agreement }: { agreement: AgreementView }) {
  const d = agreement.document;
  const types = [...new Set([...d.queryable, ...Object.keys(d.releasable), ...Object.keys(d.autoRelease ?? {})])];
  return (
    <table>
      <caption className="network-caption">What may be queried and released, by record type</caption>
      <thead><tr><th scope="col">Type</th><th scope="col">Queryable</th><th scope="col">Released without a decision</th><th scope="col">Releasable by an officer</th></tr></thead>
      <tbody>
        {types.map((t) => (
          <tr key={t}>
            <th scope="row">{t}</th>
            <td>{d.queryable.includes(t) ? 'yes' : 'no'}</td>
            <td>{list(d.autoRelease?.[t])}</td>
            <td>{list(d.releasable[t])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Agreement({ agreement }: { agreement: AgreementView }) {
  const d = agreement.document;
  const state = agreement.effectiveState;
  return (
    <article className="card" aria-labelledby={`agreement-${d.id}`}>
      <h3 id={`agreement-${d.id}`}>
        {d.title} <span className={`badge network-state-${state}`}>{STATES[state] ?? state.replace(/_/g, ' ')}</span>
      </h3>
      {agreement.stateReason && <p>Reason: {agreement.stateReason}</p>}
      {agreement.awaiting.length > 0 && <p>Awaiting the signatures of {agreement.awaiting.join(', ')}.</p>}
      <dl className="network-terms">
        <dt>Id</dt><dd><code>{d.id}</code></dd>
        <dt>Parties</dt><dd>{d.parties.map((p) => `${p.nodeId} (${p.country}, ${p.agency})`).join('; ')}</dd>
        <dt>Valid</dt><dd>{d.validFrom} to {d.validUntil}</dd>
        <dt>Purposes</dt><dd>{list(d.purposes)}</dd>
        <dt>Offences</dt><dd>{d.offences && d.offences.length > 0 ? d.offences.join(', ') : 'any'}</dd>
        <dt>Ceilings</dt><dd>handling code {d.ceilings.handlingCode}, TLP {d.ceilings.tlp}</dd>
        <dt>Retention</dt><dd>{d.retentionDays} days</dd>
        <dt>Answer deadlines</dt><dd>urgent {d.deadlines.urgentHours} h, otherwise {d.deadlines.normalDays} days; hit reports {d.deadlines.hitReportHours} h</dd>
        <dt>Alerts replicated</dt><dd>{list(d.alerts)}</dd>
        <dt>Onward transfer</dt><dd>{d.onwardTransfer ? 'allowed' : 'not allowed'}</dd>
        <dt>Judicial instruments</dt><dd>{d.judicial ? list(d.judicial.instruments) : 'none'}</dd>
        <dt>Cross-matching</dt>
        <dd>{d.crossMatching ? `${list(d.crossMatching.keyKinds)}; reveals ${d.crossMatching.reveal}; at most ${d.crossMatching.maxKeysPerRun} keys a run` : 'not allowed'}</dd>
      </dl>
      <Release agreement={agreement} />
      <table>
        <caption className="network-caption">Signatures</caption>
        <thead><tr><th scope="col">Node</th><th scope="col">Signed</th><th scope="col">Key</th></tr></thead>
        <tbody>
          {agreement.signatures.map((s) => (
            <tr key={s.nodeId}><td>{s.nodeId}</td><td>{new Date(s.signedAt).toLocaleString()}</td><td><code>{s.keyId.slice(0, 16)}…</code></td></tr>
          ))}
          {agreement.signatures.length === 0 && <tr><td colSpan={3}>No signature yet.</td></tr>}
        </tbody>
      </table>
    </article>
  );
}

/** Every agreement with its terms, signatures and state. */
export function Agreements() {
  const { data, error, loading } = useLoad(() => api<{ agreements: AgreementView[] }>('GET', '/api/v1/agreements'), []);
  return (
    <section aria-labelledby="network-agreements">
      <h2 id="network-agreements">Agreements</h2>
      {loading && <Busy label="Loading the agreements" />}
      <ErrorMessage error={error} />
      {data && data.agreements.length === 0 && <p>No agreement yet.</p>}
      {data?.agreements.map((a) => <Agreement key={a.document.id} agreement={a} />)}
    </section>
  );
}
