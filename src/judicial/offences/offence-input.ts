import { z } from 'zod';
import { IccsCode } from '../../model/event.ts';
import { CountryCode, text } from '../../model/primitives.ts';

const NationalRef = z.strictObject({
  country: CountryCode,
  code: text(40),
});

/**
 * The offence a request is about, as the command line and the API take it.
 * At least one of `iccs`, `listOffence` or `national` names it. `national` is
 * the issuing state's own offence; its ICCS code and maximum come from that
 * state's penal table. `maxPenaltyMonths` is the maximum in the issuing state
 * (life imprisonment: LIFE_IMPRISONMENT_MONTHS, 1200), required unless
 * `national` gives it. `sentenceMonths` is the custodial sentence or detention
 * order imposed, when the request is for executing one. `executing` describes
 * the executing (requested) state's corresponding offence, when known.
 * `coerciveMeasure` says whether the measure sought is coercive (search,
 * seizure, …): it matters for MLA (1959 Convention Art. 5 reservations) and
 * for the EIO (Directive 2014/41/EU Art. 11(2) with Art. 10(2)).
 */
export const OffenceInput = z
  .strictObject({
    iccs: IccsCode.optional(),
    listOffence: z.string().regex(/^(eaw|eio)-[a-z0-9-]+$/, 'must be an EAW list offence id (eaw-…) or an EIO Annex D id (eio-…)').optional(),
    national: NationalRef.optional(),
    issuingCountry: CountryCode.optional(),
    maxPenaltyMonths: z.int().min(0).optional(),
    sentenceMonths: z.number().min(0).optional(),
    coerciveMeasure: z.boolean().optional(),
    executing: z
      .strictObject({
        country: CountryCode.optional(),
        iccs: IccsCode.optional(),
        national: NationalRef.optional(),
        maxPenaltyMonths: z.int().min(0).optional(),
        punishable: z.boolean().optional(),
      })
      .optional(),
  })
  .refine((o) => o.iccs !== undefined || o.listOffence !== undefined || o.national !== undefined, {
    message: 'give at least one of iccs, listOffence or national',
    path: ['iccs'],
  });
export type OffenceInput = z.infer<typeof OffenceInput>;
