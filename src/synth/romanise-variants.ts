/**
 * Older and foreign romanisations of the synthetic persons' names, besides the
 * official ones of romanise.ts, for the cross-script evaluation set: Russian,
 * Ukrainian, Bulgarian and Serbian as German, French and English practice
 * write them; Greek with each choice drawn; Arabic with other vowels and
 * article forms; German transcription of Latin diacritics; and variations of
 * writing in the native script itself.
 */
import type { SeededRandom } from '../core/random.ts';
import { Weighted } from './draw.ts';
import type { NameLocale } from './name-pools.ts';
import { foldDiacritics, romaniseSerbian, titleCase, type Romaniser } from './romanise.ts';

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
export const ARABIC_PLACES: Readonly<Record<string, string>> = {
  عمّان: 'Amman', الزرقاء: 'Zarqa', إربد: 'Irbid', العقبة: 'Aqaba', السلط: 'Salt', مادبا: 'Madaba', الكرك: 'Karak', المفرق: 'Mafraq', جرش: 'Jerash',
};

/** German-style transcription of Latin letters with diacritics: Müller → Mueller, Strøm → Stroem. */
const germanTranscription: Romaniser = (text) =>
  foldDiacritics(text.replace(/[äöüåøæßÄÖÜÅØÆ]/g, (ch) => ({ ä: 'ae', ö: 'oe', ü: 'ue', å: 'aa', ø: 'oe', æ: 'ae', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', Å: 'Aa', Ø: 'Oe', Æ: 'Ae' })[ch] ?? ch));

/** How one record spells names and places: the native script, or a Latin form. */
export interface Spelling {
  native: boolean;
  spell: Romaniser;
}

export const SAME: Romaniser = (text) => text;

/** A spelling for a record by another agency: native 20%, official romanisation 45%, another romanisation 35%; Latin names kept, folded or transcribed. */
export function drawSpelling(rng: SeededRandom, locale: NameLocale): Spelling {
  const r = rng.next();
  if (!locale.romanise) return { native: true, spell: r < 0.5 ? SAME : r < 0.85 ? foldDiacritics : germanTranscription };
  if (r < 0.2) return { native: true, spell: SAME };
  if (r < 0.65) return { native: false, spell: locale.romanise };
  if (locale.script === 'Grek') return { native: false, spell: greekVariant(rng) };
  if (locale.script === 'Arab') return { native: false, spell: arabicVariant(rng, locale.romanise) };
  return { native: false, spell: rng.pick(CYRILLIC_VARIANTS[locale.tag]) };
}

/** Variations of writing in the native script itself: ё as е, Arabic alif without hamza, ة as ه, Greek without accents. */
export function nativeVariant(rng: SeededRandom, script: NameLocale['script']): Romaniser {
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
