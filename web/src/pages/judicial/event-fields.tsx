import type { RefusalGround } from './types.ts';

/** What the officer has entered for a step; only the fields of its type are sent. */
export interface EventDraft {
  type: string;
  date: string;
  at: string;
  language: string;
  given: boolean;
  outcome: string;
  refusalGrounds: string[];
  final: boolean;
  of: string;
  days: string;
  sentOn: string;
  reasons: string;
  newDate: string;
  documentTitle: string;
  documentText: string;
}

interface Props {
  draft: EventDraft;
  setDraft: (draft: EventDraft) => void;
  grounds: RefusalGround[];
  types: Record<string, string>;
}

/** The inputs a step's type needs: its date (or instant), and consent, outcome and grounds, extension and its reasoned notice, or the new agreed date. */
export function EventFields({ draft, setDraft, grounds, types }: Props) {
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => setDraft({ ...draft, [key]: value });
  const timed = draft.type === 'interception_notification' || draft.type === 'objection';
  return (
    <div className="judicial-fields">
      <label>
        Step
        <select value={draft.type} onChange={(e) => set('type', e.target.value)}>
          {Object.entries(types).map(([value, name]) => <option key={value} value={value}>{name}</option>)}
        </select>
      </label>
      {timed ? (
        <label>
          Date and time
          <input type="datetime-local" required value={draft.at} onChange={(e) => set('at', e.target.value)} />
        </label>
      ) : (
        <label>
          Date
          <input type="date" required value={draft.date} onChange={(e) => set('date', e.target.value)} />
        </label>
      )}
      {draft.type === 'translation' && (
        <label>
          Language (ISO 639)
          <input required pattern="[a-z]{2,3}" value={draft.language} onChange={(e) => set('language', e.target.value)} />
        </label>
      )}
      {draft.type === 'consent' && (
        <label className="judicial-check">
          <input type="checkbox" checked={draft.given} onChange={(e) => set('given', e.target.checked)} /> The person consents to surrender
        </label>
      )}
      {draft.type === 'decision' && (
        <>
          <label>
            Outcome
            <select value={draft.outcome} onChange={(e) => set('outcome', e.target.value)}>
              <option value="execute">execute (surrender / carry out)</option>
              <option value="partial">execute in part</option>
              <option value="refuse">refuse</option>
            </select>
          </label>
          <label className="judicial-check">
            <input type="checkbox" checked={draft.final} onChange={(e) => set('final', e.target.checked)} /> Final decision
          </label>
          {draft.outcome !== 'execute' && (
            <fieldset className="judicial-grounds">
              <legend>Refusal grounds</legend>
              {grounds.length === 0 && <p>Loading the refusal grounds…</p>}
              {grounds.map((g) => (
                <label key={g.id} className="judicial-check">
                  <input
                    type="checkbox"
                    checked={draft.refusalGrounds.includes(g.id)}
                    onChange={(e) => set('refusalGrounds', e.target.checked ? [...draft.refusalGrounds, g.id] : draft.refusalGrounds.filter((x) => x !== g.id))}
                  />{' '}
                  {g.title} <span className="judicial-muted">({g.article}, {g.mandatory ? 'mandatory' : 'optional'})</span>
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      {draft.type === 'extension' && (
        <>
          <label>
            Time limit extended
            <select value={draft.of} onChange={(e) => set('of', e.target.value)}>
              <option value="decision">decision</option>
              <option value="execution">execution</option>
              <option value="surrender">surrender</option>
            </select>
          </label>
          <label>
            Days (1–30)
            <input type="number" min={1} max={30} required value={draft.days} onChange={(e) => set('days', e.target.value)} />
          </label>
          <fieldset>
            <legend>Reasoned notice to the issuing authority</legend>
            <label>
              Sent on
              <input type="date" value={draft.sentOn} onChange={(e) => set('sentOn', e.target.value)} />
            </label>
            <label className="judicial-wide">
              Reasons
              <textarea rows={2} maxLength={2000} required={!!draft.sentOn} value={draft.reasons} onChange={(e) => set('reasons', e.target.value)} />
            </label>
          </fieldset>
        </>
      )}
      {draft.type === 'objection' && (
        <label className="judicial-wide">
          Reasons
          <textarea rows={2} maxLength={2000} value={draft.reasons} onChange={(e) => set('reasons', e.target.value)} />
        </label>
      )}
      {(draft.type === 'force_majeure' || draft.type === 'humanitarian_postponement' || draft.type === 'surrender_date_agreed') && (
        <label>
          {draft.type === 'surrender_date_agreed' ? 'Agreed date' : 'New agreed date'}
          <input type="date" required value={draft.newDate} onChange={(e) => set('newDate', e.target.value)} />
        </label>
      )}
    </div>
  );
}
