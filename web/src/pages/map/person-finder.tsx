import { useState } from 'react';
import { api } from '../../api.ts';
import { useAction } from '../../components/action.ts';
import { Busy } from '../../components/busy.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { href } from '../../routing.ts';
import { recordName, type RecordView } from './places.ts';

const findPersons = (name: string) =>
  api<{ results: RecordView[] }>('POST', '/api/v1/records/search', { type: 'person', name, mode: 'prefix', limit: 20 }).then((r) => r.results);

/** Finds persons by name (a consultation) to show their places and movements on the map. */
export function PersonFinder() {
  const [name, setName] = useState('');
  const [results, setResults] = useState<RecordView[] | null>(null);
  const { run, busy, error } = useAction(findPersons);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = await run(name.trim());
    if (found) setResults(found);
  };
  return (
    <section aria-labelledby="map-find">
      <h2 id="map-find">Show a person’s places and movements</h2>
      <form onSubmit={submit}>
        <label>
          Person’s name
          <input value={name} onChange={(e) => setName(e.target.value)} required minLength={1} placeholder="e.g. Horvat" />
        </label>
        <button type="submit" disabled={busy}>{busy ? 'Finding…' : 'Find'}</button>
      </form>
      {busy && <Busy label="Finding persons" />}
      <ErrorMessage error={error} />
      {results && (results.length === 0 ? (
        <p role="status">No person of that name here.</p>
      ) : (
        <ul aria-label="Persons found">
          {results.map((r) => {
            const born = typeof r.data?.dateOfBirth === 'string' ? `, born ${r.data.dateOfBirth}` : '';
            return (
              <li key={r.id}>
                <a href={href('map', r.id)}>{recordName(r)}{born}</a>
              </li>
            );
          })}
        </ul>
      ))}
    </section>
  );
}
