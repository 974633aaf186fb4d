import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../src/audit/audit-log.ts';
import type { Database } from '../src/store/database.ts';
import { WHY_HEADERS, testApi } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { PROTECTION } from './support/context.ts';

/**
 * The data-protection officer's view of the audit log: a search by action,
 * actor, record and period, newest first, a page at a time; statistics by
 * action, purpose, recipient and refusal. Both are for the data-protection
 * officer only and are themselves recorded.
 */

type Api = Awaited<ReturnType<typeof testApi>>;
interface Entry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  purpose: string | null;
  justification: string | null;
  recordIds: string[];
  recipients: string[];
  details: Record<string, unknown>;
}

describe.each(testBackends())('audit search and statistics on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let api: Api;
  let recordId: string;
  let otherId: string;

  async function get<T>(path: string, status = 200, role: Parameters<Api['call']>[0] = 'data_protection_officer'): Promise<T> {
    const res = await api.call(role, 'GET', path);
    const json = (await res.json()) as T;
    expect(res.status, JSON.stringify(json)).toBe(status);
    return json;
  }

  const person = (family: string) => ({ type: 'person', protection: PROTECTION, data: { names: [{ kind: 'primary', givenNames: ['Ada'], familyName: family, script: 'Latn' }] } });

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    api = await testApi(db);
    const created = async (family: string) => {
      const res = await api.call('liaison_officer', 'POST', '/api/v1/records', person(family));
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    recordId = await created('Prüfling');
    otherId = await created('Anderwelt');
    api.ctx.clock.advance(60_000);
    for (let i = 0; i < 3; i++) expect((await api.call('analyst', 'GET', `/api/v1/records/${recordId}`, undefined, WHY_HEADERS)).status).toBe(200);
    api.ctx.clock.advance(60_000);
    await db.transaction((tx) =>
      appendAudit(tx, api.ctx.clock, [
        { actor: 'system', action: 'disclosure', purpose: 'investigation', recordIds: [recordId], recipients: ['fr-node'], details: { kind: 'follow_up' } },
        { actor: 'system', action: 'disclosure', purpose: 'prosecution', recordIds: [otherId], recipients: ['fr-node', 'it-node'] },
        { actor: 'node:fr-node', action: 'request_refused', purpose: 'investigation', details: { kind: 'exchange.query', reasons: ['no agreement'] } },
        { actor: 'node:fr-node', action: 'request_refused', details: { kind: 'exchange.query', reasons: ['ceiling'] } },
        { actor: 'node:it-node', action: 'envelope_rejected', details: { reason: 'expired', message: 'expired' } },
      ]),
    );
  });
  afterAll(() => dispose());

  it('finds the entries about a record, newest first, with their details parsed', async () => {
    const { entries } = await get<{ entries: Entry[] }>(`/api/v1/audit/entries?recordId=${recordId}`);
    expect(entries.map((e) => e.action)).toEqual(['disclosure', 'consultation', 'consultation', 'consultation', 'collection']);
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => b - a));
    expect(entries.every((e) => e.recordIds.includes(recordId))).toBe(true);
    expect(entries[0]).toMatchObject({ actor: 'system', purpose: 'investigation', recipients: ['fr-node'], details: { kind: 'follow_up' } });
    expect(entries[1]).toMatchObject({ purpose: 'investigation', justification: 'case TEST-2026-001' });
    expect(Object.keys(entries[0]).sort()).toEqual(['action', 'actor', 'at', 'details', 'justification', 'purpose', 'recipients', 'recordIds', 'seq']);
  });

  it('filters by action, actor and period, and pages with before', async () => {
    const consultations = await get<{ entries: Entry[] }>(`/api/v1/audit/entries?action=consultation&recordId=${recordId}`);
    expect(consultations.entries).toHaveLength(3);
    const byActor = await get<{ entries: Entry[] }>('/api/v1/audit/entries?actor=node:fr-node');
    expect(byActor.entries.map((e) => e.action)).toEqual(['request_refused', 'request_refused']);

    const first = await get<{ entries: Entry[] }>(`/api/v1/audit/entries?recordId=${recordId}&limit=2`);
    expect(first.entries.map((e) => e.action)).toEqual(['disclosure', 'consultation']);
    const second = await get<{ entries: Entry[] }>(`/api/v1/audit/entries?recordId=${recordId}&limit=2&before=${first.entries[1].seq}`);
    expect(second.entries.map((e) => e.action)).toEqual(['consultation', 'consultation']);
    const third = await get<{ entries: Entry[] }>(`/api/v1/audit/entries?recordId=${recordId}&limit=2&before=${second.entries[1].seq}`);
    expect(third.entries.map((e) => e.action)).toEqual(['collection']);

    const start = new Date('2026-11-28T09:00:30Z').toISOString();
    const end = new Date('2026-11-28T09:01:30Z').toISOString();
    const period = await get<{ entries: Entry[] }>(`/api/v1/audit/entries?from=${encodeURIComponent(start)}&to=${encodeURIComponent(end)}&recordId=${recordId}`);
    expect(period.entries.map((e) => e.action)).toEqual(['consultation', 'consultation', 'consultation']);
  });

  it('refuses bad criteria in words', async () => {
    const tooMany = await get<{ error: { issues: { path: string }[] } }>('/api/v1/audit/entries?limit=501', 400);
    expect(tooMany.error.issues.map((i) => i.path)).toContain('query.limit');
    await get('/api/v1/audit/entries?action=gossip', 400);
    await get('/api/v1/audit/entries?from=yesterday', 400);
    await get('/api/v1/audit/entries?from=2026-11-29T00:00:00Z&to=2026-11-28T00:00:00Z', 400);
  });

  it('is for the data-protection officer only, and every search is recorded', async () => {
    for (const role of ['liaison_officer', 'analyst', 'supervisor', 'judicial_authority', 'administrator'] as const) {
      await get(`/api/v1/audit/entries?recordId=${recordId}`, 403, role);
      await get('/api/v1/audit/statistics', 403, role);
    }
    await get(`/api/v1/audit/entries?recordId=${recordId}&limit=3`);
    const [last] = await db.query<{ action: string; details: string }>('SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1');
    expect(last.action).toBe('audit_export');
    expect(JSON.parse(last.details)).toEqual({ search: { recordId, limit: 3 }, entries: 3 });
  });

  it('counts by action, consultations by purpose, disclosures by recipient and refusals by kind and partner', async () => {
    const end = new Date('2026-11-28T09:03:00Z').toISOString();
    const stats = await get<{
      total: number;
      byAction: { action: string; count: number }[];
      consultationsByPurpose: { purpose: string; count: number }[];
      disclosuresByRecipient: { recipient: string; count: number }[];
      refusals: { action: string; kind: string; partner: string; count: number }[];
    }>(`/api/v1/audit/statistics?to=${encodeURIComponent(end)}`);
    const count = (action: string) => stats.byAction.find((a) => a.action === action)?.count;
    expect(count('collection')).toBe(2);
    expect(count('consultation')).toBe(3);
    expect(count('disclosure')).toBe(2);
    expect(stats.total).toBe(stats.byAction.reduce((s, a) => s + a.count, 0));
    expect(stats.consultationsByPurpose).toEqual([{ purpose: 'investigation', count: 3 }]);
    expect(stats.disclosuresByRecipient).toEqual([{ recipient: 'fr-node', count: 2 }, { recipient: 'it-node', count: 1 }]);
    expect(stats.refusals).toEqual(expect.arrayContaining([
      { action: 'request_refused', kind: 'exchange.query', partner: 'fr-node', count: 2 },
      { action: 'envelope_rejected', kind: 'expired', partner: 'it-node', count: 1 },
    ]));
    const empty = await get<{ total: number; byAction: unknown[] }>(`/api/v1/audit/statistics?from=${encodeURIComponent('2030-01-01T00:00:00Z')}`);
    expect(empty).toMatchObject({ total: 0, byAction: [] });
  });
});
