import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/store/database.ts';
import { WHY_HEADERS, testApi } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { PROTECTION } from './support/context.ts';

/**
 * The biometrics API: enrolment of DNA profiles and face templates on
 * records (refused input stores nothing), officers' searches (audited), and
 * erasure of a record taking its profiles with it. All values are synthetic.
 */

type Call = Awaited<ReturnType<typeof testApi>>['call'];

const LOCI = {
  D3S1358: ['14', '16'],
  vWA: ['15', '18'],
  D8S1179: ['10', '13'],
  D21S11: ['28', '32.2'],
  D18S51: ['12', '19'],
  TH01: ['8', '9.3'],
  FGA: ['20', '23'],
  D2S441: ['11', '11'],
};

function vector(seed: number, dimensions: number): number[] {
  return Array.from({ length: dimensions }, (_, i) => Math.cos(seed * 7.1 + i * 1.3) + (i % 3));
}

describe.each(testBackends())('biometrics API on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let call: Call;
  let personId: string;
  const profiles = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM biometric_profiles WHERE erased_at IS NULL'))[0].n;

  async function post(path: string, body: unknown, status: number, role: Parameters<Call>[0] = 'liaison_officer', headers: Record<string, string> = {}) {
    const res = await call(role, 'POST', path, body, headers);
    const json = (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string; issues?: { path: string }[] } };
    expect(res.status, JSON.stringify(json)).toBe(status);
    return json;
  }

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    ({ call } = await testApi(db));
    const person = await post('/api/v1/records', { type: 'person', protection: PROTECTION, data: { names: [{ kind: 'primary', givenNames: ['Quirin'], familyName: 'Probefeld', script: 'Latn' }] } }, 201);
    personId = person.id as string;
  });
  afterAll(() => dispose());

  it('enrols a reference profile on a person and refuses, storing nothing, what the Prüm rules or the record do not allow', async () => {
    const enrolled = await post('/api/v1/biometrics/dna', { recordId: personId, profile: { kind: 'reference', loci: LOCI } }, 201);
    expect(enrolled).toMatchObject({ recordId: personId, kind: 'reference' });
    const [audit] = await db.query<{ action: string; record_ids: string[] }>(`SELECT action, record_ids FROM audit_log ORDER BY seq DESC LIMIT 1`);
    expect(audit).toEqual({ action: 'collection', record_ids: [personId] });
    const before = await profiles();

    const fiveLoci = Object.fromEntries(Object.entries(LOCI).slice(0, 5));
    const refused = await post('/api/v1/biometrics/dna', { recordId: personId, profile: { kind: 'stain', loci: fiveLoci } }, 400);
    expect(refused.error!.message).toMatch(/refused by the Prüm acceptance rules/);
    const unknown = await post('/api/v1/biometrics/dna', { recordId: personId, profile: { kind: 'reference', loci: { ...LOCI, D99S999: ['1', '2'] } } }, 400);
    expect(unknown.error!.message).toMatch(/D99S999/);
    const stainOnPerson = await post('/api/v1/biometrics/dna', { recordId: personId, profile: { kind: 'stain', loci: LOCI } }, 400);
    expect(stainOnPerson.error!.message).toMatch(/case or event/);
    await post('/api/v1/biometrics/dna', { recordId: '00000000-0000-4000-8000-000000000000', profile: { kind: 'reference', loci: LOCI } }, 404);
    expect(await profiles()).toBe(before);
  });

  it('keeps one dimension per face engine and version, and refuses other vectors', async () => {
    await post('/api/v1/biometrics/face', { recordId: personId, template: { engine: 'acme-face', engineVersion: '3.0', vector: vector(1, 128) } }, 201);
    const before = await profiles();
    const wrong = await post('/api/v1/biometrics/face', { recordId: personId, template: { engine: 'acme-face', engineVersion: '3.0', vector: vector(2, 64) } }, 400);
    expect(wrong.error!.message).toMatch(/128 dimensions; this one has 64/);
    const garbage = await post('/api/v1/biometrics/face', { recordId: personId, template: { engine: 'acme-face', engineVersion: '3.0', vector: ['a', ...vector(3, 127)] } }, 400);
    expect(garbage.error!.issues!.map((i) => i.path).join()).toMatch(/vector/);
    expect(await profiles()).toBe(before);
  });

  it('searches with a justification, audited, and forgets the profiles of an erased record', async () => {
    await post('/api/v1/biometrics/search', { modality: 'dna', profile: { kind: 'stain', loci: LOCI } }, 400, 'analyst');
    const dna = await post('/api/v1/biometrics/search', { modality: 'dna', profile: { kind: 'stain', loci: { ...LOCI, FGA: ['20', '24'] } } }, 200, 'analyst', WHY_HEADERS);
    expect(dna.candidates).toEqual([expect.objectContaining({ recordId: personId, matcher: 'dna/prum', scores: expect.objectContaining({ type: 'near', mismatches: 1 }) })]);
    const [audit] = await db.query<{ action: string; purpose: string; record_ids: string[] }>(`SELECT action, purpose, record_ids FROM audit_log ORDER BY seq DESC LIMIT 1`);
    expect(audit).toEqual({ action: 'consultation', purpose: 'investigation', record_ids: [personId] });
    const face = await post('/api/v1/biometrics/search', { modality: 'face', template: { engine: 'acme-face', engineVersion: '3.0', vector: vector(1, 128) }, top: 5 }, 200, 'analyst', WHY_HEADERS);
    expect((face.candidates as { recordId: string; scores: { similarity: number } }[])[0]).toMatchObject({ recordId: personId });

    const erase = await call('supervisor', 'POST', `/api/v1/records/${personId}/erase`, { reason: 'test erasure of synthetic data' });
    expect(erase.status).toBe(204);
    expect(await profiles()).toBe(0);
    const after = await post('/api/v1/biometrics/search', { modality: 'dna', profile: { kind: 'stain', loci: LOCI } }, 200, 'analyst', WHY_HEADERS);
    expect(after.candidates).toEqual([]);
  });

  it('lets only deciding officers see candidates; statistics carry no personal data', async () => {
    expect((await call('analyst', 'GET', '/api/v1/biometrics/candidates')).status).toBe(403);
    expect((await call('liaison_officer', 'GET', '/api/v1/biometrics/candidates')).status).toBe(200);
    const stats = await call('judicial_authority', 'GET', '/api/v1/biometrics/statistics');
    expect(stats.status).toBe(200);
    expect(await stats.json()).toEqual({ statistics: [] });
  });
});
