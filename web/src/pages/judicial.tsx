import type { PageProps } from '../pages.ts';

/** Judicial (being built). */
export function JudicialPage(_props: PageProps) {
  return <h1>Judicial</h1>;
}
