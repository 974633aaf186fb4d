import { LIST_CATEGORIES, type ListOffence } from './list-offence.ts';

/**
 * The categories of offences of Directive 2014/41/EU Annex D ("referred to in
 * Article 11"): the executing State may not refuse an EIO for lack of double
 * criminality (Art. 11(1)(g)) when the issuing authority indicates one of them
 * and it is punishable in the issuing State by a maximum of at least three years.
 * Annex D repeats the 32 categories of FD 2002/584/JHA Art. 2(2); its fraud entry
 * speaks of the financial interests of the Union instead of the Communities (the
 * Annex D wording here is from the Official Journal text as remembered; it could
 * not be re-checked against the OJ in this environment). Ids are `eio-<slug>`.
 */
export const EIO_ANNEX_D: readonly ListOffence[] = LIST_CATEGORIES.map(({ slug, ...rest }) => ({
  id: `eio-${slug}`,
  ...rest,
  title:
    slug === 'fraud'
      ? "fraud, including that affecting the financial interests of the Union within the meaning of the Convention of 26 July 1995 on the protection of the European Communities' financial interests"
      : rest.title,
}));

const BY_ID = new Map(EIO_ANNEX_D.map((o) => [o.id, o]));

/** The Annex D category with this id, or `undefined`. */
export function findEioAnnexDOffence(id: string): ListOffence | undefined {
  return BY_ID.get(id);
}
