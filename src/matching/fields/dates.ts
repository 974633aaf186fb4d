import { invalidInput } from '../../core/errors.ts';

/** A date of birth known to the year, the month or the day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Levels of a date-of-birth comparison, best first. */
export const DATE_LEVELS = ['exact', 'compatible', 'transposed', 'near', 'different'] as const;
export type DateLevel = (typeof DATE_LEVELS)[number];

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; an impossible date (2023-02-30, month 13) is an `invalid_input` error. */
export function parsePartialDate(text: string): PartialDate {
  const m = PATTERN.exec(text.trim());
  if (!m) throw invalidInput(`"${text.slice(0, 20)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) throw invalidInput(`the year ${year} is not a plausible year of birth`);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw invalidInput(`"${text}" has no month ${month}`);
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) throw invalidInput(`"${text}" is not a calendar date`);
  return { year, month, day };
}

function digits(d: PartialDate): string {
  return `${d.year}${String(d.month ?? 0).padStart(2, '0')}${String(d.day ?? 0).padStart(2, '0')}`;
}

function oneDigitApart(a: PartialDate, b: PartialDate): boolean {
  const x = digits(a);
  const y = digits(b);
  let differ = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differ++;
  return differ === 1;
}

/**
 * Compares two dates of birth: the same day; agreeing as far as the less
 * precise one goes; day and month swapped; near (a year apart on the same day,
 * one part or one digit different); or different.
 */
export function compareDates(a: PartialDate, b: PartialDate): DateLevel {
  const full = a.day !== undefined && b.day !== undefined;
  if (full && a.year === b.year && a.month === b.month && a.day === b.day) return 'exact';
  const monthsAgree = a.month === undefined || b.month === undefined || a.month === b.month;
  const daysAgree = a.day === undefined || b.day === undefined || a.day === b.day;
  if (!full && a.year === b.year && monthsAgree && daysAgree) return 'compatible';
  if (full && a.year === b.year && a.month === b.day && a.day === b.month) return 'transposed';
  if (Math.abs(a.year - b.year) === 1 && monthsAgree && daysAgree) return 'near';
  if (a.year === b.year && (monthsAgree || daysAgree)) return 'near';
  if (full && oneDigitApart(a, b)) return 'near';
  return 'different';
}
