/** Small drawing helpers on top of `SeededRandom`: weighted tables, patterns, calendar days. */
import type { SeededRandom } from '../core/random.ts';

/** A table of values with relative weights; `draw` picks one in proportion to its weight. */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    let total = 0;
    this.values = entries.map(([value]) => value);
    this.cumulative = entries.map(([, weight]) => (total += weight));
  }

  /** One value, drawn in proportion to its weight. */
  draw(rng: SeededRandom): T {
    const x = rng.next() * this.cumulative[this.cumulative.length - 1];
    let i = 0;
    while (this.cumulative[i] <= x) i++;
    return this.values[i];
  }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A string from a pattern: `#` becomes a digit, `@` a letter of `letters`
 * (A-Z unless given), every other character stays as it is.
 */
export function fromPattern(rng: SeededRandom, pattern: string, letters = UPPER): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === '#') out += String(rng.int(0, 9));
    else if (ch === '@') out += letters[rng.int(0, letters.length - 1)];
    else out += ch;
  }
  return out;
}

const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01) of a YYYY-MM-DD date. */
export function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** The YYYY-MM-DD date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day `years` calendar years after `day`, clamped to the month's end (29 Feb → 28 Feb). */
export function addYears(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastOfMonth));
  return Math.floor(target.getTime() / DAY_MS);
}
