import { invalidInput, LiaisonError, type FieldIssue } from '../../core/errors.ts';
import { AMELOGENIN, canonicalLocus, ESS_ORIGINAL, LOCUS_INDEX, LOCUS_NAMES, MAX_LOCI, type LocusName } from './loci.ts';
import { isFullyDesignated, WILDCARD, type AcceptedProfile, type Allele, type Genotype } from './profile.ts';
import { parseProfileShape } from './schema.ts';

/** The start of the message of every profile refused by the Prüm acceptance rules (as opposed to a malformed one). */
export const REFUSED = 'refused by the Prüm acceptance rules';

/** The fewest fully designated loci a profile needs to be exchanged (2008/616/JHA, annex, 1.1). */
export const MIN_FULL_LOCI = 6;

/** The fewest fully designated original ESS loci a reference profile needs (2008/616/JHA, annex, 1.1). */
export const MIN_REFERENCE_ESS = 6;

/** Values the annex turns into wildcards although they are numeric (annex, 1.1). */
const WILDCARD_NUMBERS = new Set(['0', '1', '99']);

const NUMERIC = /^(\d+)(?:\.(\d+))?$/;

type Value = { allele: Allele } | { problem: string };

/** A value already in canonical form (the common case, read without further work). */
const CANONICAL = /^[1-9]\d{0,2}(?:\.[1-9])?$/;

/** The canonical allele of one submitted value, or why it cannot be one. Records a note for each wildcard made. */
function alleleOf(raw: string | number, locus: string, notes: string[]): Value {
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  if (CANONICAL.test(text) && !WILDCARD_NUMBERS.has(text)) return { allele: text };
  if (text === '') return { problem: 'an allele value is empty' };
  const numeric = NUMERIC.exec(text);
  if (!numeric) {
    notes.push(`${locus}: ${JSON.stringify(text.slice(0, 20))} is not numeric, made a wildcard`);
    return { allele: WILDCARD };
  }
  const whole = numeric[1]!.replace(/^0+(?=\d)/, '');
  const fraction = numeric[2]?.replace(/^0+$/, '');
  if (whole.length > 3) return { problem: `${text.slice(0, 20)} is not an allele designation (a repeat number below 1000)` };
  if (fraction && fraction.length > 1) return { problem: `${text.slice(0, 20)} is not an allele designation (at most one digit after the point, e.g. 9.3)` };
  const allele = fraction ? `${whole}.${fraction}` : whole;
  if (WILDCARD_NUMBERS.has(allele)) {
    notes.push(`${locus}: value ${allele} made a wildcard`);
    return { allele: WILDCARD };
  }
  return { allele };
}

/** Sorts two alleles by repeat number, a wildcard last. */
function genotypeOf(a: Allele, b: Allele): Genotype {
  if (a === WILDCARD) return [b, a];
  if (b === WILDCARD) return [a, b];
  return Number(a) <= Number(b) ? [a, b] : [b, a];
}

/**
 * Checks a submitted DNA profile and brings it into canonical form under the Prüm rules
 * (Council Decision 2008/616/JHA, annex, chapter 1, section 1.1), or throws `invalid_input`.
 *
 * What it does, rule by rule (what the annex says, and the choices where it says nothing):
 * - Locus names are read in any common spelling, case-insensitively (`VWA`, `THO1`, `Penta_D`,
 *   `Amelogenin`; see loci.ts). An unknown locus, a Y-STR, a locus given twice or more than
 *   24 loci (amelogenin aside) make the profile malformed.
 * - Each locus has two values, the same twice when homozygous. One value is malformed (it
 *   cannot tell a homozygote from a dropped-out allele). Three values: the first is kept and
 *   the others become a wildcard, giving `[first, *]` (annex). Four or more values are a
 *   mixture: mixed profiles are not exchanged (annex), so the whole profile is refused
 *   rather than the locus dropped (dropping it would still send a mixture's other loci).
 * - A value is a repeat number with an optional one-digit microvariant suffix ("9", "9.3";
 *   "09" and "9.0" are read as "9"). A non-numeric value ("OL", "na", "<8", ">20", "X", "9,3")
 *   becomes a wildcard (annex: any non-numerical value except amelogenin); so off-ladder
 *   values written "<8"/">20" are wildcards. The values 0, 1 and 99 become wildcards
 *   (annex). An empty value, a number with more than one decimal digit or above 999 is malformed.
 * - Amelogenin (values X or Y, one or two) is carried, never compared, never counted as a locus.
 * - A profile needs at least 6 fully designated loci (two values, neither a wildcard); a
 *   reference profile also needs at least 6 of the 7 original ESS loci, which we count only
 *   when fully designated (the annex says "contain"; we read it strictly). A stain needs no ESS loci.
 *
 * Source: the rules marked (annex) were read in a copy of the French Official Journal page of the
 * annex (OJ L 210, 6.8.2008, p. 20: 24 loci, the 7 ESS loci, 6 fully designated loci, 6 of the 7
 * ESS loci for a reference profile) and in an English copy of section 1.1 (the wildcard rules,
 * three values, mixed profiles). Microvariants are kept as designated; see `compareProfiles`.
 *
 * Malformed input: message "invalid DNA profile: …", one issue per bad field, with its path
 * (`loci.FGA.1`). Refused by the rules: message starting with `REFUSED` ("refused by the Prüm
 * acceptance rules: only 5 fully designated loci (at least 6 needed)"), the rule as an issue.
 *
 * @example acceptProfile({ id: 's1', kind: 'stain', loci: { vWA: ['16', 17], TH01: ['9.3', '9.3'], … } })
 */
export function acceptProfile(input: unknown): AcceptedProfile {
  const { id, kind, loci: given } = parseProfileShape(input);
  const issues: FieldIssue[] = [];
  const refusals: FieldIssue[] = [];
  const notes: string[] = [];
  const found: (Genotype | undefined)[] = new Array(LOCUS_NAMES.length);
  const spelledAs = new Map<string, string>();
  let count = 0;
  let amelogenin: ('X' | 'Y')[] | undefined;

  for (const [name, values] of Object.entries(given)) {
    const path = `loci.${name}`;
    let locus: LocusName | typeof AMELOGENIN;
    try {
      locus = canonicalLocus(name);
    } catch (error) {
      if (!(error instanceof LiaisonError)) throw error;
      issues.push(...error.issues);
      continue;
    }
    const earlier = spelledAs.get(locus);
    if (earlier !== undefined) {
      issues.push({ path, message: `locus ${locus} is given twice (as ${JSON.stringify(earlier)} and ${JSON.stringify(name)})` });
      continue;
    }
    spelledAs.set(locus, name);
    if (locus === AMELOGENIN) {
      const sexes = values.map((v) => String(v).trim().toUpperCase());
      if (values.length > 2 || sexes.some((s) => s !== 'X' && s !== 'Y')) issues.push({ path, message: 'amelogenin is one or two values X or Y' });
      else amelogenin = sexes as ('X' | 'Y')[];
      continue;
    }
    if (values.length === 1) {
      issues.push({ path, message: 'a locus has two allele values (repeat the allele when homozygous)' });
      continue;
    }
    if (values.length > 3) {
      refusals.push({ path, message: `locus ${locus} has ${values.length} values: a mixed profile is not exchanged` });
      continue;
    }
    const alleles: Allele[] = [];
    for (let i = 0; i < (values.length === 3 ? 1 : 2); i++) {
      const value = alleleOf(values[i]!, locus, notes);
      if ('problem' in value) issues.push({ path: `${path}.${i}`, message: value.problem });
      else alleles.push(value.allele);
    }
    if (values.length === 3 && alleles.length === 1) {
      alleles.push(WILDCARD);
      notes.push(`${locus}: 3 values, the first kept and the others made a wildcard`);
    }
    if (alleles.length === 2) {
      found[LOCUS_INDEX.get(locus)!] = genotypeOf(alleles[0]!, alleles[1]!);
      count++;
    }
  }
  if (count > MAX_LOCI) issues.push({ path: 'loci', message: `at most ${MAX_LOCI} loci (amelogenin aside); ${count} given` });
  if (issues.length) throw invalidInput(`invalid DNA profile: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);

  const loci: Partial<Record<LocusName, Genotype>> = {};
  let fullLoci = 0;
  for (let i = 0; i < found.length; i++) {
    const genotype = found[i];
    if (genotype === undefined) continue;
    loci[LOCUS_NAMES[i]!] = genotype;
    if (isFullyDesignated(genotype)) fullLoci++;
  }
  if (fullLoci < MIN_FULL_LOCI) refusals.push({ path: 'loci', message: `only ${fullLoci} fully designated ${fullLoci === 1 ? 'locus' : 'loci'} (at least ${MIN_FULL_LOCI} needed)` });
  if (kind === 'reference') {
    const ess = ESS_ORIGINAL.filter((l) => loci[l] !== undefined && isFullyDesignated(loci[l])).length;
    if (ess < MIN_REFERENCE_ESS) refusals.push({ path: 'loci', message: `a reference profile needs at least ${MIN_REFERENCE_ESS} of the 7 original ESS loci fully designated; it has ${ess}` });
  }
  if (refusals.length) throw invalidInput(`${REFUSED}: ${refusals.map((r) => r.message).join('; ')}`, refusals);
  return {
    id,
    kind,
    loci,
    ...(amelogenin && { amelogenin }),
    fullLoci,
    conversions: notes,
  };
}
