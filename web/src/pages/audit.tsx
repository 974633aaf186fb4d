import type { PageProps } from '../pages.ts';
import { Export } from './audit/export.tsx';
import { Search } from './audit/search.tsx';
import { Statistics } from './audit/statistics.tsx';
import { Verify } from './audit/verify.tsx';

/** The audit log for the data-protection officer (`#/audit`): verify the chain, search, export for a supervisory authority, statistics. */
export function AuditPage(_props: PageProps) {
  return (
    <>
      <h1>Audit log</h1>
      <Verify />
      <Search />
      <Export />
      <Statistics />
    </>
  );
}
