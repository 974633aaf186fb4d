import type { PageProps } from '../pages.ts';

/** Map (being built). */
export function MapPage(_props: PageProps) {
  return <h1>Map</h1>;
}
