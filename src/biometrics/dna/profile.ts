import type { LocusName } from './loci.ts';

/** An allele value that matches any allele (2008/616/JHA, annex, 1.1: converted "to a wild card (*)"). */
export const WILDCARD = '*';

/**
 * One allele as exchanged: a repeat number, possibly with a one-digit microvariant
 * suffix ("9", "9.3", "22.2"), in canonical form (no leading zeros, no ".0"), or `WILDCARD`.
 */
export type Allele = string;

/** The two alleles of a locus, the smaller first and a wildcard last; the same twice when homozygous. */
export type Genotype = readonly [Allele, Allele];

/** Whose DNA: a person's (`reference`) or a crime scene's (`stain`, an unidentified profile). */
export type ProfileKind = 'reference' | 'stain';

/**
 * A DNA profile that passed the Prüm acceptance rules (see acceptance.ts), in canonical form:
 * the only shape the comparison and the index take.
 */
export interface AcceptedProfile {
  readonly id: string;
  readonly kind: ProfileKind;
  /** The loci carried, by canonical name, in catalogue order; amelogenin is not among them. */
  readonly loci: Readonly<Partial<Record<LocusName, Genotype>>>;
  /** The amelogenin values as given (X and Y), carried along but never compared. */
  readonly amelogenin?: readonly ('X' | 'Y')[];
  /** How many loci are fully designated (two alleles, neither a wildcard). */
  readonly fullLoci: number;
  /** What acceptance changed, one note a change (e.g. `TH01: "OL" is not numeric, made a wildcard`). */
  readonly conversions: readonly string[];
}

/** True when neither allele of a genotype is a wildcard. */
export function isFullyDesignated(genotype: Genotype): boolean {
  return genotype[0] !== WILDCARD && genotype[1] !== WILDCARD;
}
