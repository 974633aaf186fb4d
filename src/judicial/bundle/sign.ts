import type { KeyObject } from 'node:crypto';
import { GeneralSign } from 'jose';
import type { Clock } from '../../core/clock.ts';
import { invalidInput, LiaisonError } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { parseInput } from '../../model/parse.ts';
import { contentDigest, manifestBytes } from './digest.ts';
import { signatureHeaders } from './header.ts';
import { checkDocuments } from './integrity.ts';
import { BUNDLE_JWS_TYPE, BundleDraft, BundleInput, SignedBundle, Signer, type SignatureHeader } from './schema.ts';

/**
 * Makes an unsigned bundle: the manifest lists every document with its
 * SHA-256 and size, the documents keep their bytes. A duplicate document id
 * or a `translationOf` naming no document of the bundle is an `invalid_input`
 * naming the field (e.g. `documents.2.id`).
 *
 * @example
 * const draft = createBundle({ requestId, requestType: 'eaw', issuer, documents: [{ id: 'form-1', kind: 'form', title: 'EAW', mediaType: 'application/pdf', content }] }, clock);
 */
export function createBundle(input: BundleInput, clock: Clock): BundleDraft {
  const parsed = parseInput(BundleInput, input, 'invalid document bundle');
  const documents = parsed.documents.map(({ content, ...description }) => {
    const { sha256, size } = contentDigest(content);
    return { listed: { ...description, sha256: sha256.toString('hex'), size }, carried: { id: description.id, content } };
  });
  return {
    manifest: {
      bundleId: parsed.bundleId ?? newId(),
      requestId: parsed.requestId,
      requestType: parsed.requestType,
      issuer: parsed.issuer,
      ...(parsed.recipient ? { recipient: parsed.recipient } : {}),
      createdAt: clock.now().toISOString(),
      documents: documents.map((d) => d.listed),
    },
    documents: documents.map((d) => d.carried),
  };
}

/** Who signs a bundle: the authority's Ed25519 private key, its key id (as its node publishes it), and the authority. */
export interface BundleSigner extends Signer {
  privateKey: KeyObject;
  keyId: string;
}

/**
 * Signs the bundle's manifest (EdDSA over its RFC 8785 canonical JSON) and
 * returns the bundle with the signature added. Signing a signed bundle adds a
 * co-signature over the same manifest (e.g. the validating authority of an
 * EIO). Refuses to sign a bundle whose documents do not match its manifest
 * (`integrity_failure`), a second signature with the same key (`conflict`),
 * and the issuing role for anyone but the manifest's issuer (`invalid_input`).
 */
export async function signBundle(bundle: BundleDraft | SignedBundle, signer: BundleSigner): Promise<SignedBundle> {
  const parsed =
    'signatures' in bundle
      ? parseInput(SignedBundle, bundle, 'invalid document bundle')
      : { ...parseInput(BundleDraft, bundle, 'invalid document bundle'), signatures: [] };
  const who = parseInput(Signer, { nodeId: signer.nodeId, authority: signer.authority, role: signer.role }, 'invalid signer');
  const { issuer } = parsed.manifest;
  if (who.role === 'issuing' && (who.nodeId !== issuer.nodeId || who.authority !== issuer.authority)) {
    throw invalidInput(`only the issuer the manifest names ("${issuer.authority}" of node ${issuer.nodeId}) signs in the issuing role`, [
      { path: 'role', message: 'issuing is the role of the manifest’s issuer' },
    ]);
  }
  if (signer.privateKey.type !== 'private' || signer.privateKey.asymmetricKeyType !== 'ed25519') {
    throw invalidInput('the signer’s key must be an Ed25519 private key', [{ path: 'privateKey', message: 'must be an Ed25519 private key' }]);
  }
  if (typeof signer.keyId !== 'string' || signer.keyId.length === 0 || signer.keyId.length > 200) {
    throw invalidInput('the signer’s key id must be 1-200 characters', [{ path: 'keyId', message: 'must be 1-200 characters' }]);
  }
  if (signatureHeaders(parsed.signatures).some((existing) => existing.kid === signer.keyId)) {
    throw new LiaisonError('conflict', `the bundle is already signed with key ${signer.keyId}`);
  }
  const { problems } = checkDocuments(parsed.manifest, parsed.documents);
  if (problems.length > 0) {
    throw new LiaisonError('integrity_failure', `refusing to sign: ${problems.map((p) => p.message).join('; ')}`, problems);
  }
  const header: SignatureHeader = { alg: 'EdDSA', typ: BUNDLE_JWS_TYPE, kid: signer.keyId, signer: who };
  const jws = await new GeneralSign(manifestBytes(parsed.manifest)).addSignature(signer.privateKey).setProtectedHeader(header).sign();
  const [signature] = jws.signatures;
  return {
    manifest: parsed.manifest,
    signatures: [...parsed.signatures, { protected: signature.protected ?? '', signature: signature.signature }],
    documents: parsed.documents,
  };
}
