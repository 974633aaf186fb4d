import type { PageProps } from '../pages.ts';

/** Link graph (being built). */
export function GraphPage(_props: PageProps) {
  return <h1>Link graph</h1>;
}
