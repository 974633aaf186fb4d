import { z } from 'zod';
import type { LegalBasisMap } from './common.ts';
import { CountryCode, FullDate, text } from '../../model/primitives.ts';
import { PersonName } from './common.ts';

const CONV = 'European Convention on Extradition 1957';

/**
 * The documents supporting an extradition request (1957 Convention Art. 12(2)):
 * the conviction, detention order or arrest warrant (original or authenticated
 * copy), a statement of the offences with time, place, legal description and
 * provisions, a copy of the relevant enactments (or a statement of the law), and
 * a description of the person claimed.
 */
export const ExtraditionContent = z.object({
  decision: z.object({
    kind: z.enum(['conviction_and_sentence', 'detention_order', 'arrest_warrant', 'order_with_same_effect']),
    reference: text(200),
    date: FullDate,
    copy: z.enum(['original', 'authenticated_copy']),
  }),
  offences: z
    .array(
      z.object({
        description: text(5000),
        time: text(200),
        place: text(300),
        legalDescription: text(1000),
        provisions: text(1000),
      }),
    )
    .min(1, 'state at least one offence'),
  enactments: text(20000),
  person: z.object({ name: PersonName, description: text(2000), nationality: z.array(CountryCode).optional() }),
});

/** The legal basis of each extradition content item. */
export const EXTRADITION_CONTENT_BASIS: LegalBasisMap = [
  ['decision', `${CONV} Art. 12(2)(a): original or authenticated copy of the conviction and sentence, detention order or warrant of arrest`],
  ['offences', `${CONV} Art. 12(2)(b): statement of the offences with time, place, legal description and the relevant legal provisions`],
  ['enactments', `${CONV} Art. 12(2)(c): copy of the relevant enactments or a statement of the relevant law`],
  ['person', `${CONV} Art. 12(2)(c): as accurate a description as possible of the person claimed`],
];
