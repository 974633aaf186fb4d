import { z } from 'zod';
import { text } from './primitives.ts';

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
  justification: text(500, 5),
});
export type Justification = z.infer<typeof Justification>;
