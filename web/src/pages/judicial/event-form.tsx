import { useState } from 'react';
import { api } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useLoad } from '../../components/use-load.ts';
import { EventFields, type EventDraft } from './event-fields.tsx';
import type { RequestView, Taxonomy } from './types.ts';

/** The steps an authority records, in words (docs/judicial.md). */
export const EVENT_TYPES: Record<string, string> = {
  arrest: 'Arrest',
  provisional_arrest: 'Provisional arrest',
  consent: 'Consent to surrender',
  decision: 'Decision',
  extension: 'Extension of a time limit',
  force_majeure: 'Force majeure (new agreed date)',
  humanitarian_postponement: 'Humanitarian postponement',
  surrender_date_agreed: 'Surrender date agreed',
  surrender: 'Surrender',
  release: 'Release',
  acknowledgement: 'Acknowledgement of receipt',
  execution: 'Execution',
  translation: 'Translation',
  sent: 'Sent',
  interception_notification: 'Interception notification',
  objection: 'Objection to an interception',
};

const today = () => new Date().toISOString().slice(0, 10);

/** UTF-8 text as base64, a chunk at a time (spreading a long text's bytes into one call would overflow the stack). */
function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The event body the node expects, from what the officer entered. */
function buildEvent(d: EventDraft): Record<string, unknown> {
  if (d.type === 'interception_notification' || d.type === 'objection') {
    return { type: d.type, at: new Date(d.at).toISOString(), ...(d.type === 'objection' && d.reasons.trim() && { reasons: d.reasons.trim() }) };
  }
  const event: Record<string, unknown> = { type: d.type, date: d.date };
  if (d.type === 'translation') event.language = d.language;
  if (d.type === 'consent') event.given = d.given;
  if (d.type === 'decision') Object.assign(event, { outcome: d.outcome, refusalGrounds: d.outcome === 'execute' ? [] : d.refusalGrounds, final: d.final });
  if (d.type === 'extension') Object.assign(event, { of: d.of, days: Number(d.days), ...(d.sentOn && { reasonedNotice: { sentOn: d.sentOn, reasons: d.reasons.trim() } }) });
  if (d.type === 'force_majeure' || d.type === 'humanitarian_postponement') event.newAgreedDate = d.newDate;
  if (d.type === 'surrender_date_agreed') event.agreedDate = d.newDate;
  return event;
}

/**
 * For judicial authorities: records the next step of a request (POST
 * /api/v1/judicial/requests/{id}/events) with the fields its type needs, and
 * optionally a document signed with it (e.g. the decision).
 */
export function EventForm({ request, onRecorded }: { request: RequestView; onRecorded: () => void }) {
  const taxonomy = useLoad(() => api<Taxonomy>('GET', '/api/v1/judicial/taxonomy'), []);
  const initial: EventDraft = {
    type: 'arrest', date: today(), at: '', language: 'en', given: true, outcome: 'execute', refusalGrounds: [], final: true,
    of: 'decision', days: '30', sentOn: today(), reasons: '', newDate: '', documentTitle: '', documentText: '',
  };
  const [draft, setDraft] = useState<EventDraft>(initial);
  const [done, setDone] = useState<string | null>(null);
  const { run, busy, error } = useAction((body: unknown) => api<RequestView>('POST', `/api/v1/judicial/requests/${encodeURIComponent(request.id)}/events`, body));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setDone(null);
    const documents = draft.documentTitle.trim() && draft.documentText.trim()
      ? [{ id: `${draft.type.replace(/_/g, '-')}-${Date.now().toString(36)}`, kind: draft.type === 'decision' ? 'decision' : 'other', title: draft.documentTitle.trim(), mediaType: 'text/plain', content: toBase64(draft.documentText) }]
      : [];
    const result = await run({ event: buildEvent(draft), documents });
    if (result) {
      setDone(`${EVENT_TYPES[draft.type] ?? draft.type} recorded; the request is now at stage “${result.stage.replace(/_/g, ' ')}”.`);
      setDraft({ ...initial, type: draft.type });
      onRecorded();
    }
  };
  return (
    <form className="card judicial-event-form" onSubmit={submit} aria-labelledby="judicial-record-step">
      <h3 id="judicial-record-step">Record the next step</h3>
      <EventFields draft={draft} setDraft={setDraft} grounds={taxonomy.data?.refusalGrounds[request.type] ?? []} types={EVENT_TYPES} />
      <fieldset>
        <legend>Document signed with the step (optional)</legend>
        <label>
          Title
          <input value={draft.documentTitle} onChange={(e) => setDraft({ ...draft, documentTitle: e.target.value })} maxLength={300} placeholder="e.g. Decision on surrender" />
        </label>
        <label className="judicial-wide">
          Text
          <textarea rows={3} value={draft.documentText} onChange={(e) => setDraft({ ...draft, documentText: e.target.value })} />
        </label>
      </fieldset>
      <button type="submit" disabled={busy}>{busy ? 'Recording…' : 'Record the step'}</button>
      {busy && <Busy label="Recording the step" />}
      <ErrorMessage error={error} />
      <ErrorMessage error={taxonomy.error} />
      {done && <p className="ok" role="status">{done}</p>}
    </form>
  );
}
