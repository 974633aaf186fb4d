import { appendAudit } from '../audit/audit-log.ts';
import type { Actor, NodeContext } from '../core/context.ts';
import { LiaisonError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { requirePermission } from '../identity/officers.ts';
import { parseInput } from '../model/parse.ts';
import { findRecord } from '../records/repository.ts';
import { requireJustification } from '../records/service.ts';
import type { Database, Queryable } from '../store/database.ts';
import { acceptProfile } from './dna/acceptance.ts';
import { galleryFor } from './gallery.ts';
import { insertProfile, recordsOfProfiles } from './repository.ts';
import type { FaceTemplate } from './face/schema.ts';
import { BiometricSearch, DnaEnrolment, FaceEnrolment, type DnaProfile } from './schema.ts';

/**
 * The similarity at or above which a face template counts as a candidate in
 * hit/no-hit. A candidate is never an identification: an officer verifies it
 * before anything is released.
 */
export const FACE_CANDIDATE_THRESHOLD = 0.6;

/** Record types a stain profile may belong to: the case or the event of the crime scene. */
const STAIN_RECORD_TYPES = ['case', 'event'];

/** A biometric candidate found on this node: the profile, the record it belongs to, and its scores. */
export interface BiometricHit {
  profileId: string;
  recordId: string;
  /** 0–1: a DNA full match 1, a near match less; a face template its cosine similarity. */
  quality: number;
  /** Which matcher found it: `dna/prum`, or `face/<engine>@<version>`. */
  matcher: string;
  scores: Record<string, unknown>;
}

async function requireLiveRecord(tx: Queryable, recordId: string, types: string[]) {
  // Locked, so that an erasure cannot slip between this check and the enrolment.
  const record = await findRecord(tx, recordId, true);
  if (!record || record.erasedAt) throw new LiaisonError('not_found', `no record ${recordId}`);
  if (!types.includes(record.type)) throw new LiaisonError('invalid_input', `this profile belongs to a ${types.join(' or ')} record; ${recordId} is a ${record.type}`, [{ path: 'recordId', message: `must be a ${types.join(' or ')}` }]);
  return record;
}

/**
 * Enrols a DNA profile on a record: a reference profile on a person, a stain
 * on the case or event of the crime scene. The Prüm acceptance rules apply
 * (a refused profile is an `invalid_input` error saying why); audited as a
 * collection.
 */
export async function enrolDnaProfile(ctx: NodeContext, actor: Actor, input: unknown): Promise<{ id: string; recordId: string; kind: string }> {
  requirePermission(actor, 'records:write');
  const { recordId, profile } = parseInput(DnaEnrolment, input, 'invalid DNA enrolment');
  const id = newId();
  acceptProfile({ id, ...profile });
  await ctx.db.transaction(async (tx) => {
    await requireLiveRecord(tx, recordId, profile.kind === 'reference' ? ['person'] : STAIN_RECORD_TYPES);
    const at = ctx.clock.now().toISOString();
    await insertProfile(tx, { id, modality: 'dna', recordId, kind: profile.kind, engine: 'prum', data: profile, createdBy: actor.id, at });
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'collection', recordIds: [recordId], details: { biometric: id, modality: 'dna', kind: profile.kind, loci: Object.keys(profile.loci).length } }]);
  });
  return { id, recordId, kind: profile.kind };
}

const engineKey = (t: FaceTemplate) => `${t.engine}@${t.engineVersion}`;

/** Enrols a face template on a person record; the template's engine and version go with it. Audited as a collection. */
export async function enrolFaceTemplate(ctx: NodeContext, actor: Actor, input: unknown): Promise<{ id: string; recordId: string; engine: string }> {
  requirePermission(actor, 'records:write');
  const { recordId, template } = parseInput(FaceEnrolment, input, 'invalid face enrolment');
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const gallery = await galleryFor(ctx.db).sync(tx);
    gallery.face.check(template);
    await requireLiveRecord(tx, recordId, ['person']);
    const at = ctx.clock.now().toISOString();
    await insertProfile(tx, { id, modality: 'face', recordId, kind: 'template', engine: engineKey(template), data: template, createdBy: actor.id, at });
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'collection', recordIds: [recordId], details: { biometric: id, modality: 'face', engine: engineKey(template) } }]);
  });
  return { id, recordId, engine: engineKey(template) };
}

/**
 * The node's candidates for a DNA profile or a face template, best first,
 * inside the caller's transaction (no audit: the caller audits). DNA: full
 * then near matches under the Prüm rules; faces: the `top` most similar
 * templates of the same engine and version, at or above `minSimilarity`.
 */
export async function findBiometricCandidates(
  db: Database,
  tx: Queryable,
  query: { modality: 'dna'; profile: DnaProfile } | { modality: 'face'; template: FaceTemplate; top?: number; minSimilarity?: number },
): Promise<BiometricHit[]> {
  const gallery = await galleryFor(db).sync(tx);
  if (query.modality === 'dna') {
    const accepted = acceptProfile({ id: 'query', ...query.profile });
    const matches = gallery.dna.search(accepted);
    const records = await recordsOfProfiles(tx, matches.map((m) => m.id));
    return matches
      .filter((m) => records.has(m.id))
      .map((m) => ({
        profileId: m.id,
        recordId: records.get(m.id)!,
        quality: 1 - m.mismatches / (2 * m.lociCompared),
        matcher: 'dna/prum',
        scores: { type: m.type, lociCompared: m.lociCompared, mismatches: m.mismatches },
      }));
  }
  const { engine, engineVersion } = query.template;
  // No template of this engine and version here: no candidate (a template of the wrong dimension is still an error).
  if (!gallery.face.describe().some((part) => part.engine === engine && part.engineVersion === engineVersion)) return [];
  const found = gallery.face.search(query.template, query.top ?? 10).filter((c) => c.similarity >= (query.minSimilarity ?? -1));
  const records = await recordsOfProfiles(tx, found.map((c) => c.id));
  const matcher = `face/${engineKey(query.template)}`;
  return found
    .filter((c) => records.has(c.id))
    .map((c) => ({ profileId: c.id, recordId: records.get(c.id)!, quality: Math.max(0, c.similarity), matcher, scores: { similarity: c.similarity } }));
}

/**
 * An officer's search of the node's own DNA profiles or face templates:
 * candidates with their scores, for a human to verify. Audited as a
 * consultation of the records found.
 */
export async function searchBiometrics(ctx: NodeContext, actor: Actor, input: unknown, why: unknown): Promise<BiometricHit[]> {
  requirePermission(actor, 'records:read');
  const { purpose, justification } = requireJustification(why);
  const search = parseInput(BiometricSearch, input, 'invalid biometric search');
  return ctx.db.transaction(async (tx) => {
    const found = await findBiometricCandidates(ctx.db, tx, search);
    await appendAudit(tx, ctx.clock, [
      {
        actor: actor.id,
        action: 'consultation',
        purpose,
        justification,
        recordIds: [...new Set(found.map((h) => h.recordId))],
        details: { biometricSearch: search.modality, candidates: found.map((h) => ({ profile: h.profileId, matcher: h.matcher, ...h.scores })) },
      },
    ]);
    return found;
  });
}
