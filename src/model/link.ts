import { z } from 'zod';
import { Id, text } from './primitives.ts';

/** The typed relations between records. */
export const LINK_TYPES = [
  'holder_of',
  'owner_of',
  'driver_of',
  'associate_of',
  'family_of',
  'member_of',
  'resides_at',
  'located_at',
  'involved_in',
  'part_of_case',
  'related_to',
] as const;
export const LinkType = z.enum(LINK_TYPES);

/** A typed link from one record to another, e.g. a person `holder_of` a document. */
export const LinkInput = z
  .strictObject({
    fromId: Id,
    toId: Id,
    type: LinkType,
    note: text(500).optional(),
  })
  .refine((l) => l.fromId !== l.toId, { message: 'a record cannot be linked to itself', path: ['toId'] });
export type LinkInput = z.infer<typeof LinkInput>;

/** A stored link. */
export interface Link extends LinkInput {
  id: string;
  createdAt: string;
}
