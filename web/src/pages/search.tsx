import type { PageProps } from '../pages.ts';

/** Search (being built). */
export function SearchPage(_props: PageProps) {
  return <h1>Search</h1>;
}
