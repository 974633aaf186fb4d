import { Countdown } from '../../components/countdown.tsx';
import { DeadlineStatus } from './deadline-status.tsx';
import type { Deadline } from './types.ts';

/** Every deadline of a request: name, legal basis, due date, status in colour and words, and the time left. */
export function Deadlines({ deadlines }: { deadlines: Deadline[] }) {
  if (deadlines.length === 0) return <p>No deadline runs yet: it starts with the step that opens it (e.g. the arrest).</p>;
  return (
    <table>
      <thead>
        <tr><th scope="col">Deadline</th><th scope="col">Legal basis</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Time left</th></tr>
      </thead>
      <tbody>
        {deadlines.map((d) => {
          const open = d.status === 'pending' || d.status === 'due' || (d.status === 'overdue' && !d.completedOn);
          return (
            <tr key={d.id} className={d.status === 'overdue' || d.status === 'lapsed' ? 'overdue-row' : undefined}>
              <th scope="row">{d.name}{d.extended && <span className="judicial-muted"> (extended)</span>}{d.note && <div className="judicial-muted">{d.note}</div>}</th>
              <td>{d.legalBasis}</td>
              <td>{d.due}</td>
              <td><DeadlineStatus status={d.status} />{d.completedOn && <div className="judicial-muted">step taken {d.completedOn}</div>}</td>
              <td>{open ? <Countdown due={d.due} /> : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
