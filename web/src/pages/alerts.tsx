import type { PageProps } from '../pages.ts';

/** Alerts (being built). */
export function AlertsPage(_props: PageProps) {
  return <h1>Alerts</h1>;
}
