import { invalidInput } from '../../core/errors.ts';
import { MAX_LOCI, type LocusName } from './loci.ts';
import { isFullyDesignated, WILDCARD, type AcceptedProfile, type Allele, type Genotype } from './profile.ts';

/**
 * How strictly two profiles must agree:
 * - `prum` (the default): Council Decision 2008/616/JHA, annex, 1.2 as implemented here (see `compareProfiles`);
 * - `high`, `moderate`, `low`: the CODIS-style stringencies, for national use (see `compareProfiles`).
 */
export type Stringency = 'prum' | 'high' | 'moderate' | 'low';

/** The options of a comparison or an index search. */
export interface MatchOptions {
  /** With `prum`: 1 (the default) reports near matches, 0 full matches only. Ignored by the CODIS stringencies. */
  maxMismatches?: 0 | 1;
  /** The fewest loci fully designated in both profiles (default 6, the Prüm minimum; 1 to 24). */
  minLoci?: number;
  stringency?: Stringency;
}

/** Match options with their defaults filled in. */
export interface ResolvedMatchOptions {
  maxMismatches: 0 | 1;
  minLoci: number;
  stringency: Stringency;
}

/** The fewest loci fully designated in both profiles for a Prüm match. */
export const PRUM_MIN_LOCI = 6;

const STRINGENCIES: readonly Stringency[] = ['prum', 'high', 'moderate', 'low'];

/** Checks match options and fills in the defaults (Prüm: near matches, 6 loci); `invalid_input` names a bad option. */
export function resolveMatchOptions(options: MatchOptions = {}): ResolvedMatchOptions {
  const { maxMismatches = 1, minLoci = PRUM_MIN_LOCI, stringency = 'prum' } = options;
  if (maxMismatches !== 0 && maxMismatches !== 1) throw invalidInput('maxMismatches is 0 or 1', [{ path: 'maxMismatches', message: 'is 0 or 1' }]);
  if (!Number.isInteger(minLoci) || minLoci < 1 || minLoci > MAX_LOCI) throw invalidInput(`minLoci is a whole number from 1 to ${MAX_LOCI}`, [{ path: 'minLoci', message: `is a whole number from 1 to ${MAX_LOCI}` }]);
  if (!STRINGENCIES.includes(stringency)) throw invalidInput(`stringency is one of ${STRINGENCIES.join(', ')}`, [{ path: 'stringency', message: `is one of ${STRINGENCIES.join(', ')}` }]);
  return { maxMismatches, minLoci, stringency };
}

/** The outcome of comparing two profiles. */
export interface ProfileComparison {
  type: 'full' | 'near' | 'none';
  /** Loci present in both profiles (amelogenin aside), each compared. */
  lociCompared: number;
  /** Of those, the loci fully designated in both: the ones that count towards `minLoci`. */
  fullLociCompared: number;
  /** Alleles that differ, summed over the compared loci (each locus paired the way with fewer differences). */
  mismatches: number;
}

function differ(a: Allele, b: Allele): number {
  return a !== b && a !== WILDCARD && b !== WILDCARD ? 1 : 0;
}

/**
 * How many alleles of two genotypes differ (0, 1 or 2): both pairings are tried
 * (first with first, or first with second) and the better kept; a wildcard equals any allele.
 * Alleles are equal only as identical canonical strings: "9.3" differs from "9" and from "9.2".
 */
export function locusMismatches(a: Genotype, b: Genotype): number {
  return Math.min(differ(a[0], b[0]) + differ(a[1], b[1]), differ(a[0], b[1]) + differ(a[1], b[0]));
}

function homozygous(g: Genotype): boolean {
  return g[0] === g[1] && g[0] !== WILDCARD;
}

/** Whether one locus passes a CODIS-style stringency, given its allele mismatches. */
function locusPasses(stringency: Stringency, a: Genotype, b: Genotype, mismatches: number): boolean {
  switch (stringency) {
    case 'prum':
      return true;
    case 'high':
      return mismatches === 0;
    case 'moderate':
      return mismatches === 0 || (mismatches === 1 && ((homozygous(a) && b.includes(a[0])) || (homozygous(b) && a.includes(b[0]))));
    case 'low':
      return mismatches <= 1;
  }
}

/**
 * Compares two accepted profiles: the reference semantics, which `DnaIndex` reproduces exactly.
 *
 * Only the loci present in both profiles are compared (amelogenin never). At each, both pairings
 * of the two alleles are tried and the one with fewer differences kept (`locusMismatches`); a
 * wildcard equals any allele, so `[12, *]` matches `[9, 12]` and `[12, 14]`. A locus with
 * wildcards is compared (its other allele can differ) but does not count towards `minLoci`:
 * only loci fully designated in both profiles do (`fullLociCompared`). Below `minLoci` there is
 * no match, however equal the loci.
 *
 * `prum` (the default): a full match when no compared allele differs; a near match when exactly
 * one allele of all the compared loci differs (and `maxMismatches` is 1); the 6-loci minimum
 * holds for both, counting the locus with the differing allele.
 * Sources: the minimum of 6 fully designated loci, the wildcard conversions and the rule that
 * both permutations are searched with a wildcard come from the annex of 2008/616/JHA, chapter 1,
 * section 1.1 (read in a copy of the French Official Journal page, OJ L 210, 6.8.2008, p. 20, and
 * in an English copy of section 1.1). The definitions of full and near matches in section 1.2
 * could not be read in any source available to us; they follow the common Prüm practice described
 * above (in particular, that the 6 loci count the locus of a near match's differing allele).
 * Microvariants: section 1.1 of the annex has equivalence rules for matching microvariants
 * (separately for the pentanucleotide loci Penta D, Penta E and CD4, and for the others); we
 * could not read their entries, so they are NOT implemented: alleles are equal only as
 * identical canonical strings ("9.3" ≠ "9", "22.2" ≠ "22"), which can miss a match that the
 * annex's rules would report, never report one they would not.
 *
 * CODIS-style stringencies (national use; `maxMismatches` is ignored): every compared locus must
 * pass: `high`, no allele differs; `moderate`, no allele differs, or one does where one profile is
 * homozygous with an allele the other has (`[12, 12]` against `[12, 14]`: the alleles of one are
 * a subset of the other's); `low`, at least one allele shared (or a wildcard). A match with no
 * differing allele is `full`, otherwise `near`; `mismatches` counts the differing alleles.
 */
export function compareProfiles(a: AcceptedProfile, b: AcceptedProfile, options?: MatchOptions): ProfileComparison {
  const { maxMismatches, minLoci, stringency } = resolveMatchOptions(options);
  let lociCompared = 0;
  let fullLociCompared = 0;
  let mismatches = 0;
  let passes = true;
  for (const [locus, ga] of Object.entries(a.loci) as [LocusName, Genotype][]) {
    const gb = b.loci[locus];
    if (!gb) continue;
    lociCompared++;
    if (isFullyDesignated(ga) && isFullyDesignated(gb)) fullLociCompared++;
    const m = locusMismatches(ga, gb);
    mismatches += m;
    if (!locusPasses(stringency, ga, gb, m)) passes = false;
  }
  let type: ProfileComparison['type'] = 'none';
  if (fullLociCompared >= minLoci && passes) {
    if (mismatches === 0) type = 'full';
    else if (stringency === 'prum' ? mismatches <= maxMismatches : stringency !== 'high') type = 'near';
  }
  return { type, lociCompared, fullLociCompared, mismatches };
}
