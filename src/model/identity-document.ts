import { z } from 'zod';
import { CountryCode, FullDate, text } from './primitives.ts';

/** Kinds of identity documents. */
export const DocumentType = z.enum(['passport', 'id_card', 'residence_permit', 'driving_licence', 'visa', 'other']);

/** A machine-readable zone: two or three lines of A-Z, 0-9 and `<` (ICAO 9303). */
export const Mrz = z
  .string()
  .regex(/^([A-Z0-9<]{30}\n[A-Z0-9<]{30}\n[A-Z0-9<]{30}|[A-Z0-9<]{36}\n[A-Z0-9<]{36}|[A-Z0-9<]{44}\n[A-Z0-9<]{44})$/, {
    message: 'must be an ICAO 9303 MRZ: 3x30, 2x36 or 2x44 characters of A-Z, 0-9 and <, lines separated by \\n',
  });

/** An identity or travel document. */
export const IdentityDocumentData = z
  .strictObject({
    documentType: DocumentType,
    number: text(50),
    issuingState: CountryCode,
    issuedOn: FullDate.optional(),
    validUntil: FullDate.optional(),
    mrz: Mrz.optional(),
  })
  .refine((d) => !d.issuedOn || !d.validUntil || d.issuedOn <= d.validUntil, {
    message: 'validUntil must not be before issuedOn',
    path: ['validUntil'],
  });
export type IdentityDocumentData = z.infer<typeof IdentityDocumentData>;
