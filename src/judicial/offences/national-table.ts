import { z } from 'zod';
import { invalidInput } from '../../core/errors.ts';
import { IccsCode } from '../../model/event.ts';
import { fieldIssues } from '../../model/parse.ts';
import { CountryCode, text } from '../../model/primitives.ts';
import { iccsContains, isKnownIccs } from './iccs.ts';

/**
 * Months standing for life imprisonment wherever a number is needed: 100 years,
 * above every threshold. A table marks a life maximum with `life: true` instead
 * of a number; callers giving a maximum directly pass this value.
 */
export const LIFE_IMPRISONMENT_MONTHS = 1200;

/**
 * One offence of a national penal table, mapped to ICCS. The maximum custodial
 * penalty is either `maxPenaltyMonths` (whole months; 0 when the act is
 * punishable by a fine only) or `life: true`, never both.
 */
export const NationalOffence = z
  .strictObject({
    code: text(40),
    title: text(200),
    iccs: IccsCode.refine(isKnownIccs, { message: 'unknown ICCS code' }),
    maxPenaltyMonths: z.int().min(0).optional(),
    life: z.literal(true).optional(),
  })
  .superRefine((o, ctx) => {
    if ((o.maxPenaltyMonths === undefined) === (o.life === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['maxPenaltyMonths'], message: 'give either maxPenaltyMonths or life: true, not both' });
    }
  });
export type NationalOffence = z.infer<typeof NationalOffence>;

/** A national penal table: one state's offences with their ICCS code and maximum penalty. */
export const NationalTable = z
  .strictObject({
    country: CountryCode,
    /** True for the example tables shipped with Liaison, which are not anyone's law. */
    fictional: z.boolean(),
    title: text(200),
    version: text(40),
    offences: z.array(NationalOffence).min(1),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.offences.forEach((o, i) => {
      if (seen.has(o.code)) ctx.addIssue({ code: 'custom', path: ['offences', i, 'code'], message: `duplicate offence code ${o.code}` });
      seen.add(o.code);
    });
  });
export type NationalTable = z.infer<typeof NationalTable>;

/** Validates a national table read from JSON; throws `invalid_input` naming every bad field. */
export function loadNationalTable(json: unknown): NationalTable {
  const result = NationalTable.safeParse(json);
  if (!result.success) {
    const issues = fieldIssues(result.error);
    throw invalidInput(`invalid national penal table: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
  }
  return result.data;
}

/** The maximum penalty of a national offence in months, life counted as {@link LIFE_IMPRISONMENT_MONTHS}. */
export function maxMonths(offence: NationalOffence): number {
  return offence.life ? LIFE_IMPRISONMENT_MONTHS : (offence.maxPenaltyMonths ?? 0);
}

/**
 * How a national offence relates to the ICCS code looked for: `exact` (same
 * code), `broader` (the offence is mapped to a parent of the code, so it covers
 * the act) or `narrower` (mapped to a sub-category of the code, so it covers the
 * act only in part).
 */
export type IccsRelation = 'exact' | 'broader' | 'narrower';

/** A national offence found for an ICCS code, with how it relates to that code. */
export interface NationalMatch {
  offence: NationalOffence;
  relation: IccsRelation;
}

/** The national tables Liaison knows, looked up by country. */
export interface NationalTableRegistry {
  tables(): readonly NationalTable[];
  table(country: string): NationalTable | undefined;
  offence(country: string, code: string): NationalOffence | undefined;
  offencesForIccs(country: string, iccs: string): NationalMatch[];
}

const RELATION_ORDER: Record<IccsRelation, number> = { exact: 0, broader: 1, narrower: 2 };

/**
 * A registry over `tables` (one per country). `offencesForIccs` matches an
 * offence whose ICCS code is the code looked for, one of its ancestors (a
 * broader national offence covers the act) or one of its descendants (a
 * narrower one may cover it); exact matches come first, then broader ones from
 * the closest, then narrower ones from the closest.
 */
export function createNationalTableRegistry(tables: readonly NationalTable[]): NationalTableRegistry {
  const byCountry = new Map(tables.map((t) => [t.country, t]));
  return {
    tables: () => [...byCountry.values()],
    table: (country) => byCountry.get(country),
    offence: (country, code) => byCountry.get(country)?.offences.find((o) => o.code === code),
    offencesForIccs(country, iccs) {
      const matches: NationalMatch[] = [];
      for (const offence of byCountry.get(country)?.offences ?? []) {
        if (offence.iccs === iccs) matches.push({ offence, relation: 'exact' });
        else if (iccsContains(offence.iccs, iccs)) matches.push({ offence, relation: 'broader' });
        else if (iccsContains(iccs, offence.iccs)) matches.push({ offence, relation: 'narrower' });
      }
      // Within a relation, the offence closest to the code looked for comes first.
      const distance = (m: NationalMatch) => Math.abs(m.offence.iccs.length - iccs.length);
      return matches.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || distance(a) - distance(b));
    },
  };
}
