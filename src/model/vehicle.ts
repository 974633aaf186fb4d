import { z } from 'zod';
import { CountryCode, text } from './primitives.ts';

/** A vehicle identification number (ISO 3779): 17 characters, no I, O or Q. */
export const Vin = z.string().regex(/^[A-HJ-NPR-Z0-9]{17}$/, 'must be 17 characters of A-Z and 0-9 without I, O or Q');

/** A vehicle. */
export const VehicleData = z
  .strictObject({
    plate: text(20).optional(),
    registrationCountry: CountryCode.optional(),
    vin: Vin.optional(),
    make: text(100).optional(),
    model: text(100).optional(),
    colour: text(50).optional(),
  })
  .refine((v) => v.plate || v.vin, { message: 'a vehicle needs a plate or a VIN' });
export type VehicleData = z.infer<typeof VehicleData>;
