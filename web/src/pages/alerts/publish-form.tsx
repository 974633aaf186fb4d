import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { words } from '../../components/format.ts';
import { defaultProtection, LEGAL_BASIS, ProtectionFields, SUBJECT_CATEGORY, type ProtectionValues } from './protection-fields.tsx';
import { SubjectFields, subjectOf, type SubjectValues } from './subject-fields.tsx';
import { CATEGORIES, type Alert, type Category, type SubjectType } from './types.ts';

/** A date a year from today, YYYY-MM-DD: the default lapse of a new alert. */
function inAYear(): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Publishes an alert: its category, subject (a person, vehicle or document),
 * the action to take, when it lapses, and its protection fields. The node
 * replicates it to every partner whose agreement covers the category.
 */
export function PublishForm({ onPublished }: { onPublished: () => void }) {
  const [category, setCategory] = useState<Category>('discreet_check');
  const [type, setType] = useState<SubjectType>('person');
  const [subject, setSubject] = useState<SubjectValues>({});
  const [actionToTake, setActionToTake] = useState('');
  const [expires, setExpires] = useState(inAYear);
  const [protection, setProtection] = useState<ProtectionValues>(() => defaultProtection('discreet_check', inAYear()));
  const [message, setMessage] = useState<string | null>(null);
  const publish = useAction((body: unknown) => api<Alert>('POST', '/api/v1/alerts', body));

  const changeCategory = (next: Category) => {
    // Defaults follow the category until the officer changes them.
    setProtection((p) => ({
      ...p,
      legalBasis: p.legalBasis === LEGAL_BASIS[category] ? LEGAL_BASIS[next] : p.legalBasis,
      subjectCategory: p.subjectCategory === SUBJECT_CATEGORY[category] ? SUBJECT_CATEGORY[next] : p.subjectCategory,
    }));
    setCategory(next);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const body = {
      category,
      subject: subjectOf(type, subject),
      actionToTake: actionToTake.trim(),
      expiresAt: `${expires}T23:59:59Z`,
      protection: { ...protection, informationAccuracy: Number(protection.informationAccuracy) },
    };
    const alert = await publish.run(body);
    if (!alert) return;
    setMessage(`Alert published: ${words(alert.category)} on a ${alert.recordType}, valid until ${expires}. Partners whose agreements cover ${words(alert.category)} alerts receive a copy.`);
    setSubject({});
    setActionToTake('');
    onPublished();
  };

  return (
    <form onSubmit={submit} className="card" aria-labelledby="alerts-publish">
      <div className="alerts-grid">
        <label>
          Category
          <select value={category} onChange={(e) => changeCategory(e.target.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{words(c)}</option>
            ))}
          </select>
        </label>
        <label>
          Subject
          <select value={type} onChange={(e) => { setType(e.target.value as SubjectType); setSubject({}); }}>
            <option value="person">person</option>
            <option value="vehicle">vehicle</option>
            <option value="document">identity document</option>
          </select>
        </label>
        <label>
          Valid until
          <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} required />
        </label>
      </div>
      <SubjectFields type={type} values={subject} onChange={(name, value) => setSubject((s) => ({ ...s, [name]: value }))} />
      <label className="alerts-wide">
        Action to take
        <textarea value={actionToTake} onChange={(e) => setActionToTake(e.target.value)} required minLength={5} maxLength={1000} rows={2} placeholder="e.g. Report the place, time and companions; do not alert the person." />
      </label>
      <ProtectionFields values={protection} onChange={(name, value) => setProtection((p) => ({ ...p, [name]: value }))} />
      <button type="submit" disabled={publish.busy}>Publish alert</button>
      {publish.busy && <Busy label="Publishing the alert" />}
      <ErrorMessage error={publish.error} />
      {message && <p role="status" className="ok">{message}</p>}
    </form>
  );
}
