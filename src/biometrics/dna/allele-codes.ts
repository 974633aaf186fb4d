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
  /** The codes of canonical repeat numbers, by locus and value in tenths ("9.3" is 93): a lookup without hashing. */
  private readonly byTenths = new Uint8Array(LOCUS_NAMES.length * TENTHS);
  /** The codes of other allele strings (not produced by `acceptProfile`, kept for safety). */
  private readonly others = LOCUS_NAMES.map(() => new Map<Allele, number>());
  private readonly counts = new Uint16Array(LOCUS_NAMES.length);

  /** How many distinct alleles locus `locus` (catalogue position) has so far. */
  distinct(locus: number): number {
    return this.counts[locus]!;
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
    const tenths = tenthsOf(allele);
    const at = locus * TENTHS + tenths;
    const known = tenths >= 0 ? this.byTenths[at]! : (this.others[locus]!.get(allele) ?? 0);
    if (known !== 0) return known;
    if (!grow) return UNSEEN;
    if (this.counts[locus]! >= MAX_ALLELES_PER_LOCUS) {
      const reason = `the index already holds ${MAX_ALLELES_PER_LOCUS} distinct alleles of ${LOCUS_NAMES[locus]}, the most it can`;
      throw invalidInput(reason, [{ path: `loci.${LOCUS_NAMES[locus]}`, message: reason }]);
    }
    const code = ++this.counts[locus]!;
    if (tenths >= 0) this.byTenths[at] = code;
    else this.others[locus]!.set(allele, code);
    return code;
  }
}

const TENTHS = 10_000;

/** The value in tenths of a canonical repeat number ("9" is 90, "9.3" is 93, up to "999.9"), or -1 for any other string. */
function tenthsOf(allele: string): number {
  const n = allele.length;
  let value = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = allele.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
  }
  if (i === 0 || i > 3 || (i > 1 && allele.charCodeAt(0) === 48)) return -1;
  if (i === n) return value * 10;
  if (i + 2 !== n || allele.charCodeAt(i) !== 46) return -1;
  const d = allele.charCodeAt(i + 1) - 48;
  return d >= 1 && d <= 9 ? value * 10 + d : -1;
}

function pack(a: number, b: number): number {
  return a <= b ? (a << 8) | b : (b << 8) | a;
}
