/**
 * Simple romanisations of names written in Cyrillic, Greek and Arabic, so that
 * synthetic persons can carry a `transliteration` name in Latin script. They
 * follow the schemes used in travel documents closely enough for test data;
 * they are not complete implementations of those standards.
 */

/** Turns a name from one script into Latin letters. */
export type Romaniser = (text: string) => string;

/** Capitalises each word (after a space, apostrophe or hyphen). */
export const titleCase = (text: string): string => text.replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

function mapChars(text: string, table: Readonly<Record<string, string>>, initial: Readonly<Record<string, string>> = {}): string {
  let out = '';
  let previous = ' ';
  for (const ch of text.toLowerCase()) {
    const atStart = !/\p{L}/u.test(previous);
    out += (atStart ? initial[ch] : undefined) ?? table[ch] ?? ch;
    previous = ch;
  }
  return titleCase(out);
}

const RUSSIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/** Russian Cyrillic to Latin as in ICAO Doc 9303 (Russian passports since 2013): Юлия → Iuliia. */
export const romaniseRussian: Romaniser = (text) => mapChars(text, RUSSIAN);

const UKRAINIAN: Record<string, string> = {
  ...RUSSIAN, г: 'h', ґ: 'g', е: 'e', є: 'ie', и: 'y', і: 'i', ї: 'i', й: 'i', х: 'kh', ю: 'iu', я: 'ia', ь: '', "'": '', '’': '',
};
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** Ukrainian Cyrillic to Latin per the national scheme of 2010 (KMU 55): Олександр → Oleksandr, Юлія → Yuliia. */
export const romaniseUkrainian: Romaniser = (text) => mapChars(text, UKRAINIAN, UKRAINIAN_INITIAL);

const BULGARIAN: Record<string, string> = {
  ...RUSSIAN, й: 'y', х: 'h', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};

/** Bulgarian Cyrillic to Latin per the Streamlined System (law of 2009): Христо → Hristo; a final -ия is -ia. */
export const romaniseBulgarian: Romaniser = (text) => mapChars(text.replace(/ия(?=$|[\s-])/gu, 'иa'), BULGARIAN);

const SERBIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj',
  м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č',
  џ: 'dž', ш: 'š',
};

/** Serbian Cyrillic to Serbian Latin (Gaj's alphabet, one letter for one): Ђорђе → Đorđe. */
export const romaniseSerbian: Romaniser = (text) => mapChars(text, SERBIAN);

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const GREEK_VOICELESS = new Set([...'θκξπστφχψ']);
const GREEK_GAMMA: Record<string, string> = { γ: 'ng', ξ: 'nx', χ: 'nch', κ: 'gk' };

/**
 * Greek to Latin after ELOT 743 (Greek passports): ου → ou, αυ/ευ → av/ev or
 * af/ef before a voiceless consonant, γγ → ng, μπ → b at the start of a word.
 */
export const romaniseGreek: Romaniser = (text) => {
  // Decompose so that accents drop away, but remember which vowels carry a diaeresis.
  const letters: { ch: string; diaeresis: boolean }[] = [];
  for (const ch of text.toLowerCase().normalize('NFD')) {
    if (ch === '\u0308') letters[letters.length - 1].diaeresis = true;
    else if (!/\p{M}/u.test(ch)) letters.push({ ch, diaeresis: false });
  }
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const { ch } = letters[i];
    const next = letters[i + 1];
    const after = letters[i + 2]?.ch;
    const wordStart = i === 0 || !/\p{L}/u.test(letters[i - 1].ch);
    if (next && next.ch === 'υ' && !next.diaeresis && 'αεηο'.includes(ch)) {
      if (ch === 'ο') out += 'ou';
      else out += GREEK[ch] + (after === undefined || !/\p{L}/u.test(after) || GREEK_VOICELESS.has(after) ? 'f' : 'v');
      i++;
    } else if (ch === 'γ' && next && GREEK_GAMMA[next.ch]) {
      out += GREEK_GAMMA[next.ch];
      i++;
    } else if (ch === 'μ' && next?.ch === 'π' && (wordStart || after === undefined || !/\p{L}/u.test(after))) {
      out += 'b';
      i++;
    } else {
      out += GREEK[ch] ?? ch;
    }
  }
  return titleCase(out);
};

const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', و: 'w', ي: 'y', ى: 'a', ة: 'a', ء: "'", ئ: "'", ؤ: "'", 'ّ': '',
};

/**
 * Arabic to Latin. Arabic is written without short vowels, so a letter map alone
 * gives unreadable results; known names are looked up in `known` (Arabic → the
 * usual Latin spelling), word by word, and only unknown words fall back to a
 * simple consonant map.
 */
export function arabicRomaniser(known: ReadonlyMap<string, string>): Romaniser {
  return (text) => {
    const whole = known.get(text);
    if (whole) return whole;
    return text
      .split(/\s+/)
      .map((word) => known.get(word) ?? mapChars(word, ARABIC))
      .join(' ');
  };
}

const FOLD: Record<string, string> = { ß: 'ss', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', æ: 'ae', Æ: 'AE', œ: 'oe' };

/** A Latin name with its diacritics dropped, as typed on a keyboard without them: Wójcik → Wojcik, Strøm → Strom. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßłŁøØđĐıæÆœ]/g, (ch) => FOLD[ch]);
}
