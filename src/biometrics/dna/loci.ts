import { invalidInput } from '../../core/errors.ts';

/**
 * The catalogue of autosomal STR loci a DNA profile may carry, in a fixed order
 * (the order is also the column order of the index, so it must only grow at the end).
 *
 * - The European Standard Set (ESS, Council Resolution 2009/C 296/01): the 7 original loci
 *   (the 7 loci of the first row of the table in Council Decision 2008/616/JHA, annex,
 *   chapter 1, section 1.1) and the 5 added in 2009.
 * - The CODIS 20 core loci: the 12 ESS loci and 8 more.
 * - Further loci: those of the annex's table that are in neither set (Penta D, Penta E,
 *   FES, F13A1, F13B, SE33, CD4, GABA), and D6S1043.
 *
 * Amelogenin (the sex marker, values X and Y) is carried beside the loci but never compared
 * and never counts as a locus. Y-chromosome STRs (DYS…) are not exchanged and are refused.
 */
export const LOCI = [
  // ESS, the 7 original loci (also the annex's "ESS/ISSOL" row)
  { name: 'D3S1358', aliases: [] },
  { name: 'vWA', aliases: ['vWA31', 'vWA31A', 'HUMvWA', 'HUMvWA31A'] },
  { name: 'D8S1179', aliases: [] },
  { name: 'D21S11', aliases: [] },
  { name: 'D18S51', aliases: [] },
  { name: 'TH01', aliases: ['HUMTH01'] },
  { name: 'FGA', aliases: ['FIBRA', 'HUMFIBRA'] },
  // ESS, the 5 loci added in 2009
  { name: 'D1S1656', aliases: [] },
  { name: 'D2S441', aliases: [] },
  { name: 'D10S1248', aliases: [] },
  { name: 'D12S391', aliases: [] },
  { name: 'D22S1045', aliases: [] },
  // CODIS 20 core loci beyond the ESS
  { name: 'CSF1PO', aliases: ['HUMCSF1PO'] },
  { name: 'D5S818', aliases: [] },
  { name: 'D7S820', aliases: [] },
  { name: 'D13S317', aliases: [] },
  { name: 'D16S539', aliases: [] },
  { name: 'TPOX', aliases: ['HUMTPOX'] },
  { name: 'D2S1338', aliases: [] },
  { name: 'D19S433', aliases: [] },
  // others
  { name: 'Penta D', aliases: ['PentaD'] },
  { name: 'Penta E', aliases: ['PentaE'] },
  { name: 'SE33', aliases: ['ACTBP2'] },
  { name: 'D6S1043', aliases: [] },
  { name: 'FES', aliases: ['FESFPS'] },
  { name: 'F13A1', aliases: ['F13A01'] },
  { name: 'F13B', aliases: [] },
  { name: 'CD4', aliases: [] },
  { name: 'GABA', aliases: [] },
] as const satisfies readonly { name: string; aliases: readonly string[] }[];

/** The canonical name of a catalogued autosomal STR locus. */
export type LocusName = (typeof LOCI)[number]['name'];

/** The canonical names, in catalogue order. */
export const LOCUS_NAMES: readonly LocusName[] = LOCI.map((l) => l.name);

/** The 7 original ESS loci: a reference profile needs at least 6 of them (2008/616/JHA, annex, 1.1). */
export const ESS_ORIGINAL: readonly LocusName[] = ['D3S1358', 'vWA', 'D8S1179', 'D21S11', 'D18S51', 'TH01', 'FGA'];

/** The 12 loci of the European Standard Set (the first 12 of the catalogue). */
export const ESS: readonly LocusName[] = LOCUS_NAMES.slice(0, 12);

/** The 20 CODIS core loci (the first 20 of the catalogue). */
export const CODIS_CORE: readonly LocusName[] = LOCUS_NAMES.slice(0, 20);

/** The canonical name of the amelogenin sex marker. */
export const AMELOGENIN = 'AMEL';

/** The most loci a profile may carry, amelogenin aside (2008/616/JHA, annex, 1.1: "24 pairs of numbers"). */
export const MAX_LOCI = 24;

/**
 * The lookup key of a locus name: upper case, without spaces, underscores, hyphens, dots
 * or brackets, and with the letter O read as the digit 0, so that "THO1" and "TH01",
 * "CSF1P0" and "CSF1PO", "Penta_D" and "PENTA D" are one key.
 */
function keyOf(name: string): string {
  return name.toUpperCase().replace(/[\s_\-.()]/g, '').replace(/O/g, '0');
}

const BY_KEY = new Map<string, LocusName | typeof AMELOGENIN>();
for (const locus of LOCI) for (const spelling of [locus.name, ...locus.aliases]) BY_KEY.set(keyOf(spelling), locus.name);
for (const spelling of ['AMEL', 'Amelogenin', 'AM']) BY_KEY.set(keyOf(spelling), AMELOGENIN);

/** Spellings already read, so that the common ones are read once. */
const SPELLINGS = new Map<string, LocusName | typeof AMELOGENIN>();

/** The catalogue position of each locus. */
export const LOCUS_INDEX: ReadonlyMap<LocusName, number> = new Map(LOCUS_NAMES.map((name, i) => [name, i]));

/**
 * The canonical name of a locus written in any common spelling (case-insensitive):
 * `canonicalLocus('VWA')` is `'vWA'`, `canonicalLocus('Amelogenin')` is `'AMEL'`.
 * Throws `invalid_input` naming the locus when it is not catalogued, and saying so when it is a Y-STR.
 */
export function canonicalLocus(name: string): LocusName | typeof AMELOGENIN {
  const seen = SPELLINGS.get(name);
  if (seen) return seen;
  const key = keyOf(name);
  const found = BY_KEY.get(key);
  if (found) {
    if (SPELLINGS.size < 10_000) SPELLINGS.set(name, found);
    return found;
  }
  const shown = JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
  const reason = /^DYS|^YGATA/.test(key) ? `${shown} is a Y-chromosome STR; only autosomal loci are exchanged` : `unknown locus ${shown}`;
  throw invalidInput(reason, [{ path: `loci.${name}`, message: reason }]);
}
