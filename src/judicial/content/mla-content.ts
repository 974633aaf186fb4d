import { z } from 'zod';
import type { LegalBasisMap } from './common.ts';
import { CountryCode, text } from '../../model/primitives.ts';
import { PersonName } from './common.ts';

const CONV = '1959 Convention on Mutual Assistance in Criminal Matters';

// Run the conditional checks even when other fields are wrong, so every issue is listed at once.
const ALWAYS = { when: () => true };

/**
 * What a request under the 1959 Convention must indicate (Art. 14(1)): the
 * requesting authority, the object of and reason for the request, where possible
 * the identity and nationality of the person concerned, and for service the name
 * and address of the person to be served. Letters rogatory (Arts 3–5) must also
 * state the offence and summarise the facts (Art. 14(2)).
 */
export const MlaContent = z
  .object({
    requestingAuthority: z.object({ name: text(300) }),
    kind: z.enum(['letters_rogatory', 'service', 'other']),
    object: text(2000),
    reason: text(2000),
    personConcerned: z.object({ name: PersonName, nationality: z.array(CountryCode).optional() }).optional(),
    personToBeServed: z.object({ name: PersonName, address: text(500) }).optional(),
    offence: text(1000).optional(),
    factsSummary: text(5000).optional(),
  })
  .superRefine((c, ctx) => {
    if (c?.kind === 'service' && !c.personToBeServed) {
      ctx.addIssue({ code: 'custom', path: ['personToBeServed'], message: 'required for service of documents' });
    }
    if (c?.kind === 'letters_rogatory') {
      if (!c.offence) ctx.addIssue({ code: 'custom', path: ['offence'], message: 'required for letters rogatory' });
      if (!c.factsSummary) ctx.addIssue({ code: 'custom', path: ['factsSummary'], message: 'required for letters rogatory' });
    }
  }, ALWAYS);

/** The legal basis of each MLA content item. */
export const MLA_CONTENT_BASIS: LegalBasisMap = [
  ['requestingAuthority', `${CONV} Art. 14(1)(a): the authority making the request`],
  ['kind', `${CONV} Arts 3, 7 and 14: the kind of assistance requested`],
  ['object', `${CONV} Art. 14(1)(b): the object of the request`],
  ['reason', `${CONV} Art. 14(1)(b): the reason for the request`],
  ['personConcerned', `${CONV} Art. 14(1)(c): identity and nationality of the person concerned, where possible`],
  ['personToBeServed', `${CONV} Art. 14(1)(d): name and address of the person to be served`],
  ['offence', `${CONV} Art. 14(2): letters rogatory must state the offence`],
  ['factsSummary', `${CONV} Art. 14(2): letters rogatory must contain a summary of the facts`],
];
