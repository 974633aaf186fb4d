import type { PageProps } from '../pages.ts';
import { Dashboard } from './judicial/dashboard.tsx';
import { RequestDetail } from './judicial/request-detail.tsx';
import { RequestList } from './judicial/request-list.tsx';

/**
 * Judicial cooperation (`#/judicial`, `#/judicial/<id>`): requests by
 * instrument and stage with the dashboard, or one request in full with its
 * deadlines, alerts, signed documents and the form to record its next step.
 */
export function JudicialPage({ route, officer }: PageProps) {
  if (route[0]) return <RequestDetail id={route[0]} officer={officer} />;
  return (
    <>
      <h1>Judicial cooperation</h1>
      <RequestList />
      <Dashboard />
    </>
  );
}
