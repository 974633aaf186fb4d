import { FixedClock } from '../../core/clock.ts';
import { type FieldIssue, LiaisonError } from '../../core/errors.ts';
import type { Calendar } from '../../core/calendar.ts';
import type { Deadline, RequestEvaluation } from './deadline.ts';
import { evaluateRequest } from './evaluate.ts';
import type { z } from 'zod';
import { RequestTimeline } from './events.ts';

const DAY_MS = 86_400_000;

/** A clock standing at the start (00:00 UTC) of `day`, as `liaison judicial check --today day` does. */
export function clockOn(day: string): FixedClock {
  return new FixedClock(new Date(`${day}T00:00:00Z`));
}

/** Moves a test clock forward by whole days. */
export function nextDay(clock: FixedClock, days = 1): FixedClock {
  clock.advance(days * DAY_MS);
  return clock;
}

/** A value as a test writes it, `as const` allowed. */
type Written<T> = T extends (infer U)[] ? readonly Written<U>[] : T extends object ? { readonly [K in keyof T]: Written<T[K]> } : T;

/** Evaluates a timeline written as a file would hold it (defaults left out) at the clock's time. */
export function evaluateAt(request: Written<z.input<typeof RequestTimeline>>, clock: FixedClock, calendar?: Calendar): RequestEvaluation {
  return evaluateRequest(RequestTimeline.parse(request), clock.now(), calendar);
}

/** The deadline `id` of an evaluation, failing when it is absent. */
export function deadlineOf(evaluation: RequestEvaluation, id: string): Deadline {
  const found = evaluation.deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`no deadline ${id} in ${evaluation.deadlines.map((d) => d.id).join(', ')}`);
  return found;
}

/** The field issues of the `invalid_input` error `work` throws, failing when it throws none. */
export function issuesOf(work: () => unknown): FieldIssue[] {
  try {
    work();
  } catch (error) {
    if (error instanceof LiaisonError && error.code === 'invalid_input') return error.issues;
    throw error;
  }
  throw new Error('expected an invalid_input error');
}
