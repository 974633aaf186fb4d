import { isoDate } from '../../core/clock.ts';
import type { DeadlineStatus } from '../request-type.ts';

/** A time limit of a request, where it stands on the day of the evaluation. */
export interface Deadline {
  /** Stable within a request, e.g. `decision`, `surrender`, `interception_objection_1`. */
  id: string;
  name: string;
  legalBasis: string;
  /** The last day (YYYY-MM-DD), or the last instant (ISO 8601 with offset) for limits in hours. */
  due: string;
  status: DeadlineStatus;
  /** The day (or instant) the step that meets it was taken, on time or late. */
  completedOn?: string;
  /** True when the limit was extended (e.g. by 30 days after a reasoned notice). */
  extended?: boolean;
  note?: string;
}

/** What an officer must do or know now. */
export interface Alert {
  kind: 'deadline_overdue' | 'release_from_custody' | 'objection_window_open' | 'inform_eurojust' | 'consult_issuing_authority';
  message: string;
  legalBasis: string;
}

/** Where a request stands on a day: its stage, its deadlines and what needs doing. */
export interface RequestEvaluation {
  stage: string;
  deadlines: Deadline[];
  alerts: Alert[];
}

/** A deadline before its status is known. */
export interface DeadlineSpec {
  id: string;
  name: string;
  legalBasis: string;
  due: string;
  completedOn?: string;
  extended?: boolean;
  note?: string;
  /** `lapsed` where expiry has a legal consequence of its own (release, loss of the right to object); otherwise `overdue`. */
  onExpiry?: 'overdue' | 'lapsed';
}

const isInstant = (value: string) => value.includes('T');

/** True when `when` (a day or an instant) is after the end of `due` (a day or an instant). */
function after(when: string, due: string): boolean {
  if (isInstant(due)) return isInstant(when) ? Date.parse(when) > Date.parse(due) : when > isoDate(new Date(due));
  return (isInstant(when) ? isoDate(new Date(when)) : when) > due;
}

/**
 * The status of a deadline at `now`: met when its step was taken by the limit;
 * otherwise pending before the last day, due on it, and overdue (or lapsed)
 * after it. A step taken late keeps the overdue (or lapsed) status, with its
 * `completedOn`. Days are UTC days; a limit in hours is passed once its instant is.
 */
export function settle(spec: DeadlineSpec, now: Date): Deadline {
  const { onExpiry = 'overdue', id, name, legalBasis, due, completedOn, extended, note } = spec;
  const status: DeadlineStatus =
    completedOn !== undefined
      ? after(completedOn, due)
        ? onExpiry
        : 'met'
      : after(now.toISOString(), due)
        ? onExpiry
        : isoDate(now) === (isInstant(due) ? isoDate(new Date(due)) : due)
          ? 'due'
          : 'pending';
  return { id, name, legalBasis, due, status, ...(completedOn !== undefined && { completedOn }), ...(extended && { extended }), ...(note !== undefined && { note }) };
}
