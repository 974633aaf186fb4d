import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { MAX_DOCUMENT_BYTES } from './schema.ts';
import { createBundle, signBundle } from './sign.ts';
import { b64, clock, eawInput, issuer, makeSigner, recipient } from './test-fixtures.ts';

function caught(fn: () => unknown): LiaisonError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LiaisonError) return error;
    throw error;
  }
  throw new Error('expected a LiaisonError');
}

async function caughtAsync(promise: Promise<unknown>): Promise<LiaisonError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LiaisonError) return error;
    throw error;
  }
  throw new Error('expected a LiaisonError');
}

describe('createBundle', () => {
  it('lists every document with its SHA-256 and size, and keeps the bytes apart', () => {
    const draft = createBundle(eawInput(), clock);
    expect(draft.manifest).toMatchObject({ requestId: 'req-2025-0042', requestType: 'eaw', issuer, recipient, createdAt: '2025-03-04T10:00:00.000Z' });
    expect(draft.manifest.bundleId).toMatch(/^[0-9a-f-]{36}$/);
    const decision = draft.manifest.documents[1];
    expect(decision).toEqual({
      id: 'decision-1',
      kind: 'decision',
      title: 'Decision on surrender',
      mediaType: 'application/pdf',
      language: 'de',
      sha256: createHash('sha256').update('%PDF-1.7 Haftbefehl').digest('hex'),
      size: 19,
    });
    expect(draft.documents.map((d) => Object.keys(d))).toEqual(Array(4).fill(['id', 'content']));
  });

  it('takes a given bundle id and omits an absent recipient', () => {
    const bundleId = '3f2a9c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c';
    const { manifest } = createBundle({ ...eawInput(), bundleId, recipient: undefined }, clock);
    expect(manifest.bundleId).toBe(bundleId);
    expect('recipient' in manifest).toBe(false);
  });

  it('names a duplicate id', () => {
    const input = eawInput();
    input.documents[3].id = 'decision-1';
    const error = caught(() => createBundle(input, clock));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path: 'documents.3.id', message: 'duplicate document id "decision-1" (first at index 1)' });
  });

  it('names a translation of a document that is not in the bundle', () => {
    const input = eawInput();
    input.documents[2].translationOf = 'form-9';
    expect(caught(() => createBundle(input, clock)).issues.map((i) => i.path)).toEqual(['documents.2.translationOf']);
  });

  it('names the rules of translations and the form of each field', () => {
    const input = eawInput();
    const { language: _language, ...untranslated } = input.documents[2];
    input.documents[2] = untranslated;
    input.documents[0] = { ...input.documents[0], translationOf: 'decision-1', mediaType: 'PDF', language: 'xx' };
    input.documents[1] = { ...input.documents[1], content: 'not base64!' };
    input.issuer = { nodeId: 'DE', authority: ' Köln' };
    const paths = caught(() => createBundle(input, clock)).issues.map((i) => i.path);
    expect(paths.sort()).toEqual(
      ['issuer.nodeId', 'issuer.authority', 'documents.0.mediaType', 'documents.0.language', 'documents.0.translationOf', 'documents.1.content', 'documents.2.language'].sort(),
    );
  });

  it('refuses a document over 10 MiB and a bundle over 50 MiB', () => {
    const big = eawInput();
    big.documents[1].content = 'A'.repeat((Math.ceil(MAX_DOCUMENT_BYTES / 3) + 1) * 4);
    expect(caught(() => createBundle(big, clock)).issues.map((i) => i.path)).toEqual(['documents.1.content']);

    const nine = 'A'.repeat(9 * 1024 * 1024 * (4 / 3));
    const many = eawInput();
    many.documents = Array.from({ length: 6 }, (_, i) => ({ id: `scan-${i}`, kind: 'evidence' as const, title: `Scan ${i}`, mediaType: 'image/png', content: nine }));
    const error = caught(() => createBundle(many, clock));
    expect(error.issues).toEqual([{ path: 'documents', message: expect.stringMatching(/56623104 bytes, more than the 52428800/) }]);
  });
});

describe('signBundle', () => {
  it('signs a draft, then adds a co-signature over the same manifest', async () => {
    const issuing = await makeSigner(issuer, 'issuing');
    const validating = await makeSigner({ nodeId: 'de-ag-koeln', authority: 'Amtsgericht Köln' }, 'validating');
    const draft = createBundle({ ...eawInput(), requestType: 'eio' }, clock);
    const once = await signBundle(draft, issuing.signer);
    const twice = await signBundle(once, validating.signer);
    expect(once.signatures).toHaveLength(1);
    expect(twice.signatures).toHaveLength(2);
    expect(twice.signatures[0]).toEqual(once.signatures[0]);
    expect(twice.manifest).toEqual(draft.manifest);
    const header = JSON.parse(Buffer.from(twice.signatures[1].protected, 'base64url').toString('utf8'));
    expect(header).toEqual({
      alg: 'EdDSA',
      typ: 'liaison-bundle+jws',
      kid: validating.signer.keyId,
      signer: { nodeId: 'de-ag-koeln', authority: 'Amtsgericht Köln', role: 'validating' },
    });
  });

  it('refuses the same key twice, the issuing role for another authority, and a key that is not Ed25519', async () => {
    const issuing = await makeSigner(issuer, 'issuing');
    const signed = await signBundle(createBundle(eawInput(), clock), issuing.signer);
    expect((await caughtAsync(signBundle(signed, issuing.signer))).code).toBe('conflict');

    const impostor = await makeSigner(recipient, 'issuing');
    const error = await caughtAsync(signBundle(signed, impostor.signer));
    expect([error.code, error.issues[0].path]).toEqual(['invalid_input', 'role']);

    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const wrongKey = await caughtAsync(signBundle(signed, { ...issuing.signer, keyId: 'other', privateKey: rsa }));
    expect([wrongKey.code, wrongKey.issues[0].path]).toEqual(['invalid_input', 'privateKey']);
  });

  it('refuses to sign documents that no longer match the manifest, naming them', async () => {
    const issuing = await makeSigner(issuer, 'issuing');
    const draft = createBundle(eawInput(), clock);
    draft.documents[1] = { id: 'decision-1', content: b64('%PDF-1.7 Haftbefehl!') };
    const error = await caughtAsync(signBundle(draft, issuing.signer));
    expect(error.code).toBe('integrity_failure');
    expect(error.message).toContain('document "decision-1" (Decision on surrender) was changed after signing: SHA-256 differs (20 bytes where 19 were signed)');
    expect(error.issues.map((i) => i.path)).toEqual(['documents.1']);
  });
});
