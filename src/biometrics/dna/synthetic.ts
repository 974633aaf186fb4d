import { SeededRandom } from '../../core/random.ts';
import { CODIS_CORE, ESS, ESS_ORIGINAL, LOCUS_INDEX, LOCUS_NAMES, type LocusName } from './loci.ts';
import type { Allele } from './profile.ts';
import type { DnaProfileInput } from './schema.ts';

/**
 * Rough allele ranges per locus: the integer repeat numbers `from`–`to`, most frequent around
 * `mode`, and a few common microvariants. These are APPROXIMATIONS for synthetic data (of the
 * order of published ranges), not population frequencies: never use them for statistics.
 */
const RANGES: Record<LocusName, { from: number; to: number; mode: number; micro?: string[] }> = {
  D3S1358: { from: 12, to: 19, mode: 15.5 },
  vWA: { from: 11, to: 21, mode: 16.5 },
  D8S1179: { from: 8, to: 18, mode: 13 },
  D21S11: { from: 26, to: 35, mode: 30, micro: ['29.2', '30.2', '31.2', '32.2', '33.2'] },
  D18S51: { from: 9, to: 25, mode: 15, micro: ['13.2', '14.2'] },
  TH01: { from: 5, to: 10, mode: 7.5, micro: ['9.3'] },
  FGA: { from: 17, to: 28, mode: 22, micro: ['18.2', '19.2', '20.2', '21.2', '22.2', '23.2'] },
  D1S1656: { from: 10, to: 19, mode: 14.5, micro: ['14.3', '15.3', '16.3', '17.3', '18.3'] },
  D2S441: { from: 9, to: 16, mode: 11.5, micro: ['9.1', '11.3'] },
  D10S1248: { from: 8, to: 19, mode: 14 },
  D12S391: { from: 15, to: 26, mode: 19.5, micro: ['17.3', '18.3', '19.3'] },
  D22S1045: { from: 8, to: 19, mode: 15 },
  CSF1PO: { from: 6, to: 15, mode: 11 },
  D5S818: { from: 7, to: 16, mode: 11.5 },
  D7S820: { from: 6, to: 15, mode: 10 },
  D13S317: { from: 7, to: 15, mode: 11 },
  D16S539: { from: 5, to: 15, mode: 11.5 },
  TPOX: { from: 6, to: 13, mode: 8.5 },
  D2S1338: { from: 15, to: 28, mode: 20 },
  D19S433: { from: 9, to: 18, mode: 14, micro: ['12.2', '13.2', '14.2', '15.2'] },
  'Penta D': { from: 5, to: 16, mode: 10.5, micro: ['2.2'] },
  'Penta E': { from: 5, to: 24, mode: 12 },
  SE33: { from: 12, to: 36, mode: 21, micro: ['20.2', '21.2', '22.2', '23.2', '24.2', '25.2', '26.2', '27.2', '28.2', '29.2'] },
  D6S1043: { from: 8, to: 24, mode: 14 },
  FES: { from: 8, to: 14, mode: 11 },
  F13A1: { from: 3, to: 16, mode: 6 },
  F13B: { from: 6, to: 11, mode: 9 },
  CD4: { from: 5, to: 12, mode: 8 },
  GABA: { from: 10, to: 14, mode: 12 },
};

/** A weighted table of the alleles of one locus, for drawing. */
interface AlleleTable {
  alleles: string[];
  cumulative: Float64Array;
}

const TABLES: AlleleTable[] = LOCUS_NAMES.map((locus) => {
    const { from, to, mode, micro = [] } = RANGES[locus];
    const spread = Math.max(1.5, (to - from) / 4);
    const weighted: [string, number][] = [];
    for (let a = from; a <= to; a++) weighted.push([String(a), Math.exp(-(((a - mode) / spread) ** 2) / 2)]);
    for (const m of micro) weighted.push([m, 0.3 * Math.exp(-(((Number.parseFloat(m) - mode) / spread) ** 2) / 2)]);
    let total = 0;
    const cumulative = Float64Array.from(weighted, ([, w]) => (total += w));
    return { alleles: weighted.map(([a]) => a), cumulative: cumulative.map((c) => c / total) };
});

/** The loci typed by common kinds of STR kits (roughly: what a lab's kit reports). */
export const KITS = {
  /** The 7 original ESS loci (old profiles). */
  ess7: ESS_ORIGINAL,
  /** SGM Plus-like: the 7 original ESS loci and D16S539, D2S1338, D19S433. */
  sgm: [...ESS_ORIGINAL, 'D16S539', 'D2S1338', 'D19S433'],
  /** NGM-like: the 12 ESS loci and D16S539, D2S1338, D19S433. */
  ngm: [...ESS, 'D16S539', 'D2S1338', 'D19S433'],
  /** The CODIS 20 core loci. */
  codis20: CODIS_CORE,
  /** A 24-locus kit: the CODIS 20, Penta D, Penta E, SE33 and D6S1043. */
  full24: [...CODIS_CORE, 'Penta D', 'Penta E', 'SE33', 'D6S1043'],
} as const satisfies Record<string, readonly LocusName[]>;

export type KitName = keyof typeof KITS;

/** A synthetic person: two alleles at every catalogued locus (by catalogue position), and a sex. */
export interface SyntheticPerson {
  genotypes: [Allele, Allele][];
  sex: 'XX' | 'XY';
}

/** What `SyntheticDna.next` draws. */
export interface SyntheticDnaOptions {
  seed: number;
  /** Share of stains among the profiles (default 0.2); the others are reference profiles. */
  stainShare?: number;
  /** Chance that each locus of a stain is missing (default 0.25). */
  stainDropout?: number;
  /** Chance that a value of a locus is written so that it becomes a wildcard: "OL", "0", "99", "na" or a third value (default 0.01). */
  wildcardRate?: number;
  /** Share of profiles of a relative (parent, child or sibling) of a recent person (default 0.02). */
  relativeShare?: number;
  /** Share of profiles of a recent person typed again, with one allele changed (a near copy; default 0.01). */
  nearCopyShare?: number;
  /** Share of profiles of a recent person typed again, maybe with another kit (default 0.02). */
  retypeShare?: number;
  /** Share of allele values written as JSON numbers instead of strings (default 0.1). */
  numberShare?: number;
  /** Weights of the kits of reference profiles (default: full24 35%, ngm 35%, sgm 15%, codis20 10%, ess7 5%). */
  kits?: Partial<Record<KitName, number>>;
}

const DEFAULT_KITS: Record<KitName, number> = { full24: 0.35, ngm: 0.35, sgm: 0.15, codis20: 0.1, ess7: 0.05 };
const WILDCARD_FORMS = ['OL', '0', '99', 'na', 'third'] as const;
const RECENT = 4096;

/**
 * A seeded generator of synthetic STR profiles (invented persons only), as submitted
 * (`DnaProfileInput`): reference profiles and stains, typed with various kits, with missing
 * loci, values that become wildcards, relatives, near copies and re-typed persons.
 *
 * @example
 * const dna = new SyntheticDna({ seed: 7 });
 * const line = dna.next('P-000001'); // { id: 'P-000001', kind: 'reference', loci: { D3S1358: ['15', '17'], … } }
 */
export class SyntheticDna {
  readonly random: SeededRandom;
  private readonly options: Required<Omit<SyntheticDnaOptions, 'kits'>> & { kits: [KitName, number][] };
  private readonly recent: SyntheticPerson[] = [];
  private drawn = 0;

  constructor(options: SyntheticDnaOptions) {
    this.random = new SeededRandom(options.seed);
    const kits = Object.entries({ ...DEFAULT_KITS, ...options.kits }) as [KitName, number][];
    this.options = {
      seed: options.seed,
      stainShare: options.stainShare ?? 0.2,
      stainDropout: options.stainDropout ?? 0.25,
      wildcardRate: options.wildcardRate ?? 0.01,
      relativeShare: options.relativeShare ?? 0.02,
      nearCopyShare: options.nearCopyShare ?? 0.01,
      retypeShare: options.retypeShare ?? 0.02,
      numberShare: options.numberShare ?? 0.1,
      kits,
    };
  }

  /** One allele of a locus, drawn from its rough distribution. */
  allele(locus: LocusName | number): Allele {
    const { alleles, cumulative } = TABLES[typeof locus === 'number' ? locus : LOCUS_INDEX.get(locus)!]!;
    const u = this.random.next();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return alleles[lo]!;
  }

  /** A new unrelated person. */
  person(): SyntheticPerson {
    const genotypes: SyntheticPerson['genotypes'] = [];
    for (let locus = 0; locus < LOCUS_NAMES.length; locus++) genotypes.push([this.allele(locus), this.allele(locus)]);
    return { genotypes, sex: this.random.chance(0.5) ? 'XX' : 'XY' };
  }

  /** A parent or child (one allele of each locus shared) or a sibling (each allele inherited from the same parents or not) of `person`. */
  relative(person: SyntheticPerson, relation: 'parent-child' | 'sibling'): SyntheticPerson {
    const genotypes: SyntheticPerson['genotypes'] = [];
    for (let locus = 0; locus < LOCUS_NAMES.length; locus++) {
      const [a, b] = person.genotypes[locus]!;
      const inherited = (own: Allele) => (relation === 'sibling' && this.random.chance(0.5) ? this.allele(locus) : own);
      genotypes.push(relation === 'parent-child' ? [this.random.chance(0.5) ? a : b, this.allele(locus)] : [inherited(a), inherited(b)]);
    }
    return { genotypes, sex: this.random.chance(0.5) ? 'XX' : 'XY' };
  }

  /** The profile of a person as a lab would submit it: a kit's loci, and for a stain some loci missing. */
  profile(id: string, person: SyntheticPerson, kind: 'reference' | 'stain', kit: KitName = this.kit()): DnaProfileInput {
    const loci: Record<string, (string | number)[]> = {};
    const { wildcardRate, stainDropout, numberShare } = this.options;
    for (const locus of KITS[kit]) {
      if (kind === 'stain' && this.random.chance(stainDropout)) continue;
      const [a, b] = person.genotypes[LOCUS_INDEX.get(locus)!]!;
      const values: (string | number)[] = this.random.chance(numberShare) ? [Number(a), Number(b)] : [a, b];
      if (this.random.chance(wildcardRate)) {
        const form = this.random.pick(WILDCARD_FORMS);
        if (form === 'third') values.push(this.allele(locus));
        else values[this.random.int(0, 1)] = form;
      }
      loci[locus] = values;
    }
    loci[this.random.chance(0.5) ? 'AMEL' : 'Amelogenin'] = person.sex === 'XX' ? ['X', 'X'] : ['X', 'Y'];
    return { id, kind, loci };
  }

  /** A copy of a submitted profile under another id with one numeric allele changed (or an equal copy if it has none). */
  nearCopy(profile: DnaProfileInput, id: string): DnaProfileInput {
    const loci = Object.fromEntries(Object.entries(profile.loci).map(([l, v]) => [l, [...v]]));
    const numeric = Object.keys(loci).filter((l) => l in RANGES && loci[l]!.length === 2 && loci[l]!.every((v) => /^\d+(\.\d)?$/.test(String(v)) && !['0', '1', '99'].includes(String(v))));
    if (numeric.length) {
      const locus = this.random.pick(numeric) as LocusName;
      const values = loci[locus]!;
      const at = this.random.int(0, 1);
      let other = this.allele(locus);
      for (let tries = 0; tries < 20 && (other === String(values[at]) || other === String(values[1 - at])); tries++) other = this.allele(locus);
      if (other !== String(values[at]) && other !== String(values[1 - at])) values[at] = other;
    }
    return { id, kind: profile.kind, loci };
  }

  /** The next profile of the mix the options describe, under `id`. */
  next(id: string): DnaProfileInput {
    const { stainShare, relativeShare, nearCopyShare, retypeShare } = this.options;
    const kind = this.random.chance(stainShare) ? 'stain' : 'reference';
    const u = this.random.next();
    const known = this.recent.length > 0;
    let profile: DnaProfileInput;
    if (known && u < relativeShare) profile = this.profile(id, this.relative(this.random.pick(this.recent), this.random.chance(0.5) ? 'sibling' : 'parent-child'), kind);
    else if (known && u < relativeShare + nearCopyShare) profile = this.nearCopy(this.profile(id, this.random.pick(this.recent), kind), id);
    else if (known && u < relativeShare + nearCopyShare + retypeShare) profile = this.profile(id, this.random.pick(this.recent), kind);
    else {
      const person = this.person();
      this.recent[this.drawn++ % RECENT] = person;
      profile = this.profile(id, person, kind);
    }
    return profile;
  }

  private kit(): KitName {
    const { kits } = this.options;
    const total = kits.reduce((sum, [, w]) => sum + w, 0);
    let u = this.random.next() * total;
    for (const [kit, w] of kits) if ((u -= w) < 0) return kit;
    return kits[kits.length - 1]![0];
  }
}
