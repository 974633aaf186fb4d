import { z } from 'zod';
import { FullDate } from '../model/primitives.ts';

/**
 * How legal periods are counted. Periods are counted in calendar days from the
 * day after the event (day 1) to the last day (day N); a calendar may then move
 * a last day that is not a working day, as Regulation (EEC, Euratom) No 1182/71
 * Art. 3(4) does. Periods in hours are never moved.
 */
export interface Calendar {
  /** The last day of a period of `days` days starting after `date` (YYYY-MM-DD). */
  addDays(date: string, days: number): string;
  /** The instant `hours` hours after `instant` (ISO 8601 with offset), written in the same offset. */
  addHours(instant: string, hours: number): string;
}

const DAY_MS = 86_400_000;

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

function addHours(instant: string, hours: number): string {
  const offset = /(Z|[+-]\d{2}:?\d{2})$/i.exec(instant)?.[1] ?? 'Z';
  const end = Date.parse(instant) + hours * 3_600_000;
  if (offset.toUpperCase() === 'Z') return new Date(end).toISOString().replace('.000Z', 'Z');
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.replace(/[^0-9]/g, '');
  const offsetMs = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  const local = new Date(end + offsetMs).toISOString().slice(0, 19);
  return `${local}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`;
}

/** The default: calendar days, a last day falling on a weekend or holiday stays where it is. */
export const calendarDays: Calendar = {
  addDays: shiftDate,
  addHours,
};

/**
 * Calendar days, but a last day falling on a non-working day (a weekend day or
 * a listed holiday) moves to the next working day (Regulation 1182/71 Art. 3(4)).
 * `weekend` holds ISO weekdays (1 Monday … 7 Sunday), by default Saturday and Sunday.
 */
export function workingDays(options: { weekend?: number[]; holidays?: string[] } = {}): Calendar {
  const weekend = new Set(options.weekend ?? [6, 7]);
  const holidays = new Set(options.holidays ?? []);
  if (weekend.size >= 7) throw new RangeError('a calendar needs at least one working day a week');
  const working = (date: string) => !weekend.has(isoWeekday(date)) && !holidays.has(date);
  return {
    addDays(date, days) {
      let last = shiftDate(date, days);
      while (!working(last)) last = shiftDate(last, 1);
      return last;
    },
    addHours,
  };
}

/** A calendar as configured (node.json, or a request file): `{ "kind": "calendar" }` (the default) or working days with holidays. */
export const CalendarConfig = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('calendar') }),
  z.strictObject({
    kind: z.literal('working'),
    weekend: z
      .array(z.number().int().min(1, 'must be an ISO weekday, 1 (Monday) to 7 (Sunday)').max(7, 'must be an ISO weekday, 1 (Monday) to 7 (Sunday)'))
      .max(6, 'leaves no working day')
      .default([6, 7]),
    holidays: z.array(FullDate).max(400).default([]),
  }),
]);
export type CalendarConfig = z.infer<typeof CalendarConfig>;

/** The calendar a configuration describes. */
export function calendarOf(config: CalendarConfig): Calendar {
  return config.kind === 'calendar' ? calendarDays : workingDays(config);
}
