import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/store/database.ts';
import { WHY_HEADERS, testApi } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { PROTECTION } from './support/context.ts';

/**
 * The officer screening API, POST /api/v1/matching/screen: persons created,
 * changed and erased through the records API are found (or no longer found)
 * by transliterated and reordered names, live person alerts are found too,
 * every screening is audited as a consultation, and bad requests are refused.
 * All names are invented.
 */

type Api = Awaited<ReturnType<typeof testApi>>;
type Call = Api['call'];

interface Candidate {
  source: 'record' | 'alert';
  id: string;
  score: number;
  explanation: {
    score: number;
    weight: number;
    match: boolean;
    evidence: { field: string; level: string; weight: number; detail?: string }[];
    names?: { a: string; b: string; agreement: string; similarity: number }[];
  };
}
interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}
interface AuditRow {
  seq: number;
  actor: string;
  action: string;
  purpose: string | null;
  justification: string | null;
  record_ids: string[];
  details: string;
}

const CYRILLIC_A = '\u0430';
const SCREEN = '/api/v1/matching/screen';

/** A person record whose names are given as stored names (script-tagged). */
function person(names: { givenNames: string[]; familyName: string; script: string }[], extra: Record<string, unknown> = {}) {
  return {
    type: 'person' as const,
    protection: PROTECTION,
    data: { names: names.map((n, i) => ({ kind: i === 0 ? 'primary' : 'transliteration', ...n })), nationalities: ['RU'], gender: 'female', ...extra },
  };
}

async function latestAudit(db: Database, action?: string): Promise<AuditRow> {
  const [row] = await db.query<AuditRow>(
    `SELECT seq, actor, action, purpose, justification, record_ids, details FROM audit_log
     WHERE $1::text IS NULL OR action = $1 ORDER BY seq DESC LIMIT 1`,
    [action ?? null],
  );
  return row;
}

async function auditCount(db: Database): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))[0].n;
}

describe.each(testBackends())('screening API on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let call: Call;

  /** Screens as an analyst with a purpose and justification; expects 200 and returns the candidates. */
  async function screen(body: Record<string, unknown>): Promise<Candidate[]> {
    const res = await call('analyst', 'POST', SCREEN, body, WHY_HEADERS);
    const json = (await res.json()) as { candidates: Candidate[] } & ErrorBody;
    expect(res.status, JSON.stringify(json)).toBe(200);
    return json.candidates;
  }
  const ids = (candidates: Candidate[], source: Candidate['source'] = 'record') => candidates.filter((c) => c.source === source).map((c) => c.id);

  async function create(body: unknown): Promise<{ id: string; version: number }> {
    const res = await call('liaison_officer', 'POST', '/api/v1/records', body);
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; version: number };
  }

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    ({ call } = await testApi(db));
  });
  afterAll(() => dispose());

  let yuliya: { id: string; version: number };
  let twin: { id: string; version: number };

  describe('records', () => {
    beforeAll(async () => {
      yuliya = await create(person([{ givenNames: ['Юлия'], familyName: 'Щербакова', script: 'Cyrl' }], { dateOfBirth: '1985-04-12' }));
      // Her namesake: same family name and year, another given name and day.
      twin = await create(person([{ givenNames: ['Ксения'], familyName: 'Щербакова', script: 'Cyrl' }], { dateOfBirth: '1985-09-30' }));
      await create(person([{ givenNames: ['Dmitri'], familyName: 'Sokolov', script: 'Latn' }], { dateOfBirth: '1979-01-02', gender: 'male' }));
    });

    it('finds a Cyrillic record by a romanised, reordered name, explaining the name and date of birth evidence', async () => {
      const found = await screen({ name: 'SHCHERBAKOVA, Yulia', dateOfBirth: '1985-04-12' });
      expect(ids(found)).toContain(yuliya.id);
      expect(ids(found)).not.toContain(twin.id);
      const candidate = found.find((c) => c.id === yuliya.id)!;
      expect(candidate).toMatchObject({ source: 'record', explanation: { match: true } });
      expect(candidate.score).toBeGreaterThan(0.5);
      expect(candidate.score).toBeLessThanOrEqual(1);
      const fields = candidate.explanation.evidence.map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['name', 'dateOfBirth']));
      const name = candidate.explanation.evidence.find((e) => e.field === 'name')!;
      const date = candidate.explanation.evidence.find((e) => e.field === 'dateOfBirth')!;
      expect(name.weight).toBeGreaterThan(0);
      expect(name.level).not.toBe('different');
      expect(date).toMatchObject({ level: 'exact' });
      expect(date.weight).toBeGreaterThan(0);
    });

    it('ranks candidates best first and keeps to top', async () => {
      const found = await screen({ name: 'Yuliya Shcherbakova', dateOfBirth: '1985' });
      const weights = found.map((c) => c.explanation.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      expect(found.length).toBeGreaterThanOrEqual(1);
      expect(await screen({ name: 'Yuliya Shcherbakova', dateOfBirth: '1985', top: 1 })).toHaveLength(Math.min(1, found.length));
    });

    it('finds nobody for a stranger', async () => {
      expect(await screen({ name: 'Zephyrine Quorblewick', dateOfBirth: '1950-07-07' })).toEqual([]);
    });

    it('audits a screening as a consultation listing the record ids found, with purpose and justification', async () => {
      const found = await screen({ name: 'Юлия Щербакова', dateOfBirth: '1985-04-12' });
      expect(ids(found)).toContain(yuliya.id);
      const entry = await latestAudit(db);
      expect(entry).toMatchObject({
        action: 'consultation',
        purpose: WHY_HEADERS['liaison-purpose'],
        justification: WHY_HEADERS['liaison-justification'],
      });
      expect([...entry.record_ids].sort()).toEqual(ids(found).sort());
      expect(JSON.parse(entry.details)).toMatchObject({ screening: { name: 'Юлия Щербакова', dateOfBirth: '1985-04-12' } });
      const me = (await (await call('analyst', 'GET', '/api/v1/me')).json()) as { id: string };
      expect(entry.actor).toBe(me.id);
    });

    it('audits a screening that finds nothing too, with no record ids', async () => {
      const before = await auditCount(db);
      await screen({ name: 'Zephyrine Quorblewick' });
      expect(await auditCount(db)).toBe(before + 1);
      expect(await latestAudit(db)).toMatchObject({ action: 'consultation', record_ids: [] });
    });

    it('follows a change of name through the records API: the old name no longer finds the record, the new one does', async () => {
      const anna = await create(person([{ givenNames: ['Анна'], familyName: 'Кузнецова', script: 'Cyrl' }], { dateOfBirth: '1990-02-14' }));
      expect(ids(await screen({ name: 'Anna Kuznetsova', dateOfBirth: '1990-02-14' }))).toContain(anna.id);
      const renamed = person([{ givenNames: ['Анна'], familyName: 'Белозерская', script: 'Cyrl' }], { dateOfBirth: '1990-02-14' });
      const res = await call('liaison_officer', 'PUT', `/api/v1/records/${anna.id}`, renamed, { 'if-match': `"${anna.version}"` });
      expect(res.status).toBe(200);
      expect(ids(await screen({ name: 'Anna Kuznetsova', dateOfBirth: '1990-02-14' }))).not.toContain(anna.id);
      expect(ids(await screen({ name: 'BELOZERSKAYA, Anna', dateOfBirth: '1990-02-14' }))).toContain(anna.id);
    });

    it('no longer finds an erased record', async () => {
      const olga = await create(person([{ givenNames: ['Ольга'], familyName: 'Воронцова', script: 'Cyrl' }], { dateOfBirth: '1972-11-03' }));
      expect(ids(await screen({ name: 'Olga Vorontsova', dateOfBirth: '1972-11-03' }))).toContain(olga.id);
      expect((await call('supervisor', 'POST', `/api/v1/records/${olga.id}/erase`, { reason: 'retention period over' })).status).toBe(204);
      expect(ids(await screen({ name: 'Olga Vorontsova', dateOfBirth: '1972-11-03' }))).not.toContain(olga.id);
      expect(ids(await screen({ name: 'Ольга Воронцова' }))).not.toContain(olga.id);
    });

    // Known bug (reported): the index follows records by change_seq, taken from a
    // sequence when a row is written, not when it commits. On PostgreSQL a
    // transaction that took a lower number and commits after a screening has
    // seen a higher one is never picked up: the record keeps its old name (an
    // erased record stays findable). PGlite has one connection, so it cannot
    // happen there. Remove `.fails` once src/matching/screening.ts is fixed.
    (backend.name === 'postgres' ? it : it.skip)('picks up a change committed after a screening saw a later change', async () => {
      const tamara = await create(person([{ givenNames: ['Тамара'], familyName: 'Лебедева', script: 'Cyrl' }], { dateOfBirth: '1966-06-16' }));
      expect(ids(await screen({ name: 'Tamara Lebedeva', dateOfBirth: '1966-06-16' }))).toContain(tamara.id);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const renamed = new Promise<void>((resolve) => (written = resolve));
      // A slow writer renames her (taking the next change number) and holds its transaction open…
      const slow = db.transaction(async (tx) => {
        await tx.query(`UPDATE records SET data = jsonb_set(data, '{names,0,familyName}', '"Орлова"') WHERE id = $1`, [tamara.id]);
        written();
        await held;
      });
      await renamed;
      // …while another person is created (a later number) and a screening brings the index up to that number.
      const irina = await create(person([{ givenNames: ['Ирина'], familyName: 'Соколова', script: 'Cyrl' }], { dateOfBirth: '1981-03-21' }));
      expect(ids(await screen({ name: 'Irina Sokolova', dateOfBirth: '1981-03-21' }))).toContain(irina.id);
      release();
      await slow;
      expect(ids(await screen({ name: 'Tamara Lebedeva', dateOfBirth: '1966-06-16' }))).not.toContain(tamara.id);
      expect(ids(await screen({ name: 'ORLOVA, Tamara', dateOfBirth: '1966-06-16' }))).toContain(tamara.id);
    });

    it('finds a record created after the index was first built, by any of its stored names', async () => {
      const later = await create(
        person([
          { givenNames: ['Ελένη'], familyName: 'Παπαδοπούλου', script: 'Grek' },
          { givenNames: ['Eleni'], familyName: 'Papadopoulou', script: 'Latn' },
        ], { dateOfBirth: '1988-08-08', nationalities: ['GR'] }),
      );
      expect(ids(await screen({ name: 'Papadopoulou Eleni', dateOfBirth: '1988-08-08' }))).toContain(later.id);
      expect(ids(await screen({ name: 'Ελένη Παπαδοπούλου', dateOfBirth: '1988-08-08' }))).toContain(later.id);
    });
  });

  describe('alerts', () => {
    it('finds a live person alert, with source alert, and lists it in the audit entry', async () => {
      const res = await call('liaison_officer', 'POST', '/api/v1/alerts', {
        category: 'arrest',
        subject: { type: 'person', data: { names: [{ givenNames: ['Марек'], familyName: 'Вольны', script: 'Cyrl' }], dateOfBirth: '1979-05-05' } },
        actionToTake: 'Arrest for surrender under a European Arrest Warrant; inform the issuer at once',
        expiresAt: '2027-06-01T00:00:00Z',
        protection: PROTECTION,
      });
      expect(res.status).toBe(201);
      const alert = (await res.json()) as { id: string };
      const found = await screen({ name: 'Marek Volny', dateOfBirth: '1979-05-05' });
      expect(ids(found, 'alert')).toEqual([alert.id]);
      expect(ids(found, 'record')).toEqual([]);
      const entry = await latestAudit(db);
      expect(entry).toMatchObject({ action: 'consultation', record_ids: [] });
      expect(JSON.parse(entry.details)).toMatchObject({ alerts: [alert.id] });
      expect(ids(await screen({ name: 'Marek Volny', dateOfBirth: '1979-05-05', alerts: false }), 'alert')).toEqual([]);
      const withdrawn = await call('liaison_officer', 'POST', `/api/v1/alerts/${alert.id}/withdraw`, { reason: 'the warrant was executed' });
      expect(withdrawn.status).toBe(204);
      expect(ids(await screen({ name: 'Marek Volny', dateOfBirth: '1979-05-05' }), 'alert')).toEqual([]);
    });
  });

  describe('refusals', () => {
    it('refuses a screening without purpose and justification (400 justification_required), auditing only the refusal', async () => {
      const before = await auditCount(db);
      const res = await call('analyst', 'POST', SCREEN, { name: 'Yuliya Shcherbakova' });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe('justification_required');
      expect(await auditCount(db)).toBe(before + 1);
      expect(await latestAudit(db)).toMatchObject({ action: 'access_refused', record_ids: [] });
    });

    it('refuses a name mixing Latin and Cyrillic letters (400 invalid_input) with a message saying so, auditing no consultation', async () => {
      const before = await auditCount(db);
      const res = await call('analyst', 'POST', SCREEN, { name: `Yuliya Shcherb${CYRILLIC_A}kova` }, WHY_HEADERS);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/mixes Latin and Cyrillic/);
      expect(error.message).not.toMatch(/internal|undefined|\[object/i);
      expect(await auditCount(db)).toBe(before);
    });

    // Known bug (reported): the refusal names the matcher's internal field
    // `names[0]` rather than the request's field `name`. Remove `.fails` once
    // src/matching/screening-service.ts maps the issue to `name`.
    it('names the request field `name` in the issue of a mixed-script name', async () => {
      const res = await call('analyst', 'POST', SCREEN, { name: `Yuliya Shcherb${CYRILLIC_A}kova` }, WHY_HEADERS);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.issues).toEqual([{ path: 'name', message: expect.stringMatching(/mixes Latin and Cyrillic/) }]);
    });

    it('refuses an empty name, an impossible date and an unknown field (400 invalid_input)', async () => {
      for (const body of [{ name: '' }, { name: '...' }, { name: 'Yuliya Shcherbakova', dateOfBirth: '1985-02-30' }, { name: 'Yuliya Shcherbakova', alias: 'x' }, { name: 'Yuliya Shcherbakova', top: 0 }]) {
        const res = await call('analyst', 'POST', SCREEN, body, WHY_HEADERS);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_input');
      }
    });

    it('refuses an officer without records:read (403 forbidden)', async () => {
      const res = await call('administrator', 'POST', SCREEN, { name: 'Yuliya Shcherbakova' }, WHY_HEADERS);
      expect(res.status).toBe(403);
    });
  });
});
