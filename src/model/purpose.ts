import { z } from 'zod';

/** The purposes of Law Enforcement Directive (EU) 2016/680 Art. 1(1) for which personal data may be processed. */
export const PURPOSES = [
  'prevention',
  'investigation',
  'detection',
  'prosecution',
  'execution_of_penalties',
  'public_security',
] as const;
export const Purpose = z.enum(PURPOSES);
export type Purpose = z.infer<typeof Purpose>;

/** Why an officer consults personal data: a purpose and a free-text justification (e.g. a case reference). */
export const Justification = z.strictObject({
  purpose: Purpose,
  justification: z.string().trim().min(5, 'must say why, in at least 5 characters').max(500),
});
export type Justification = z.infer<typeof Justification>;
