import { z } from 'zod';
import { CountryCode, text } from './primitives.ts';

/** A postal address. */
export const Address = z.strictObject({
  street: text(200).optional(),
  postalCode: text(20).optional(),
  city: text(100).optional(),
  country: CountryCode,
});

/** WGS 84 coordinates. */
export const Coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** A place: an address, coordinates, or both. */
export const LocationData = z
  .strictObject({
    label: text(200).optional(),
    address: Address.optional(),
    coordinates: Coordinates.optional(),
  })
  .refine((l) => l.address || l.coordinates, { message: 'a location needs an address or coordinates' });
export type LocationData = z.infer<typeof LocationData>;
