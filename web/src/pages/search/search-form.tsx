import { useState } from 'react';
import { VIN, type SearchCriteria } from './criteria.ts';

const KINDS = [
  { value: 'person', label: 'Person' },
  { value: 'document', label: 'Document' },
  { value: 'vehicle', label: 'Vehicle' },
] as const;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The one search box: a person (name and optional date of birth), a document
 * (number) or a vehicle (plate or VIN), here and, when asked, at partners.
 */
export function SearchForm({ busy, onSearch }: { busy: boolean; onSearch: (criteria: SearchCriteria, partners: boolean) => void }) {
  const [kind, setKind] = useState<SearchCriteria['kind']>('person');
  const [name, setName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [number, setNumber] = useState('');
  const [vehicle, setVehicle] = useState('');
  const [partners, setPartners] = useState(false);
  const [problem, setProblem] = useState('');

  const criteria = (): SearchCriteria | string => {
    if (kind === 'person') {
      if (!name.trim()) return 'Enter a name to search for a person.';
      if (dateOfBirth.trim() && !DATE.test(dateOfBirth.trim())) return 'Enter the date of birth as YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty.';
      return { kind, name: name.trim(), ...(dateOfBirth.trim() && { dateOfBirth: dateOfBirth.trim() }) };
    }
    if (kind === 'document') return number.trim() ? { kind, number: number.trim() } : 'Enter a document number.';
    const value = vehicle.trim().toUpperCase();
    if (!value) return 'Enter a plate or a VIN.';
    return VIN.test(value) ? { kind, vin: value } : { kind, plate: vehicle.trim() };
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const c = criteria();
    if (typeof c === 'string') {
      setProblem(c);
      return;
    }
    setProblem('');
    onSearch(c, partners);
  };

  return (
    <form className="card search-form" onSubmit={submit} noValidate aria-label="Search">
      <fieldset className="search-kinds">
        <legend>Search for</legend>
        {KINDS.map((k) => (
          <label key={k.value} className="search-radio">
            <input type="radio" name="search-kind" value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} /> {k.label}
          </label>
        ))}
      </fieldset>
      <div className="search-fields">
        {kind === 'person' && (
          <>
            <label>
              Name
              <input value={name} onChange={(e) => setName(e.target.value)} size={32} autoComplete="off" placeholder="e.g. Ivana Horvat" />
            </label>
            <label>
              Date of birth (optional)
              <input value={dateOfBirth} onChange={(e) => setDateOfBirth(e.target.value)} size={12} autoComplete="off" placeholder="YYYY-MM-DD" />
            </label>
          </>
        )}
        {kind === 'document' && (
          <label>
            Document number
            <input value={number} onChange={(e) => setNumber(e.target.value)} size={24} autoComplete="off" spellCheck={false} />
          </label>
        )}
        {kind === 'vehicle' && (
          <label>
            Plate or VIN
            <input value={vehicle} onChange={(e) => setVehicle(e.target.value)} size={24} autoComplete="off" spellCheck={false} aria-describedby="search-vin-hint" />
            <span id="search-vin-hint" className="search-hint">17 letters and digits without spaces are taken as a VIN.</span>
          </label>
        )}
      </div>
      <label className="search-check">
        <input type="checkbox" checked={partners} onChange={(e) => setPartners(e.target.checked)} /> Also ask partners (hit/no-hit: no personal data comes back)
      </label>
      <div>
        <button type="submit" disabled={busy}>{busy ? 'Searching…' : 'Search'}</button>
      </div>
      {problem && <p className="error" role="alert">{problem}</p>}
    </form>
  );
}
