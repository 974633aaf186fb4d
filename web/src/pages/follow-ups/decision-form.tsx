import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import type { AgreementFields, FollowUp } from './types.ts';

/** The fields an officer may release: those asked for that the agreement allows for the record type, not yet released. */
export function releasableFields(followUp: FollowUp, agreement: AgreementFields | undefined): { offered: string[]; refused: string[] } {
  const pending = followUp.requestedFields.filter((f) => !followUp.releasedFields.includes(f));
  if (!agreement) return { offered: pending, refused: [] };
  const allowed = new Set([...(agreement.releasable[followUp.recordType] ?? []), ...(agreement.autoRelease[followUp.recordType] ?? [])]);
  return { offered: pending.filter((f) => allowed.has(f)), refused: pending.filter((f) => !allowed.has(f)) };
}

/** What an error on a decision means, beyond the node's words: what the officer can do next. */
function nextStep(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'agreement_refused') return 'The agreement does not let these fields leave for this record (its fields, handling code or TLP ceiling). Release fewer fields, or decline with a reason.';
  if (error.code === 'conflict' && /biometric/i.test(error.message)) return 'This hit is a biometric candidate: confirm or reject it under “Biometric candidates” on this page before any data can be released.';
  if (error.code === 'conflict') return 'The request may have been decided meanwhile. Refresh to see its state.';
  return null;
}

/**
 * The owner's decision on an incoming follow-up: release the checked fields,
 * or decline with a reason. Calls `onDone` with a confirmation in words.
 */
export function DecisionForm({ followUp, agreement, onDone }: { followUp: FollowUp; agreement: AgreementFields | undefined; onDone: (message: string) => void }) {
  const { offered, refused } = releasableFields(followUp, agreement);
  const [checked, setChecked] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const decide = useAction((body: unknown) => api<FollowUp>('POST', `/api/v1/exchange/follow-ups/${followUp.id}/decision`, body));
  const toggle = (field: string, on: boolean) => setChecked((c) => (on ? [...c, field] : c.filter((f) => f !== field)));

  const release = async (event: FormEvent) => {
    event.preventDefault();
    if (checked.length === 0) return setProblem('Select at least one field to release.');
    setProblem(null);
    const fields = offered.filter((f) => checked.includes(f));
    const done = await decide.run({ decision: 'release', fields });
    if (done) onDone(`Fields released to ${followUp.partner}: ${done.releasedFields.join(', ')}.`);
  };
  const decline = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const done = await decide.run({ decision: 'decline', reason: reason.trim() });
    if (done) onDone(`Request declined; ${followUp.partner} is sent the reason.`);
  };
  const step = nextStep(decide.error);
  const id = `fu-${followUp.id}`;

  return (
    <div className="follow-ups-decision">
      <form onSubmit={release}>
        <fieldset>
          <legend>Fields to release</legend>
          {offered.length === 0 && <p>No field asked for is releasable under the agreement.</p>}
          {offered.map((field) => (
            <label key={field} className="follow-ups-check">
              <input type="checkbox" checked={checked.includes(field)} onChange={(e) => toggle(field, e.target.checked)} />
              {field}
            </label>
          ))}
          {refused.length > 0 && <p className="follow-ups-note">Not releasable under the agreement: {refused.join(', ')}</p>}
        </fieldset>
        <button type="submit" disabled={decide.busy || offered.length === 0}>Release selected fields</button>
      </form>
      <form onSubmit={decline} className="follow-ups-decline">
        <label htmlFor={`${id}-reason`}>Reason for declining</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={5} maxLength={1000} />
        <button type="submit" className="secondary" disabled={decide.busy}>Decline</button>
      </form>
      {decide.busy && <Busy label="Sending the decision" />}
      {problem && <p className="error" role="alert">{problem}</p>}
      <ErrorMessage error={decide.error} />
      {step && <p className="follow-ups-note">{step}</p>}
    </div>
  );
}
