import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { IccsCode } from '../model/event.ts';
import { CountryCode, FullDate, NodeId, text } from '../model/primitives.ts';
import { Purpose } from '../model/purpose.ts';
import { HandlingCode, TlpLabel } from '../model/protection.ts';

/**
 * What partners may query under an agreement: record types, DNA profiles and
 * face templates (biometric hit/no-hit), and movement records across borders.
 */
export const QueryableType = z.enum(['person', 'document', 'vehicle', 'dna', 'face', 'movement']);
export type QueryableType = z.infer<typeof QueryableType>;

/** Alert categories of the Schengen Information System pattern (Regulation (EU) 2018/1862). */
export const AlertCategory = z.enum(['arrest', 'missing', 'discreet_check', 'inquiry_check', 'specific_check', 'seizure', 'evidence']);
export type AlertCategory = z.infer<typeof AlertCategory>;

/** Kinds of linkage keys two nodes may cross-match by private set intersection (src/matching/psi). */
export const LinkageKeyKind = z.enum(['document', 'phone', 'iban', 'wallet', 'plate', 'vin', 'person']);
export type LinkageKeyKind = z.infer<typeof LinkageKeyKind>;

/**
 * What a private cross-match may reveal: which of the requester's own keys the
 * partner also holds, or only how many.
 */
export const CrossMatchReveal = z.enum(['intersection', 'cardinality']);
export type CrossMatchReveal = z.infer<typeof CrossMatchReveal>;

/** The cross-matching clause: which key kinds, what is revealed, and how many keys a requester may bring to one run. */
export const CrossMatchingClause = z.strictObject({
  keyKinds: z.array(LinkageKeyKind).min(1).max(7),
  /** `intersection` allows both; `cardinality` allows only the count. */
  reveal: CrossMatchReveal,
  maxKeysPerRun: z.number().int().min(1).max(1_000_000),
});
export type CrossMatchingClause = z.infer<typeof CrossMatchingClause>;

/**
 * Judicial cooperation instruments whose requests the parties' judicial
 * authorities transmit to each other through their nodes (src/judicial).
 */
export const JudicialInstrument = z.enum(['eaw', 'eio', 'mla', 'extradition']);
export type JudicialInstrument = z.infer<typeof JudicialInstrument>;

/** Field lists by record type: which fields of released records leave the owner. */
const FieldsByType = z.partialRecord(QueryableType, z.array(z.string().regex(/^[a-zA-Z]+$/)).max(30));

/** A party to an agreement: its node and the signing key it signs with. */
export const AgreementParty = z.strictObject({
  nodeId: NodeId,
  country: CountryCode,
  agency: text(200),
  signingKeyId: z.string().min(10).max(100),
});

/**
 * A sharing agreement between nodes: the terms every exchange is checked
 * against, on both sides. It takes effect when every party has signed it.
 */
export const AgreementDocument = z
  .strictObject({
    id: z.string().regex(/^agr-[a-z0-9-]{4,60}$/, 'must be agr- followed by 4-60 lower-case letters, digits or hyphens'),
    title: text(300),
    parties: z.array(AgreementParty).min(2).max(30),
    validFrom: FullDate,
    validUntil: FullDate,
    purposes: z.array(Purpose).min(1),
    /** ICCS offence codes (or their sections) the purposes are limited to; empty: any offence. */
    offences: z.array(IccsCode).max(100).default([]),
    /** Record types that may be queried (hit/no-hit). */
    queryable: z.array(QueryableType).min(1),
    /** Fields the owner's node releases after a hit without an officer's decision. */
    autoRelease: FieldsByType.default({}),
    /** Fields the owner's officer may release after a hit. */
    releasable: FieldsByType,
    /** The most restrictive handling code and TLP label that may still be shared. */
    ceilings: z.strictObject({ handlingCode: HandlingCode, tlp: TlpLabel }),
    /** How long the receiver may keep released data, in days. */
    retentionDays: z.number().int().min(1).max(3650),
    /** Response deadlines for follow-up requests (Directive (EU) 2023/977: 8 hours urgent, 7 days otherwise). */
    deadlines: z.strictObject({
      urgentHours: z.number().int().min(1).max(720).default(8),
      normalDays: z.number().int().min(1).max(90).default(7),
      /** Hours within which the issuer of an alert answers a hit report (SIS: 12). */
      hitReportHours: z.number().int().min(1).max(720).default(12),
    }),
    /** Alert categories the parties replicate to each other; none: no alerts under this agreement. */
    alerts: z.array(AlertCategory).max(10).default([]),
    onwardTransfer: z.boolean().default(false),
    /** Private cross-matching of linkage keys (PSI); absent: not allowed under this agreement. */
    crossMatching: CrossMatchingClause.optional(),
    /** Judicial requests the parties transmit through their nodes; absent: none. */
    judicial: z.strictObject({ instruments: z.array(JudicialInstrument).min(1).max(4) }).optional(),
    /** Further Cedar policies of the parties, evaluated with the generated ones (a `forbid` always wins). */
    policies: z.string().max(20_000).default(''),
  })
  .refine((a) => a.validFrom <= a.validUntil, { message: 'validUntil must not be before validFrom', path: ['validUntil'] })
  .refine((a) => new Set(a.parties.map((p) => p.nodeId)).size === a.parties.length, { message: 'a node may be a party once', path: ['parties'] });
export type AgreementDocument = z.infer<typeof AgreementDocument>;

/** The bytes every party signs: SHA-256 of the RFC 8785 canonical JSON of the document. */
export function agreementDigest(document: AgreementDocument): Uint8Array {
  return createHash('sha256').update(canonicalize(document) ?? '').digest();
}
