import { z } from 'zod';
import { isStorableText, NodeId } from '../../model/primitives.ts';
import { RequestType } from '../request-type.ts';

/**
 * Size limits of a bundle. 10 MiB covers a scanned, signed multi-page decision
 * or form as PDF; evidence larger than that (video, forensic images) should
 * travel through the executing channels, referenced by a document here rather
 * than carried in the request. 50 MiB in all keeps a bundle within one request
 * body and comfortably in memory while it is hashed and verified.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** The most bytes all the documents of one bundle may come to (see MAX_DOCUMENT_BYTES). */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;
/** The most documents in one bundle. */
export const MAX_DOCUMENTS = 100;
/** The most signatures on one bundle (issuing, validating, transmitting, translators). */
export const MAX_SIGNATURES = 10;

/** The `typ` of every bundle signature's protected header. */
export const BUNDLE_JWS_TYPE = 'liaison-bundle+jws';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** Text kept exactly as given (it is signed, so it must not be rewritten by parsing): 1 to `max` characters, no outer white space. */
function exactText(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine(isStorableText, 'must not contain NUL characters or unpaired surrogates')
    .refine((s) => s.trim() === s, 'must not start or end with white space');
}

/** A document id within its bundle: a short slug such as `decision-1`. */
export const DocumentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1-63 lower-case letters, digits or hyphens, starting with a letter or digit');

/** What a document is to the request. */
export const DocumentKind = z.enum(['form', 'decision', 'translation', 'evidence', 'certificate', 'other']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A media type without parameters, lower case, e.g. `application/pdf` (text is UTF-8). */
export const MediaType = z
  .string()
  .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/, 'must be a lower-case media type such as application/pdf');

/** An ISO 639-1 language code, e.g. `de`. */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 language code such as de')
  .refine((code) => languageNames.of(code) !== code, 'must be an assigned ISO 639-1 language code such as de');

/** The number of bytes standard, padded base64 `content` decodes to. */
function decodedLength(content: string): number {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  return (content.length / 4) * 3 - padding;
}

/** A document's bytes as standard padded base64, at most MAX_DOCUMENT_BYTES decoded. */
export const Base64Content = z
  .string()
  .min(4, { message: 'must not be empty', abort: true })
  .max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4, { message: `must decode to at most ${MAX_DOCUMENT_BYTES} bytes`, abort: true })
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), { message: 'must be standard base64 with padding', abort: true })
  .refine((s) => decodedLength(s) <= MAX_DOCUMENT_BYTES, `must decode to at most ${MAX_DOCUMENT_BYTES} bytes`);

/** An authority acting through a node: e.g. `{ nodeId: 'de-gsta-koeln', authority: 'Generalstaatsanwaltschaft Köln' }`. */
export const Authority = z.strictObject({ nodeId: NodeId, authority: exactText(200) });
export type Authority = z.infer<typeof Authority>;

/** In what capacity an authority signs a bundle (e.g. an EIO is issued, then validated: Directive 2014/41/EU Art. 2(c)). */
export const SignerRole = z.enum(['issuing', 'validating', 'transmitting', 'translator']);
export type SignerRole = z.infer<typeof SignerRole>;

/** Who signs: the authority, its node, and its role. */
export const Signer = Authority.extend({ role: SignerRole });
export type Signer = z.infer<typeof Signer>;

/** The fields describing a document, shared by the input and the manifest. */
const documentFields = {
  id: DocumentId,
  kind: DocumentKind,
  title: exactText(300),
  mediaType: MediaType,
  language: LanguageCode.optional(),
  /** The id of the document of the same bundle this one translates. */
  translationOf: DocumentId.optional(),
};

interface DescribedDocument {
  id: string;
  kind: string;
  language?: string;
  translationOf?: string;
}

function checkTranslation(doc: DescribedDocument, ctx: z.RefinementCtx): void {
  if (doc.translationOf !== undefined && doc.kind !== 'translation') {
    ctx.addIssue({ code: 'custom', path: ['translationOf'], message: 'only a document of kind translation translates another' });
  }
  if (doc.translationOf === doc.id) ctx.addIssue({ code: 'custom', path: ['translationOf'], message: 'a document cannot translate itself' });
  if (doc.kind === 'translation' && doc.language === undefined) {
    ctx.addIssue({ code: 'custom', path: ['language'], message: 'a translation must say its language' });
  }
}

/** Ids must be unique; with `translations`, every translationOf must name a document of the list. */
function checkIds(docs: readonly { id: string; translationOf?: string }[], ctx: z.RefinementCtx, translations: boolean): void {
  const first = new Map<string, number>();
  docs.forEach((doc, i) => {
    const seen = first.get(doc.id);
    if (seen === undefined) first.set(doc.id, i);
    else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate document id "${doc.id}" (first at index ${seen})` });
  });
  if (!translations) return;
  docs.forEach((doc, i) => {
    if (doc.translationOf !== undefined && doc.translationOf !== doc.id && !first.has(doc.translationOf)) {
      ctx.addIssue({ code: 'custom', path: [i, 'translationOf'], message: `names no document of this bundle ("${doc.translationOf}")` });
    }
  });
}

function checkTotal(total: number, ctx: z.RefinementCtx): void {
  if (total > MAX_BUNDLE_BYTES) {
    ctx.addIssue({ code: 'custom', path: [], message: `the documents come to ${total} bytes, more than the ${MAX_BUNDLE_BYTES} a bundle may carry` });
  }
}

const sumContent = (docs: readonly { content: string }[]) => docs.reduce((n, d) => n + decodedLength(d.content), 0);

/** A document given to `createBundle`: its description and its bytes. */
export const DocumentInput = z.strictObject({ ...documentFields, content: Base64Content }).superRefine(checkTranslation);
export type DocumentInput = z.infer<typeof DocumentInput>;

/** A reference to the request a bundle belongs to. */
export const RequestRef = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'must be 1-100 letters, digits, dots, colons, underscores or hyphens');

/** What `createBundle` takes. `bundleId` may be given (e.g. to match a stored row); otherwise a new one is made. */
export const BundleInput = z.strictObject({
  bundleId: z.uuid().optional(),
  requestId: RequestRef,
  requestType: RequestType,
  issuer: Authority,
  recipient: Authority.optional(),
  documents: z
    .array(DocumentInput)
    .min(1)
    .max(MAX_DOCUMENTS)
    .superRefine((docs, ctx) => {
      checkIds(docs, ctx, true);
      checkTotal(sumContent(docs), ctx);
    }),
});
export type BundleInput = z.input<typeof BundleInput>;

/** A document as the manifest lists it: its description, SHA-256 (lower-case hex) and size in bytes. */
export const ManifestDocument = z
  .strictObject({
    ...documentFields,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest as 64 lower-case hex digits'),
    size: z.number().int().min(1).max(MAX_DOCUMENT_BYTES),
  })
  .superRefine(checkTranslation);
export type ManifestDocument = z.infer<typeof ManifestDocument>;

/**
 * What the signatures cover: the request, the issuing (and receiving)
 * authority, and each document by its hash. Parsing never rewrites it, so the
 * parsed manifest is the signed one.
 */
export const BundleManifest = z.strictObject({
  bundleId: z.uuid(),
  requestId: RequestRef,
  requestType: RequestType,
  issuer: Authority,
  recipient: Authority.optional(),
  createdAt: z.iso.datetime(),
  documents: z
    .array(ManifestDocument)
    .min(1)
    .max(MAX_DOCUMENTS)
    .superRefine((docs, ctx) => {
      checkIds(docs, ctx, true);
      checkTotal(docs.reduce((n, d) => n + d.size, 0), ctx);
    }),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

/** A document's bytes as carried in a bundle; its description is in the manifest. */
export const BundleDocument = z.strictObject({ id: DocumentId, content: Base64Content });
export type BundleDocument = z.infer<typeof BundleDocument>;

const Base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be base64url');

/**
 * One signature of a General JWS (RFC 7515 §7.2.1) whose payload is the RFC 8785
 * canonical manifest, detached (RFC 7515 Appendix F) because the manifest
 * travels beside it as JSON. Key id and signer are in the protected header, so
 * that who signed, and in what role, is signed too.
 */
export const BundleSignature = z.strictObject({ protected: Base64Url.max(4000), signature: Base64Url.max(200) });
export type BundleSignature = z.infer<typeof BundleSignature>;

/** The protected header of a bundle signature (decoded). */
export const SignatureHeader = z.strictObject({
  alg: z.literal('EdDSA'),
  typ: z.literal(BUNDLE_JWS_TYPE),
  kid: z.string().min(1).max(200),
  signer: Signer,
});
export type SignatureHeader = z.infer<typeof SignatureHeader>;

const BundleDocuments = z
  .array(BundleDocument)
  .max(MAX_DOCUMENTS)
  .superRefine((docs, ctx) => {
    checkIds(docs, ctx, false);
    checkTotal(sumContent(docs), ctx);
  });

/** A bundle before its first signature. */
export const BundleDraft = z.strictObject({ manifest: BundleManifest, documents: BundleDocuments });
export type BundleDraft = z.infer<typeof BundleDraft>;

/** A bundle as it travels (as JSON): the manifest, its signatures, and the documents' bytes. */
export const SignedBundle = z.strictObject({
  manifest: BundleManifest,
  signatures: z.array(BundleSignature).max(MAX_SIGNATURES),
  documents: BundleDocuments,
});
export type SignedBundle = z.infer<typeof SignedBundle>;
