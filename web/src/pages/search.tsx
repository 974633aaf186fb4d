import { useRef, useState } from 'react';
import { api } from '../api.ts';
import { Busy } from '../components/busy.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import type { PageProps } from '../pages.ts';
import { href } from '../routing.ts';
import type { StoredRecord } from './records/model.ts';
import { Candidates, type Candidate } from './search/candidates.tsx';
import { criteriaText, queryCriteria, recordSearchBody, type SearchCriteria } from './search/criteria.ts';
import { PartnerResults, type PartnerResult } from './search/partner-results.tsx';
import { RecordResults } from './search/record-results.tsx';
import { SearchForm } from './search/search-form.tsx';

/** The state of one half of a search (here, or at partners). */
interface Part<T> {
  busy: boolean;
  error: unknown;
  value: T | null;
}

const IDLE = { busy: false, error: null, value: null };

/** What this node found: records (documents, vehicles) or screening candidates (persons). */
type LocalFound = { records: StoredRecord[] } | { candidates: Candidate[] };

async function searchHere(criteria: SearchCriteria): Promise<LocalFound> {
  if (criteria.kind === 'person') {
    const body = { name: criteria.name, ...(criteria.dateOfBirth && { dateOfBirth: criteria.dateOfBirth }) };
    return api<{ candidates: Candidate[] }>('POST', '/api/v1/matching/screen', body);
  }
  return api<{ results: StoredRecord[] }>('POST', '/api/v1/records/search', recordSearchBody(criteria)).then((r) => ({ records: r.results }));
}

/** The local half of the results. */
function LocalResults({ part, kind }: { part: Part<LocalFound>; kind: SearchCriteria['kind'] }) {
  if (part.busy) return <Busy label={kind === 'person' ? 'Screening this node’s persons and alerts' : 'Searching this node’s records'} />;
  if (part.error) return <ErrorMessage error={part.error} />;
  if (!part.value) return null;
  if ('candidates' in part.value) {
    return part.value.candidates.length === 0 ? (
      <p className="search-none">No person or alert here scores at or above the matching threshold.</p>
    ) : (
      <Candidates candidates={part.value.candidates} />
    );
  }
  return part.value.records.length === 0 ? <p className="search-none">No record here matches.</p> : <RecordResults records={part.value.records} />;
}

/**
 * Search: one box for persons, documents and vehicles. Searches this node
 * (persons are screened, with the evidence of every score) and, when asked,
 * every partner by hit/no-hit; a hit can be followed up by requesting its data.
 */
export function SearchPage(_props: PageProps) {
  const [criteria, setCriteria] = useState<SearchCriteria | null>(null);
  const [local, setLocal] = useState<Part<LocalFound>>(IDLE);
  const [remote, setRemote] = useState<Part<PartnerResult[]> | null>(null);
  const latest = useRef(0);

  const search = (c: SearchCriteria, partners: boolean) => {
    const run = ++latest.current;
    setCriteria(c);
    setLocal({ busy: true, error: null, value: null });
    setRemote(partners ? { busy: true, error: null, value: null } : null);
    searchHere(c).then(
      (value) => run === latest.current && setLocal({ busy: false, error: null, value }),
      (error: unknown) => run === latest.current && setLocal({ busy: false, error, value: null }),
    );
    if (partners) {
      api<{ results: PartnerResult[] }>('POST', '/api/v1/exchange/queries', { partners: 'all', criteria: queryCriteria(c) }).then(
        (r) => run === latest.current && setRemote({ busy: false, error: null, value: r.results }),
        (error: unknown) => run === latest.current && setRemote({ busy: false, error, value: null }),
      );
    }
  };

  return (
    <>
      <h1>Search</h1>
      <p className="search-intro">
        Search this node for a person, a document or a vehicle, and ask partners whether they hold it. Every search is a
        consultation, audited with the purpose and justification set at the top of the page.
      </p>
      <SearchForm busy={local.busy || !!remote?.busy} onSearch={search} />
      {criteria && (
        <div className="search-results">
          <section aria-labelledby="search-here-h">
            <h2 id="search-here-h">Here: {criteriaText(criteria)}</h2>
            <LocalResults part={local} kind={criteria.kind} />
          </section>
          {remote && (
            <section aria-labelledby="search-partners-h">
              <h2 id="search-partners-h">At partners</h2>
              {remote.busy && <Busy label="Asking partners (hit/no-hit)" />}
              <ErrorMessage error={remote.error} />
              {remote.value && <PartnerResults results={remote.value} />}
              {remote.value?.some((r) => r.outcome === 'hit') && (
                <p>
                  A hit says only that the partner holds something: request its data, then follow the request under{' '}
                  <a href={href('follow-ups')}>Hits and follow-ups</a>.
                </p>
              )}
            </section>
          )}
        </div>
      )}
    </>
  );
}
