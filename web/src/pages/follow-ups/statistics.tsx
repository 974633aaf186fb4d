import type { VerificationStatistics } from './types.ts';

/** Verification statistics per partner and matcher: how often candidates were confirmed (no personal data). */
export function StatisticsTable({ statistics }: { statistics: VerificationStatistics[] }) {
  if (statistics.length === 0) return <p>No biometric hit has been given to a partner yet.</p>;
  return (
    <table className="follow-ups-table">
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Matcher</th>
          <th scope="col">Confirmed</th>
          <th scope="col">Rejected</th>
          <th scope="col">Pending</th>
          <th scope="col">Confirmation rate</th>
        </tr>
      </thead>
      <tbody>
        {statistics.map((s) => (
          <tr key={`${s.partner}/${s.matcher}`}>
            <td>{s.partner}</td>
            <td>{s.matcher}</td>
            <td>{s.confirmed}</td>
            <td>{s.rejected}</td>
            <td>{s.pending}</td>
            <td>{s.confirmationRate === null ? 'none decided yet' : `${Math.round(s.confirmationRate * 100)} %`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
