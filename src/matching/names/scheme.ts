/**
 * A romanisation scheme: how the letters of one script are spelled in Latin
 * by one system (ICAO 9303, BGN/PCGN, a national standard, common practice).
 * Every value is lower-case a–z or empty (the letter is not written).
 */
export interface Scheme {
  /** The spelling of each letter where no rule below applies. */
  readonly letters: Readonly<Record<string, string>>;
  /**
   * Sequences of one to four letters spelled as a unit, tried longest first;
   * a leading `^` ties the sequence to the start of the word, a trailing `$`
   * to its end (`ий$` → `y`, `^μπ` → `b`).
   */
  readonly clusters?: Readonly<Record<string, string>>;
  /** Letters spelled differently at the start of the word. */
  readonly atStart?: Readonly<Record<string, string>>;
  /** Letters spelled differently at the start and after one of `vowels`. */
  readonly afterVowel?: Readonly<Record<string, string>>;
  /** The letters after which `afterVowel` applies. */
  readonly vowels?: string;
}

const MAX_CLUSTER = 4;

function clusterAt(chars: readonly string[], i: number, clusters: Readonly<Record<string, string>>): [string, number] | undefined {
  for (let len = Math.min(MAX_CLUSTER, chars.length - i); len >= 1; len--) {
    const seq = chars.slice(i, i + len).join('');
    const atStart = i === 0;
    const atEnd = i + len === chars.length;
    const keys = [
      atStart && atEnd ? `^${seq}$` : undefined,
      atStart ? `^${seq}` : undefined,
      atEnd ? `${seq}$` : undefined,
      len > 1 ? seq : undefined,
    ];
    for (const key of keys) {
      if (key === undefined || !Object.hasOwn(clusters, key)) continue;
      return [clusters[key], len];
    }
  }
  return undefined;
}

/**
 * Spell `word` in Latin by `scheme`; characters the scheme does not know are
 * spelled by `fallback` (so a stray Latin letter in a Cyrillic word survives).
 */
export function romanise(word: string, scheme: Scheme, fallback: (char: string) => string): string {
  const chars = Array.from(word);
  let out = '';
  for (let i = 0; i < chars.length; ) {
    const cluster = scheme.clusters && clusterAt(chars, i, scheme.clusters);
    if (cluster) {
      out += cluster[0];
      i += cluster[1];
      continue;
    }
    const char = chars[i];
    const prev = chars[i - 1];
    const vowelBefore = i === 0 || (prev !== undefined && (scheme.vowels ?? '').includes(prev));
    out +=
      (i === 0 ? scheme.atStart?.[char] : undefined) ??
      (vowelBefore ? scheme.afterVowel?.[char] : undefined) ??
      scheme.letters[char] ??
      fallback(char);
    i++;
  }
  return out;
}
