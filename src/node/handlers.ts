import { registerAgreementHandlers } from '../agreements/service.ts';
import { registerAlertHandlers } from '../alerts/service.ts';
import { registerFollowUpHandlers } from '../exchange/follow-up.ts';
import { registerQueryHandler } from '../exchange/query.ts';
import type { Federation } from '../federation/federation.ts';
import { registerJudicialHandlers } from '../judicial/transmission.ts';
import { registerCrossMatchHandlers } from '../matching/psi/handlers.ts';
import { registerMovementHandlers } from '../movements/timeline.ts';

/** Registers every feature's handlers of incoming envelopes. */
export function registerFederationHandlers(federation: Federation): void {
  registerAgreementHandlers(federation);
  registerQueryHandler(federation);
  registerFollowUpHandlers(federation);
  registerAlertHandlers(federation);
  registerCrossMatchHandlers(federation);
  registerMovementHandlers(federation);
  registerJudicialHandlers(federation);
}
