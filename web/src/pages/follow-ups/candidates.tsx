import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatTime, formatValue } from '../../components/format.ts';
import type { Candidate } from './types.ts';

/** The partner's query profile: DNA loci as allele pairs, a face template by engine and version. */
function QueryProfile({ candidate }: { candidate: Candidate }) {
  const loci = candidate.query.loci as Record<string, string[]> | undefined;
  if (candidate.modality === 'dna' && loci) {
    return (
      <details>
        <summary>{String(candidate.query.kind ?? 'profile')}, {Object.keys(loci).length} loci</summary>
        <ul className="follow-ups-loci">
          {Object.entries(loci).sort(([a], [b]) => a.localeCompare(b)).map(([locus, alleles]) => (
            <li key={locus}><code>{locus}</code> {alleles.join('/')}</li>
          ))}
        </ul>
      </details>
    );
  }
  return <span>{formatValue({ engine: candidate.query.engine, version: candidate.query.version }) || candidate.modality}</span>;
}

/** An officer's verification of one candidate: confirm or reject, with a reason. */
function VerificationForm({ candidate, onDone }: { candidate: Candidate; onDone: (message: string) => void }) {
  const [reason, setReason] = useState('');
  const verify = useAction((decision: 'confirm' | 'reject') => api<Candidate>('POST', `/api/v1/biometrics/candidates/${candidate.id}/verification`, { decision, reason: reason.trim() }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === 'reject' ? 'reject' : 'confirm';
    const done = await verify.run(decision);
    if (done) onDone(done.state === 'confirmed' ? `Candidate confirmed; follow-ups from ${candidate.partner} on this hit can now be decided.` : `Candidate rejected; follow-ups from ${candidate.partner} on this hit are declined.`);
  };
  const id = `cand-${candidate.id}`;
  return (
    <form onSubmit={submit} className="follow-ups-verify">
      <label htmlFor={`${id}-reason`}>Reason of the verification</label>
      <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={5} maxLength={1000} />
      <div>
        <button type="submit" value="confirm" disabled={verify.busy}>Confirm candidate</button>{' '}
        <button type="submit" value="reject" className="secondary" disabled={verify.busy}>Reject candidate</button>
      </div>
      {verify.busy && <Busy label="Recording the verification" />}
      <ErrorMessage error={verify.error} />
    </form>
  );
}

/** One candidate waiting for verification. */
function CandidateRow({ candidate, mayDecide, onDecided }: { candidate: Candidate; mayDecide: boolean; onDecided: (message: string) => void }) {
  return (
    <tr>
      <td><strong>{candidate.partner}</strong></td>
      <td>{candidate.matcher}</td>
      <td>{formatValue(candidate.scores)}</td>
      <td><QueryProfile candidate={candidate} /></td>
      <td>{formatTime(candidate.createdAt)}</td>
      <td>
        {mayDecide && candidate.state === 'pending' ? <VerificationForm candidate={candidate} onDone={onDecided} /> : <span className="badge">{candidate.state}</span>}
      </td>
    </tr>
  );
}

/** Biometric hits this node gave partners, waiting for an officer to confirm or reject them before any data is released. */
export function CandidateList({ candidates, mayDecide, onDecided }: { candidates: Candidate[]; mayDecide: boolean; onDecided: (message: string) => void }) {
  if (candidates.length === 0) return <p>No biometric candidate is waiting for verification.</p>;
  return (
    <table className="follow-ups-table">
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Matcher</th>
          <th scope="col">Scores</th>
          <th scope="col">Partner’s profile</th>
          <th scope="col">Hit given</th>
          <th scope="col">Verification</th>
        </tr>
      </thead>
      <tbody>
        {candidates.map((c) => (
          <CandidateRow key={c.id} candidate={c} mayDecide={mayDecide} onDecided={onDecided} />
        ))}
      </tbody>
    </table>
  );
}
