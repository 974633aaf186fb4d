import { useState } from 'react';
import { api } from '../api.ts';
import { Busy } from '../components/busy.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { useLoad } from '../components/use-load.ts';
import type { PageProps } from '../pages.ts';
import { CandidateList } from './follow-ups/candidates.tsx';
import { canDecide } from '../components/roles.ts';
import { IncomingFollowUps } from './follow-ups/incoming.tsx';
import { OutgoingFollowUps } from './follow-ups/outgoing.tsx';
import { StatisticsTable } from './follow-ups/statistics.tsx';
import type { AgreementFields, Candidate, FollowUp, VerificationStatistics } from './follow-ups/types.ts';
import { useAutoRefresh, useNow } from '../components/use-ticker.ts';

/** The agreements' releasable fields by agreement id (without them, the decision form offers what was asked and the node checks on release). */
async function loadAgreementFields(): Promise<Map<string, AgreementFields>> {
  const { agreements } = await api<{ agreements: { document: { id: string; releasable?: AgreementFields['releasable']; autoRelease?: AgreementFields['autoRelease'] } }[] }>('GET', '/api/v1/agreements');
  return new Map(agreements.map((a) => [a.document.id, { releasable: a.document.releasable ?? {}, autoRelease: a.document.autoRelease ?? {} }]));
}

/**
 * Hits and follow-ups: partners' requests for the data behind this node's hits
 * (decided here: release fields or decline), this node's requests to partners
 * (and the data they released), and biometric candidates to verify first.
 * Refreshes every 30 s without losing what is being typed.
 */
export function FollowUpsPage({ officer }: PageProps) {
  const mayDecide = canDecide(officer.roles);
  const now = useNow();
  const followUps = useLoad(() => api<{ followUps: FollowUp[] }>('GET', '/api/v1/exchange/follow-ups'), []);
  const agreements = useLoad(loadAgreementFields, []);
  const candidates = useLoad(
    () => (mayDecide ? api<{ candidates: Candidate[] }>('GET', '/api/v1/biometrics/candidates?state=pending') : Promise.resolve({ candidates: [] })),
    [mayDecide],
  );
  const statistics = useLoad(() => api<{ statistics: VerificationStatistics[] }>('GET', '/api/v1/biometrics/statistics'), []);
  const [updated, setUpdated] = useState(() => new Date());
  const [verified, setVerified] = useState<string | null>(null);
  const refresh = () => {
    followUps.reload();
    agreements.reload();
    candidates.reload();
    statistics.reload();
    setUpdated(new Date());
  };
  useAutoRefresh(refresh);

  const all = followUps.data?.followUps ?? [];
  const incoming = all.filter((f) => f.direction === 'incoming');
  const outgoing = all.filter((f) => f.direction === 'outgoing');
  const openIncoming = incoming.filter((f) => f.state === 'pending' || f.state === 'requested');
  const overdue = openIncoming.filter((f) => f.overdue).length;

  return (
    <div className="follow-ups">
      <h1>Hits and follow-ups</h1>
      <div className="follow-ups-toolbar">
        <button type="button" onClick={refresh} disabled={followUps.loading}>Refresh</button>
        <span className="follow-ups-note">Updated {updated.toLocaleTimeString()}; refreshes every 30 s.</span>
      </div>

      <section aria-labelledby="follow-ups-incoming">
        <h2 id="follow-ups-incoming">Requests from partners</h2>
        <p>
          {openIncoming.length} open{overdue > 0 && <>, <span className="overdue">{overdue} overdue</span></>}. Release only what the case needs; the agreement is checked again on release.
        </p>
        {followUps.loading && <Busy label="Loading follow-up requests" />}
        <ErrorMessage error={followUps.error} />
        {agreements.error !== null && <p className="follow-ups-note">The agreements could not be read: every field asked for is offered, and the node refuses those the agreement does not release.</p>}
        <ErrorMessage error={agreements.error} />
        {followUps.data && <IncomingFollowUps followUps={incoming} agreements={agreements.data ?? new Map()} now={now} mayDecide={mayDecide} onDecided={refresh} />}
      </section>

      <section aria-labelledby="follow-ups-outgoing">
        <h2 id="follow-ups-outgoing">Requests to partners</h2>
        <p>Reading released data is a consultation: it is audited with the purpose and justification set at the top of the page.</p>
        {followUps.data && <OutgoingFollowUps followUps={outgoing} now={now} />}
      </section>

      <section aria-labelledby="follow-ups-candidates">
        <h2 id="follow-ups-candidates">Biometric candidates</h2>
        <p>A DNA or face hit is a candidate, never an identification: an officer compares and confirms or rejects it before any data is released.</p>
        {verified && <p role="status" className="ok">{verified}</p>}
        {candidates.loading && <Busy label="Loading biometric candidates" />}
        <ErrorMessage error={candidates.error} />
        {!mayDecide && <p>Only liaison officers and supervisors verify candidates.</p>}
        {mayDecide && candidates.data && <CandidateList candidates={candidates.data.candidates} mayDecide={mayDecide} onDecided={(m) => { setVerified(m); refresh(); }} />}
        <h3>Verification statistics</h3>
        {statistics.loading && <Busy label="Loading the statistics" />}
        <ErrorMessage error={statistics.error} />
        {statistics.data && <StatisticsTable statistics={statistics.data.statistics} />}
      </section>
    </div>
  );
}
