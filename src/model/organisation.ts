import { z } from 'zod';
import { CountryCode } from './primitives.ts';

/** A company, association, criminal group or other organisation. */
export const OrganisationData = z.strictObject({
  name: z.string().trim().min(1).max(300),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  legalForm: z.string().trim().min(1).max(100).optional(),
  registrationNumber: z.string().trim().min(1).max(100).optional(),
  country: CountryCode.optional(),
});
export type OrganisationData = z.infer<typeof OrganisationData>;
