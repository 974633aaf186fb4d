import { z } from 'zod';
import { CrossMatchReveal, LinkageKeyKind } from '../../agreements/document.ts';
import { IccsCode } from '../../model/event.ts';
import { NodeId, PartialDate, text } from '../../model/primitives.ts';

/** The most keys one run may carry, whatever an agreement says (memory of both nodes). */
export const MAX_KEYS = 1_000_000;
/** Elements per envelope: 40,000 × 32 bytes, base64 in a JWS in a JWE, stays well under the 5 MiB envelope limit. */
export const CHUNK = 40_000;

/** A person given for cross-matching: the fields the matcher derives its linkage keys from. */
export const PersonKeyInput = z.strictObject({
  names: z.array(z.strictObject({ full: text(300).optional(), given: z.array(text(100)).max(10).optional(), family: text(200).optional() })).min(1).max(20),
  dateOfBirth: PartialDate.optional(),
  gender: z.enum(['female', 'male', 'other', 'unknown']).optional(),
  nationalities: z.array(z.string().length(2)).max(10).optional(),
  placeOfBirth: text(200).optional(),
});

/** One key an officer brings to a cross-match: an identifier of a kind, or a person. */
export const KeyInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), person: PersonKeyInput }),
  z.strictObject({ kind: z.literal('plate'), value: text(30), country: z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code') }),
  z.strictObject({ kind: z.enum(['document', 'phone', 'iban', 'wallet', 'vin']), value: text(130) }),
]);
export type KeyInput = z.infer<typeof KeyInput>;

/** An officer's cross-match request to one partner. */
export const CrossMatchRequest = z.strictObject({
  partner: NodeId,
  keys: z.array(KeyInput).min(1).max(MAX_KEYS),
  /** What to learn; the agreement's reveal when omitted. */
  reveal: CrossMatchReveal.optional(),
  offence: IccsCode.optional(),
});
export type CrossMatchRequest = z.infer<typeof CrossMatchRequest>;

const Packed = z.string().max(4 * 1024 * 1024);

/** Envelope bodies of a run (kinds `crossmatch.open|blind|fetch|close`). */
export const OpenBody = z.strictObject({ keyKinds: z.array(LinkageKeyKind).min(1).max(7), keys: z.number().int().min(1).max(MAX_KEYS), reveal: CrossMatchReveal, offence: IccsCode.optional() });
export const BlindBody = z.strictObject({ run: z.string().max(100), offset: z.number().int().min(0), elements: Packed });
export const FetchBody = z.strictObject({ run: z.string().max(100), set: z.enum(['responder', 'doubly']), offset: z.number().int().min(0) });
export const CloseBody = z.strictObject({ run: z.string().max(100) });

/** Replies. */
export const OpenReply = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('open'), run: z.string(), keys: z.number().int().min(0), chunk: z.number().int().min(1), inReplyTo: z.string() }),
  z.strictObject({ outcome: z.literal('refused'), reasons: z.array(z.string().max(500)).max(20), inReplyTo: z.string() }),
]);
export const ElementsReply = z.strictObject({ elements: Packed, inReplyTo: z.string() });
export const AckReply = z.strictObject({ received: z.number().int(), inReplyTo: z.string() });

/** One matched key, as the requesting officer sees it: its own key and what it can do next. */
export interface CrossMatchHit {
  /** Positions (0-based) of the keys in the request that gave this key. */
  items: number[];
  kind: LinkageKeyKind;
  /** The normalised key, without its kind prefix (the officer's own data). */
  key: string;
  /** A hit/no-hit query (POST /api/v1/exchange/queries) that turns the match into a reference for a follow-up, where one exists for the kind. */
  followUpQuery?: Record<string, string>;
}

/** The result of a cross-match, returned to the requesting officer. */
export interface CrossMatchResult {
  run: string | null;
  partner: string;
  agreement: string | null;
  outcome: 'completed' | 'refused' | 'unavailable';
  reveal: z.infer<typeof CrossMatchReveal>;
  /** Distinct keys sent, by kind. */
  sent: Partial<Record<z.infer<typeof LinkageKeyKind>, number>>;
  /** Keys the partner brought to the run. */
  partnerKeys: number | null;
  /** Size of the intersection (distinct keys). */
  matchedCount: number | null;
  /** Intersection mode only. */
  matches: CrossMatchHit[];
  /** Keys that could not be used, by position, and why. */
  invalid: { item: number; reason: string }[];
  reasons: string[];
}
