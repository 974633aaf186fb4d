import { useEffect, useState } from 'react';
import { request } from '../../api.ts';
import { Busy } from '../../components/busy.tsx';
import { useAction } from '../../components/action.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { instant } from './types.ts';

/** Fetches the export as JSON Lines, kept as a file in memory until the page is left. */
async function fetchExport(recipient: string, from: string, to: string): Promise<Blob> {
  const params = new URLSearchParams({ recipient });
  const f = instant(from);
  const t = instant(to);
  if (f) params.set('from', f);
  if (t) params.set('to', t);
  const response = await request('GET', `/api/v1/audit/export?${params}`);
  return new Blob([await response.text()], { type: 'application/x-ndjson' });
}

/** Exports the log (entries with their hashes, then signed checkpoints) for a supervisory authority, as a JSON Lines file to download. */
export function Export() {
  const [recipient, setRecipient] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [file, setFile] = useState<{ url: string; name: string; size: number } | null>(null);
  const { run, busy, error } = useAction(fetchExport);
  useEffect(() => () => { if (file) URL.revokeObjectURL(file.url); }, [file]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const blob = await run(recipient.trim(), from, to);
    if (blob) setFile({ url: URL.createObjectURL(blob), name: `audit-export-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.jsonl`, size: blob.size });
  };
  return (
    <section aria-labelledby="audit-export">
      <h2 id="audit-export">Export for a supervisory authority</h2>
      <form onSubmit={submit} aria-label="Export the audit log">
        <label>
          Recipient (supervisory authority)
          <input required minLength={2} maxLength={200} value={recipient} onChange={(e) => setRecipient(e.target.value)} placeholder="e.g. Demo Data Protection Authority" />
        </label>
        <label>
          From
          <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          Until
          <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>{busy ? 'Exporting…' : 'Prepare the export'}</button>
      </form>
      {busy && <Busy label="Preparing the export" />}
      <ErrorMessage error={error} />
      <div role="status" aria-live="polite">
        {file && (
          <p className="ok">
            Export ready ({Math.max(1, Math.round(file.size / 1024))} KB): <a href={file.url} download={file.name}>Download {file.name}</a>
          </p>
        )}
      </div>
    </section>
  );
}
