import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { BundleManifest } from './schema.ts';

/** The signed bytes: the RFC 8785 canonical JSON of the manifest, UTF-8. */
export function manifestBytes(manifest: BundleManifest): Buffer {
  return Buffer.from(canonicalize(manifest) ?? '', 'utf8');
}

/**
 * The bundle's digest: SHA-256 (lower-case hex) of its canonical manifest. It
 * binds the request, the authorities and every document's hash, and does not
 * change when co-signatures are added, so it identifies the bundle in the audit.
 */
export function bundleDigest(bundle: { manifest: BundleManifest }): string {
  return createHash('sha256').update(manifestBytes(bundle.manifest)).digest('hex');
}

/** SHA-256 of a document's bytes, given as base64. */
export function contentDigest(content: string): { sha256: Buffer; size: number } {
  const bytes = Buffer.from(content, 'base64');
  return { sha256: createHash('sha256').update(bytes).digest(), size: bytes.length };
}
