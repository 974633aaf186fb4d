import { z } from 'zod';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO']);

/** True when `code` is an assigned ISO 3166-1 alpha-2 country code (as known to ICU). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  return regionNames.of(code) !== code;
}

/** An ISO 3166-1 alpha-2 country code, upper case, e.g. `DE`. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as DE')
  .refine(isCountryCode, { message: 'must be an assigned ISO 3166-1 alpha-2 country code such as DE' })
  .meta({ description: 'ISO 3166-1 alpha-2 country code' });

function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** True when `value` is YYYY, YYYY-MM or YYYY-MM-DD and names a real calendar date. */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1000) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  return isCalendarDate(year, month, Number(m[3]));
}

/** A date known to the year, the month or the day: `1980`, `1980-04` or `1980-04-17`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isPartialDate, { message: 'must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .meta({ description: 'A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD' });

/** A full calendar date, YYYY-MM-DD. */
export const FullDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isPartialDate, { message: 'must be a real calendar date as YYYY-MM-DD' })
  .meta({ description: 'A calendar date, YYYY-MM-DD' });

/** An ISO 15924 script code, e.g. `Latn`, `Cyrl`, `Grek`, `Arab`. */
export const ScriptCode = z.string().regex(/^[A-Z][a-z]{3}$/, 'must be an ISO 15924 script code such as Latn');

/** A record, officer or message id. */
export const Id = z.uuid();

/** A node id: lower-case letters, digits and hyphens, e.g. `de-bka`. */
export const NodeId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,62}$/, 'must be 2-63 lower-case letters, digits or hyphens, starting with a letter');

/** True when PostgreSQL can store `value` as text: no NUL character and no unpaired surrogate. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}

/** Free text: trimmed, `min` to `max` characters, storable (no NUL, no unpaired surrogates). */
export function text(max: number, min = 1) {
  return z.string().trim().min(min).max(max).refine(isStorableText, 'must not contain NUL characters or unpaired surrogates');
}
