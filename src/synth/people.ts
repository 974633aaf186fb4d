/** The core of a synthetic person, shared by the dataset generator and the persons CSV. */
import type { SeededRandom } from '../core/random.ts';
import { SUBJECT_CATEGORIES } from '../model/protection.ts';
import { addYears, isoDay, Weighted } from './draw.ts';
import { LOCALES, type NameLocale } from './name-pools.ts';

/** A data-subject category (LED Art. 6). */
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

/** Who a synthetic person is: locale, gender, names, birth, nationalities and data-subject category. */
export interface SynthPerson {
  locale: NameLocale;
  gender: 'female' | 'male';
  givenNames: string[];
  familyName: string;
  /** The full date of birth as a day number; `dateOfBirth` may give less of it. */
  birthDay: number;
  /** YYYY-MM-DD mostly, sometimes YYYY-MM or YYYY. */
  dateOfBirth: string;
  nationalities: string[];
  category: SubjectCategory;
}

const LOCALE_TABLE = new Weighted(LOCALES.map((l) => [l, l.weight] as const));

/** A locale, drawn by its weight. */
export function drawLocale(rng: SeededRandom): NameLocale {
  return LOCALE_TABLE.draw(rng);
}
const CATEGORIES = new Weighted<SubjectCategory>([
  ['suspect', 35], ['convicted', 10], ['victim', 15], ['witness', 15], ['contact', 15], ['other', 10],
]);
/** Countries of second nationalities, besides those of the locales. */
const OTHER_COUNTRIES = ['AT', 'BE', 'NL', 'IT', 'CH', 'GB', 'US', 'CA', 'HU', 'HR', 'LT', 'MD', 'SY', 'MA', 'BR', 'AR'];

/** A family name from the pools, in the form borne by a person of `gender` (two of them in Spain and Portugal). */
export function drawFamilyName(rng: SeededRandom, locale: NameLocale, gender: 'female' | 'male'): string {
  const one = () => {
    const name = rng.pick(locale.family);
    return gender === 'female' && locale.feminine ? locale.feminine(name) : name;
  };
  if (locale.familyNames === 1) return one();
  const first = one();
  let second = one();
  if (second === first) second = one();
  return `${first} ${second}`;
}

/** One or two distinct given names of `gender` from the locale's pools. */
export function drawGivenNames(rng: SeededRandom, locale: NameLocale, gender: 'female' | 'male'): string[] {
  const pool = gender === 'female' ? locale.female : locale.male;
  const first = rng.pick(pool);
  if (!rng.chance(0.15)) return [first];
  const second = rng.pick(pool);
  return second === first ? [first] : [first, second];
}

/** A person aged 16 to 85 on `today` (a day number), with names from a locale drawn by weight. */
export function drawPerson(rng: SeededRandom, today: number): SynthPerson {
  const locale = drawLocale(rng);
  const gender = rng.chance(0.5) ? 'female' : 'male';
  const givenNames = drawGivenNames(rng, locale, gender);
  const familyName = drawFamilyName(rng, locale, gender);
  // Born between 85 and 16 years before today.
  const earliest = addYears(today, -85) + 1;
  const birthDay = rng.int(earliest, addYears(today, -16));
  const full = isoDay(birthDay);
  const precision = rng.next();
  const dateOfBirth = precision < 0.85 ? full : precision < 0.95 ? full.slice(0, 7) : full.slice(0, 4);
  const nationalities = [locale.country];
  if (rng.chance(0.08)) {
    const second = rng.chance(0.5) ? rng.pick(LOCALES).country : rng.pick(OTHER_COUNTRIES);
    if (second !== locale.country) nationalities.push(second);
  }
  return { locale, gender, givenNames, familyName, birthDay, dateOfBirth, nationalities, category: CATEGORIES.draw(rng) };
}
