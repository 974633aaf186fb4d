import { LiaisonError, type FieldIssue } from '../core/errors.ts';
import type { NodeContext } from '../core/context.ts';
import { evaluateRequest, type RequestEvaluation } from './deadlines/evaluate.ts';
import type { JudicialEvent } from './deadlines/events.ts';
import type { RequestType } from './request-type.ts';
import type { RequestTerms } from './schema.ts';

/** A stored request's clock now: stage, deadlines with their status, alerts. Errors name `events[i]…`. */
export function evaluateStored(ctx: NodeContext, type: string, terms: RequestTerms, events: readonly JudicialEvent[]): RequestEvaluation {
  return evaluateRequest({ type: type as RequestType, ...terms, events: [...events] }, ctx.clock.now(), ctx.calendar);
}

/**
 * The ICCS code a request's offence names (given, or from its list offence or
 * national offence as assessed), for the agreement's offence clause. A stored
 * assessment may be only the problem that prevented it: then no code.
 */
export function offenceCode(offence: { iccs?: string }, criminality: object | null): string | undefined {
  return offence.iccs ?? (criminality as { offence?: { iccs?: string } } | null)?.offence?.iccs;
}

/** The stage after each step of `events` in turn (each step is stored with the stage it led to). */
export function stagesAfterEach(ctx: NodeContext, type: string, terms: RequestTerms, events: readonly JudicialEvent[]): string[] {
  return events.map((_, i) => evaluateStored(ctx, type, terms, events.slice(0, i + 1)).stage);
}

/**
 * The engine names a step by its place in the whole sequence (`events.3.date`);
 * whoever gave one step knows it as `name` (`event.date`, `body.event.date`).
 */
function renameEventIssues(error: unknown, index: number, name: string): unknown {
  if (!(error instanceof LiaisonError)) return error;
  const prefix = `events.${index}`;
  const issues: FieldIssue[] = error.issues.map((i) => ({ ...i, path: i.path === prefix || i.path.startsWith(`${prefix}.`) ? `${name}${i.path.slice(prefix.length)}` : i.path }));
  return new LiaisonError(error.code, error.message.split(prefix).join(name), issues);
}

/** The clock once `event` follows the stored `steps`; an impossible step is refused naming it as `name` (e.g. `event.date`). */
export function evaluateNextStep(ctx: NodeContext, type: string, terms: RequestTerms, steps: readonly JudicialEvent[], event: JudicialEvent, name: string): RequestEvaluation {
  try {
    return evaluateStored(ctx, type, terms, [...steps, event]);
  } catch (error) {
    throw renameEventIssues(error, steps.length, name);
  }
}
