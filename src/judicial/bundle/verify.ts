import type { KeyObject } from 'node:crypto';
import { generalVerify } from 'jose';
import { LiaisonError, type FieldIssue } from '../../core/errors.ts';
import { parseInput } from '../../model/parse.ts';
import { bundleDigest, manifestBytes } from './digest.ts';
import { signatureHeaders } from './header.ts';
import { checkDocuments, type DocumentCheck } from './integrity.ts';
import { SignedBundle, type SignatureHeader, type SignerRole } from './schema.ts';

/**
 * Finds the public key a signer's node publishes under `kid`: from the node's
 * own keys or a pinned peer descriptor. Must return nothing when `kid` is not
 * a key of `nodeId`, so that no node can sign in another's name.
 */
export type BundleKeyResolver = (signer: { kid: string; nodeId: string }) => KeyObject | undefined | Promise<KeyObject | undefined>;

/** What became of one signature: it verifies, it does not, or its key is not known for its node. */
export type SignatureStatus = 'valid' | 'invalid' | 'unknown_key';

/** One signature's outcome, with who it claims to be from. */
export interface SignatureCheck {
  kid: string;
  nodeId: string;
  authority: string;
  role: SignerRole;
  status: SignatureStatus;
}

/**
 * The outcome of verifying a bundle. `valid` only when there is at least one
 * signature, every signature verifies, one of them is by the issuing authority
 * the manifest names, and every document is intact. Each problem names the
 * document or signature it is about; its path points into the bundle.
 */
export interface BundleVerification {
  valid: boolean;
  /** SHA-256 (hex) of the canonical manifest: `bundleDigest`. */
  manifestDigest: string;
  signatures: SignatureCheck[];
  documents: DocumentCheck[];
  problems: FieldIssue[];
}

function describe(header: SignatureHeader, i: number): string {
  const { signer } = header;
  return `signature ${i} (${signer.role}, "${signer.authority}" of node ${signer.nodeId}, key ${header.kid})`;
}

async function verifies(payload: string, signature: SignedBundle['signatures'][number], key: KeyObject): Promise<boolean> {
  try {
    await generalVerify({ payload, signatures: [signature] }, key, { algorithms: ['EdDSA'] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Verifies a bundle received as JSON: every signature over the canonical
 * manifest (a detached-payload General JWS, EdDSA), and every document's bytes
 * against the hash the manifest lists. A bundle that is not of the bundle
 * shape is an `invalid_input` naming the field; everything else is reported in
 * the result (see `assertBundleVerified`).
 */
export async function verifyBundle(bundle: unknown, resolveKey: BundleKeyResolver): Promise<BundleVerification> {
  const parsed = parseInput(SignedBundle, bundle, 'invalid document bundle');
  const headers = signatureHeaders(parsed.signatures);
  const payload = manifestBytes(parsed.manifest).toString('base64url');
  const { issuer } = parsed.manifest;
  const problems: FieldIssue[] = [];
  const signatures: SignatureCheck[] = [];
  for (const [i, header] of headers.entries()) {
    const path = `signatures.${i}`;
    const key = await resolveKey({ kid: header.kid, nodeId: header.signer.nodeId });
    let status: SignatureStatus = 'unknown_key';
    if (!key) {
      problems.push({ path, message: `${describe(header, i)} is by a key not known for node ${header.signer.nodeId}` });
    } else if (await verifies(payload, parsed.signatures[i], key)) {
      status = 'valid';
    } else {
      status = 'invalid';
      problems.push({ path, message: `${describe(header, i)} does not verify: the manifest was changed after signing, or it was not signed with this key` });
    }
    const isIssuer = header.signer.nodeId === issuer.nodeId && header.signer.authority === issuer.authority;
    if (header.signer.role === 'issuing' && !isIssuer) {
      problems.push({ path, message: `${describe(header, i)} claims the issuing role, but the manifest names "${issuer.authority}" of node ${issuer.nodeId} as issuer` });
    }
    signatures.push({ kid: header.kid, nodeId: header.signer.nodeId, authority: header.signer.authority, role: header.signer.role, status });
  }
  const checked = signatures.filter((s) => s.status !== 'unknown_key');
  if (signatures.length === 0) {
    problems.push({ path: 'signatures', message: 'the bundle carries no signature' });
  } else if (checked.length > 0 && checked.every((s) => s.status === 'invalid')) {
    problems.push({
      path: 'manifest',
      message: `no signature verifies over the manifest: it was changed after signing (request details, a document's title or hash), or the signatures are not by the keys they name`,
    });
  } else if (!signatures.some((s) => s.status === 'valid' && s.role === 'issuing' && s.nodeId === issuer.nodeId && s.authority === issuer.authority)) {
    problems.push({ path: 'signatures', message: `no valid signature of the issuing authority the manifest names ("${issuer.authority}" of node ${issuer.nodeId})` });
  }
  const documents = checkDocuments(parsed.manifest, parsed.documents);
  problems.push(...documents.problems);
  return { valid: problems.length === 0, manifestDigest: bundleDigest(parsed), signatures, documents: documents.documents, problems };
}

/**
 * Throws `integrity_failure` listing every problem (with its path) unless the
 * bundle verified; call it before storing anything of the bundle.
 */
export function assertBundleVerified(verification: BundleVerification): void {
  if (verification.valid) return;
  throw new LiaisonError('integrity_failure', `the document bundle does not verify: ${verification.problems.map((p) => p.message).join('; ')}`, verification.problems);
}
