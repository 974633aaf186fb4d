import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord } from '../records/service.ts';
import type { Database } from '../store/database.ts';
import { testBackends } from '../../test/support/backends.ts';
import { officer, personInput, testContext } from '../../test/support/context.ts';
import { acceptProfile } from './dna/acceptance.ts';
import { galleryFor } from './gallery.ts';
import { enrolDnaProfile } from './service.ts';

const LOCI = { D3S1358: ['15', '16'], vWA: ['17', '18'], D8S1179: ['13', '14'], D21S11: ['29', '30'], D18S51: ['14', '17'], TH01: ['6', '9.3'], FGA: ['21', '24'] };
const other = (n: number) => ({ ...LOCI, FGA: [String(30 + n), String(40 + n)], TH01: [String(10 + n), String(20 + n)] });

describe.each(testBackends())('the biometric gallery on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  const actor = officer('liaison_officer');

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
  });
  afterAll(() => dispose());

  it('picks up a profile whose transaction took a lower change number but committed after a sync (a late commit)', async () => {
    const ctx = testContext(db);
    const person = await createRecord(ctx, actor, personInput('Lotte', 'Spätkommer', '1990-01-01'));
    await enrolDnaProfile(ctx, actor, { recordId: person.id, profile: { kind: 'reference', loci: other(1) } });
    const gallery = galleryFor(db);
    await gallery.sync(db);
    const [{ seq }] = await db.query<{ seq: string }>(`SELECT nextval('biometric_profiles_change_seq')::text AS seq`);
    await enrolDnaProfile(ctx, actor, { recordId: person.id, profile: { kind: 'reference', loci: other(2) } });
    await gallery.sync(db);
    expect(gallery.dna.size).toBe(2);
    // A third profile committed now with the number taken before the second: below what the gallery has read.
    await db.query(
      `INSERT INTO biometric_profiles (id, modality, record_id, kind, engine, data, created_by, created_at, change_seq)
       VALUES ('00000000-0000-4000-8000-00000000000a', 'dna', $1, 'reference', 'prum', $2, 'test', now(), $3)`,
      [person.id, JSON.stringify({ kind: 'reference', loci: LOCI }), seq],
    );
    await gallery.sync(db);
    expect(gallery.dna.size).toBe(3);
    expect(gallery.dna.search(acceptProfile({ id: 'q', kind: 'stain', loci: LOCI })).map((m) => m.id)).toEqual(['00000000-0000-4000-8000-00000000000a']);
  });
});
