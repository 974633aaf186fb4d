import { z } from 'zod';
import { CountryCode, PartialDate, ScriptCode, text } from './primitives.ts';

/** How a name relates to the person: the primary name, an alias, a transliteration of another name, a name at birth. */
export const NameKind = z.enum(['primary', 'alias', 'transliteration', 'birth', 'former']);

/** One name of a person, in the script it was written in. */
export const PersonName = z
  .strictObject({
    kind: NameKind.default('primary'),
    givenNames: z.array(text(100)).max(10).default([]),
    familyName: text(200).optional(),
    fullName: text(300).optional(),
    script: ScriptCode.default('Latn'),
  })
  .refine((n) => n.familyName || n.fullName || n.givenNames.length > 0, {
    message: 'a name needs a family name, a given name or a full name',
  });
export type PersonName = z.infer<typeof PersonName>;

/** An identifier issued to a person, e.g. a national identity number. */
export const PersonIdentifier = z.strictObject({
  scheme: text(50),
  value: text(100),
  issuer: CountryCode.optional(),
});

/** A natural person. */
export const PersonData = z.strictObject({
  names: z.array(PersonName).min(1).max(50),
  dateOfBirth: PartialDate.optional(),
  placeOfBirth: z
    .strictObject({ place: text(200).optional(), country: CountryCode.optional() })
    .optional(),
  nationalities: z.array(CountryCode).max(10).default([]),
  gender: z.enum(['female', 'male', 'other', 'unknown']).default('unknown'),
  identifiers: z.array(PersonIdentifier).max(20).default([]),
});
export type PersonData = z.infer<typeof PersonData>;
