import { isoDate } from '../core/clock.ts';
import type { JudicialEvent } from './deadlines/events.ts';

/** Stages in which a request needs nothing more from anyone (requests and Interpol notices). */
export const CLOSED_STAGES: readonly string[] = ['surrendered', 'refused', 'executed', 'released', 'lapsed', 'closed', 'not_accepted', 'withdrawn'];

/** The stage of an outgoing request the executing node refused to accept (its bundle did not verify, or no agreement allowed it). */
export const NOT_ACCEPTED_STAGE = 'not_accepted';

/** The step that starts the executing node's clock: receipt, on the day the request arrived. */
export function receivedEvent(at: Date): JudicialEvent {
  return { type: 'received', date: isoDate(at) };
}
