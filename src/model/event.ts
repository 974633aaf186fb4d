import { z } from 'zod';
import { Coordinates } from './location.ts';
import { CountryCode, text } from './primitives.ts';

/**
 * An ICCS offence code (UNODC International Classification of Crime for Statistical
 * Purposes): a section of two digits, then optional levels, e.g. `02`, `0201`, `02011`.
 */
export const IccsCode = z.string().regex(/^(0[1-9]|1[01])(\d{2}(\d{1,2})?)?$/, 'must be an ICCS code such as 0201 or 02011');

/** An incident: an offence with its ICCS code, when and where it happened. */
export const EventData = z.strictObject({
  offence: z.strictObject({ iccs: IccsCode, label: text(200).optional() }),
  occurredAt: z.iso.datetime({ offset: true }),
  place: z
    .strictObject({
      description: text(200).optional(),
      country: CountryCode.optional(),
      coordinates: Coordinates.optional(),
    })
    .optional(),
  summary: text(2000).optional(),
});
export type EventData = z.infer<typeof EventData>;
