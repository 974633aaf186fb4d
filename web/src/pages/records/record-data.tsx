import { Fragment, type ReactNode } from 'react';
import { nameText, type NameLike } from './model.ts';
import { words } from '../../components/format.ts';

type Data = Record<string, unknown>;

const LABELS: Record<string, string> = {
  dateOfBirth: 'Date of birth',
  placeOfBirth: 'Place of birth',
  nationalities: 'Nationalities',
  gender: 'Gender',
  identifiers: 'Identifiers',
  documentType: 'Document type',
  number: 'Number',
  issuingState: 'Issuing state',
  issuedOn: 'Issued on',
  validUntil: 'Valid until',
  mrz: 'Machine-readable zone',
  plate: 'Plate',
  registrationCountry: 'Registration country',
  vin: 'VIN',
  make: 'Make',
  model: 'Model',
  colour: 'Colour',
  name: 'Name',
  aliases: 'Aliases',
  legalForm: 'Legal form',
  registrationNumber: 'Registration number',
  country: 'Country',
  label: 'Label',
  address: 'Address',
  coordinates: 'Coordinates',
  offence: 'Offence',
  occurredAt: 'Occurred at',
  place: 'Place',
  summary: 'Summary',
  reference: 'Reference',
  title: 'Title',
  status: 'Status',
  participants: 'Participants',
};

/** A field name in words: a known label, else `camelCase` split into words. */
function labelOf(key: string): string {
  return LABELS[key] ?? key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

/** Any value, readably: lists as lists, objects as nested definition lists. */
function Value({ value }: { value: unknown }): ReactNode {
  if (value === null || value === undefined || value === '') return <span className="records-muted">—</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="records-muted">none</span>;
    if (value.every((v) => typeof v !== 'object' || v === null)) return <>{value.map(String).join(', ')}</>;
    return (
      <ul className="records-plain">
        {value.map((v, i) => (
          <li key={i}>
            <Value value={v} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Data).filter(([, v]) => v !== undefined);
    return <span>{entries.map(([k, v]) => `${labelOf(k).toLowerCase()}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`).join('; ')}</span>;
  }
  if (typeof value === 'string' && /_/.test(value) && !/\s/.test(value)) return <>{words(value)}</>;
  return <>{String(value)}</>;
}

/** A person's names: each with its kind and script, e.g. "Sofia Makarova (transliteration, Latn)". */
function Names({ names }: { names: NameLike[] }) {
  return (
    <ul className="records-plain">
      {names.map((n, i) => (
        <li key={i}>
          <strong>{nameText(n)}</strong>{' '}
          <span className="records-muted">({[n.kind ?? 'primary', n.script ?? 'Latn'].join(', ')})</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A record's data as a definition list: persons' names with their kinds and
 * scripts first, then every other field labelled in words; any record type
 * the console does not know is shown generically the same way.
 */
export function RecordData({ type, data }: { type: string; data: Data }) {
  const entries = Object.entries(data).filter(([k]) => !(type === 'person' && k === 'names'));
  return (
    <dl className="records-dl">
      {type === 'person' && Array.isArray(data.names) && (
        <>
          <dt>Names</dt>
          <dd>
            <Names names={data.names as NameLike[]} />
          </dd>
        </>
      )}
      {entries.map(([key, value]) => (
        <Fragment key={key}>
          <dt>{labelOf(key)}</dt>
          <dd className={key === 'mrz' ? 'records-mono' : undefined}>
            {key === 'identifiers' && Array.isArray(value) ? (
              value.length === 0 ? (
                <span className="records-muted">none</span>
              ) : (
                <ul className="records-plain">
                  {(value as { scheme: string; value: string; issuer?: string }[]).map((idf, i) => (
                    <li key={i}>
                      {idf.scheme} <strong>{idf.value}</strong>
                      {idf.issuer ? ` (${idf.issuer})` : ''}
                    </li>
                  ))}
                </ul>
              )
            ) : (
              <Value value={value} />
            )}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
