import { z } from 'zod';
import { CountryCode, text } from './primitives.ts';

/** A company, association, criminal group or other organisation. */
export const OrganisationData = z.strictObject({
  name: text(300),
  aliases: z.array(text(300)).max(50).default([]),
  legalForm: text(100).optional(),
  registrationNumber: text(100).optional(),
  country: CountryCode.optional(),
});
export type OrganisationData = z.infer<typeof OrganisationData>;
