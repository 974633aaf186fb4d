import { beforeAll, describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { bundleDigest } from './digest.ts';
import type { SignedBundle } from './schema.ts';
import { createBundle, signBundle } from './sign.ts';
import { b64, clock, eawInput, issuer, makeSigner, resolverOf } from './test-fixtures.ts';
import { assertBundleVerified, verifyBundle, type BundleKeyResolver } from './verify.ts';

type Keyed = Awaited<ReturnType<typeof makeSigner>>;
let issuing: Keyed;
let validating: Keyed;
let resolve: BundleKeyResolver;
let signed: SignedBundle;

/** The bundle as the receiver gets it: through JSON. */
const travelled = (): SignedBundle => JSON.parse(JSON.stringify(signed));
const statuses = (items: { status: string }[]) => items.map((i) => i.status);

async function rejection(promise: Promise<unknown>): Promise<LiaisonError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LiaisonError) return error;
    throw error;
  }
  throw new Error('expected a LiaisonError');
}

beforeAll(async () => {
  issuing = await makeSigner(issuer, 'issuing');
  validating = await makeSigner({ nodeId: 'de-ag-koeln', authority: 'Amtsgericht Köln' }, 'validating');
  resolve = resolverOf(issuing, validating);
  signed = await signBundle(createBundle(eawInput(), clock), issuing.signer);
});

describe('verifyBundle', () => {
  it('verifies a bundle that travelled as JSON', async () => {
    const result = await verifyBundle(travelled(), resolve);
    expect(result).toEqual({
      valid: true,
      manifestDigest: bundleDigest(signed),
      signatures: [{ kid: issuing.signer.keyId, nodeId: issuer.nodeId, authority: issuer.authority, role: 'issuing', status: 'valid' }],
      documents: [
        { id: 'form-1', title: 'European Arrest Warrant', status: 'intact' },
        { id: 'decision-1', title: 'Decision on surrender', status: 'intact' },
        { id: 'translation-1', title: 'Mandat d’arrêt européen', status: 'intact' },
        { id: 'evidence-1', title: 'Photograph', status: 'intact' },
      ],
      problems: [],
    });
    expect(() => assertBundleVerified(result)).not.toThrow();
  });

  it('names a document changed by one byte; the others stay intact and the signature still holds', async () => {
    const bundle = travelled();
    const bytes = Buffer.from(bundle.documents[1].content, 'base64');
    bytes[3] ^= 0x01;
    bundle.documents[1].content = bytes.toString('base64');
    const result = await verifyBundle(bundle, resolve);
    expect(result.valid).toBe(false);
    expect(statuses(result.documents)).toEqual(['intact', 'altered', 'intact', 'intact']);
    expect(statuses(result.signatures)).toEqual(['valid']);
    expect(result.problems).toEqual([{ path: 'documents.1', message: 'document "decision-1" (Decision on surrender) was changed after signing: SHA-256 differs' }]);
  });

  it('finds a missing document and an unlisted one', async () => {
    const bundle = travelled();
    bundle.documents.splice(3, 1);
    bundle.documents.push({ id: 'note-1', content: b64('added later') });
    const result = await verifyBundle(bundle, resolve);
    expect(result.documents.slice(3)).toEqual([
      { id: 'evidence-1', title: 'Photograph', status: 'missing' },
      { id: 'note-1', title: null, status: 'unlisted' },
    ]);
    expect(result.problems).toEqual([
      { path: 'manifest.documents.3', message: 'document "evidence-1" (Photograph) is listed in the signed manifest but missing from the bundle' },
      { path: 'documents.3', message: 'document "note-1" is in the bundle but not in the signed manifest' },
    ]);
  });

  it('says every signature fails when the manifest was edited after signing', async () => {
    const cosigned = JSON.parse(JSON.stringify(await signBundle(signed, validating.signer))) as SignedBundle;
    cosigned.manifest.documents[1].title = 'Decision refusing surrender';
    const result = await verifyBundle(cosigned, resolve);
    expect(result.valid).toBe(false);
    expect(statuses(result.signatures)).toEqual(['invalid', 'invalid']);
    expect(statuses(result.documents)).toEqual(['intact', 'intact', 'intact', 'intact']);
    expect(result.problems.map((p) => p.path)).toEqual(['signatures.0', 'signatures.1', 'manifest']);
    expect(result.problems[2].message).toMatch(/^no signature verifies over the manifest: it was changed after signing/);
    expect(result.manifestDigest).not.toBe(bundleDigest(signed));
  });

  it('catches a document swapped together with its listed hash: the signatures fail and the document is named', async () => {
    const bundle = travelled();
    const swap = createBundle({ ...eawInput(), documents: [{ ...eawInput().documents[1], content: b64('%PDF-1.7 forged') }] }, clock);
    bundle.documents[1] = swap.documents[0];
    bundle.manifest.documents[1] = swap.manifest.documents[0];
    const result = await verifyBundle(bundle, resolve);
    expect(statuses(result.signatures)).toEqual(['invalid']);
    expect(result.problems.some((p) => p.path === 'manifest')).toBe(true);
  });

  it('marks a signature invalid when the key is wrong, and unknown when the key is not known for the node', async () => {
    const other = await makeSigner(issuer, 'issuing');
    const wrongKey: BundleKeyResolver = () => other.publicKey;
    expect(statuses((await verifyBundle(travelled(), wrongKey)).signatures)).toEqual(['invalid']);

    const unknown = await verifyBundle(travelled(), () => undefined);
    expect(unknown.valid).toBe(false);
    expect(statuses(unknown.signatures)).toEqual(['unknown_key']);
    expect(unknown.problems[0]).toEqual({
      path: 'signatures.0',
      message: `signature 0 (issuing, "${issuer.authority}" of node ${issuer.nodeId}, key ${issuing.signer.keyId}) is by a key not known for node ${issuer.nodeId}`,
    });
    expect(unknown.problems[1]).toMatchObject({ path: 'signatures', message: expect.stringMatching(/^no valid signature of the issuing authority/) });
  });

  it('accepts a co-signature by a second authority, both valid, under the same digest', async () => {
    const cosigned = JSON.parse(JSON.stringify(await signBundle(signed, validating.signer)));
    const result = await verifyBundle(cosigned, async (signer) => resolve(signer));
    expect(result.valid).toBe(true);
    expect(result.signatures.map((s) => [s.authority, s.role, s.status])).toEqual([
      [issuer.authority, 'issuing', 'valid'],
      ['Amtsgericht Köln', 'validating', 'valid'],
    ]);
    expect(result.manifestDigest).toBe(bundleDigest(signed));
  });

  it('requires the issuing authority’s signature', async () => {
    const onlyValidated = await signBundle(createBundle(eawInput(), clock), validating.signer);
    const result = await verifyBundle(onlyValidated, resolve);
    expect(result.valid).toBe(false);
    expect(statuses(result.signatures)).toEqual(['valid']);
    expect(result.problems.map((p) => p.path)).toEqual(['signatures']);
  });

  it('detects a signer’s role changed in its protected header', async () => {
    const bundle = travelled();
    const header = JSON.parse(Buffer.from(bundle.signatures[0].protected, 'base64url').toString('utf8'));
    header.signer.role = 'validating';
    bundle.signatures[0].protected = Buffer.from(JSON.stringify(header)).toString('base64url');
    const result = await verifyBundle(bundle, resolve);
    expect(result.signatures.map((x) => [x.role, x.status])).toEqual([['validating', 'invalid']]);
  });

  it('is not valid without any signature', async () => {
    const result = await verifyBundle({ ...travelled(), signatures: [] }, resolve);
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([{ path: 'signatures', message: 'the bundle carries no signature' }]);
  });

  it('rejects a malformed bundle as invalid input naming the field', async () => {
    const bundle = travelled() as unknown as Record<string, Record<string, unknown>>;
    delete bundle.manifest.requestId;
    const error = await rejection(verifyBundle(bundle, resolve));
    expect([error.code, error.issues.map((i) => i.path)]).toEqual(['invalid_input', ['manifest.requestId']]);

    const badSha = travelled();
    badSha.manifest.documents[2].sha256 = 'xyz';
    expect((await rejection(verifyBundle(badSha, resolve))).issues.map((i) => i.path)).toEqual(['manifest.documents.2.sha256']);

    const badHeader = travelled();
    badHeader.signatures[0].protected = Buffer.from('{"alg":"none"}').toString('base64url');
    const headerError = await rejection(verifyBundle(badHeader, resolve));
    expect(headerError.issues.map((i) => i.path)).toEqual(['signatures.0.protected.alg', 'signatures.0.protected.typ', 'signatures.0.protected.kid', 'signatures.0.protected.signer']);

    const notJson = travelled();
    notJson.signatures[0].protected = 'bm90IGpzb24';
    expect((await rejection(verifyBundle(notJson, resolve))).issues).toEqual([{ path: 'signatures.0.protected', message: 'must be base64url-encoded JSON' }]);

    expect((await rejection(verifyBundle('a bundle', resolve))).issues.map((i) => i.path)).toEqual(['(root)']);
  });
});

describe('assertBundleVerified', () => {
  it('throws integrity_failure listing every problem with its path', async () => {
    const bundle = travelled();
    bundle.documents[0].content = b64('{"person":"Y"}');
    bundle.documents.pop();
    const verification = await verifyBundle(bundle, resolve);
    const failure = await rejection(Promise.resolve().then(() => assertBundleVerified(verification)));
    expect(failure.code).toBe('integrity_failure');
    expect(failure.message).toBe(
      'the document bundle does not verify: document "form-1" (European Arrest Warrant) was changed after signing: SHA-256 differs; document "evidence-1" (Photograph) is listed in the signed manifest but missing from the bundle',
    );
    expect(failure.issues.map((i) => i.path)).toEqual(['documents.0', 'manifest.documents.3']);
  });
});

describe('bundleDigest', () => {
  it('is stable: independent of key order and of co-signatures', async () => {
    const { manifest } = signed;
    const reordered = Object.fromEntries(Object.entries(manifest).reverse()) as typeof manifest;
    expect(bundleDigest({ manifest: reordered })).toBe(bundleDigest(signed));
    expect(bundleDigest(await signBundle(signed, validating.signer))).toBe(bundleDigest(signed));
    expect(bundleDigest(signed)).toMatch(/^[0-9a-f]{64}$/);
  });
});
