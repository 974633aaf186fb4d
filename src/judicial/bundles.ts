import type { KeyObject } from 'node:crypto';
import type { Federation } from '../federation/federation.ts';
import type { Authority, DocumentInput, SignedBundle } from './bundle/schema.ts';
import { createBundle, signBundle } from './bundle/sign.ts';
import { verifyBundle, type BundleVerification } from './bundle/verify.ts';
import type { RequestType } from './request-type.ts';

/** A bundle this node signed, with what its audit and storage keep of it. */
export interface NodeSignedBundle {
  id: string;
  bundle: SignedBundle;
  manifestDigest: string;
  verification: Record<string, unknown>;
  documentIds: string[];
}

/** What is kept of a verification: the outcome per signature and per document, and the problems (no document content). */
function summary(v: BundleVerification): Record<string, unknown> {
  return { valid: v.valid, signatures: v.signatures, documents: v.documents, problems: v.problems.map((p) => `${p.path}: ${p.message}`) };
}

/**
 * Makes and signs a bundle in the name of one of this node's authorities,
 * with the node's Ed25519 key (the key partners have pinned), and verifies it
 * as its receiver will.
 */
export async function signedBundleFor(
  federation: Federation,
  input: { requestId: string; requestType: RequestType; authority: string; recipient?: Authority; documents: DocumentInput[] },
): Promise<NodeSignedBundle> {
  const { ctx, signingKey } = federation;
  const issuer = { nodeId: ctx.nodeId, authority: input.authority };
  const draft = createBundle(
    { requestId: input.requestId, requestType: input.requestType, issuer, ...(input.recipient && { recipient: input.recipient }), documents: input.documents },
    ctx.clock,
  );
  const bundle = await signBundle(draft, { ...issuer, role: 'issuing', privateKey: signingKey.privateKey, keyId: signingKey.keyId });
  const verification = await verifyBundle(bundle, ({ kid, nodeId }) => (nodeId === ctx.nodeId && kid === signingKey.keyId ? signingKey.publicKey : undefined));
  return { id: bundle.manifest.bundleId, bundle, manifestDigest: verification.manifestDigest, verification: summary(verification), documentIds: input.documents.map((d) => d.id) };
}

/** A partner's bundle as verified here, with its documents' contents by id when it verified. */
export interface ReceivedBundle {
  id: string;
  valid: boolean;
  manifestDigest: string;
  problems: string[];
  summary: Record<string, unknown>;
  documents: Map<string, string>;
}

/**
 * Verifies a bundle a partner sent: signatures only with keys pinned for the
 * sender (no node signs in another's name), every document intact, and the
 * manifest about this request, of its instrument, and addressed to this node.
 */
export async function verifySignedBundle(
  federation: Federation,
  sender: string,
  bundle: SignedBundle,
  expected: { requestId: string; requestType: string; recipient: string },
): Promise<ReceivedBundle> {
  const peer = federation.peers.get(sender);
  const resolve = ({ kid, nodeId }: { kid: string; nodeId: string }): KeyObject | undefined => (nodeId === sender && kid === peer.signingKeyId ? peer.signingKey : undefined);
  const verification = await verifyBundle(bundle, resolve);
  const problems = verification.problems.map((p) => `${p.path}: ${p.message}`);
  const { manifest } = bundle;
  if (manifest.requestId !== expected.requestId) problems.push(`manifest.requestId: the bundle belongs to request ${manifest.requestId}, not ${expected.requestId}`);
  if (manifest.requestType !== expected.requestType) problems.push(`manifest.requestType: the bundle is for a ${manifest.requestType}, the request is a ${expected.requestType}`);
  if (manifest.issuer.nodeId !== sender) problems.push(`manifest.issuer: the bundle names node ${manifest.issuer.nodeId} as issuer, but ${sender} sent it`);
  if (manifest.recipient?.nodeId !== expected.recipient) problems.push(`manifest.recipient: the bundle is addressed to ${manifest.recipient ? `node ${manifest.recipient.nodeId}` : 'no one'}, not to ${expected.recipient}`);
  const valid = verification.valid && problems.length === verification.problems.length;
  return {
    id: manifest.bundleId,
    valid,
    manifestDigest: verification.manifestDigest,
    problems,
    summary: { ...summary(verification), valid, problems },
    documents: new Map(valid ? bundle.documents.map((d) => [d.id, d.content]) : []),
  };
}
