import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/support/backends.ts';
import { PROTECTION, WHY, officer, personInput, testContext } from '../../test/support/context.ts';
import { LiaisonError } from '../core/errors.ts';
import type { Database } from '../store/database.ts';
import { createRecord, eraseRecord, getRecord, linkRecords, searchRecords, updateRecord } from './service.ts';

const auditCount = async (db: Database) => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))[0].n;
const lastAudit = async (db: Database) =>
  (await db.query<{ action: string; actor: string; purpose: string | null; justification: string | null; record_ids: string[] }>(
    'SELECT action, actor, purpose, justification, record_ids FROM audit_log ORDER BY seq DESC LIMIT 1',
  ))[0];

describe.each(testBackends())('records on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  const liaison = officer('liaison_officer');
  const supervisor = officer('supervisor');

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
  });
  afterAll(() => dispose());

  it('creates a record owned by this node and audits the collection', async () => {
    const ctx = testContext(db);
    const record = await createRecord(ctx, liaison, personInput('Jürgen', 'Müller-Lüdenscheidt', '1971-03-04'));
    expect(record.protection.ownerNode).toBe('test-node');
    expect(record.version).toBe(1);
    expect(await lastAudit(db)).toMatchObject({ action: 'collection', actor: liaison.id, record_ids: [record.id] });
  });

  it('refuses a consultation without purpose and justification, and reads with them', async () => {
    const ctx = testContext(db);
    const record = await createRecord(ctx, liaison, personInput('Ana', 'Pereira'));
    const before = await auditCount(db);
    await expect(getRecord(ctx, liaison, record.id, {})).rejects.toMatchObject({ code: 'justification_required' });
    await expect(getRecord(ctx, liaison, record.id, { purpose: 'curiosity', justification: 'because' })).rejects.toMatchObject({
      code: 'justification_required',
    });
    expect(await auditCount(db)).toBe(before);
    const read = await getRecord(ctx, liaison, record.id, WHY);
    expect(read.data).toMatchObject({ names: [{ familyName: 'Pereira' }] });
    expect(await lastAudit(db)).toMatchObject({ action: 'consultation', purpose: 'investigation', justification: WHY.justification, record_ids: [record.id] });
  });

  it('checks roles: administrators and data-protection officers do not read records', async () => {
    const ctx = testContext(db);
    const record = await createRecord(ctx, liaison, personInput('Eva', 'Novak'));
    await expect(getRecord(ctx, officer('administrator'), record.id, WHY)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createRecord(ctx, officer('judicial_authority'), personInput('X', 'Y'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(eraseRecord(ctx, liaison, record.id, { reason: 'no longer needed' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('searches persons by name words, exact and prefix, across diacritics, with partial dates of birth', async () => {
    const ctx = testContext(db, 'search-node');
    const a = await createRecord(ctx, liaison, personInput('Zoë', 'Šťastná', '1985-06-12'));
    const b = await createRecord(ctx, liaison, personInput('Zoe', 'Stastny', '1985'));
    await createRecord(ctx, liaison, personInput('Zoltan', 'Stastnik', '1990-01-01'));
    const exact = await searchRecords(ctx, liaison, { type: 'person', name: 'zoe stastna' }, WHY);
    expect(exact.map((r) => r.id)).toEqual([a.id]);
    const prefix = await searchRecords(ctx, liaison, { type: 'person', name: 'Zo Stastn', mode: 'prefix', dateOfBirth: '1985-06' }, WHY);
    expect(prefix.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(await lastAudit(db)).toMatchObject({ action: 'consultation', record_ids: prefix.map((r) => r.id) });
  });

  it('treats LIKE wildcards and SQL in search input as plain text', async () => {
    const ctx = testContext(db);
    const none = await searchRecords(ctx, liaison, { type: 'person', name: "%' OR 1=1 --", mode: 'prefix' }, WHY);
    expect(none).toEqual([]);
    const under = await searchRecords(ctx, liaison, { type: 'person', name: '_', mode: 'prefix' }, WHY).catch((e: LiaisonError) => e.code);
    expect(under).toBe('invalid_input');
  });

  it('finds documents and vehicles by folded identifiers', async () => {
    const ctx = testContext(db);
    const doc = await createRecord(ctx, liaison, {
      type: 'document',
      protection: PROTECTION,
      data: { documentType: 'passport', number: 'C01X-00T47', issuingState: 'DE', issuedOn: '2020-01-01', validUntil: '2030-01-01' },
    });
    const car = await createRecord(ctx, liaison, {
      type: 'vehicle',
      protection: PROTECTION,
      data: { plate: 'B-AB 1234', registrationCountry: 'DE', vin: 'WVWZZZ1JZXW000001' },
    });
    expect((await searchRecords(ctx, liaison, { type: 'document', number: 'c01x00t47' }, WHY)).map((r) => r.id)).toEqual([doc.id]);
    expect((await searchRecords(ctx, liaison, { type: 'vehicle', plate: 'bab1234' }, WHY)).map((r) => r.id)).toEqual([car.id]);
  });

  it('updates with optimistic versions and audits the changed parts', async () => {
    const ctx = testContext(db);
    const record = await createRecord(ctx, liaison, personInput('Piotr', 'Wiśniewski'));
    const changed = personInput('Piotr', 'Wiśniewski-Nowak');
    const updated = await updateRecord(ctx, liaison, record.id, { ...changed, protection: { ...PROTECTION, tlp: 'RED' } }, 1);
    expect(updated.version).toBe(2);
    expect(updated.protection.tlp).toBe('RED');
    const audit = await db.query<{ details: string }>('SELECT details FROM audit_log ORDER BY seq DESC LIMIT 1');
    expect(JSON.parse(audit[0].details).changed).toEqual(['protection.tlp', 'data']);
    await expect(updateRecord(ctx, liaison, record.id, changed, 1)).rejects.toMatchObject({ code: 'conflict' });
    await expect(updateRecord(ctx, liaison, record.id, { ...changed, type: 'vehicle' }, 2)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('erases personal data, keys and links but keeps the tombstone and the audit trail', async () => {
    const ctx = testContext(db, 'erase-node');
    const person = await createRecord(ctx, liaison, personInput('Ioana', 'Popescu', '1979-09-09'));
    const car = await createRecord(ctx, liaison, { type: 'vehicle', protection: PROTECTION, data: { plate: 'B 123 ABC', registrationCountry: 'RO' } });
    await linkRecords(ctx, liaison, { fromId: person.id, toId: car.id, type: 'owner_of' });
    await eraseRecord(ctx, supervisor, person.id, { reason: 'retention period over' });
    const tombstone = await getRecord(ctx, liaison, person.id, WHY);
    expect(tombstone.data).toBeNull();
    expect(tombstone.erasedAt).not.toBeNull();
    expect(tombstone.links).toEqual([]);
    expect(await searchRecords(ctx, liaison, { type: 'person', name: 'Popescu' }, WHY)).toEqual([]);
    const trail = await db.query<{ action: string }>(`SELECT action FROM audit_log WHERE $1 = ANY(record_ids) ORDER BY seq`, [person.id]);
    expect(trail.map((t) => t.action)).toEqual(['collection', 'combination', 'erasure', 'consultation']);
    await expect(eraseRecord(ctx, supervisor, person.id, { reason: 'again please' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('rejects invalid records naming the field, and writes nothing', async () => {
    const ctx = testContext(db);
    const before = await auditCount(db);
    const bad = personInput('Max', 'Mustermann', '2023-02-30');
    const error = await createRecord(ctx, liaison, bad).catch((e: LiaisonError) => e);
    expect(error).toBeInstanceOf(LiaisonError);
    expect((error as LiaisonError).issues).toContainEqual(expect.objectContaining({ path: 'data.dateOfBirth' }));
    const unknownEnum = await createRecord(ctx, liaison, { ...personInput('A', 'B'), protection: { ...PROTECTION, tlp: 'PURPLE' } }).catch((e) => e);
    expect((unknownEnum as LiaisonError).issues).toContainEqual(expect.objectContaining({ path: 'protection.tlp' }));
    expect(await auditCount(db)).toBe(before);
  });

  it('refuses a review-by date more than five years ahead, on create and on update', async () => {
    const ctx = testContext(db);
    const far = { ...personInput('Far', 'Future'), protection: { ...PROTECTION, reviewBy: '2031-11-29' } };
    await expect(createRecord(ctx, liaison, far)).rejects.toMatchObject({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'protection.reviewBy' })] });
    const record = await createRecord(ctx, liaison, { ...far, protection: { ...PROTECTION, reviewBy: '2031-11-28' } });
    await expect(updateRecord(ctx, liaison, record.id, far)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('never leaves a link on a record erased at the same moment', async () => {
    const ctx = testContext(db);
    const pairs = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => [await createRecord(ctx, liaison, personInput('Race', `Case${i}`)), await createRecord(ctx, liaison, personInput('Other', `Side${i}`))]),
    );
    await Promise.allSettled(
      pairs.flatMap(([a, b]) => [linkRecords(ctx, liaison, { fromId: a.id, toId: b.id, type: 'associate_of' }), eraseRecord(ctx, supervisor, a.id, { reason: 'race test erasure' })]),
    );
    const dangling = await db.query(
      `SELECT l.id FROM links l JOIN records r ON r.id IN (l.from_id, l.to_id) WHERE r.erased_at IS NOT NULL`,
    );
    expect(dangling).toEqual([]);
  });

  it('rolls the audit entry back with the operation', async () => {
    const ctx = testContext(db);
    const person = await createRecord(ctx, liaison, personInput('Kari', 'Nordmann'));
    const before = await auditCount(db);
    await expect(
      linkRecords(ctx, liaison, { fromId: person.id, toId: '00000000-0000-4000-8000-000000000000', type: 'associate_of' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await auditCount(db)).toBe(before);
  });
});
