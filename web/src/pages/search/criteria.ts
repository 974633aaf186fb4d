/** What the officer searches for: a person, an identity document or a vehicle. */
export type SearchCriteria =
  | { kind: 'person'; name: string; dateOfBirth?: string }
  | { kind: 'document'; number: string }
  | { kind: 'vehicle'; plate?: string; vin?: string };

/** A VIN (ISO 3779): 17 characters of A-Z and 0-9 without I, O or Q. */
export const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;

/** The body of `POST /api/v1/records/search` for a document or a vehicle. */
export function recordSearchBody(c: SearchCriteria): Record<string, unknown> {
  if (c.kind === 'document') return { type: 'document', number: c.number };
  if (c.kind === 'vehicle') return { type: 'vehicle', ...(c.plate && { plate: c.plate }), ...(c.vin && { vin: c.vin }) };
  return { type: 'person', name: c.name, ...(c.dateOfBirth && { dateOfBirth: c.dateOfBirth }) };
}

/** The criteria of a hit/no-hit query (`POST /api/v1/exchange/queries`). */
export function queryCriteria(c: SearchCriteria): Record<string, unknown> {
  const { kind, ...rest } = c;
  return { recordType: kind, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v)) };
}

/** The criteria in words, e.g. `person "Ivana Horvat", born 1984-07-12`. */
export function criteriaText(c: SearchCriteria): string {
  if (c.kind === 'person') return `person “${c.name}”${c.dateOfBirth ? `, born ${c.dateOfBirth}` : ''}`;
  if (c.kind === 'document') return `document number “${c.number}”`;
  return c.vin ? `vehicle with VIN “${c.vin}”` : `vehicle with plate “${c.plate}”`;
}
