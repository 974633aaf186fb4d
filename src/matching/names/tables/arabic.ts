import type { Scheme } from '../scheme.ts';

/**
 * Arabic-script romanisation schemes (Arabic, Persian, Urdu, Kurdish). The
 * script leaves short vowels unwritten, so unvowelled words give consonant-
 * driven spellings (محمد → mhmd); vowel marks, when present, are honoured
 * (مُحَمَّد → muhammad). Common names are spelled in full by
 * `native-names.ts`. Written from common English, French, Egyptian and
 * Persian practice.
 */

const FATHA = '\u064E';
const DAMMA = '\u064F';
const KASRA = '\u0650';

const LETTERS: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: '', ئ: '', ب: 'b', ت: 't', ث: 'th',
  ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', و: 'u', ي: 'i', ى: 'a', ة: 'a', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ی: 'i',
  ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n', ھ: 'h', ے: 'e', ۃ: 'a', ە: 'e', ڤ: 'v', ڨ: 'g', ۆ: 'o',
  ێ: 'e', ڕ: 'r', ڵ: 'l', '\u0670': 'a',
  [FATHA]: 'a', [DAMMA]: 'u', [KASRA]: 'i', '\u0652': '', '\u064B': '', '\u064C': '', '\u064D': '',
};

/** Long vowels written after their short vowel mark, and the article. */
const CLUSTERS: Record<string, string> = {
  [`${FATHA}ا`]: 'a', [`${DAMMA}و`]: 'u', [`${KASRA}ي`]: 'i', [`${KASRA}ی`]: 'i',
  [`${FATHA}و`]: 'aw', [`${FATHA}ي`]: 'ay', '^ال': 'al',
};

const GLIDES = { و: 'w', ي: 'y', ی: 'y' };
const AFTER_A = `اآ${FATHA}`;

/** English practice: خالد → khald, عمر → amr, شريف → sharif. */
const ENGLISH: Scheme = {
  letters: LETTERS,
  clusters: CLUSTERS,
  atStart: { ...GLIDES, ع: 'a' },
  afterVowel: GLIDES,
  vowels: AFTER_A,
};

/** Popular English spelling of long vowels: سعيد → saeed, محمود → mhmood. */
const POPULAR: Scheme = {
  ...ENGLISH,
  letters: { ...LETTERS, ي: 'ee', ی: 'ee', و: 'oo', ة: 'ah', ذ: 'z' },
};

/** French (Maghreb) practice: شريف → cherif, جمال → djmal, وليد → oualid. */
const FRENCH: Scheme = {
  letters: { ...LETTERS, ش: 'ch', ج: 'dj', و: 'ou', ق: 'k', ث: 't', ذ: 'd', ظ: 'd' },
  clusters: { ...CLUSTERS, '^ال': 'el' },
  atStart: { و: 'ou', ي: 'y', ع: 'a' },
  afterVowel: { و: 'ou', ي: 'y' },
  vowels: AFTER_A,
};

/** Egyptian practice: جمال → gmal, محمود → mhmod. */
const EGYPTIAN: Scheme = {
  ...ENGLISH,
  letters: { ...LETTERS, ج: 'g', ق: 'k', ث: 's', ذ: 'z', و: 'o', ة: 'a' },
  clusters: { ...CLUSTERS, '^ال': 'el' },
};

/** Persian practice: قاسم → ghasm, حسین → hosin, فاطمه → ftmeh. */
const PERSIAN: Scheme = {
  letters: { ...LETTERS, ث: 's', ذ: 'z', ض: 'z', ظ: 'z', ق: 'gh', و: 'o', ة: 'eh' },
  clusters: { ...CLUSTERS, 'ه$': 'eh' },
  atStart: { و: 'v', ي: 'y', ی: 'y', ع: 'a' },
  afterVowel: { و: 'v', ي: 'y', ی: 'y' },
  vowels: AFTER_A,
};

/** Spell a doubled consonant (shadda) twice, and drop the tatweel. */
export function expandArabic(word: string): string {
  return word.replace(/\u0640/gu, '').replace(/(\p{L})([\u064B-\u0650]?)\u0651/gu, '$1$1$2');
}

/** The schemes that may have spelled `word`, the most likely first. */
export function arabicSchemes(word: string): readonly Scheme[] {
  if (/[پچژگکی]/u.test(word)) return [PERSIAN, ENGLISH, POPULAR];
  return [ENGLISH, FRENCH, POPULAR, EGYPTIAN, PERSIAN];
}
