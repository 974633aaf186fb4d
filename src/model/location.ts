import { z } from 'zod';
import { CountryCode } from './primitives.ts';

/** A postal address. */
export const Address = z.strictObject({
  street: z.string().trim().min(1).max(200).optional(),
  postalCode: z.string().trim().min(1).max(20).optional(),
  city: z.string().trim().min(1).max(100).optional(),
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
    label: z.string().trim().min(1).max(200).optional(),
    address: Address.optional(),
    coordinates: Coordinates.optional(),
  })
  .refine((l) => l.address || l.coordinates, { message: 'a location needs an address or coordinates' });
export type LocationData = z.infer<typeof LocationData>;
