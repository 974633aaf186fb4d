import { formatTime, formatValue, words } from '../../components/format.ts';
import { TlpBadge } from '../../components/protection.tsx';
import { AlertActions } from './alert-actions.tsx';
import type { Alert } from './types.ts';

/** A subject in a few words: a person's names and date of birth, a vehicle's plate, a document's number. */
function subjectSummary(alert: Alert): string {
  if (!alert.subject) return alert.recordType;
  const d = alert.subject.data;
  if (alert.subject.type === 'person') return [formatValue(d.names), d.dateOfBirth && `born ${String(d.dateOfBirth)}`].filter(Boolean).join(', ');
  if (alert.subject.type === 'vehicle') return formatValue({ plate: d.plate, vin: d.vin, make: d.make, model: d.model, colour: d.colour });
  return formatValue({ type: d.documentType, number: d.number, state: d.issuingState });
}

/**
 * Alerts in a table: issuer, category, subject (in search results; the list
 * does not carry subjects), action to take, protection, lapse and state, with
 * withdraw (own alerts, for officers who issue alerts) or report a hit (partners' alerts).
 */
export function AlertTable({ alerts, self, mayIssue, onChanged, caption }: { alerts: Alert[]; self: string | null; mayIssue: boolean; onChanged: () => void; caption: string }) {
  return (
    <table className="alerts-table">
      <caption className="alerts-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Issuer</th>
          <th scope="col">Category</th>
          <th scope="col">Subject</th>
          <th scope="col">Action to take</th>
          <th scope="col">Protection</th>
          <th scope="col">Valid until</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {alerts.map((a) => (
          <tr key={a.id}>
            <td>{a.issuer}{a.issuer === self && ' (here)'}</td>
            <td>{words(a.category)}</td>
            <td>{subjectSummary(a)}</td>
            <td>{a.actionToTake}</td>
            <td>
              <span className="badge">{String(a.protection.handlingCode ?? '—')}</span> <TlpBadge tlp={a.protection.tlp} />
            </td>
            <td>{formatTime(a.expiresAt)}{a.state !== 'active' && <div><span className="badge">{a.state}</span></div>}</td>
            <td>{self !== null && (mayIssue || a.issuer !== self) && <AlertActions alert={a} own={a.issuer === self} onDone={onChanged} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
