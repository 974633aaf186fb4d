import type { PageProps } from '../pages.ts';

/** Hits and follow-ups (being built). */
export function FollowUpsPage(_props: PageProps) {
  return <h1>Hits and follow-ups</h1>;
}
