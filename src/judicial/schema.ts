import { z } from 'zod';
import { NodeId, text } from '../model/primitives.ts';
import { DocumentInput, SignedBundle } from './bundle/schema.ts';
import { JudicialEvent, RequestTimeline } from './deadlines/events.ts';
import { OffenceInput } from './offences/offence-input.ts';
import { RequestType } from './request-type.ts';

/** What shapes a request's clock besides its events: urgency, the issuing authority's dates, agreed deadlines, the channel. */
export const RequestTerms = RequestTimeline.omit({ type: true, events: true });
export type RequestTerms = z.infer<typeof RequestTerms>;

/** Id of the form document in every request's first bundle. */
export const FORM_DOCUMENT_ID = 'form';

/**
 * What the issuing authority signs as the request's form document: its
 * reference and instrument, both authorities, the offence, the terms of its
 * clock and the content the instrument requires. The executing node takes all
 * of these from the signed form, never from the particulars beside it.
 */
export const SignedForm = z.strictObject({
  reference: z.string().min(1).max(100),
  type: RequestType,
  issuingAuthority: text(300),
  executingAuthority: text(300),
  offence: OffenceInput,
  terms: RequestTerms,
  content: z.record(z.string(), z.unknown()),
});
export type SignedForm = z.infer<typeof SignedForm>;

/**
 * A judicial authority issues a request to a partner node: the instrument, the
 * offence, the content the instrument requires (which becomes the signed form
 * document), further documents, and the events already behind it (e.g. the
 * translation).
 */
export const IssueRequestInput = z.strictObject({
  type: RequestType,
  partner: NodeId,
  issuingAuthority: text(300),
  executingAuthority: text(300),
  /** The case record here the request belongs to. */
  caseId: z.uuid().optional(),
  /** The person record here the request concerns (the requested person of an EAW). */
  subjectId: z.uuid().optional(),
  offence: OffenceInput,
  content: z.record(z.string(), z.unknown()),
  terms: RequestTerms.default({}),
  /** Documents besides the form: decisions, translations, evidence. */
  documents: z
    .array(DocumentInput)
    .max(20)
    .default([])
    .superRefine((docs, ctx) =>
      docs.forEach((d, i) => d.id === FORM_DOCUMENT_ID && ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${FORM_DOCUMENT_ID}" is the id of the request's own form document` })),
    ),
  events: z.array(JudicialEvent).max(50).default([]),
});
export type IssueRequestInput = z.infer<typeof IssueRequestInput>;

/** One step of a request recorded by either authority, with the documents that go with it (e.g. the decision). */
export const RecordEventInput = z.strictObject({
  event: JudicialEvent,
  documents: z.array(DocumentInput).max(20).default([]),
});
export type RecordEventInput = z.infer<typeof RecordEventInput>;

/**
 * The request as it travels to the executing node: beside the bundle, the
 * particulars of its signed form (which the executing node compares with the
 * form and takes from it), the steps already taken, and the form's id.
 */
export const TransmittedRequest = SignedForm.omit({ content: true }).extend({
  id: z.uuid(),
  events: z.array(JudicialEvent).max(50),
  /** Id of the form document in the bundle that carries the content. */
  formDocument: z.string().min(1).max(100),
});
export type TransmittedRequest = z.infer<typeof TransmittedRequest>;

/** Body of a `judicial.request` envelope. */
export const RequestEnvelopeBody = z.strictObject({ request: TransmittedRequest, bundle: SignedBundle });

/** Body of a `judicial.event` envelope: a step recorded by the other authority, with its signed documents if any. */
export const EventEnvelopeBody = z.strictObject({
  requestId: z.uuid(),
  /** The step's place among the steps the sending node recorded for this request (its receipt counting as the executing node's first), so that steps are kept in the order they were taken. */
  seq: z.number().int().min(1).max(10_000),
  event: JudicialEvent,
  bundle: SignedBundle.optional(),
});

/** Body of a `judicial.ack` envelope: the executing node received the request (or refused it, saying why). */
export const AckEnvelopeBody = z.strictObject({
  requestId: z.uuid(),
  accepted: z.boolean(),
  receivedAt: z.iso.datetime({ offset: true }),
  reasons: z.array(z.string().max(1000)).max(50),
  /** The executing node's verification of the bundle: its manifest digest and problems. */
  manifestDigest: z.string().max(100).optional(),
  problems: z.array(z.string().max(1000)).max(100).default([]),
});
export type AckEnvelopeBody = z.infer<typeof AckEnvelopeBody>;

/** Filters of the list of requests. */
export const RequestFilter = z.strictObject({
  type: z.enum([...RequestType.options, 'interpol_notice']).optional(),
  partner: NodeId.optional(),
  stage: z.string().max(60).optional(),
  caseId: z.uuid().optional(),
  open: z.enum(['true', 'false']).optional(),
});
export type RequestFilter = z.infer<typeof RequestFilter>;
