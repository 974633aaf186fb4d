import { LiaisonError } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import type { Database, Queryable } from '../store/database.ts';
import { acceptProfile } from './dna/acceptance.ts';
import { DnaIndex } from './dna/index.ts';
import { FaceGallery } from './face/gallery.ts';

const BATCH = 5_000;

interface ProfileRow {
  id: string;
  modality: 'dna' | 'face';
  data: Record<string, unknown>;
  erased: boolean;
  change_seq: string;
}

/** The DNA index and the face templates (one index per engine and version) of a gallery, as one sync left them. */
export interface GalleryIndexes {
  readonly dna: DnaIndex;
  readonly face: FaceGallery;
}

/** The indexes and what has been read into them: replaced as a whole on a reload. */
class GalleryState implements GalleryIndexes {
  readonly dna = new DnaIndex();
  readonly face = new FaceGallery();
  readonly known = new Set<string>();
  readonly erased = new Set<string>();
  last = 0;

  apply(row: ProfileRow): void {
    const isNew = !this.known.has(row.id);
    this.known.add(row.id);
    this.last = Math.max(this.last, Number(row.change_seq));
    if (row.erased) {
      this.erased.add(row.id);
      this.dna.remove(row.id);
      this.face.remove(row.id);
    } else if (isNew) {
      try {
        if (row.modality === 'dna') this.dna.add(row.id, acceptProfile({ id: row.id, ...row.data }));
        else this.face.enrol(row.id, row.data);
      } catch (error) {
        // A stored profile the rules of this version refuse must not stop every search: it is left out, and said so.
        if (!(error instanceof LiaisonError)) throw error;
        logger.warn('biometric_profile_left_out', { profile: row.id, modality: row.modality, code: error.code });
      }
    }
  }
}

/**
 * The node's DNA profiles and face templates, indexed in memory for
 * hit/no-hit and officers' searches, one per database. Kept current from
 * `biometric_profiles` by its change sequence (an enrolment or erasure takes
 * the next number). Profiles are never deleted, only erased, so a sync that
 * finds more rows or erasures in the store than it has read — a transaction
 * that took a lower number committed late — rebuilds the indexes aside and
 * swaps them in whole. Syncs may overlap (a background build and a query's
 * transaction): reading a row twice changes nothing, a rebuild older than
 * what another sync has read is not swapped in, and each search uses the
 * indexes its own sync brought up to date.
 */
export class BiometricGallery {
  private state = new GalleryState();

  /** The DNA index. */
  get dna(): DnaIndex {
    return this.state.dna;
  }

  /** The face templates, one index per engine and version. */
  get face(): FaceGallery {
    return this.state.face;
  }

  /**
   * Brings the indexes up to date with the store — inside the caller's
   * transaction, or from the database itself when a node starts — and
   * returns them, for the caller's search.
   */
  async sync(tx: Queryable): Promise<GalleryIndexes> {
    const [counts] = await tx.query<{ rows: number; erased: number; last: string | null }>(
      `SELECT count(*)::int AS rows, count(*) FILTER (WHERE erased_at IS NOT NULL)::int AS erased, max(change_seq)::text AS last FROM biometric_profiles`,
    );
    const { rows, erased } = counts!;
    const last = Number(counts!.last ?? 0);
    const state = this.state;
    if (state.known.size === rows && state.erased.size === erased && state.last === last) return state;
    await readChanges(tx, state, state.last);
    if (state.known.size >= rows && state.erased.size >= erased) return state;
    const rebuilt = new GalleryState();
    await readChanges(tx, rebuilt, 0);
    if (rebuilt.last >= this.state.last) this.state = rebuilt;
    return rebuilt;
  }
}

async function readChanges(tx: Queryable, state: GalleryState, after: number): Promise<void> {
  let cursor = after;
  for (;;) {
    const rows = await tx.query<ProfileRow>(
      `SELECT id, modality, data, erased_at IS NOT NULL AS erased, change_seq::text AS change_seq
       FROM biometric_profiles WHERE change_seq > $1 ORDER BY change_seq LIMIT ${BATCH}`,
      [cursor],
    );
    for (const row of rows) state.apply(row);
    if (rows.length > 0) cursor = Number(rows.at(-1)!.change_seq);
    if (rows.length < BATCH) break;
  }
}

const galleries = new WeakMap<Database, BiometricGallery>();

/** The biometric gallery of a database, created on first use. */
export function galleryFor(db: Database): BiometricGallery {
  let gallery = galleries.get(db);
  if (!gallery) {
    gallery = new BiometricGallery();
    galleries.set(db, gallery);
  }
  return gallery;
}
