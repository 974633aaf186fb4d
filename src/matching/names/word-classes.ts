/**
 * Words in names that are not names themselves: particles joining names
 * (al-, bin, van, de…), titles and honorifics, and the legal forms of
 * organisations. All are compared with less weight than the name words, or
 * not at all. Lower-case ASCII, as the matcher's Latin spellings.
 */

/** Arabic, Hebrew, Germanic, Romance and other particles; `bin Laden` and `van Dijk` keep their name words. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'ud', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'bint', 'binti', 'ben', 'bat', 'abu', 'abou', 'umm', 'um', 'ould', 'oul',
  'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'zum', 'zur', 'de', 'del', 'della', 'dello', 'di', 'da', 'das', 'dos', 'do', 'du', 'des', 'la', 'le', 'lo', 'mac', 'st',
]);

/** Titles and honorifics, dropped before comparison. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'herr', 'frau', 'monsieur', 'madame', 'mme', 'sr', 'sra', 'jr', 'snr', 'jnr',
  'sheikh', 'shaikh', 'sheik', 'haji', 'hajji', 'hadji', 'mullah', 'mulla', 'maulana', 'maulvi', 'mawlawi', 'mawlana', 'qari', 'imam', 'emir', 'amir', 'general', 'gen', 'col', 'colonel', 'capt', 'captain',
]);

/** Legal forms of organisations, each mapped to one short form. */
export const LEGAL_FORMS: ReadonlyMap<string, string> = new Map([
  ['ag', 'ag'], ['aktiengesellschaft', 'ag'], ['gmbh', 'gmbh'], ['kg', 'kg'], ['ohg', 'ohg'], ['ug', 'ug'], ['ev', 'ev'], ['se', 'se'],
  ['ltd', 'ltd'], ['limited', 'ltd'], ['llc', 'llc'], ['llp', 'llp'], ['lp', 'lp'], ['plc', 'plc'], ['inc', 'inc'], ['incorporated', 'inc'],
  ['corp', 'corp'], ['corporation', 'corp'], ['co', 'co'], ['company', 'co'], ['cie', 'co'], ['sa', 'sa'], ['sas', 'sas'], ['sarl', 'sarl'], ['srl', 'srl'], ['spa', 'spa'],
  ['bv', 'bv'], ['nv', 'nv'], ['ab', 'ab'], ['oy', 'oy'], ['asa', 'asa'], ['aps', 'aps'], ['pte', 'pte'], ['pty', 'pty'], ['jsc', 'jsc'], ['ojsc', 'jsc'], ['pjsc', 'jsc'], ['cjsc', 'jsc'],
  ['ooo', 'llc'], ['oao', 'jsc'], ['zao', 'jsc'], ['pao', 'jsc'], ['ao', 'jsc'], ['tov', 'llc'], ['sp', 'sp'], ['zoo', 'zoo'], ['kft', 'kft'], ['zrt', 'zrt'], ['doo', 'llc'], ['dd', 'dd'], ['ad', 'ad'],
]);

/** Multi-word legal forms, replaced by their short form before the words are split. */
export const LEGAL_PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\bgesellschaft mit beschrankter haftung\b/, 'gmbh'],
  [/\bpublic limited company\b/, 'plc'],
  [/\blimited liability company\b/, 'llc'],
  [/\blimited liability partnership\b/, 'llp'],
  [/\b(?:public |private |closed |open )?joint[- ]stock company\b/, 'jsc'],
  [/\bsociete anonyme\b/, 'sa'],
  [/\bsocieta per azioni\b/, 'spa'],
  [/\bbesloten vennootschap\b/, 'bv'],
  [/\bnaamloze vennootschap\b/, 'nv'],
];
