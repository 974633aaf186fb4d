import type { NodeContext } from '../core/context.ts';
import { evaluateRequest, type RequestEvaluation } from './deadlines/evaluate.ts';
import type { JudicialEvent } from './deadlines/events.ts';
import type { RequestType } from './request-type.ts';
import type { RequestTerms } from './schema.ts';

/** A stored request's clock now: stage, deadlines with their status, alerts. Errors name `events[i]…`. */
export function evaluateStored(ctx: NodeContext, type: string, terms: RequestTerms, events: readonly JudicialEvent[]): RequestEvaluation {
  return evaluateRequest({ type: type as RequestType, ...terms, events: [...events] }, ctx.clock.now(), ctx.calendar);
}

/** The ICCS code a request's offence names (given, or from its list offence or national offence), for the agreement's offence clause. */
export function offenceCode(offence: { iccs?: string }, criminality: { offence: { iccs?: string } } | null): string | undefined {
  return offence.iccs ?? criminality?.offence.iccs;
}
