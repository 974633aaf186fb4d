/**
 * Latin letters that do not decompose into a base letter and marks, with their
 * usual ASCII spelling. From the orthographies that use them.
 */
export const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ə: 'e',
  ħ: 'h', ŧ: 't', ŋ: 'ng', ſ: 's', ĸ: 'k', ƒ: 'f', ɨ: 'i', ʉ: 'u', ɛ: 'e', ɔ: 'o', ŀ: 'l',
};

/**
 * The second spelling some letters have in documents: German umlauts written
 * with e (müller → mueller), Scandinavian å as aa and ø as oe, South Slavic đ
 * as dj.
 */
export const LATIN_EXPANDED: Readonly<Record<string, string>> = {
  ä: 'ae', ö: 'oe', ü: 'ue', å: 'aa', ø: 'oe', đ: 'dj',
};
