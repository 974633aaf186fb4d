import { href } from '../../routing.ts';
import { describe, type StoredRecord } from '../records/model.ts';
import { TlpBadge } from '../../components/protection.tsx';
import { words } from '../../components/format.ts';

/** Records found here, as a table linking each to its record page and link graph. */
export function RecordResults({ records }: { records: StoredRecord[] }) {
  return (
    <table>
      <caption className="search-caption">{records.length === 1 ? 'One record found' : `${records.length} records found`}</caption>
      <thead>
        <tr>
          <th scope="col">Record</th>
          <th scope="col">Type</th>
          <th scope="col">Subject category</th>
          <th scope="col">Evaluation</th>
          <th scope="col">TLP</th>
          <th scope="col">Graph</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={href('records', r.id)}>{describe(r) || r.id}</a>
            </td>
            <td>{words(r.type)}</td>
            <td>{words(r.protection.subjectCategory)}</td>
            <td>{r.protection.sourceReliability}{r.protection.informationAccuracy}</td>
            <td>
              <TlpBadge tlp={r.protection.tlp} />
            </td>
            <td>
              <a href={href('graph', r.id)} aria-label={`Link graph of ${describe(r) || r.id}`}>Link graph</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
