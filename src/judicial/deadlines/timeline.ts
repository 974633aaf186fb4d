import type { FieldIssue } from '../../core/errors.ts';
import type { Calendar } from '../../core/calendar.ts';
import type { JudicialEvent, JudicialEventType, RequestTimeline } from './events.ts';

/** An event with its position in the input, so that an issue can name it (`events.3.date`). */
export interface Step<T extends JudicialEventType = JudicialEventType> {
  index: number;
  event: Extract<JudicialEvent, { type: T }>;
}

/** A step of any type. */
export interface AnyStep {
  index: number;
  event: JudicialEvent;
}

/** The day or instant an event happened, as written. */
export function whenOf(event: JudicialEvent): string {
  return 'at' in event ? event.at : event.date;
}

function sortKey(event: JudicialEvent): number {
  return 'at' in event ? Date.parse(event.at) : Date.parse(`${event.date}T00:00:00Z`);
}

/**
 * A request's events in time order (the input may list them in any order),
 * with the calendar, the moment of evaluation and the issues found so far.
 * The per-instrument rules read it and add issues; evaluation fails if any.
 */
export class Timeline {
  readonly steps: AnyStep[];
  readonly issues: FieldIssue[] = [];

  constructor(
    readonly request: RequestTimeline,
    readonly calendar: Calendar,
    readonly now: Date,
  ) {
    this.steps = request.events.map((event, index) => ({ index, event })).sort((a, b) => sortKey(a.event) - sortKey(b.event) || a.index - b.index);
  }

  /** Every event of a type, earliest first. */
  all<T extends JudicialEventType>(type: T): Step<T>[] {
    return this.steps.filter((s) => s.event.type === type) as Step<T>[];
  }

  /** The earliest event of a type. */
  first<T extends JudicialEventType>(type: T): Step<T> | undefined {
    return this.all(type)[0];
  }

  /** The latest event of a type. */
  last<T extends JudicialEventType>(type: T): Step<T> | undefined {
    return this.all(type).at(-1);
  }

  /** Records an issue on a field of an event, e.g. `events.3.date`. */
  issue(step: AnyStep, field: string, message: string): void {
    this.issues.push({ path: `events.${step.index}.${field}`, message });
  }

  /** Records an issue when `later` happened before `earlier` (an impossible sequence). */
  notBefore(later: AnyStep | undefined, earlier: AnyStep | undefined, what: string): void {
    if (!later || !earlier || sortKey(later.event) >= sortKey(earlier.event)) return;
    this.issue(later, 'at' in later.event ? 'at' : 'date', `${later.event.type} on ${whenOf(later.event)} is before ${what} on ${whenOf(earlier.event)} (events.${earlier.index})`);
  }
}
