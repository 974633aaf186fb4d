import type { PageProps } from '../pages.ts';

/** Records (being built). */
export function RecordsPage(_props: PageProps) {
  return <h1>Records</h1>;
}
