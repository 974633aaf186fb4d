import { timingSafeEqual } from 'node:crypto';
import type { FieldIssue } from '../../core/errors.ts';
import { contentDigest } from './digest.ts';
import type { BundleDocument, BundleManifest } from './schema.ts';

/**
 * What became of one document: `intact` (bytes as signed), `altered` (bytes
 * changed after signing), `missing` (listed in the manifest, absent from the
 * bundle) or `unlisted` (in the bundle, not in the manifest).
 */
export type DocumentStatus = 'intact' | 'altered' | 'missing' | 'unlisted';

/** One document's outcome; `title` is null for an unlisted document, which the manifest does not describe. */
export interface DocumentCheck {
  id: string;
  title: string | null;
  status: DocumentStatus;
}

/** Compares every document's bytes with the hash and size the manifest lists for it. */
export function checkDocuments(manifest: BundleManifest, documents: readonly BundleDocument[]): { documents: DocumentCheck[]; problems: FieldIssue[] } {
  const carried = new Map(documents.map((doc, i) => [doc.id, { doc, i }]));
  const checks: DocumentCheck[] = [];
  const problems: FieldIssue[] = [];
  manifest.documents.forEach((listed, m) => {
    const name = `document "${listed.id}" (${listed.title})`;
    const found = carried.get(listed.id);
    if (!found) {
      checks.push({ id: listed.id, title: listed.title, status: 'missing' });
      problems.push({ path: `manifest.documents.${m}`, message: `${name} is listed in the signed manifest but missing from the bundle` });
      return;
    }
    const actual = contentDigest(found.doc.content);
    const sameHash = timingSafeEqual(actual.sha256, Buffer.from(listed.sha256, 'hex'));
    if (sameHash && actual.size === listed.size) {
      checks.push({ id: listed.id, title: listed.title, status: 'intact' });
      return;
    }
    const what = sameHash ? 'its size differs' : 'SHA-256 differs';
    const sizes = actual.size === listed.size ? '' : ` (${actual.size} bytes where ${listed.size} were signed)`;
    checks.push({ id: listed.id, title: listed.title, status: 'altered' });
    problems.push({ path: `documents.${found.i}`, message: `${name} was changed after signing: ${what}${sizes}` });
  });
  const listedIds = new Set(manifest.documents.map((d) => d.id));
  documents.forEach((doc, i) => {
    if (listedIds.has(doc.id)) return;
    checks.push({ id: doc.id, title: null, status: 'unlisted' });
    problems.push({ path: `documents.${i}`, message: `document "${doc.id}" is in the bundle but not in the signed manifest` });
  });
  return { documents: checks, problems };
}
