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
import { FullDate, isPartialDate } from '../model/primitives.ts';
import { addYears, dayOf, isoDay, Weighted } from './draw.ts';
import { LOCALES, type NameLocale } from './name-pools.ts';
import { drawFamilyName, drawGivenNames } from './people.ts';
import { foldDiacritics, romaniseSerbian, type Romaniser } from './romanise.ts';

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

// ------------------------------------------------------- other romanisations

const titleCase = (text: string): string => text.replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** `'а a б b ъ -'` → { а: 'a', б: 'b', ъ: '' }. */
function letters(spec: string, base: Readonly<Record<string, string>> = {}): Record<string, string> {
  const table = { ...base };
  const words = spec.trim().split(/\s+/);
  for (let i = 0; i < words.length; i += 2) table[words[i]] = words[i + 1] === '-' ? '' : words[i + 1];
  return table;
}

/** A letter-by-letter romaniser: `initial` overrides `table` at the start of a word, `after` rewrites the lower-case result. */
function transliterator(table: Readonly<Record<string, string>>, initial: Readonly<Record<string, string>> = {}, after: [RegExp, string][] = []): Romaniser {
  return (text) => {
    let out = '';
    let atStart = true;
    for (const ch of text.toLowerCase()) {
      out += (atStart ? initial[ch] : undefined) ?? table[ch] ?? ch;
      atStart = !/\p{L}/u.test(ch);
    }
    for (const [pattern, replacement] of after) out = out.replace(pattern, replacement);
    return titleCase(out);
  };
}

const KS_TO_X: [RegExp, string] = [/ks/g, 'x'];
const FRENCH_SS: [RegExp, string] = [/([aeiouy])s(?=[aeiouy])/g, '$1ss'];
const FRENCH_GU: [RegExp, string] = [/g(?=[eiy])/g, 'gu'];
const OFF: [RegExp, string] = [/([oe])v\b/g, '$1ff'];
const RU_OLD = letters('а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю yu я ya');
const RU_GERMAN = letters('в w ё jo ж sch з s й j х ch ц z ч tsch ш sch щ schtsch ю ju я ja', RU_OLD);
const RU_FRENCH = letters('ё io ж j й ï у ou ц ts ч tch ш ch щ chtch ю iou я ia', RU_OLD);
const UA_OLD = letters('г h ґ g и y і i ї yi є ye \' - ’ -', RU_OLD);
const UA_GERMAN = letters('г h ґ g и y і i ї ji є je \' - ’ -', RU_GERMAN);
const BG_OLD = letters('ъ u щ sht ь y', RU_OLD);
const BG_GERMAN = letters('ъ a щ scht ь j', RU_GERMAN);
const BG_FRENCH = letters('ъ a щ cht ь i', RU_FRENCH);
const SR_ASCII = letters('č c ć c š s ž z đ dj');
const SR_ENGLISH = letters('č ch ć ch š sh ž zh đ dj');
const SR_GERMAN = letters('č tsch ć tsch š sch ž sch đ dj c z z s v w');
const SR_FRENCH = letters('č tch ć tch š ch ž j đ dj');

/** Older and foreign romanisations of the Cyrillic locales, besides the official ones of `romanise.ts`. */
const CYRILLIC_VARIANTS: Readonly<Record<string, readonly Romaniser[]>> = {
  'ru-RU': [
    transliterator(RU_OLD), // Soviet and early Russian passports: Dmitriy, Yuliya, Aleksey
    transliterator(letters('ё yo', RU_OLD), { е: 'ye', ё: 'yo' }, [[/iy\b/g, 'y'], [/iya\b/g, 'ia'], KS_TO_X]), // English press: Dmitry, Alexey, Yevgeny
    transliterator(letters('х h й i', RU_OLD)), // Mihail, Andrei
    transliterator(RU_GERMAN, { е: 'je' }, [[/ij\b/g, 'i'], KS_TO_X, FRENCH_SS]), // German: Jewgeni Iwanow
    transliterator(RU_FRENCH, {}, [[/iï\b/g, 'i'], KS_TO_X, FRENCH_SS, FRENCH_GU]), // French: Sergueï Ivanov
    transliterator(RU_FRENCH, {}, [[/iï\b/g, 'i'], KS_TO_X, FRENCH_SS, FRENCH_GU, OFF]), // emigré: Ivanoff
  ],
  'uk-UA': [
    transliterator(UA_OLD), // Serhiy, Yuriy
    transliterator(letters('г g', UA_OLD), {}, [KS_TO_X]), // Sergiy, Olexandr
    transliterator(UA_GERMAN, {}, [KS_TO_X]), // Wolodymyr Schewtschuk
  ],
  'bg-BG': [
    transliterator(BG_OLD), // Dimitur, Khristo
    transliterator(BG_GERMAN, {}, [[/ij\b/g, 'i']]), // Christo Stojanow
    transliterator(BG_FRENCH, {}, [FRENCH_GU, FRENCH_SS, OFF]), // Guéorgui Petroff, without the accent
  ],
  'sr-RS': [SR_ASCII, SR_ENGLISH, SR_GERMAN, SR_FRENCH].map((table) => {
    const romanise = transliterator(table);
    return (text: string) => romanise(romaniseSerbian(text));
  }),
};

/** A Greek romanisation with each choice drawn: η as i or e, υ as i or y, χ as ch, h or kh, β as v or b, and so on. */
function greekVariant(rng: SeededRandom): Romaniser {
  const av = rng.chance(0.7);
  const pairs: Record<string, string> = {
    ου: rng.chance(0.85) ? 'ou' : 'u', αι: rng.chance(0.6) ? 'e' : 'ai', ει: rng.chance(0.5) ? 'i' : 'ei', οι: rng.chance(0.5) ? 'i' : 'oi',
    αυ: av ? 'av' : 'au', ευ: av ? 'ev' : 'eu', γγ: 'ng', γκ: rng.chance(0.5) ? 'gk' : 'ng', ...(rng.chance(0.25) ? { γι: 'yi', γε: 'ye' } : {}),
  };
  const single = letters(
    `α a β ${rng.chance(0.75) ? 'v' : 'b'} γ g δ d ε e ζ z η ${rng.chance(0.7) ? 'i' : 'e'} θ th ι i κ ${rng.chance(0.9) ? 'k' : 'c'} λ l μ m ν n ` +
      `ξ ${rng.chance(0.8) ? 'x' : 'ks'} ο o π p ρ r σ s ς s τ t υ ${rng.chance(0.5) ? 'i' : 'y'} φ ${rng.chance(0.85) ? 'f' : 'ph'} χ ${rng.pick(['ch', 'h', 'kh'])} ψ ps ω o`,
  );
  const initialMp = rng.chance(0.7) ? 'b' : 'mp';
  const initialNt = rng.chance(0.4) ? 'd' : 'nt';
  return (text) => {
    const s = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const two = s.slice(i, i + 2);
      const atStart = i === 0 || !/\p{L}/u.test(s[i - 1]);
      const pair = atStart && two === 'μπ' ? initialMp : atStart && two === 'ντ' ? initialNt : pairs[two];
      if (pair !== undefined) {
        out += pair;
        i++;
      } else {
        out += single[s[i]] ?? s[i];
      }
    }
    return titleCase(out);
  };
}

/** Other usual spellings of the Latin forms in the Arabic pools: `usual:other|other`. */
const ARABIC_SPELLINGS = new Map(
  `Mohammad:Mohammed|Muhammad|Mohamed|Mohamad|Muhammed Ahmad:Ahmed Yousef:Yusuf|Youssef|Yosef Hussein:Husain|Hussain|Husayn|Houssein
  Abdullah:Abdallah|Abdulla|Abdellah Mustafa:Moustafa|Mostafa|Mustapha Omar:Umar Othman:Uthman|Osman|Othmane Hasan:Hassan
  Saeed:Said|Sayed|Saied Walid:Waleed Imad:Emad Nabil:Nabeel Bilal:Belal Khaled:Khalid Tareq:Tariq|Tarek Majed:Majid Adel:Adil
  Basel:Basil|Bassel Hisham:Hesham Murad:Mourad Karim:Kareem Sami:Samy Rami:Ramy Fadi:Fady Ziad:Ziyad|Zyad Hamza:Hamzah Anas:Anass
  Fatima:Fatma|Fatimah|Fatime Aisha:Aysha|Aicha|Aishah Zainab:Zaynab|Zeinab Khadija:Khadidja|Khadijah Layla:Leila|Laila
  Nour:Noor|Nur Yasmin:Yasmine|Jasmin Iman:Eman Huda:Hoda Mona:Muna Ruqayya:Ruqaya|Roqaya Samira:Samirah Duaa:Doaa|Dua Sanaa:Sana
  Ghada:Ghadah Hanan:Hanane Salma:Selma Maryam:Mariam|Meryem Asma:Asmaa Amal:Amel
  Hassan:Hasan Masri:Misri Khatib:Khateeb Shami:Chami Najjar:Najar|Naggar Zein:Zain|Zayn Saleh:Salih Badawi:Bedawi Fares:Faris
  Khoury:Khouri|Khuri Omari:Umari Rifai:Refai|Rifaie Zoubi:Zubi|Zu'bi Momani:Mumani Tarawneh:Tarawna Nuaimi:Naimi|Nuemi
  Mansour:Mansur Suleiman:Sulaiman|Soliman|Sleiman Qasem:Qasim|Kassem|Kasem Issa:Eissa|Isa Mousa:Musa|Moussa Sabri:Sabry
  Jaber:Jabir Yacoub:Yaqub|Yakoub Salameh:Salama|Salame Odeh:Awda|Ouda Khalil:Khaleel Shehadeh:Shehada|Chehade
  Hijazi:Hegazi|Hegazy Obeidat:Ubaidat Bani:Beni`
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [usual, others] = entry.split(':');
      return [usual, others.split('|')] as const;
    }),
);

type Article = 'Al-' | 'al-' | 'El-' | 'el-' | 'Al ' | 'Al' | '' | 'sun';
const ARTICLES = new Weighted<Article>([['Al-', 30], ['al-', 15], ['El-', 15], ['el-', 5], ['Al ', 10], ['Al', 5], ['', 15], ['sun', 5]]);

function withArticle(article: Article, word: string): string {
  if (article === 'Al') return 'Al' + word.toLowerCase();
  if (article !== 'sun') return article + word;
  const sun = /^(Th|Dh|Sh|T|D|R|Z|S|N)/.exec(word);
  return sun ? `A${sun[1].toLowerCase()}-${word}` : `Al-${word}`;
}

/** Another Latin spelling of an Arabic name: other vowels (Mohammed, Muhammad), the article as al-, El-, Al or dropped. */
function arabicVariant(rng: SeededRandom, usual: Romaniser): Romaniser {
  const article = ARTICLES.draw(rng);
  return (text) =>
    usual(text)
      .split(' ')
      .map((word) => {
        const definite = /^Al-(.+)$/.exec(word);
        const stem = definite ? definite[1] : word;
        const others = ARABIC_SPELLINGS.get(stem);
        const spelled = others && rng.chance(0.7) ? rng.pick(others) : stem;
        return definite ? withArticle(article, spelled) : spelled;
      })
      .join(' ');
}

/** The Jordanian towns of the pool as written in Latin letters. */
const ARABIC_PLACES: Readonly<Record<string, string>> = {
  عمّان: 'Amman', الزرقاء: 'Zarqa', إربد: 'Irbid', العقبة: 'Aqaba', السلط: 'Salt', مادبا: 'Madaba', الكرك: 'Karak', المفرق: 'Mafraq', جرش: 'Jerash',
};

/** German-style transcription of Latin letters with diacritics: Müller → Mueller, Strøm → Stroem. */
const germanTranscription: Romaniser = (text) =>
  foldDiacritics(text.replace(/[äöüåøæßÄÖÜÅØÆ]/g, (ch) => ({ ä: 'ae', ö: 'oe', ü: 'ue', å: 'aa', ø: 'oe', æ: 'ae', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', Å: 'Aa', Ø: 'Oe', Æ: 'Ae' })[ch] ?? ch));

/** How one record spells names and places: the native script, or a Latin form. */
interface Spelling {
  native: boolean;
  spell: Romaniser;
}

const SAME: Romaniser = (text) => text;

/** A spelling for a record by another agency: native 20%, official romanisation 45%, another romanisation 35%; Latin names kept, folded or transcribed. */
function drawSpelling(rng: SeededRandom, locale: NameLocale): Spelling {
  const r = rng.next();
  if (!locale.romanise) return { native: true, spell: r < 0.5 ? SAME : r < 0.85 ? foldDiacritics : germanTranscription };
  if (r < 0.2) return { native: true, spell: SAME };
  if (r < 0.65) return { native: false, spell: locale.romanise };
  if (locale.script === 'Grek') return { native: false, spell: greekVariant(rng) };
  if (locale.script === 'Arab') return { native: false, spell: arabicVariant(rng, locale.romanise) };
  return { native: false, spell: rng.pick(CYRILLIC_VARIANTS[locale.tag]) };
}

/** Variations of writing in the native script itself: ё as е, Arabic alif without hamza, ة as ه, Greek without accents. */
function nativeVariant(rng: SeededRandom, script: NameLocale['script']): Romaniser {
  if (script === 'Cyrl' && rng.chance(0.5)) return (text) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (script === 'Arab' && rng.chance(0.4)) {
    const taMarbuta = rng.chance(0.5);
    return (text) => {
      const plain = text.replace(/[أإآ]/g, 'ا');
      return taMarbuta ? plain.replace(/ة/g, 'ه') : plain;
    };
  }
  if (script === 'Grek' && rng.chance(0.3)) return (text) => text.normalize('NFD').replace(/\u0301/g, '').normalize('NFC');
  return SAME;
}

// ------------------------------------------------------------------- typos

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
function typo(rng: SeededRandom, word: string): string {
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
function corruptDate(rng: SeededRandom, iso: string): string {
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
