import { z } from 'zod';
import type { LegalBasisMap } from './common.ts';
import { FullDate, text } from '../../model/primitives.ts';
import { AuthorityContact, PersonIdentity } from './common.ts';

const FD = 'FD 2002/584/JHA';

/**
 * What an EAW must contain (FD 2002/584/JHA Art. 8(1)(a)–(g)) and the record
 * of its translation (Art. 8(2): into an official language of the executing
 * Member State, or another language it accepts). The translation is required
 * because an untranslated warrant cannot be executed; which languages the
 * executing State accepts is not checked here.
 */
export const EawContent = z.object({
  requestedPerson: PersonIdentity,
  issuingAuthority: AuthorityContact,
  enforceableDecision: z.object({
    kind: z.enum(['enforceable_judgment', 'arrest_warrant', 'other_enforceable_decision']),
    reference: text(200),
    date: FullDate,
  }),
  offence: z.object({ nature: text(1000), legalClassification: text(1000) }),
  circumstances: z.object({
    description: text(5000),
    time: text(200),
    place: text(300),
    participation: text(1000),
  }),
  penalty: z
    .object({ imposed: text(500).optional(), prescribedScale: text(500).optional() })
    .refine((p) => p.imposed !== undefined || p.prescribedScale !== undefined, 'give the penalty imposed or the prescribed scale of penalties'),
  otherConsequences: text(2000).optional(),
  translation: z.object({
    language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 language code such as fr'),
    translatedOn: FullDate,
  }),
});

/** The legal basis of each EAW content item. */
export const EAW_CONTENT_BASIS: LegalBasisMap = [
  ['requestedPerson', `${FD} Art. 8(1)(a): identity and nationality of the requested person`],
  ['issuingAuthority', `${FD} Art. 8(1)(b): name, address, telephone and e-mail of the issuing judicial authority`],
  ['enforceableDecision', `${FD} Art. 8(1)(c): evidence of an enforceable judgment, an arrest warrant or other enforceable judicial decision`],
  ['offence', `${FD} Art. 8(1)(d): nature and legal classification of the offence, particularly in respect of Art. 2`],
  ['circumstances', `${FD} Art. 8(1)(e): circumstances of the offence, including time, place and degree of participation`],
  ['penalty', `${FD} Art. 8(1)(f): the penalty imposed or the prescribed scale of penalties`],
  ['otherConsequences', `${FD} Art. 8(1)(g): other consequences of the offence, if possible`],
  ['translation', `${FD} Art. 8(2): translation into an official language of the executing Member State or one it accepts`],
];
