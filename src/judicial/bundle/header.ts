import { invalidInput } from '../../core/errors.ts';
import { fieldIssues } from '../../model/parse.ts';
import { SignatureHeader, type BundleSignature } from './schema.ts';

/**
 * Decodes the protected header of every signature (unverified: it names the
 * key to verify with). A header that is not base64url JSON of the expected
 * shape is an `invalid_input` naming `signatures.<i>.protected`.
 */
export function signatureHeaders(signatures: readonly BundleSignature[]): SignatureHeader[] {
  return signatures.map((signature, i) => {
    const path = `signatures.${i}.protected`;
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(signature.protected, 'base64url').toString('utf8'));
    } catch {
      throw invalidInput(`invalid document bundle: ${path} is not base64url-encoded JSON`, [{ path, message: 'must be base64url-encoded JSON' }]);
    }
    const parsed = SignatureHeader.safeParse(decoded);
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error, path);
      throw invalidInput(`invalid document bundle: ${issues.map((x) => `${x.path} ${x.message}`).join('; ')}`, issues);
    }
    return parsed.data;
  });
}
