import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleExists, bundlesOf, findRequest, insertBundle, recordTransmission, requestIdByReference } from '../src/judicial/repository.ts';
import type { Database } from '../src/store/database.ts';
import { testApi } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { PROTECTION } from './support/context.ts';

/**
 * The judicial API on both backends: the check of a request (the
 * `liaison judicial check` contract over HTTP), refusals that store nothing,
 * Interpol notices on a case, the dashboard and the taxonomy, and who may do
 * what. Every person and authority is invented.
 */

type Call = Awaited<ReturnType<typeof testApi>>['call'];
const WHY = { 'liaison-purpose': 'prosecution', 'liaison-justification': 'case XX-2026-7' };

describe.each(testBackends())('judicial API on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let call: Call;
  let caseId: string;
  let personId: string;
  const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM judicial_requests'))[0].n;

  async function send(role: Parameters<Call>[0], method: string, path: string, body: unknown, status: number, headers: Record<string, string> = {}) {
    const res = await call(role, method, path, body, headers);
    const json = (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string; issues?: { path: string; message: string }[] } };
    expect(res.status, JSON.stringify(json)).toBe(status);
    return json;
  }

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    ({ call } = await testApi(db));
    caseId = ((await send('liaison_officer', 'POST', '/api/v1/records', { type: 'case', protection: PROTECTION, data: { reference: 'XX-2026-7', title: 'Arson series' } }, 201)) as { id: string }).id;
    personId = ((await send('liaison_officer', 'POST', '/api/v1/records', { type: 'person', protection: PROTECTION, data: { names: [{ givenNames: ['Orla'], familyName: 'Quennell' }] } }, 201)) as { id: string }).id;
  });
  afterAll(() => dispose());

  it('checks a request without storing it: dual criminality, thresholds and every deadline with its status', async () => {
    const result = await send('judicial_authority', 'POST', '/api/v1/judicial/check', {
      type: 'eaw',
      offence: { listOffence: 'eaw-fraud', maxPenaltyMonths: 35 },
      events: [{ type: 'arrest', date: '2026-03-01' }, { type: 'consent', date: '2026-03-02', given: true }],
    }, 200);
    expect(result).toMatchObject({ criminality: { dualCriminality: { required: true } } });
    expect((result.deadlines as { id: string; due: string }[]).find((d) => d.id === 'decision')).toMatchObject({ due: '2026-03-12', status: 'overdue' });
    expect(await count()).toBe(0);
    const bad = await send('judicial_authority', 'POST', '/api/v1/judicial/check', { type: 'eaw', offence: { iccs: '0199', maxPenaltyMonths: 24 }, events: [] }, 400);
    expect(bad.error!.issues).toContainEqual(expect.objectContaining({ path: 'offence.iccs' }));
  });

  it('refuses to issue to an unknown partner, storing nothing', async () => {
    const res = await send('judicial_authority', 'POST', '/api/v1/judicial/requests', { type: 'mla', partner: 'nowhere-node', issuingAuthority: 'A', executingAuthority: 'B', offence: { iccs: '0504', maxPenaltyMonths: 24 }, content: {} }, 404, WHY);
    expect(res.error!.code).toBe('not_found');
    expect(await count()).toBe(0);
  });

  it('records a diffusion and a notice on a case, their steps, and lists them by case; audited', async () => {
    const diffusion = await send('judicial_authority', 'POST', '/api/v1/judicial/notices', { form: 'diffusion', colour: 'blue', caseId, subjectId: personId, issuingAuthority: 'Parquet (fictional)', summary: 'Locate: witness to the fires', addressees: ['BE', 'NL'] }, 201, WHY);
    expect(diffusion).toMatchObject({ stage: 'requested', content: { form: 'diffusion', colour: 'blue', addressees: ['BE', 'NL'] } });
    const bad = await send('judicial_authority', 'POST', '/api/v1/judicial/notices', { form: 'diffusion', colour: 'yellow', caseId, issuingAuthority: 'P', summary: 'missing' }, 400, WHY);
    expect(bad.error!.issues!.map((i) => i.path).sort()).toEqual(['addressees', 'subjectId']);
    const notPerson = await send('judicial_authority', 'POST', '/api/v1/judicial/notices', { form: 'notice', colour: 'blue', caseId, subjectId: caseId, issuingAuthority: 'P', summary: 'x' }, 400, WHY);
    expect(notPerson.error!.issues).toContainEqual(expect.objectContaining({ path: 'subjectId' }));
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await send('judicial_authority', 'POST', `/api/v1/judicial/notices/${diffusion.id}/steps`, { type: 'published', date: tomorrow }, 400);
    await send('judicial_authority', 'POST', `/api/v1/judicial/notices/${diffusion.id}/steps`, { type: 'withdrawn', date: today }, 400);
    const located = await send('judicial_authority', 'POST', `/api/v1/judicial/notices/${diffusion.id}/steps`, { type: 'published', date: today }, 201);
    expect(located.stage).toBe('published');
    const listed = await send('liaison_officer', 'GET', `/api/v1/judicial/requests?caseId=${caseId}`, undefined, 200);
    expect((listed.requests as { id: string; stage: string }[]).map((r) => [r.id, r.stage])).toEqual([[diffusion.id, 'published']]);
    const ids = async (open: string) => ((await send('liaison_officer', 'GET', `/api/v1/judicial/requests?caseId=${caseId}&open=${open}`, undefined, 200)).requests as { id: string }[]).map((r) => r.id);
    expect(await ids('true')).toEqual([diffusion.id]);
    expect(await ids('false')).toEqual([]);
    const read = await send('liaison_officer', 'GET', `/api/v1/judicial/requests/${diffusion.id}`, undefined, 200, WHY);
    expect(read.events).toHaveLength(1);
    const audit = await db.query<{ action: string; record_ids: string[] }>(`SELECT action, record_ids FROM audit_log WHERE details::text LIKE $1 ORDER BY seq`, [`%${diffusion.id}%`]);
    expect(audit.map((a) => a.action)).toEqual(['collection', 'alteration', 'consultation']);
    expect(audit[0].record_ids.sort()).toEqual([caseId, personId].sort());
    await send('judicial_authority', 'POST', `/api/v1/judicial/notices/${diffusion.id}/steps`, { type: 'withdrawn', date: today, reason: 'witness found' }, 201);
    expect(await ids('false')).toEqual([diffusion.id]);
    expect(await ids('true')).toEqual([]);
  });

  it('keeps a partner’s bundle and acknowledgement with a request (the repository on this backend)', async () => {
    const [{ id, issuingNode, reference }] = await db.query<{ id: string; issuingNode: string; reference: string }>(`SELECT id, issuing_node AS "issuingNode", reference FROM judicial_requests LIMIT 1`);
    const bundleId = crypto.randomUUID();
    expect(await bundleExists(db, bundleId)).toBe(false);
    expect(await requestIdByReference(db, issuingNode, reference)).toBe(id);
    expect(await requestIdByReference(db, 'xx-node', reference)).toBeNull();
    await db.transaction(async (tx) => {
      await insertBundle(tx, { id: bundleId, requestId: id, bundle: { manifest: { bundleId } }, manifestDigest: 'ab'.repeat(32), verification: { valid: true }, sourceNode: 'xx-node', createdAt: new Date().toISOString() });
      await recordTransmission(tx, id, { accepted: false, receivedAt: new Date().toISOString(), reasons: ['no agreement'], problems: [] }, 'not_accepted', new Date().toISOString());
    });
    expect((await bundlesOf(db, id)).map((b) => [b.id, b.sourceNode])).toEqual([[bundleId, 'xx-node']]);
    expect(await bundleExists(db, bundleId)).toBe(true);
    expect(await findRequest(db, id)).toMatchObject({ stage: 'not_accepted', transmission: { accepted: false, reasons: ['no agreement'] } });
  });

  it('serves the dashboard (no personal data) and the taxonomy with the fictional tables marked', async () => {
    const dashboard = await send('liaison_officer', 'GET', '/api/v1/judicial/dashboard?dueWithinDays=14', undefined, 200);
    expect(dashboard).toMatchObject({ dueWithinDays: 14, comparisons: expect.arrayContaining([expect.objectContaining({ publishedDays: 16.4 }), expect.objectContaining({ publishedDays: 45.1 })]) });
    expect(JSON.stringify(dashboard)).not.toMatch(/Quennell|Orla/);
    const taxonomy = await send('judicial_authority', 'GET', '/api/v1/judicial/taxonomy', undefined, 200);
    expect((taxonomy.eawListOffences as unknown[]).length).toBe(32);
    expect((taxonomy.nationalTables as { fictional: boolean }[]).every((t) => t.fictional)).toBe(true);
    expect((taxonomy.iccs as { code: string; title: string }[]).find((c) => c.code === '0101')?.title).toMatch(/intentional homicide/i);
  });

  it('lets judicial authorities act and refuses others', async () => {
    await send('analyst', 'GET', '/api/v1/judicial/dashboard', undefined, 403);
    await send('liaison_officer', 'POST', '/api/v1/judicial/notices', { form: 'notice', colour: 'black', caseId, issuingAuthority: 'P', summary: 'unidentified body' }, 403, WHY);
    await send(null, 'GET', '/api/v1/judicial/taxonomy', undefined, 401);
  });
});
