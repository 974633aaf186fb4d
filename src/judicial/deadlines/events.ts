import { z } from 'zod';
import { FullDate, text } from '../../model/primitives.ts';
import { RequestType } from '../request-type.ts';

/** An instant with its UTC offset, for the steps whose time limits run in hours. */
const Instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date and time with an offset, e.g. 2026-03-02T09:30:00+01:00' });

const dated = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), date: FullDate, ...shape });

/** A reasoned notice to the issuing authority, without which a time limit is not extended. */
export const ReasonedNotice = z.strictObject({ sentOn: FullDate, reasons: text(2000) });
export type ReasonedNotice = z.infer<typeof ReasonedNotice>;

/**
 * One dated step of a request. Steps on a day carry `date` (YYYY-MM-DD); the
 * interception steps, whose window runs in hours, carry `at` (an instant with
 * its offset). The vocabulary is documented in docs/judicial.md.
 */
export const JudicialEvent = z.discriminatedUnion('type', [
  dated('sent', {}),
  dated('received', {}),
  dated('translation', { language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code such as de') }),
  dated('provisional_arrest', {}),
  dated('arrest', {}),
  dated('consent', { given: z.boolean().default(true) }),
  dated('decision', {
    outcome: z.enum(['execute', 'refuse', 'partial']),
    refusalGrounds: z.array(z.string().min(1).max(60)).max(20).default([]),
    final: z.boolean().default(true),
  }),
  dated('extension', {
    of: z.enum(['decision', 'execution', 'surrender']).default('decision'),
    days: z.number().int().min(1, 'must be at least 1 day').max(30, 'may be at most 30 days').default(30),
    reasonedNotice: ReasonedNotice.optional(),
  }),
  dated('force_majeure', { newAgreedDate: FullDate }),
  dated('humanitarian_postponement', { newAgreedDate: FullDate }),
  dated('surrender_date_agreed', { agreedDate: FullDate }),
  dated('surrender', {}),
  dated('release', {}),
  dated('acknowledgement', {}),
  dated('execution', {}),
  z.strictObject({ type: z.literal('interception_notification'), at: Instant }),
  z.strictObject({ type: z.literal('objection'), at: Instant, reasons: text(2000).optional() }),
]);
export type JudicialEvent = z.infer<typeof JudicialEvent>;
export type JudicialEventType = JudicialEvent['type'];

/** Dates the issuing authority of an EIO set, shorter than the statutory limits (Directive 2014/41/EU Art. 12(2)). */
export const IssuingAuthorityDates = z.strictObject({
  /** The decision on recognition is needed by this day. */
  decisionBy: FullDate.optional(),
  /** The measure is to be carried out by (or on) this day. */
  executionBy: FullDate.optional(),
});

/** Deadlines agreed between the authorities of a classic MLA or extradition request. */
export const AgreedDeadlines = z.strictObject({
  /** MLA: the day the requested authority agreed to answer by (default: 90 days from receipt). */
  executionBy: FullDate.optional(),
  /** Extradition: the day the requested party agreed to decide by (no default: the 1957 Convention sets none). */
  decisionBy: FullDate.optional(),
  /** Extradition: the days after a provisional arrest within which the request must arrive (default 18, at most 40; 1957 Convention Art. 16(4)). */
  provisionalArrestDays: z
    .number()
    .int()
    .min(18, 'must be at least 18 days (1957 Convention Art. 16(4))')
    .max(40, 'must be at most 40 days from the arrest (1957 Convention Art. 16(4))')
    .optional(),
});

/** A request as a workflow: its instrument, what shapes its clock, and its steps so far (in any order). */
export const RequestTimeline = z.strictObject({
  type: RequestType,
  /** Marked urgent by the issuing authority: every limit is an outer limit, to be beaten. */
  urgent: z.boolean().optional(),
  issuingAuthorityDates: IssuingAuthorityDates.optional(),
  agreedDeadlines: AgreedDeadlines.optional(),
  /** Classic MLA and extradition: through the central authorities, or directly between judicial authorities. */
  channel: z.enum(['central_authority', 'direct']).optional(),
  events: z.array(JudicialEvent).max(200),
});
export type RequestTimeline = z.infer<typeof RequestTimeline>;
