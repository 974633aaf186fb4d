import { z } from 'zod';
import { AlertCategory } from '../agreements/document.ts';
import { IdentityDocumentData } from '../model/identity-document.ts';
import { PersonData } from '../model/person.ts';
import { text } from '../model/primitives.ts';
import { ProtectionInput } from '../model/record.ts';
import { VehicleData } from '../model/vehicle.ts';

/** What an alert is about: a person, a vehicle or an identity document, as data. */
export const AlertSubject = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('person'), data: PersonData }),
  z.strictObject({ type: z.literal('vehicle'), data: VehicleData }),
  z.strictObject({ type: z.literal('document'), data: IdentityDocumentData }),
]);
export type AlertSubject = z.infer<typeof AlertSubject>;

/** A new alert (the SIS pattern): its subject, category, the action to take, and when it lapses. */
export const NewAlert = z.strictObject({
  category: AlertCategory,
  subject: AlertSubject,
  actionToTake: text(1000, 5),
  expiresAt: z.iso.datetime({ offset: true }),
  protection: ProtectionInput,
});
export type NewAlert = z.infer<typeof NewAlert>;

/** A change to an alert the issuer owns. */
export const AlertUpdate = z.strictObject({ actionToTake: text(1000, 5).optional(), expiresAt: z.iso.datetime({ offset: true }).optional() });

/** A report that an alert's subject was found. */
export const HitReport = z.strictObject({
  circumstances: text(2000, 5),
  actionTaken: text(1000, 5),
});

/** The issuer's answer to a hit report. */
export const HitAnswer = z.strictObject({ answer: text(2000, 5) });

/** An alert as replicated to partners and as officers see it. */
export interface Alert {
  id: string;
  issuer: string;
  agreement: string | null;
  recordType: AlertSubject['type'];
  category: AlertCategory;
  actionToTake: string;
  /** The subject as published: its type and data. */
  subject: AlertSubject;
  protection: Record<string, unknown>;
  state: 'active' | 'withdrawn';
  version: number;
  expiresAt: string;
  createdAt: string;
  updatedAt: string;
}
