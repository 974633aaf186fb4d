import { registerAgreementHandlers } from '../agreements/service.ts';
import type { Federation } from '../federation/federation.ts';

/** Registers every feature's handlers of incoming envelopes. */
export function registerFederationHandlers(federation: Federation): void {
  registerAgreementHandlers(federation);
}
