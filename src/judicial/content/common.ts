import { z } from 'zod';
import { CountryCode, PartialDate, text } from '../../model/primitives.ts';

/** A person's name as written in the request; synthetic in tests. */
export const PersonName = z.object({ family: text(200), given: text(200).optional() });

/** Identity and nationality of a person named in a request. */
export const PersonIdentity = z.object({
  name: PersonName,
  nationality: z.array(CountryCode).min(1, 'give at least one nationality'),
  dateOfBirth: PartialDate.optional(),
});

/** The contact details of an authority, as the forms ask for them. */
export const AuthorityContact = z.object({
  name: text(300),
  address: text(500),
  telephone: z.string().trim().regex(/^\+?[0-9 ()./-]{5,30}$/, 'must be a telephone number such as +49 30 1234567'),
  email: z.email('must be an e-mail address'),
});

/** Which article of which instrument requires the item at a path, longest matching prefix wins. */
export type LegalBasisMap = ReadonlyArray<readonly [prefix: string, basis: string]>;

/** The legal basis for `path` in `map`, by the longest prefix of `path` listed. */
export function basisFor(map: LegalBasisMap, path: string): string | undefined {
  let best: readonly [string, string] | undefined;
  for (const entry of map) {
    const [prefix] = entry;
    if ((path === prefix || path.startsWith(`${prefix}.`)) && (!best || prefix.length > best[0].length)) best = entry;
  }
  return best?.[1];
}
