import { invalidInput } from '../core/errors.ts';
import type { JudicialEventType } from './deadlines/events.ts';

/** The two authorities of a request. */
export type Side = 'issuing' | 'executing';

/**
 * Which authority takes (and records) each step: the executing authority
 * arrests, hears consent, decides, extends its limit with notice to the
 * issuing authority, surrenders and executes; the issuing authority sends and
 * translates; new surrender dates and interception notices concern both. The
 * receipt is recorded by the executing node itself when the request arrives.
 */
const TAKEN_BY: Record<JudicialEventType, Side | 'either' | 'node'> = {
  sent: 'issuing',
  translation: 'issuing',
  received: 'node',
  provisional_arrest: 'executing',
  arrest: 'executing',
  consent: 'executing',
  decision: 'executing',
  extension: 'executing',
  humanitarian_postponement: 'executing',
  surrender: 'executing',
  release: 'executing',
  acknowledgement: 'executing',
  execution: 'executing',
  force_majeure: 'either',
  surrender_date_agreed: 'either',
  interception_notification: 'either',
  objection: 'either',
};

/** True when the `side` authority records steps of this type. */
export function recordsStep(type: JudicialEventType, side: Side): boolean {
  return TAKEN_BY[type] === 'either' || TAKEN_BY[type] === side;
}

/** Refuses a step that is not the `side` authority's to record, naming the field. */
export function requireRecordingSide(type: JudicialEventType, side: Side, path = 'event.type'): void {
  if (recordsStep(type, side)) return;
  const taker = TAKEN_BY[type];
  const who = taker === 'node' ? 'the executing node when the request arrives' : `the ${taker} authority`;
  throw invalidInput(`${type} is recorded by ${who}, not by the ${side} authority`, [{ path, message: `not the ${side} authority's step` }]);
}

/** This node's side of a request it sent (`outgoing`) or received (`incoming`). */
export function ownSide(request: { direction: string }): Side {
  return request.direction === 'outgoing' ? 'issuing' : 'executing';
}

/** The other node of a request exchanged with a partner: the executing node for the issuer, the issuer for the executing node. */
export function partnerOf(request: { direction: string; issuingNode: string; executingNode: string | null }): string | null {
  return request.direction === 'outgoing' ? request.executingNode : request.direction === 'incoming' ? request.issuingNode : null;
}
