import type { Scheme } from '../scheme.ts';

/**
 * Cyrillic romanisation schemes. Which language a single word is written in
 * cannot be known, so `cyrillicSchemes` picks the schemes its letters allow,
 * the most likely first: Russian (ICAO 9303 since 2013, the passport practice
 * before it, BGN/PCGN, common English and German spellings), Ukrainian
 * (national 2010), Belarusian (passport and national 2007), Bulgarian
 * (streamlined 2009), Serbian and Macedonian (official Latin, diacritics
 * folded). Sources: the published standards; tables written from them.
 */

const ICAO_LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu',
  я: 'ia', і: 'i', ї: 'i', є: 'ie', ґ: 'g', ў: 'u', ђ: 'd', ћ: 'c', џ: 'dz', љ: 'lj',
  њ: 'nj', ј: 'j', ѓ: 'g', ќ: 'k', ѕ: 'dz',
};

const VOWELS = 'аеёиоуыэюяіїєъьў';

/** Russian, ICAO 9303 (2013): Юлия → iuliia. */
const ICAO: Scheme = { letters: ICAO_LETTERS };

/** Russian passports 1997–2013: Юлия → yuliya, Сергей → sergey. */
const PASSPORT_1997: Scheme = {
  letters: { ...ICAO_LETTERS, й: 'y', ъ: '', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' },
};

/** BGN/PCGN: е → ye at the start and after vowels, ё → yo. */
const BGN: Scheme = {
  letters: { ...PASSPORT_1997.letters, ё: 'e' },
  afterVowel: { е: 'ye', ё: 'yo' },
  vowels: VOWELS + 'й',
};

/** Common English practice: Дмитрий → dmitry, Юлия → yulia, Александр → alexandr. */
const ENGLISH: Scheme = {
  letters: { ...PASSPORT_1997.letters, ё: 'yo' },
  clusters: { ий$: 'y', ый$: 'y', ия$: 'ia', ья$: 'ia', кс: 'x' },
};

/** Common Western practice with h: Христо → hristo, Алексей → alexei. */
const WESTERN_H: Scheme = {
  letters: { ...ICAO_LETTERS, х: 'h', ъ: '', ю: 'yu', я: 'ya', ё: 'yo' },
  clusters: { ий$: 'y', кс: 'x' },
};

/** German (Duden): Щербаков → schtscherbakow. */
const GERMAN: Scheme = {
  letters: {
    ...ICAO_LETTERS, в: 'w', ж: 'sch', з: 's', й: 'j', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch',
    щ: 'schtsch', ъ: '', ю: 'ju', я: 'ja', ё: 'jo',
  },
  afterVowel: { е: 'je' },
  vowels: VOWELS,
  clusters: { ий$: 'i' },
};

/** Ukrainian, national 2010 (also on passports): Олександр → oleksandr. */
const UKRAINIAN: Scheme = {
  letters: { ...ICAO_LETTERS, г: 'h', и: 'y', ї: 'i', й: 'i', є: 'ie', ю: 'iu', я: 'ia' },
  atStart: { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' },
  clusters: { зг: 'zgh' },
};

/** Ukrainian in Russian-style English spelling: Микола → mykola, Григорій → grygoriy. */
const UKRAINIAN_G: Scheme = {
  letters: { ...UKRAINIAN.letters, й: 'y', ї: 'yi', є: 'ye', ю: 'yu', я: 'ya' },
};

/** Belarusian passports: Аляксандр → aliaksandr, Яўген → yauhen. */
const BELARUSIAN: Scheme = {
  letters: { ...ICAO_LETTERS, г: 'h', ў: 'u', ё: 'io' },
  atStart: { я: 'ya', ю: 'yu', е: 'ye', ё: 'yo', й: 'y' },
  clusters: { ый$: 'y', ій$: 'i' },
};

/** Belarusian, national 2007 without diacritics: Хведар → chviedar. */
const BELARUSIAN_NATIONAL: Scheme = {
  letters: {
    ...ICAO_LETTERS, г: 'h', х: 'ch', ж: 'z', ш: 's', ч: 'c', ц: 'c', ў: 'u', й: 'j',
    е: 'ie', ё: 'io', ю: 'iu', я: 'ia',
  },
  afterVowel: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
  vowels: VOWELS,
};

/** Belarusian with ў as w, as Polish-influenced spellings have it. */
const BELARUSIAN_W: Scheme = { ...BELARUSIAN, letters: { ...BELARUSIAN.letters, ў: 'w' } };

/** Bulgarian, streamlined system (2009): Христо → hristo, Щерев → shterev. */
const BULGARIAN: Scheme = {
  letters: { ...ICAO_LETTERS, й: 'y', х: 'h', щ: 'sht', ъ: 'a', ь: '', ю: 'yu', я: 'ya' },
  clusters: { ия$: 'ia', ьо: 'yo' },
};

/** Serbian official Latin without diacritics (Gaj): Ђорђевић → djordjevic. */
const SERBIAN: Scheme = {
  letters: {
    ...ICAO_LETTERS, ђ: 'dj', ж: 'z', ш: 's', ч: 'c', ћ: 'c', ц: 'c', х: 'h', й: 'j',
    щ: 'sc', ъ: '', ю: 'ju', я: 'ja', џ: 'dz',
  },
};

/** Serbian Latin with đ folded to d: Ђорђевић → dordevic. */
const SERBIAN_D: Scheme = { letters: { ...SERBIAN.letters, ђ: 'd' } };

/** Serbian in English-style spelling: Ђоковић → djokovich, Жарко → zharko. */
const SERBIAN_ENGLISH: Scheme = {
  letters: { ...SERBIAN.letters, ж: 'zh', ш: 'sh', ч: 'ch', ћ: 'ch', џ: 'dzh', ц: 'ts' },
};

/** Macedonian, official 2008: Ѓорѓи → gjorgji, Ќиро → kjiro. */
const MACEDONIAN: Scheme = {
  letters: { ...SERBIAN.letters, ѓ: 'gj', ќ: 'kj', ж: 'zh', ш: 'sh', ч: 'ch', џ: 'dj', ѕ: 'dz' },
};

const RUSSIAN = [ICAO, PASSPORT_1997, ENGLISH, BGN, UKRAINIAN, BULGARIAN, WESTERN_H, SERBIAN, GERMAN];

/** The schemes that may have spelled `word` (lower case), the most likely first. */
export function cyrillicSchemes(word: string): readonly Scheme[] {
  if (/[ѓќѕ]/u.test(word)) return [MACEDONIAN, SERBIAN, ICAO, SERBIAN_ENGLISH];
  if (/[ђћџљњј]/u.test(word)) return [SERBIAN, SERBIAN_D, SERBIAN_ENGLISH, MACEDONIAN, ICAO];
  if (word.includes('ў') || (word.includes('і') && /[ыэё]/u.test(word))) {
    return [BELARUSIAN, BELARUSIAN_NATIONAL, BELARUSIAN_W, ICAO, PASSPORT_1997];
  }
  const hasI = word.includes('і');
  if (/[їєґ]/u.test(word) || (hasI && /[ищ]/u.test(word))) return [UKRAINIAN, UKRAINIAN_G, ICAO, PASSPORT_1997];
  if (hasI) return [UKRAINIAN, BELARUSIAN, UKRAINIAN_G, ICAO, PASSPORT_1997];
  if (/ъ./u.test(word) && !/[ыэё]/u.test(word)) return [BULGARIAN, ICAO, PASSPORT_1997, WESTERN_H];
  return RUSSIAN;
}
