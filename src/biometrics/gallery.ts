import type { Database, Queryable } from '../store/database.ts';
import { acceptProfile } from './dna/acceptance.ts';
import { DnaIndex } from './dna/index.ts';
import { FaceGallery } from './face/gallery.ts';

const BATCH = 5_000;

interface ProfileRow {
  id: string;
  modality: 'dna' | 'face';
  kind: string;
  data: Record<string, unknown>;
  erased: boolean;
  change_seq: string;
}

interface Counts {
  rows: number;
  erased: number;
  last: number;
}

/**
 * The node's DNA profiles and face templates, indexed in memory for
 * hit/no-hit and officers' searches, one per database. Kept current from
 * `biometric_profiles` by its change sequence (an enrolment or erasure takes
 * the next number). Profiles are never deleted, only erased, so a sync that
 * finds more rows or more erasures than it has read — a transaction that took
 * a lower number committed late — reloads everything.
 */
export class BiometricGallery {
  readonly dna = new DnaIndex();
  readonly face = new FaceGallery();
  private seen: Counts = { rows: 0, erased: 0, last: 0 };
  private readonly erasedIds = new Set<string>();

  /** Brings the indexes up to date with the store, inside the caller's transaction. */
  async sync(tx: Queryable): Promise<void> {
    const [now] = await tx.query<{ rows: number; erased: number; last: string | null }>(
      `SELECT count(*)::int AS rows, count(*) FILTER (WHERE erased_at IS NOT NULL)::int AS erased, max(change_seq)::text AS last FROM biometric_profiles`,
    );
    const target = { rows: now!.rows, erased: now!.erased, last: Number(now!.last ?? 0) };
    if (target.rows === this.seen.rows && target.erased === this.seen.erased && target.last === this.seen.last) return;
    await this.readChanges(tx, this.seen.last);
    if (this.seen.rows !== target.rows || this.seen.erased !== target.erased) {
      this.reset();
      await this.readChanges(tx, 0);
    }
  }

  private reset(): void {
    for (const id of this.knownIds) {
      this.dna.remove(id);
      this.face.remove(id);
    }
    this.knownIds.clear();
    this.erasedIds.clear();
    this.seen = { rows: 0, erased: 0, last: 0 };
  }

  private readonly knownIds = new Set<string>();

  private async readChanges(tx: Queryable, after: number): Promise<void> {
    let cursor = after;
    for (;;) {
      const rows = await tx.query<ProfileRow>(
        `SELECT id, modality, kind, data, erased_at IS NOT NULL AS erased, change_seq::text AS change_seq
         FROM biometric_profiles WHERE change_seq > $1 ORDER BY change_seq LIMIT ${BATCH}`,
        [cursor],
      );
      for (const row of rows) {
        this.apply(row);
        cursor = Number(row.change_seq);
      }
      this.seen.last = Math.max(this.seen.last, cursor);
      if (rows.length < BATCH) break;
    }
  }

  private apply(row: ProfileRow): void {
    const known = this.knownIds.has(row.id);
    if (!known) this.seen.rows++;
    if (row.erased) {
      if (!this.erasedIds.has(row.id)) {
        this.erasedIds.add(row.id);
        this.seen.erased++;
      }
      this.dna.remove(row.id);
      this.face.remove(row.id);
      this.knownIds.add(row.id);
      return;
    }
    this.knownIds.add(row.id);
    if (known) return;
    if (row.modality === 'dna') this.dna.add(row.id, acceptProfile({ id: row.id, ...row.data }));
    else this.face.enrol(row.id, row.data as never);
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
