/** The corruptions of the cross-script evaluation set: typing errors on the locales' keyboards, and wrong dates of birth. */
import type { SeededRandom } from '../core/random.ts';
import { isPartialDate } from '../model/primitives.ts';
import { addYears, dayOf, isoDay } from './draw.ts';

const KEYBOARDS = [
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'],
  ['йцукенгшщзхї', 'фівапролджє', 'ячсмитьбю'],
  ['љњертзуиопшђ', 'асдфгхјклчћж', 'ѕџцвбнм'],
  [';ςερτυθιοπ', 'ασδφγηξκλ', 'ζχψωβνμ'],
  ['ضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ئءؤرىةوزظ'],
];

/** The keys next to each letter, on the keyboards of the locales' scripts. */
const NEIGHBOURS = new Map<string, string[]>();
for (const rows of KEYBOARDS) {
  rows.forEach((row, r) => {
    [...row].forEach((key, i) => {
      const near = [row[i - 1], row[i + 1], rows[r - 1]?.[i], rows[r + 1]?.[i]].filter((k): k is string => k !== undefined && k !== ';');
      NEIGHBOURS.set(key, [...new Set([...(NEIGHBOURS.get(key) ?? []), ...near])]);
    });
  });
}

function keyNear(rng: SeededRandom, ch: string): string | undefined {
  const near = NEIGHBOURS.get(ch.toLowerCase());
  if (!near) return undefined;
  const key = rng.pick(near);
  return ch === ch.toLowerCase() ? key : key.toUpperCase();
}

/** One typing error: a neighbouring key instead, a letter dropped, one added, or two swapped; rarely on the first letter. */
export function typo(rng: SeededRandom, word: string): string {
  const chars = [...word];
  const positions = chars.flatMap((ch, i) => (/\p{L}/u.test(ch) ? [i] : []));
  if (positions.length < 3) return word;
  const later = positions.slice(1);
  const i = rng.chance(0.9) ? rng.pick(later) : positions[0];
  const kind = rng.int(0, 3);
  const near = keyNear(rng, chars[i]);
  if (kind === 0 && near) chars[i] = near;
  else if (kind === 1 && near) chars.splice(i + 1, 0, rng.chance(0.5) ? near : chars[i].toLowerCase());
  else if (kind === 2 && i + 1 < chars.length && /\p{L}/u.test(chars[i + 1])) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  else chars.splice(i, 1);
  return chars.join('');
}

// ------------------------------------------------------------------- dates

/** A wrong date of birth: day and month swapped, a year off, only the year or month, or a digit mistyped. */
export function corruptDate(rng: SeededRandom, iso: string): string {
  const [y, m, d] = iso.split('-');
  const yearOff = () => isoDay(addYears(dayOf(iso), rng.chance(0.5) ? 1 : -1));
  switch (rng.int(0, 4)) {
    case 0:
      return Number(d) <= 12 && d !== m ? `${y}-${d}-${m}` : yearOff();
    case 1:
      return yearOff();
    case 2:
      return y;
    case 3:
      return `${y}-${m}`;
    default:
      for (let tries = 0; tries < 5; tries++) {
        const at = rng.pick([2, 3, 5, 6, 8, 9]);
        const digit = String((Number(iso[at]) + rng.int(1, 9)) % 10);
        const wrong = iso.slice(0, at) + digit + iso.slice(at + 1);
        if (isPartialDate(wrong)) return wrong;
      }
      return yearOff();
  }
}
