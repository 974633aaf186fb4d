import type { PageProps } from '../pages.ts';
import { Agreements } from './network/agreements.tsx';
import { Peers } from './network/peers.tsx';

/** The network (`#/network`): partner nodes with their health, and the agreements with their terms, signatures and state. */
export function NetworkPage(_props: PageProps) {
  return (
    <>
      <h1>Network</h1>
      <Peers />
      <Agreements />
    </>
  );
}
