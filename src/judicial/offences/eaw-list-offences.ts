import { LIST_CATEGORIES, type ListOffence } from './list-offence.ts';

/**
 * The 32 offences of Framework Decision 2002/584/JHA Art. 2(2): when punishable
 * in the issuing Member State by a maximum of at least three years, they give rise
 * to surrender "without verification of the double criminality of the act".
 * Ids are `eaw-<slug>`, e.g. `eaw-murder-grievous-bodily-injury`.
 */
export const EAW_LIST_OFFENCES: readonly ListOffence[] = LIST_CATEGORIES.map(({ slug, ...rest }) => ({
  id: `eaw-${slug}`,
  ...rest,
}));

const BY_ID = new Map(EAW_LIST_OFFENCES.map((o) => [o.id, o]));

/** The Art. 2(2) offence with this id, or `undefined`. */
export function findEawListOffence(id: string): ListOffence | undefined {
  return BY_ID.get(id);
}
