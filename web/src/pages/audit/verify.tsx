import { api } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useState } from 'react';
import type { VerifyReport } from './types.ts';

/** Verifies the hash chain and signed checkpoints of the whole log; the outcome is announced in a status region. */
export function Verify() {
  const [report, setReport] = useState<VerifyReport | null>(null);
  const { run, busy, error } = useAction(() => api<VerifyReport>('GET', '/api/v1/audit/verify'));
  const verify = async () => {
    setReport(null);
    const result = await run();
    if (result) setReport(result);
  };
  return (
    <section aria-labelledby="audit-verify">
      <h2 id="audit-verify">Integrity of the log</h2>
      <p>Checks every entry’s hash against the one before it and every signed checkpoint.</p>
      <button type="button" onClick={verify} disabled={busy}>Verify the chain</button>
      <div role="status" aria-live="polite" className="audit-verify-status">
        {busy && <p className="busy"><span className="spinner" aria-hidden="true" /> Verifying the chain…</p>}
        {report?.ok && (
          <p className="ok">Chain verified: {report.entries} {report.entries === 1 ? 'entry' : 'entries'} and {report.checkpoints} signed {report.checkpoints === 1 ? 'checkpoint' : 'checkpoints'} are intact.</p>
        )}
        {report && !report.ok && (
          <div className="error">
            <strong>Chain verification failed</strong> after checking {report.entries} entries and {report.checkpoints} checkpoints.
            {report.firstBad && <p>First bad entry: number {report.firstBad.seq}: {report.firstBad.problem}</p>}
          </div>
        )}
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
