/**
 * A seeded evaluation set for person record linkage across scripts, with the
 * truth known: every entity is one invented person, observed 2–3 times by
 * agencies of different countries, in the native script (Cyrillic, Greek,
 * Arabic) or in one of several Latin romanisations, with names structured
 * differently, typos, missing fields and wrong dates. About 10% of entities are
 * near twins of another (same family name, birth year and locale, another given
 * name), so that precision is measured honestly. It imports nothing from the
 * matcher it evaluates but the record type.
 */
import { invalidInput } from '../core/errors.ts';
import { SeededRandom } from '../core/random.ts';
import type { MatchRecord, NameInput } from '../matching/record.ts';
import { FullDate } from '../model/primitives.ts';
import { corruptDate, typo } from './corruptions.ts';
import { addYears, dayOf, isoDay, Weighted } from './draw.ts';
import { LOCALES, type NameLocale } from './name-pools.ts';
import { drawFamilyName, drawGivenNames } from './people.ts';
import { ARABIC_PLACES, drawSpelling, nativeVariant, SAME } from './romanise-variants.ts';

/** A record with the entity (the true person) it observes. */
export type LabelledRecord = MatchRecord & { entity: string };

/** The generated records, shuffled, and the pairs of entities that are near twins: [the original, its twin]. */
export interface CrossScriptSet {
  records: LabelledRecord[];
  nearTwins: [string, string][];
}

/** What to generate; `recordsPerEntity` is the inclusive range of records per entity ([2, 3] unless given). */
export interface CrossScriptSetOptions {
  seed: number;
  entities: number;
  recordsPerEntity?: [min: number, max: number];
  /** YYYY-MM-DD, the day ages count from; `2026-11-28` unless given. */
  today?: string;
}

/** The true identity of an entity, its names in the script of its locale. */
interface Truth {
  entity: string;
  locale: NameLocale;
  gender: 'female' | 'male';
  given: string[];
  patronymic?: string;
  family: string;
  birthDay: number;
  nationalities: string[];
  place: string;
}

/** The share of entities drawn from locales with a non-Latin script, above their 31% weight in `LOCALES`. */
const NON_LATIN_SHARE = 0.6;
const NEAR_TWIN_SHARE = 0.1;
const byWeight = (latin: boolean) => new Weighted(LOCALES.filter((l) => (l.script === 'Latn') === latin).map((l) => [l, l.weight] as const));
const LATIN_LOCALES = byWeight(true);
const NON_LATIN_LOCALES = byWeight(false);

// ---------------------------------------------------------------- patronymics

/** A patronymic from the father's given name, for the locales that use one as a middle name. */
const PATRONYMIC: Readonly<Record<string, (father: string, female: boolean) => string>> = {
  'ru-RU': (father, female) => {
    if (father === 'Никита') return female ? 'Никитична' : 'Никитич';
    if (father === 'Илья') return female ? 'Ильинична' : 'Ильич';
    const stem =
      father === 'Павел' ? 'Павлов' : father === 'Дмитрий' ? 'Дмитриев'
      : father.endsWith('ий') ? father.slice(0, -2) + 'ьев'
      : /[йь]$/u.test(father) ? father.slice(0, -1) + 'ев' : father + 'ов';
    return stem + (female ? 'на' : 'ич');
  },
  'uk-UA': (father, female) => {
    const stem = father === 'Микола' ? 'Миколай' : father === 'Григорій' ? 'Григор' : father.replace(/о$/u, '');
    if (!female) return stem + 'ович';
    return /й$/u.test(stem) ? stem.slice(0, -1) + 'ївна' : stem.replace(/ь$/u, '') + 'івна';
  },
  'bg-BG': (father, female) => {
    const stem =
      father === 'Васил' ? 'Василев'
      : father.endsWith('ър') ? father.slice(0, -2) + 'ров'
      : father.endsWith('й') ? father.slice(0, -1) + 'ев'
      : father.endsWith('и') ? father + 'ев'
      : father.endsWith('о') ? father.slice(0, -1) + 'ов' : father + 'ов';
    return stem + (female ? 'а' : '');
  },
};

// ------------------------------------------------------------------ records

/** The parts of a name in a record, before they are laid out. */
interface Parts {
  given: string[];
  family: string;
}

const FORMS = new Weighted<'fields' | 'given-first' | 'family-first' | 'family-comma'>([['fields', 50], ['given-first', 20], ['family-first', 18], ['family-comma', 12]]);

/** Upper case; Greek capitals drop the accents. */
const upper = (text: string): string => text.toUpperCase().normalize('NFD').replace(/(\p{Script=Greek})\u0301/gu, '$1').normalize('NFC');

function layOut(rng: SeededRandom, { given, family }: Parts, nativeCyrillic: boolean): NameInput {
  const form = FORMS.draw(rng);
  if (form === 'fields') return { given, family };
  if (form === 'given-first' && !(nativeCyrillic && rng.chance(0.6))) return { full: `${given.join(' ')} ${family}` };
  const surname = rng.chance(0.6) ? upper(family) : family;
  return { full: `${surname}${form === 'family-comma' ? ',' : ''} ${given.join(' ')}` };
}

/** The home agency's record: native script, every field known but sometimes the place, often also the passport's romanisation. */
function baseRecord(rng: SeededRandom, t: Truth): Omit<LabelledRecord, 'id'> {
  const given = t.patronymic && rng.chance(0.8) ? [...t.given, t.patronymic] : [...t.given];
  const names: NameInput[] = [{ given, family: t.family }];
  if (t.locale.romanise && rng.chance(0.35)) names.push({ given: given.map(t.locale.romanise), family: t.locale.romanise(t.family) });
  return {
    entity: t.entity,
    names,
    dateOfBirth: isoDay(t.birthDay),
    gender: t.gender,
    nationalities: [...t.nationalities],
    ...(rng.chance(0.8) ? { placeOfBirth: t.place } : {}),
  };
}

/** A record by an agency of another country, with corruptions drawn independently. */
function derivedRecord(rng: SeededRandom, t: Truth): Omit<LabelledRecord, 'id'> {
  const { native, spell } = drawSpelling(rng, t.locale);
  const variant = native ? nativeVariant(rng, t.locale.script) : SAME;
  const write = (text: string) => variant(spell(text));
  let family = t.family;
  if (t.locale.familyNames === 2 && rng.chance(0.3)) {
    const both = family.split(' ');
    family = t.locale.country === 'PT' ? both[both.length - 1] : both[0];
  }
  const given = t.given.length > 1 && rng.chance(0.4) ? t.given.slice(0, 1) : [...t.given];
  if (t.patronymic && rng.chance(native ? 0.6 : 0.3)) given.push(t.patronymic);
  const parts: Parts = { given: given.map(write), family: write(family) };

  if (rng.chance(0.04)) {
    const dot = rng.chance(0.7) ? '.' : '';
    parts.given = parts.given.map((name) => [...name][0] + dot);
  }
  if (rng.chance(0.2)) {
    const whole = parts.given.filter((name) => [...name].length > 2);
    if (whole.length === 0 || rng.chance(0.5)) parts.family = typo(rng, parts.family);
    else {
      const target = rng.pick(whole);
      parts.given = parts.given.map((name) => (name === target ? typo(rng, name) : name));
    }
  }
  if (rng.chance(0.08)) {
    const single = (text: string) => text.replace(/(\p{L})\1/gu, '$1');
    parts.given = parts.given.map(single);
    parts.family = single(parts.family);
  }
  if (rng.chance(0.12)) {
    parts.given = parts.given.map(upper);
    parts.family = upper(parts.family);
  }

  const record: Omit<LabelledRecord, 'id'> = { entity: t.entity, names: [layOut(rng, parts, native && t.locale.script === 'Cyrl')] };
  if (!rng.chance(0.15)) {
    const full = isoDay(t.birthDay);
    record.dateOfBirth = rng.chance(0.2) ? corruptDate(rng, full) : full;
  }
  if (!rng.chance(0.3)) record.gender = t.gender;
  if (!rng.chance(0.3)) record.nationalities = t.nationalities.length > 1 && rng.chance(0.5) ? t.nationalities.slice(0, 1) : [...t.nationalities];
  if (!rng.chance(0.5)) record.placeOfBirth = native || t.locale.script !== 'Arab' ? write(t.place) : ARABIC_PLACES[t.place] ?? spell(t.place);
  return record;
}

// ------------------------------------------------------------------ entities

function drawTruth(rng: SeededRandom, entity: string, today: number): Truth {
  const locale = (rng.chance(NON_LATIN_SHARE) ? NON_LATIN_LOCALES : LATIN_LOCALES).draw(rng);
  const gender = rng.chance(0.5) ? 'female' : 'male';
  const patronymic = PATRONYMIC[locale.tag]?.(rng.pick(locale.male), gender === 'female');
  const nationalities = [locale.country];
  if (rng.chance(0.06)) {
    const second = rng.pick(LOCALES).country;
    if (second !== locale.country) nationalities.push(second);
  }
  return {
    entity,
    locale,
    gender,
    given: drawGivenNames(rng, locale, gender),
    ...(patronymic ? { patronymic } : {}),
    family: drawFamilyName(rng, locale, gender),
    birthDay: rng.int(addYears(today, -85) + 1, addYears(today, -16)),
    nationalities,
    place: rng.pick(locale.places)[0],
  };
}

/** A sibling or cousin of `root`: same family name, locale and gender, born the same year (a quarter the same day), another given name. */
function drawTwin(rng: SeededRandom, entity: string, root: Truth): Truth {
  let given = drawGivenNames(rng, root.locale, root.gender);
  while (given[0] === root.given[0]) given = drawGivenNames(rng, root.locale, root.gender);
  const year = Number(isoDay(root.birthDay).slice(0, 4));
  const first = dayOf(`${year}-01-01`);
  const birthDay = rng.chance(0.25) ? root.birthDay : rng.int(first, dayOf(`${year}-12-31`));
  const father = rng.chance(0.7) ? undefined : rng.pick(root.locale.male);
  const patronymic = father ? PATRONYMIC[root.locale.tag]?.(father, root.gender === 'female') : root.patronymic;
  return {
    ...root,
    entity,
    given,
    ...(patronymic ? { patronymic } : {}),
    birthDay,
    place: rng.chance(0.6) ? root.place : rng.pick(root.locale.places)[0],
  };
}

/**
 * Generates `entities` invented persons with 2–3 records each (or
 * `recordsPerEntity`): one by the home agency in the native script, the others
 * by foreign agencies, romanised in one of several ways, restructured,
 * mistyped and incomplete. At least half the entities (about 60%) have names
 * in Cyrillic, Greek or Arabic script; about 10% are near twins of another.
 * Records come shuffled, with ids `r000001`…; entities are `e00001`…. The same
 * seed gives the same set; 100,000 entities (250,000 records) take
 * about 1.6 s.
 *
 * @example const { records, nearTwins } = generateCrossScriptSet({ seed: 1, entities: 1000 });
 */
export function generateCrossScriptSet(options: CrossScriptSetOptions): CrossScriptSet {
  const { seed, entities, recordsPerEntity = [2, 3], today = '2026-11-28' } = options;
  const [min, max] = recordsPerEntity;
  if (!Number.isInteger(entities) || entities < 0) throw invalidInput('entities must be a whole number of at least 0', [{ path: 'entities', message: 'must be an integer >= 0' }]);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) {
    throw invalidInput('recordsPerEntity must be [min, max] with 1 <= min <= max', [{ path: 'recordsPerEntity', message: 'must be whole numbers with 1 <= min <= max' }]);
  }
  if (!FullDate.safeParse(today).success) throw invalidInput('today must be a date as YYYY-MM-DD', [{ path: 'today', message: 'must be YYYY-MM-DD' }]);

  const rng = new SeededRandom(seed);
  const day = dayOf(today);
  const roots: Truth[] = [];
  const nearTwins: [string, string][] = [];
  const drafts: Omit<LabelledRecord, 'id'>[] = [];
  for (let i = 0; i < entities; i++) {
    const entity = `e${String(i + 1).padStart(5, '0')}`;
    let truth: Truth;
    if (roots.length > 0 && rng.chance(NEAR_TWIN_SHARE)) {
      const root = rng.pick(roots);
      truth = drawTwin(rng, entity, root);
      nearTwins.push([root.entity, entity]);
    } else {
      truth = drawTruth(rng, entity, day);
      roots.push(truth);
    }
    drafts.push(baseRecord(rng, truth));
    for (let n = rng.int(min, max); n > 1; n--) drafts.push(derivedRecord(rng, truth));
  }
  for (let i = drafts.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [drafts[i], drafts[j]] = [drafts[j], drafts[i]];
  }
  const records = drafts.map((draft, i) => ({ id: `r${String(i + 1).padStart(6, '0')}`, ...draft }));
  return { records, nearTwins };
}
