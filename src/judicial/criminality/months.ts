import { LIFE_IMPRISONMENT_MONTHS } from '../offences/national-table.ts';

/** A maximum or sentence in words: `36 months`, or `life imprisonment`. */
export function months(value: number): string {
  if (value >= LIFE_IMPRISONMENT_MONTHS) return 'life imprisonment';
  return `${value} month${value === 1 ? '' : 's'}`;
}
