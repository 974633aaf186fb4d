import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/support/backends.ts';
import { PROTECTION, officer, testContext } from '../../test/support/context.ts';
import type { LiaisonError } from '../core/errors.ts';
import type { Database } from '../store/database.ts';
import { importFile } from './service.ts';

const dir = mkdtempSync(join(tmpdir(), 'liaison-import-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const count = async (db: Database, table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

describe.each(testBackends())('import on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  const admin = officer('administrator');

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
  });
  afterAll(() => dispose());

  it('imports a persons CSV with the contract columns and documented defaults', async () => {
    const ctx = testContext(db);
    const csv = file(
      'persons.csv',
      [
        'given_name,family_name,date_of_birth,gender,nationality,category',
        'Łukasz,Wróbel,1980-04-17,male,PL,suspect',
        'Анна,Иванова,1975-11,female,RU;UA,victim',
        'Νίκος,Παπαδόπουλος,1962,male,GR,witness',
        '"Marie Claire",Dubois,,female,fr,contact',
      ].join('\n'),
    );
    const records = await count(db, 'records');
    const result = await importFile(ctx, admin, csv);
    expect(result).toEqual({ imported: 4, byType: { person: 4 } });
    expect(await count(db, 'records')).toBe(records + 4);
    const [anna] = await db.query<{ data: { names: { script: string; givenNames: string[] }[]; nationalities: string[] }; subject_category: string; tlp: string; source_reliability: string; review_by: string }>(
      `SELECT r.data, r.subject_category, r.tlp, r.source_reliability, r.review_by FROM records r JOIN search_keys k ON k.record_id = r.id WHERE k.kind = 'name' AND k.key = 'иванова'`,
    );
    expect(anna.data.names[0].script).toBe('Cyrl');
    expect(anna.data.nationalities).toEqual(['RU', 'UA']);
    expect(anna).toMatchObject({ subject_category: 'victim', tlp: 'AMBER', source_reliability: 'X', review_by: '2029-11-28' });
    const [marie] = await db.query<{ data: { names: { givenNames: string[] }[] } }>(
      `SELECT r.data FROM records r JOIN search_keys k ON k.record_id = r.id WHERE k.kind = 'name' AND k.key = 'dubois'`,
    );
    expect(marie.data.names[0].givenNames).toEqual(['Marie', 'Claire']);
  });

  it('accepts full_name instead of given and family names', async () => {
    const ctx = testContext(db);
    const csv = file('full.csv', 'full_name,date_of_birth,category\nمحمد عبد الله,1990-01-02,suspect\n');
    await importFile(ctx, admin, csv);
    const [row] = await db.query<{ data: { names: { script: string; fullName: string }[] } }>(
      `SELECT r.data FROM records r JOIN search_keys k ON k.record_id = r.id WHERE k.kind = 'name' AND k.key = 'محمد'`,
    );
    expect(row.data.names[0]).toMatchObject({ script: 'Arab', fullName: 'محمد عبد الله' });
  });

  it('reports every bad row with its line and column, and imports nothing', async () => {
    const ctx = testContext(db);
    const csv = file(
      'bad.csv',
      [
        'given_name,family_name,date_of_birth,gender,nationality,category',
        'Ok,Row,1980-01-01,male,DE,suspect',
        'Bad,Date,2023-02-30,male,DE,suspect',
        'Ok,Again,1981,female,AT,victim',
        'Bad,Category,1980,female,AT,accomplice',
        'Bad,Country,1980,female,XX,suspect',
        ',,1980,female,DE,suspect',
      ].join('\n'),
    );
    const before = { records: await count(db, 'records'), audit: await count(db, 'audit_log') };
    const error = (await importFile(ctx, admin, csv).catch((e: LiaisonError) => e)) as LiaisonError;
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/4 lines are bad, nothing imported/);
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, path: 'date_of_birth' }),
        expect.objectContaining({ line: 5, path: 'category' }),
        expect.objectContaining({ line: 6, path: 'nationality' }),
        expect.objectContaining({ line: 7, path: 'given_name/family_name/full_name' }),
      ]),
    );
    expect(await count(db, 'records')).toBe(before.records);
    expect(await count(db, 'audit_log')).toBe(before.audit);
  });

  it('names the physical line of a bad row after blank lines and multi-line fields, and every short row', async () => {
    const ctx = testContext(db);
    const csv = file(
      'lines.csv',
      ['given_name,family_name,date_of_birth', 'Ok,Row,1980', '', '"Multi', 'Line",Name,1981', '', 'Bad,Date,1980-02-31', 'Short,Row', 'Also,Short'].join('\n'),
    );
    const error = (await importFile(ctx, admin, csv).catch((e: LiaisonError) => e)) as LiaisonError;
    expect(error.issues).toEqual([
      expect.objectContaining({ line: 8, path: '(row)' }),
      expect.objectContaining({ line: 9, path: '(row)' }),
      expect.objectContaining({ line: 7, path: 'date_of_birth' }),
    ]);
  });

  it('names the line of a bad record in a wrapped JSON file', async () => {
    const ctx = testContext(db);
    const good = { type: 'vehicle', protection: PROTECTION, data: { plate: 'AB-123-CD' } };
    const text = `{\n  "note": "[1] first",\n  "records": [\n    ${JSON.stringify(good)},\n    {"type": "vehicle", "data": {}}\n  ]\n}`;
    const error = (await importFile(ctx, admin, file('wrapped.json', text)).catch((e: LiaisonError) => e)) as LiaisonError;
    expect(error.issues).toEqual([expect.objectContaining({ line: 5, path: 'data' })]);
  });

  it('refuses a review-by date more than five years ahead', async () => {
    const ctx = testContext(db);
    const csv = file('far.csv', 'given_name,family_name,review_by\nA,B,2040-01-01\n');
    const error = (await importFile(ctx, admin, csv).catch((e: LiaisonError) => e)) as LiaisonError;
    expect(error.issues).toEqual([expect.objectContaining({ line: 2, path: 'review_by', message: 'must be on or before 2031-11-28' })]);
  });

  it('rejects an unknown column', async () => {
    const ctx = testContext(db);
    const csv = file('unknown.csv', 'given_name,family_name,shoe_size\nA,B,44\n');
    const error = (await importFile(ctx, admin, csv).catch((e: LiaisonError) => e)) as LiaisonError;
    expect(error.issues).toEqual([expect.objectContaining({ line: 1, path: 'shoe_size' })]);
  });

  it('imports document and vehicle CSVs', async () => {
    const ctx = testContext(db);
    const docs = file('docs.csv', 'document_type,number,issuing_state,issued_on,valid_until,category\npassport,P1234567,DE,2019-05-01,2029-04-30,suspect\n');
    const cars = file('cars.csv', 'plate,registration_country,vin,make,model\nM-XY 99,DE,WVWZZZ1JZXW000002,Volkswagen,Golf\n');
    expect((await importFile(ctx, admin, docs)).byType).toEqual({ document: 1 });
    expect((await importFile(ctx, admin, cars)).byType).toEqual({ vehicle: 1 });
  });

  it('names the line of a bad record in a JSON array, and writes one audit entry a batch', async () => {
    const ctx = testContext(db);
    const good = { type: 'vehicle', protection: PROTECTION, data: { plate: 'AB-123-CD', registrationCountry: 'FR' } };
    const bad = { type: 'vehicle', protection: PROTECTION, data: { vin: 'WVWZZZ1JZXW00000I' } };
    const json = file('records.json', JSON.stringify([good, good, bad], null, 2));
    const error = (await importFile(ctx, admin, json).catch((e: LiaisonError) => e)) as LiaisonError;
    const badLine = JSON.stringify([good, good, bad], null, 2).split('\n').findIndex((l, i, all) => l === '  {' && all.slice(0, i).filter((x) => x === '  {').length === 2) + 1;
    expect(error.issues).toEqual([expect.objectContaining({ line: badLine, path: 'data.vin' })]);

    const audit = await count(db, 'audit_log');
    const jsonl = file('records.jsonl', Array.from({ length: 5 }, () => JSON.stringify(good)).join('\n'));
    await importFile(ctx, admin, jsonl, { batchSize: 2 });
    expect(await count(db, 'audit_log')).toBe(audit + 3);
  });

  it('refuses officers without the import right', async () => {
    const ctx = testContext(db);
    const csv = file('small.csv', 'given_name,family_name\nA,B\n');
    await expect(importFile(ctx, officer('analyst'), csv)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
