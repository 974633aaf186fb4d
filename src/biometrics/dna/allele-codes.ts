import { invalidInput } from '../../core/errors.ts';
import { LOCUS_NAMES } from './loci.ts';
import { WILDCARD, type Allele, type Genotype } from './profile.ts';

/** The code of a wildcard allele: the largest, so that it sorts last in a genotype code. */
export const WILD = 255;

/** The code of a query allele that no indexed profile has: equal to no indexed allele. */
export const UNSEEN = 254;

/** The most distinct alleles a locus can have in one index (codes 1 to 253). */
export const MAX_ALLELES_PER_LOCUS = 253;

/** The code of an absent locus. Genotype codes of present loci are never 0 (allele codes start at 1). */
export const ABSENT = 0;

/**
 * The dictionary of an index: each allele value of each locus as a small code (1 to 253),
 * so that a genotype is one 16-bit number, `(smaller code << 8) | larger code`, a wildcard being 255.
 */
export class AlleleCodes {
  private readonly codes = LOCUS_NAMES.map(() => new Map<Allele, number>());

  /** How many distinct alleles locus `locus` (catalogue position) has so far. */
  distinct(locus: number): number {
    return this.codes[locus]!.size;
  }

  /** The genotype code of an indexed profile's locus, adding new alleles to the dictionary. */
  encodeIndexed(locus: number, genotype: Genotype): number {
    return pack(this.code(locus, genotype[0], true), this.code(locus, genotype[1], true));
  }

  /** The genotype code of a query's locus; an allele no indexed profile has becomes `UNSEEN`. */
  encodeQuery(locus: number, genotype: Genotype): number {
    return pack(this.code(locus, genotype[0], false), this.code(locus, genotype[1], false));
  }

  private code(locus: number, allele: Allele, grow: boolean): number {
    if (allele === WILDCARD) return WILD;
    const codes = this.codes[locus]!;
    const known = codes.get(allele);
    if (known !== undefined) return known;
    if (!grow) return UNSEEN;
    if (codes.size >= MAX_ALLELES_PER_LOCUS) {
      const reason = `the index already holds ${MAX_ALLELES_PER_LOCUS} distinct alleles of ${LOCUS_NAMES[locus]}, the most it can`;
      throw invalidInput(reason, [{ path: `loci.${LOCUS_NAMES[locus]}`, message: reason }]);
    }
    codes.set(allele, codes.size + 1);
    return codes.size;
  }
}

function pack(a: number, b: number): number {
  return a <= b ? (a << 8) | b : (b << 8) | a;
}
