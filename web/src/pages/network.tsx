import type { PageProps } from '../pages.ts';

/** Network (being built). */
export function NetworkPage(_props: PageProps) {
  return <h1>Network</h1>;
}
