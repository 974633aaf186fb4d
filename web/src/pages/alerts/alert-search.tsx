import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { AlertTable } from './alert-table.tsx';
import type { Alert, SubjectType } from './types.ts';

/** The search criteria the node takes for the chosen subject type, empty fields left out. */
function criteriaOf(type: SubjectType, v: Record<string, string>): Record<string, string> {
  const given = Object.fromEntries(Object.entries(v).map(([k, s]) => [k, s.trim()]).filter(([, s]) => s));
  if (type === 'person') return { recordType: 'person', name: given.name ?? '', ...(given.dateOfBirth && { dateOfBirth: given.dateOfBirth }) };
  if (type === 'document') return { recordType: 'document', number: given.number ?? '' };
  return { recordType: 'vehicle', ...(given.plate && { plate: given.plate }), ...(given.vin && { vin: given.vin.toUpperCase() }) };
}

/** Searches the alerts held here (own and replicated) for a person, document or vehicle: a consultation, audited. */
export function AlertSearch({ self, mayIssue, onChanged }: { self: string | null; mayIssue: boolean; onChanged: () => void }) {
  const [type, setType] = useState<SubjectType>('person');
  const [values, setValues] = useState<Record<string, string>>({});
  const [found, setFound] = useState<Alert[] | null>(null);
  const search = useAction((criteria: unknown) => api<{ alerts: Alert[] }>('POST', '/api/v1/alerts/search', criteria));
  const field = (name: string, label: string, required = false) => (
    <label>
      {label}
      <input value={values[name] ?? ''} onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))} required={required} />
    </label>
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await search.run(criteriaOf(type, values));
    if (result) setFound(result.alerts);
  };
  return (
    <>
      <form onSubmit={submit} className="card alerts-grid" aria-label="Search alerts">
        <label>
          Looking for
          <select value={type} onChange={(e) => { setType(e.target.value as SubjectType); setValues({}); }}>
            <option value="person">a person</option>
            <option value="document">an identity document</option>
            <option value="vehicle">a vehicle</option>
          </select>
        </label>
        {type === 'person' && <>{field('name', 'Name', true)}{field('dateOfBirth', 'Date of birth (YYYY-MM-DD)')}</>}
        {type === 'document' && field('number', 'Document number', true)}
        {type === 'vehicle' && <>{field('plate', 'Plate')}{field('vin', 'VIN')}</>}
        <button type="submit" disabled={search.busy}>Search alerts</button>
      </form>
      {search.busy && <Busy label="Searching the alerts" />}
      <ErrorMessage error={search.error} />
      {found && !search.busy && (
        <p role="status">{found.length === 0 ? 'No alert held here matches.' : `${found.length} alert${found.length === 1 ? '' : 's'} found.`}</p>
      )}
      {found && found.length > 0 && <AlertTable alerts={found} self={self} mayIssue={mayIssue} onChanged={onChanged} caption="Alerts found" />}
    </>
  );
}
