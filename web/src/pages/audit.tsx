import type { PageProps } from '../pages.ts';

/** Audit (being built). */
export function AuditPage(_props: PageProps) {
  return <h1>Audit</h1>;
}
