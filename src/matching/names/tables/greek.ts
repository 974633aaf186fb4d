import type { Scheme } from '../scheme.ts';

/**
 * Greek romanisation schemes, for words with accents and dialytika removed:
 * ELOT 743 / ISO 843 as Greek passports apply it letter by letter, its
 * phonetic transcription, older English practice (Yiorgos, Christos) and the
 * classical spelling (Demetrios, Theophilos). Written from the standards and
 * common usage.
 */

const LETTERS: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l',
  μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f',
  χ: 'ch', ψ: 'ps', ω: 'o',
};

const VOICELESS = 'θκξπσςτφχψ';
const GREEK_VOWELS = 'αεηιοωυ';

/** αυ, ευ, ηυ: v before vowels and voiced consonants, f before voiceless ones and at the end. */
function diphthongsWithU(letters: Record<string, string>, u: { voiced: string; voiceless: string }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of 'αεη') {
    out[`${v}υ`] = letters[v] + u.voiced;
    out[`${v}υ$`] = letters[v] + u.voiceless;
    for (const c of VOICELESS) out[`${v}υ${c}`] = letters[v] + u.voiceless + letters[c];
  }
  return out;
}

/** γι before a vowel, as older practice writes it: Γιώργος → yiorgos (or yorgos). */
function gammaIota(spelling: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of GREEK_VOWELS) out[`γι${v}`] = spelling + LETTERS[v];
  out['γιου'] = `${spelling}ou`;
  return out;
}

const DIGRAPHS = { ου: 'ou', αι: 'ai', ει: 'ei', οι: 'oi', υι: 'yi' };

/** ELOT 743 letter by letter, as on passports: Ευάγγελος → evaggelos, Μπάκος → mpakos. */
const ELOT: Scheme = {
  letters: LETTERS,
  clusters: { ...DIGRAPHS, ...diphthongsWithU(LETTERS, { voiced: 'v', voiceless: 'f' }) },
};

/** ELOT 743 transcription: Ευάγγελος → evangelos, Μπάκος → bakos, Ντίνος → dinos. */
const ELOT_PHONETIC: Scheme = {
  letters: LETTERS,
  clusters: {
    ...ELOT.clusters,
    γγ: 'ng', γκ: 'ng', γξ: 'nx', γχ: 'nch', '^γκ': 'g', '^μπ': 'b', 'μπ$': 'b', '^ντ': 'd',
  },
};

/** Older English practice: Γιώργος → yiorgos, Μπακογιάννης → bakoyiannis. */
const ENGLISH: Scheme = {
  letters: LETTERS,
  clusters: { ...ELOT_PHONETIC.clusters, ...gammaIota('yi'), μπ: 'mb', ντ: 'nd' },
};

/** Spelling by sound: Γιώργος → yorgos, Κυριάκος → kiriakos, Χρήστος → hristos. */
const PHONETIC: Scheme = {
  letters: { ...LETTERS, υ: 'i', χ: 'h' },
  clusters: {
    ...ELOT_PHONETIC.clusters, ...gammaIota('y'), ου: 'u', ει: 'i', οι: 'i', αι: 'e', υι: 'i',
    μπ: 'mb', ντ: 'nd',
  },
};

const CLASSICAL_LETTERS = { ...LETTERS, β: 'b', η: 'e', φ: 'ph' };

/** Classical spelling: Δημήτριος → demetrios, Ευγένιος → eugenios, Φίλιππος → philippos. */
const CLASSICAL: Scheme = {
  letters: CLASSICAL_LETTERS,
  clusters: {
    ...DIGRAPHS, ...diphthongsWithU(CLASSICAL_LETTERS, { voiced: 'u', voiceless: 'u' }), γγ: 'ng',
    γκ: 'nk', γξ: 'nx', γχ: 'nch',
  },
};

/** The Greek schemes, the most likely first. */
export const GREEK_SCHEMES: readonly Scheme[] = [ELOT, ELOT_PHONETIC, ENGLISH, PHONETIC, CLASSICAL];
