import { formatWhen, words } from '../../components/format.ts';
import type { StoredEvent } from './types.ts';

function particulars(event: StoredEvent['event']): string {
  return Object.entries(event)
    .filter(([key]) => key !== 'type' && key !== 'date')
    .map(([key, value]) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) return `${words(key)}: ${Object.entries(value).map(([k, v]) => `${words(k)} ${String(v)}`).join(', ')}`;
      return `${words(key)}: ${Array.isArray(value) ? value.map(String).map(words).join(', ') || 'none' : String(value)}`;
    })
    .join('; ');
}

/** The steps of a request in order, with who recorded them, on which node, and the stage they led to. */
export function Steps({ events }: { events: StoredEvent[] }) {
  if (events.length === 0) return <p>No step recorded yet.</p>;
  return (
    <table>
      <thead>
        <tr><th scope="col">Step</th><th scope="col">Date</th><th scope="col">Particulars</th><th scope="col">Recorded by</th><th scope="col">Stage after</th></tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.seq}>
            <th scope="row">{words(e.event.type)}</th>
            <td>{String(e.event.date ?? (e.event.at ? formatWhen(String(e.event.at)) : '—'))}</td>
            <td>{particulars(e.event) || '—'}{e.bundleId && <div className="judicial-muted">with signed documents</div>}</td>
            <td>{e.recordedBy} on {e.sourceNode}<div className="judicial-muted">{formatWhen(e.recordedAt)}</div></td>
            <td>{words(e.stageAfter)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
