import { z } from 'zod';
import type { LegalBasisMap } from './common.ts';
import { FullDate, text } from '../../model/primitives.ts';
import { AuthorityContact, PersonIdentity } from './common.ts';

const DIR = 'Directive 2014/41/EU';

// Run the conditional check even when other fields are wrong, so every issue is listed at once.
const ALWAYS = { when: () => true };

/**
 * The essentials of an EIO (Directive 2014/41/EU Art. 5(1) and the Annex A
 * form): issuing authority, persons concerned, investigative measures,
 * grounds (the offence) and, when the issuing authority is not a judge, court,
 * investigating judge or public prosecutor, validation by one (Art. 2(c)(ii)).
 */
export const EioContent = z
  .object({
    issuingAuthority: AuthorityContact.extend({
      kind: z.enum(['judge', 'court', 'investigating_judge', 'public_prosecutor', 'other_competent_authority']),
    }),
    validation: z.object({ authority: text(300), validatedOn: FullDate }).optional(),
    subject: text(2000),
    personsConcerned: z.array(PersonIdentity.partial({ nationality: true })).min(1, 'name at least one person concerned'),
    measures: z.array(text(1000)).min(1, 'list at least one investigative measure'),
    offence: z.object({ description: text(5000), legalClassification: text(1000) }),
  })
  .superRefine((c, ctx) => {
    if (c?.issuingAuthority?.kind === 'other_competent_authority' && !c.validation) {
      ctx.addIssue({ code: 'custom', path: ['validation'], message: 'required: an EIO issued by another competent authority must be validated by a judicial authority' });
    }
  }, ALWAYS);

/** The legal basis of each EIO content item. */
export const EIO_CONTENT_BASIS: LegalBasisMap = [
  ['issuingAuthority', `${DIR} Art. 5(1)(a) and Annex A section K: the issuing authority`],
  ['validation', `${DIR} Art. 2(c)(ii) and Annex A section L: validation by a judge, court, investigating judge or public prosecutor`],
  ['subject', `${DIR} Art. 5(1)(b): the object of and reasons for the EIO`],
  ['personsConcerned', `${DIR} Art. 5(1)(c) and Annex A section E: information on the person(s) concerned`],
  ['measures', `${DIR} Art. 5(1)(e) and Annex A section C: the investigative measure(s) to be carried out`],
  ['offence', `${DIR} Art. 5(1)(d) and Annex A section G: description of the criminal act and the applicable provisions`],
];
