import { doubleMetaphone } from 'double-metaphone';

/**
 * A consonant skeleton of a Latin spelling: digraphs folded to one letter,
 * vowels (and y) dropped, runs of one letter collapsed. Spellings of Arabic,
 * Hebrew and Persian names differ mostly in their vowels, which those scripts
 * do not write: Muhammad, Mohamed and mhmd all give `mhmd`.
 */
export function consonantSkeleton(spelling: string): string {
  const folded = spelling
    .replace(/kh/g, 'x')
    .replace(/sh/g, 'S')
    .replace(/ch/g, 'C')
    .replace(/[td]h/g, (d) => d[0]!)
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/ck|q|c/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[aeiouy]/g, '');
  return folded.replace(/(.)\1+/g, '$1');
}

/** The Double Metaphone codes (primary, and the alternate when it differs) of a Latin spelling. */
export function metaphoneCodes(spelling: string): string[] {
  const [primary, alternate] = doubleMetaphone(spelling);
  if (!primary) return [];
  return alternate && alternate !== primary ? [primary, alternate] : [primary];
}
