import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/identity/roles.ts';
import type { Database } from '../src/store/database.ts';
import { WHY_HEADERS, testApi } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { PROTECTION, personInput } from './support/context.ts';

/** The body limit of the app under test: small, so that an oversized body is cheap to send. */
const MAX_BODY = 8 * 1024;
/** A well-formed UUID that names no record. */
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
/** A password good enough for officers created by the tests. */
const PASSWORD = 'correct horse battery staple';

type Api = Awaited<ReturnType<typeof testApi>>;
type Call = Api['call'];

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}
interface StoredRecordBody {
  id: string;
  type: string;
  protection: Record<string, unknown> & { ownerNode: string; reviewBy: string; tlp: string };
  data: Record<string, unknown> | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
  links?: { id: string; fromId: string; toId: string; type: string }[];
}
interface AuditRowBody {
  seq: number;
  actor: string;
  action: string;
  purpose: string | null;
  justification: string | null;
  record_ids: string[];
  recipients: string[];
  details: string;
}
interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
  components: { securitySchemes: Record<string, { type: string; scheme: string }> };
}

/** The JSON body of a response, typed by the caller. */
async function bodyOf<T>(res: Response): Promise<T> {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as T;
}

/** Asserts the error response shape `{ error: { code, message, issues? } }`, its status and code. */
async function expectError(res: Response, status: number, code: string): Promise<ErrorBody['error']> {
  expect(res.status).toBe(status);
  const body = await bodyOf<ErrorBody>(res);
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  if (body.error.issues !== undefined) {
    expect(body.error.issues.length).toBeGreaterThan(0);
    for (const issue of body.error.issues) expect(issue).toEqual({ path: expect.any(String), message: expect.any(String) });
  }
  return body.error;
}

/** True when the error's message or one of its issues (path or message) names `field` as a whole word (so `id` is not found in `Invalid`). */
function namesField(error: ErrorBody['error'], field: string): boolean {
  const word = new RegExp(`(^|[^\\w-])${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`);
  return word.test(error.message) || (error.issues ?? []).some((i) => i.path === field || i.path.endsWith(`.${field}`) || word.test(i.message));
}

/** A deep copy of `value` changed by `change`: for building bad inputs from good ones. */
function altered<T>(value: T, change: (copy: any) => void): unknown {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}

/** How many records, the sum of their versions, and how many audit entries (all, and those that are not refusals). */
async function snapshot(db: Database) {
  const [r] = await db.query<{ n: number; versions: number }>('SELECT count(*)::int AS n, coalesce(sum(version), 0)::int AS versions FROM records');
  const [a] = await db.query<{ n: number; refused: number }>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE action = 'access_refused')::int AS refused FROM audit_log`,
  );
  return { records: r.n, versions: r.versions, audit: a.n, notRefused: a.n - a.refused, refused: a.refused };
}

/** The latest audit entries, newest first, optionally of one action. */
async function latestAudit(db: Database, action?: string, limit = 1): Promise<AuditRowBody[]> {
  return db.query<AuditRowBody>(
    `SELECT seq, actor, action, purpose, justification, record_ids, recipients, details FROM audit_log
     WHERE $1::text IS NULL OR action = $1 ORDER BY seq DESC LIMIT $2`,
    [action ?? null, limit],
  );
}

/** Creates a person through the API as `role` and returns the stored record. */
async function createPerson(call: Call, given: string, family: string, options: { dateOfBirth?: string; reviewBy?: string; role?: Role } = {}) {
  const input = personInput(given, family, options.dateOfBirth);
  const body = options.reviewBy ? { ...input, protection: { ...input.protection, reviewBy: options.reviewBy } } : input;
  const res = await call(options.role ?? 'liaison_officer', 'POST', '/api/v1/records', body);
  expect(res.status).toBe(201);
  return bodyOf<StoredRecordBody>(res);
}

/** The officer id behind a role's token. */
async function officerId(call: Call, role: Role): Promise<string> {
  const res = await call(role, 'GET', '/api/v1/me');
  expect(res.status).toBe(200);
  return (await bodyOf<{ id: string }>(res)).id;
}

/** Sends a request with a raw Authorization header (or none). */
function callWithAuth(api: Api, authorization: string | null, method: string, path: string, body?: unknown) {
  return api.call(null, method, path, body, authorization === null ? {} : { authorization });
}

/** Every authenticated route of the OpenAPI document, with `{id}` filled in, as [METHOD, path]. */
function protectedRoutes(doc: OpenApiDoc): [string, string][] {
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/v1/'))
    .flatMap(([path, operations]) => Object.keys(operations).map((method): [string, string] => [method.toUpperCase(), path.replace(/\{id\}/g, NO_SUCH_ID)]))
    .filter(([method, path]) => !(method === 'POST' && path === '/api/v1/sessions'));
}

describe.each(testBackends())('HTTP API on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let api: Api;
  let call: Call;

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    api = await testApi(db, MAX_BODY);
    call = api.call;
  });
  afterAll(() => dispose());

  describe('public endpoints', () => {
    it('answers /health without authentication', async () => {
      const res = await call(null, 'GET', '/health');
      expect(res.status).toBe(200);
      expect(await bodyOf(res)).toEqual({ status: 'ok', node: 'test-node' });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('publishes the public keys at /.well-known/jwks.json without authentication, and no private key material', async () => {
      const res = await call(null, 'GET', '/.well-known/jwks.json');
      expect(res.status).toBe(200);
      const jwks = await bodyOf<{ keys: Record<string, unknown>[] }>(res);
      expect(jwks.keys.length).toBeGreaterThanOrEqual(2);
      for (const key of jwks.keys) {
        expect(key).toHaveProperty('kty');
        expect(key).not.toHaveProperty('d');
      }
    });

    it('serves an OpenAPI 3.1 document listing the record, search, audit, retention and officer paths and a Bearer scheme', async () => {
      const res = await call(null, 'GET', '/openapi.json');
      expect(res.status).toBe(200);
      const doc = await bodyOf<OpenApiDoc>(res);
      expect(doc.openapi).toBe('3.1.0');
      const expected: [string, string][] = [
        ['/api/v1/sessions', 'post'],
        ['/api/v1/sessions/current', 'delete'],
        ['/api/v1/me', 'get'],
        ['/api/v1/officers', 'get'],
        ['/api/v1/officers', 'post'],
        ['/api/v1/records', 'post'],
        ['/api/v1/records/{id}', 'get'],
        ['/api/v1/records/{id}', 'put'],
        ['/api/v1/records/{id}/erase', 'post'],
        ['/api/v1/records/search', 'post'],
        ['/api/v1/links', 'post'],
        ['/api/v1/retention/due', 'get'],
        ['/api/v1/retention/{id}/review', 'post'],
        ['/api/v1/audit/export', 'get'],
        ['/api/v1/audit/verify', 'get'],
      ];
      for (const [path, method] of expected) expect(doc.paths[path], `${method} ${path}`).toHaveProperty(method);
      expect(doc.components.securitySchemes.Bearer).toEqual({ type: 'http', scheme: 'bearer' });
      expect(doc.paths['/api/v1/records'].post.security).toEqual([{ Bearer: [] }]);
      expect(doc.paths['/api/v1/sessions'].post.security).toBeUndefined();
      for (const [path, operations] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          if (path.startsWith('/api/v1/') && !(path === '/api/v1/sessions' && method === 'post')) {
            expect(operation.security, `${method} ${path}`).toEqual([{ Bearer: [] }]);
          }
        }
      }
    });
  });

  describe('authentication', () => {
    let routes: [string, string][];

    beforeAll(async () => {
      routes = protectedRoutes(await bodyOf<OpenApiDoc>(await call(null, 'GET', '/openapi.json')));
      const created = await call('administrator', 'POST', '/api/v1/officers', {
        username: 'signin.test',
        displayName: 'Sign-in Test',
        roles: ['analyst'],
        password: PASSWORD,
      });
      expect(created.status).toBe(201);
    });

    it('finds every documented /api/v1 route to check', () => {
      expect(routes).toEqual(
        expect.arrayContaining([
          ['GET', `/api/v1/records/${NO_SUCH_ID}`],
          ['POST', '/api/v1/records/search'],
          ['GET', '/api/v1/audit/export'],
          ['DELETE', '/api/v1/sessions/current'],
        ]),
      );
      expect(routes.length).toBeGreaterThanOrEqual(14);
    });

    it('answers 401 unauthenticated on every /api/v1 route without a token', async () => {
      const before = await snapshot(db);
      for (const [method, path] of routes) {
        const res = await callWithAuth(api, null, method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
        const error = await expectError(res, 401, 'unauthenticated');
        expect(error.message, `${method} ${path}`).toMatch(/Bearer/);
      }
      expect(await snapshot(db)).toEqual(before);
    });

    it('answers 401 unauthenticated on every /api/v1 route with a bad token', async () => {
      const bad = [
        'Bearer lsn_' + 'A'.repeat(43),
        'Bearer not-a-liaison-token',
        'Bearer ',
        `Basic ${Buffer.from('user:pass').toString('base64')}`,
        `Bearer ${api.tokens.analyst} extra`,
        `Bearer lsn_${'x'.repeat(200)}`,
      ];
      for (const authorization of bad) {
        for (const [method, path] of routes) {
          const res = await callWithAuth(api, authorization, method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
          expect(res.status, `${authorization.slice(0, 20)} ${method} ${path}`).toBe(401);
          expect((await bodyOf<ErrorBody>(res)).error.code).toBe('unauthenticated');
        }
      }
    });

    it('challenges with WWW-Authenticate: Bearer on a 401 (RFC 9110 §11.6.1, RFC 6750 §3)', async () => {
      const res = await call(null, 'GET', '/api/v1/me');
      await expectError(res, 401, 'unauthenticated');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
    });

    it('answers 401 once a session has expired (sessionMinutes on the injected clock)', async () => {
      const other = await testApi(db, MAX_BODY);
      const token = `Bearer ${other.tokens.analyst}`;
      other.ctx.clock.advance(59 * 60_000);
      expect((await callWithAuth(other, token, 'GET', '/api/v1/me')).status).toBe(200);
      other.ctx.clock.advance(60_000);
      await expectError(await callWithAuth(other, token, 'GET', '/api/v1/me'), 401, 'unauthenticated');
    });

    it('signs in with POST /api/v1/sessions and the token works', async () => {
      const res = await call(null, 'POST', '/api/v1/sessions', { username: 'signin.test', password: PASSWORD });
      expect(res.status).toBe(201);
      const session = await bodyOf<{ token: string; expiresAt: string; officer: Record<string, unknown> }>(res);
      expect(session.token).toMatch(/^lsn_/);
      expect(session.expiresAt).toBe('2026-11-28T10:00:00.000Z');
      expect(session.officer).toMatchObject({ username: 'signin.test', displayName: 'Sign-in Test', roles: ['analyst'] });
      expect(session.officer).not.toHaveProperty('passwordHash');
      expect(session.officer).not.toHaveProperty('password_hash');
      const me = await callWithAuth(api, `Bearer ${session.token}`, 'GET', '/api/v1/me');
      expect(me.status).toBe(200);
      expect(await bodyOf(me)).toEqual({ id: session.officer.id, username: 'signin.test', roles: ['analyst'] });
      expect((await latestAudit(db, 'sign_in'))[0].actor).toBe(session.officer.id);
    });

    it('refuses a sign-in with a wrong password (401) and audits it', async () => {
      const res = await call(null, 'POST', '/api/v1/sessions', { username: 'signin.test', password: 'wrong password here' });
      const error = await expectError(res, 401, 'unauthenticated');
      expect(error.message).not.toMatch(/correct horse/);
      const [refused] = await latestAudit(db, 'sign_in_refused');
      expect(JSON.parse(refused.details)).toEqual({ knownUsername: true });
    });

    it('refuses a sign-in without a password (400) naming the field', async () => {
      const error = await expectError(await call(null, 'POST', '/api/v1/sessions', { username: 'signin.test' }), 400, 'invalid_input');
      expect(namesField(error, 'password')).toBe(true);
    });

    it('signs out with DELETE /api/v1/sessions/current; the token then answers 401', async () => {
      const res = await call(null, 'POST', '/api/v1/sessions', { username: 'signin.test', password: PASSWORD });
      const { token } = await bodyOf<{ token: string }>(res);
      expect((await callWithAuth(api, `Bearer ${token}`, 'GET', '/api/v1/me')).status).toBe(200);
      const out = await callWithAuth(api, `Bearer ${token}`, 'DELETE', '/api/v1/sessions/current');
      expect(out.status).toBe(204);
      expect(await out.text()).toBe('');
      await expectError(await callWithAuth(api, `Bearer ${token}`, 'GET', '/api/v1/me'), 401, 'unauthenticated');
      await expectError(await callWithAuth(api, `Bearer ${token}`, 'DELETE', '/api/v1/sessions/current'), 401, 'unauthenticated');
      expect((await call('analyst', 'GET', '/api/v1/me')).status).toBe(200);
    });
  });

  describe('roles', () => {
    let record: StoredRecordBody;

    beforeAll(async () => {
      record = await createPerson(call, 'Roland', 'Rollenprüfer');
    });

    it('refuses an administrator reading a record (403 forbidden)', async () => {
      const error = await expectError(await call('administrator', 'GET', `/api/v1/records/${record.id}`, undefined, WHY_HEADERS), 403, 'forbidden');
      expect(error.message).toContain('records:read');
    });

    it('refuses an administrator searching records (403 forbidden)', async () => {
      await expectError(await call('administrator', 'POST', '/api/v1/records/search', { type: 'person', name: 'Rollenprüfer' }, WHY_HEADERS), 403, 'forbidden');
    });

    it('refuses a judicial authority creating a record (403 forbidden), and stores nothing', async () => {
      const before = await snapshot(db);
      await expectError(await call('judicial_authority', 'POST', '/api/v1/records', personInput('Judy', 'Nocreate')), 403, 'forbidden');
      const after = await snapshot(db);
      expect({ records: after.records, notRefused: after.notRefused }).toEqual({ records: before.records, notRefused: before.notRefused });
    });

    it('lets a judicial authority read a record', async () => {
      expect((await call('judicial_authority', 'GET', `/api/v1/records/${record.id}`, undefined, WHY_HEADERS)).status).toBe(200);
    });

    it('refuses a liaison officer erasing a record (403 forbidden)', async () => {
      await expectError(await call('liaison_officer', 'POST', `/api/v1/records/${record.id}/erase`, { reason: 'not my decision' }), 403, 'forbidden');
    });

    it('refuses an analyst listing officers (403 forbidden); an administrator may', async () => {
      await expectError(await call('analyst', 'GET', '/api/v1/officers'), 403, 'forbidden');
      const res = await call('administrator', 'GET', '/api/v1/officers');
      expect(res.status).toBe(200);
      const { officers } = await bodyOf<{ officers: Record<string, unknown>[] }>(res);
      expect(officers.length).toBeGreaterThanOrEqual(6);
      for (const o of officers) expect(Object.keys(o).sort()).toEqual(['active', 'createdAt', 'displayName', 'id', 'roles', 'username']);
    });

    it('refuses an analyst exporting or verifying the audit log (403 forbidden), and audits no export', async () => {
      const exports = (await latestAudit(db, 'audit_export', 1000)).length;
      await expectError(await call('analyst', 'GET', '/api/v1/audit/export?recipient=Supervisory%20Authority'), 403, 'forbidden');
      await expectError(await call('analyst', 'GET', '/api/v1/audit/verify'), 403, 'forbidden');
      expect((await latestAudit(db, 'audit_export', 1000)).length).toBe(exports);
    });

    it('lets a data-protection officer export and verify the audit log', async () => {
      expect((await call('data_protection_officer', 'GET', '/api/v1/audit/verify')).status).toBe(200);
      const res = await call('data_protection_officer', 'GET', '/api/v1/audit/export?recipient=CNPD');
      expect(res.status).toBe(200);
      await res.text();
    });

    it('refuses a data-protection officer reading a record (403 forbidden)', async () => {
      await expectError(await call('data_protection_officer', 'GET', `/api/v1/records/${record.id}`, undefined, WHY_HEADERS), 403, 'forbidden');
    });

    it('records a refused access in audit_log as access_refused, with the officer, method, route and code', async () => {
      const adminId = await officerId(call, 'administrator');
      const before = await snapshot(db);
      await expectError(await call('administrator', 'GET', `/api/v1/records/${record.id}`, undefined, WHY_HEADERS), 403, 'forbidden');
      const after = await snapshot(db);
      expect(after.refused).toBe(before.refused + 1);
      expect(after.notRefused).toBe(before.notRefused);
      const [entry] = await latestAudit(db);
      expect(entry).toMatchObject({ action: 'access_refused', actor: adminId });
      expect(JSON.parse(entry.details)).toEqual({ method: 'GET', route: '/api/v1/records/:id', code: 'forbidden' });
    });
  });

  describe('records', () => {
    it('creates a record (201) owned by this node, and audits the collection', async () => {
      const liaisonId = await officerId(call, 'liaison_officer');
      const record = await createPerson(call, 'Jürgen', 'Müller-Lüdenscheidt', { dateOfBirth: '1971-03-04' });
      expect(record).toMatchObject({ type: 'person', version: 1, erasedAt: null, protection: { ...PROTECTION, ownerNode: 'test-node' } });
      expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(record.data).toMatchObject({ names: [{ givenNames: ['Jürgen'], familyName: 'Müller-Lüdenscheidt' }], dateOfBirth: '1971-03-04' });
      const [entry] = await latestAudit(db);
      expect(entry).toMatchObject({ action: 'collection', actor: liaisonId, record_ids: [record.id] });
    });

    it('reads a record with Liaison-Purpose and Liaison-Justification (200, with its links), audited as a consultation', async () => {
      const person = await createPerson(call, 'Lena', 'Linkowska');
      const other = await createPerson(call, 'Leo', 'Linkowski');
      const link = await call('liaison_officer', 'POST', '/api/v1/links', { fromId: person.id, toId: other.id, type: 'family_of', note: 'siblings' });
      expect(link.status).toBe(201);
      const res = await call('analyst', 'GET', `/api/v1/records/${person.id}`, undefined, WHY_HEADERS);
      expect(res.status).toBe(200);
      const read = await bodyOf<StoredRecordBody>(res);
      expect(read).toMatchObject({ id: person.id, version: 1, data: person.data });
      expect(read.links).toEqual([{ id: expect.any(String), fromId: person.id, toId: other.id, type: 'family_of', note: 'siblings', createdAt: expect.any(String) }]);
      const [entry] = await latestAudit(db);
      expect(entry).toMatchObject({
        action: 'consultation',
        actor: await officerId(call, 'analyst'),
        purpose: WHY_HEADERS['liaison-purpose'],
        justification: WHY_HEADERS['liaison-justification'],
        record_ids: [person.id],
      });
    });

    it('refuses a read without purpose and justification (400 justification_required), auditing only the refusal', async () => {
      const person = await createPerson(call, 'Nina', 'Nojustice');
      const before = await snapshot(db);
      const error = await expectError(await call('analyst', 'GET', `/api/v1/records/${person.id}`), 400, 'justification_required');
      expect(namesField(error, 'purpose')).toBe(true);
      expect(namesField(error, 'justification')).toBe(true);
      const after = await snapshot(db);
      expect(after).toEqual({ ...before, audit: before.audit + 1, refused: before.refused + 1 });
      expect(JSON.parse((await latestAudit(db))[0].details)).toMatchObject({ code: 'justification_required' });
    });

    it('refuses a read with an unknown purpose or a too-short justification (400 justification_required)', async () => {
      const person = await createPerson(call, 'Otto', 'Ohnegrund');
      const curious = await expectError(
        await call('analyst', 'GET', `/api/v1/records/${person.id}`, undefined, { 'liaison-purpose': 'curiosity', 'liaison-justification': 'just looking around' }),
        400,
        'justification_required',
      );
      expect(namesField(curious, 'purpose')).toBe(true);
      const terse = await expectError(
        await call('analyst', 'GET', `/api/v1/records/${person.id}`, undefined, { 'liaison-purpose': 'investigation', 'liaison-justification': 'hm' }),
        400,
        'justification_required',
      );
      expect(namesField(terse, 'justification')).toBe(true);
    });

    it('accepts a percent-encoded UTF-8 justification and audits it decoded', async () => {
      const person = await createPerson(call, 'Zoë', 'Šťastná');
      const justification = 'Ermittlung Köln – Aktenzeichen 2026/Ä-17 «Łódź»';
      const res = await call('analyst', 'GET', `/api/v1/records/${person.id}`, undefined, {
        'liaison-purpose': 'prosecution',
        'liaison-justification': encodeURIComponent(justification),
      });
      expect(res.status).toBe(200);
      expect((await latestAudit(db))[0]).toMatchObject({ action: 'consultation', purpose: 'prosecution', justification });
    });

    it('answers 404 not_found for a well-formed id that names no record', async () => {
      await expectError(await call('analyst', 'GET', `/api/v1/records/${NO_SUCH_ID}`, undefined, WHY_HEADERS), 404, 'not_found');
    });

    it('replaces a record with a matching If-Match version (200), audited as an alteration', async () => {
      const person = await createPerson(call, 'Piotr', 'Wiśniewski');
      const changed = { ...personInput('Piotr', 'Wiśniewski-Nowak'), protection: { ...PROTECTION, tlp: 'RED' } };
      const res = await call('liaison_officer', 'PUT', `/api/v1/records/${person.id}`, changed, { 'if-match': '"1"' });
      expect(res.status).toBe(200);
      const updated = await bodyOf<StoredRecordBody>(res);
      expect(updated).toMatchObject({ id: person.id, version: 2, protection: { tlp: 'RED' }, data: { names: [{ familyName: 'Wiśniewski-Nowak' }] } });
      const [entry] = await latestAudit(db);
      expect(entry).toMatchObject({ action: 'alteration', record_ids: [person.id] });
      expect(JSON.parse(entry.details)).toEqual({ changed: ['protection.tlp', 'data'] });
      const unquoted = await call('liaison_officer', 'PUT', `/api/v1/records/${person.id}`, changed, { 'if-match': '2' });
      expect(unquoted.status).toBe(200);
      expect((await bodyOf<StoredRecordBody>(unquoted)).version).toBe(3);
    });

    it('refuses a replacement with a stale If-Match version (409 conflict) and changes nothing', async () => {
      const person = await createPerson(call, 'Stella', 'Staleversion');
      expect((await call('liaison_officer', 'PUT', `/api/v1/records/${person.id}`, personInput('Stella', 'Neuversion'), { 'if-match': '1' })).status).toBe(200);
      const before = await snapshot(db);
      const error = await expectError(
        await call('liaison_officer', 'PUT', `/api/v1/records/${person.id}`, personInput('Stella', 'Overwrite'), { 'if-match': '"1"' }),
        409,
        'conflict',
      );
      expect(error.message).toContain('version 2');
      expect(await snapshot(db)).toEqual(before);
      const read = await bodyOf<StoredRecordBody>(await call('analyst', 'GET', `/api/v1/records/${person.id}`, undefined, WHY_HEADERS));
      expect(read).toMatchObject({ version: 2, data: { names: [{ familyName: 'Neuversion' }] } });
    });

    it('refuses changing the type of a record on replacement (400, names type)', async () => {
      const person = await createPerson(call, 'Tina', 'Typwechsel');
      const vehicle = { type: 'vehicle', protection: PROTECTION, data: { plate: 'B-TT 1', registrationCountry: 'DE' } };
      const error = await expectError(await call('liaison_officer', 'PUT', `/api/v1/records/${person.id}`, vehicle), 400, 'invalid_input');
      expect(namesField(error, 'type')).toBe(true);
    });

    it('searches persons by name and date of birth (POST /api/v1/records/search), audited with the records found', async () => {
      const radu = await createPerson(call, 'Radu', 'Ionescu-Teodorescu', { dateOfBirth: '1979-05-14' });
      await createPerson(call, 'Radu', 'Ionescu', { dateOfBirth: '1990-01-01' });
      const res = await call('analyst', 'POST', '/api/v1/records/search', { type: 'person', name: 'radu ionescu', dateOfBirth: '1979' }, WHY_HEADERS);
      expect(res.status).toBe(200);
      const { results } = await bodyOf<{ results: StoredRecordBody[] }>(res);
      expect(results.map((r) => r.id)).toEqual([radu.id]);
      expect(results[0].data).toMatchObject({ dateOfBirth: '1979-05-14' });
      const [entry] = await latestAudit(db);
      expect(entry).toMatchObject({ action: 'consultation', purpose: 'investigation', record_ids: [radu.id] });
      expect(JSON.parse(entry.details)).toMatchObject({ search: { type: 'person', name: 'radu ionescu', dateOfBirth: '1979' } });
    });

    it('refuses a search without purpose and justification (400 justification_required)', async () => {
      await expectError(await call('analyst', 'POST', '/api/v1/records/search', { type: 'person', name: 'Ionescu' }), 400, 'justification_required');
    });

    it('erases a record by a supervisor (204); a read then shows data null, and it is no longer found', async () => {
      const person = await createPerson(call, 'Erik', 'Erasmussen', { dateOfBirth: '1966-06-06' });
      const res = await call('supervisor', 'POST', `/api/v1/records/${person.id}/erase`, { reason: 'retention period over' });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe('');
      expect((await latestAudit(db))[0]).toMatchObject({ action: 'erasure', record_ids: [person.id] });
      const read = await bodyOf<StoredRecordBody>(await call('analyst', 'GET', `/api/v1/records/${person.id}`, undefined, WHY_HEADERS));
      expect(read).toMatchObject({ id: person.id, data: null, erasedAt: expect.any(String), version: 2, links: [] });
      expect(read.protection.ownerNode).toBe('test-node');
      const found = await bodyOf<{ results: unknown[] }>(await call('analyst', 'POST', '/api/v1/records/search', { type: 'person', name: 'Erasmussen' }, WHY_HEADERS));
      expect(found.results).toEqual([]);
    });

    it('refuses to erase twice or to replace an erased record (409 conflict)', async () => {
      const person = await createPerson(call, 'Edda', 'Zweimal');
      expect((await call('supervisor', 'POST', `/api/v1/records/${person.id}/erase`, { reason: 'retention period over' })).status).toBe(204);
      await expectError(await call('supervisor', 'POST', `/api/v1/records/${person.id}/erase`, { reason: 'retention period over' }), 409, 'conflict');
      await expectError(await call('supervisor', 'PUT', `/api/v1/records/${person.id}`, personInput('Edda', 'Zurück')), 409, 'conflict');
    });
  });

  describe('bad input changes nothing', () => {
    let person: StoredRecordBody;
    const good = personInput('Bella', 'Badinput', '1980-01-01');

    beforeAll(async () => {
      person = await createPerson(call, 'Bella', 'Badinput', { dateOfBirth: '1980-01-01' });
    });

    /** A bad request, what it must be answered with, and the field its message or issues must name (if any). */
    interface BadCase {
      name: string;
      role: Role;
      method: string;
      path: (id: string) => string;
      body?: unknown;
      headers?: Record<string, string>;
      status: number;
      code: string;
      field?: string;
      message?: RegExp;
      /** A refused consultation is audited as access_refused: the one change allowed. */
      refusalAudited?: true;
    }

    const records = () => '/api/v1/records';
    const one = (id: string) => `/api/v1/records/${id}`;
    const cases: BadCase[] = [
      { name: 'malformed JSON', role: 'supervisor', method: 'POST', path: records, body: '{"type": "person", "protection": ', status: 400, code: 'invalid_input', message: /JSON/i },
      { name: 'a JSON array instead of an object', role: 'supervisor', method: 'POST', path: records, body: '[1, 2]', status: 400, code: 'invalid_input' },
      { name: 'an empty object', role: 'supervisor', method: 'POST', path: records, body: {}, status: 400, code: 'invalid_input', field: 'type' },
      {
        name: 'a JSON body sent as text/plain',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: JSON.stringify(good),
        headers: { 'content-type': 'text/plain' },
        status: 400,
        code: 'invalid_input',
        message: /content-type/i,
      },
      {
        name: 'a string where a number belongs (informationAccuracy)',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.protection.informationAccuracy = '2')),
        status: 400,
        code: 'invalid_input',
        field: 'protection.informationAccuracy',
      },
      {
        name: 'a string where an array belongs (names)',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.data.names = 'Bella Badinput')),
        status: 400,
        code: 'invalid_input',
        field: 'data.names',
      },
      {
        name: 'an unknown TLP label (PURPLE)',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.protection.tlp = 'PURPLE')),
        status: 400,
        code: 'invalid_input',
        field: 'protection.tlp',
      },
      {
        name: 'an unknown subject category',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.protection.subjectCategory = 'celebrity')),
        status: 400,
        code: 'invalid_input',
        field: 'protection.subjectCategory',
      },
      {
        name: 'an unknown record type',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.type = 'spaceship')),
        status: 400,
        code: 'invalid_input',
        field: 'type',
      },
      {
        name: 'an unknown extra field at the top',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: { ...good, approvedBy: 'nobody' },
        status: 400,
        code: 'invalid_input',
        field: 'approvedBy',
      },
      {
        name: 'an unknown extra field in a name',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.data.names[0].nickname = 'Bells')),
        status: 400,
        code: 'invalid_input',
        field: 'nickname',
      },
      {
        name: 'an owner node given on input',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.protection.ownerNode = 'other-node')),
        status: 400,
        code: 'invalid_input',
        field: 'ownerNode',
      },
      {
        name: 'an impossible date of birth (2023-02-30)',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.data.dateOfBirth = '2023-02-30')),
        status: 400,
        code: 'invalid_input',
        field: 'data.dateOfBirth',
      },
      {
        name: 'an impossible review-by date (2023-02-30)',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.protection.reviewBy = '2023-02-30')),
        status: 400,
        code: 'invalid_input',
        field: 'protection.reviewBy',
      },
      {
        name: 'an unknown country code',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.data.nationalities = ['XX'])),
        status: 400,
        code: 'invalid_input',
        field: 'data.nationalities.0',
      },
      {
        name: 'a bad replacement (impossible date) with a good If-Match',
        role: 'supervisor',
        method: 'PUT',
        path: one,
        body: altered(good, (r) => (r.data.dateOfBirth = '1980-13-01')),
        headers: { 'if-match': '1' },
        status: 400,
        code: 'invalid_input',
        field: 'data.dateOfBirth',
      },
      { name: 'a non-UUID id on read', role: 'supervisor', method: 'GET', path: () => '/api/v1/records/12345', headers: WHY_HEADERS, status: 400, code: 'invalid_input', field: 'id' },
      { name: 'a non-UUID id on replace', role: 'supervisor', method: 'PUT', path: () => '/api/v1/records/not-a-uuid', body: good, status: 400, code: 'invalid_input', field: 'id' },
      {
        name: 'a non-UUID id on erase',
        role: 'supervisor',
        method: 'POST',
        path: () => '/api/v1/records/not-a-uuid/erase',
        body: { reason: 'retention period over' },
        status: 400,
        code: 'invalid_input',
        field: 'id',
      },
      {
        name: 'SQL in the record id',
        role: 'supervisor',
        method: 'GET',
        path: () => `/api/v1/records/${encodeURIComponent("1' OR '1'='1")}`,
        headers: WHY_HEADERS,
        status: 400,
        code: 'invalid_input',
        field: 'id',
      },
      {
        name: 'SQL in If-Match',
        role: 'supervisor',
        method: 'PUT',
        path: one,
        body: good,
        headers: { 'if-match': '1; DROP TABLE records' },
        status: 400,
        code: 'invalid_input',
        field: 'if-match',
      },
      { name: 'a too-short erasure reason', role: 'supervisor', method: 'POST', path: (id) => `${one(id)}/erase`, body: { reason: 'no' }, status: 400, code: 'invalid_input', field: 'reason' },
      {
        name: 'a search with a string limit',
        role: 'supervisor',
        method: 'POST',
        path: () => '/api/v1/records/search',
        body: { type: 'person', name: 'Badinput', limit: 'ten' },
        headers: WHY_HEADERS,
        status: 400,
        code: 'invalid_input',
        field: 'limit',
      },
      {
        name: 'a search of an unknown type',
        role: 'supervisor',
        method: 'POST',
        path: () => '/api/v1/records/search',
        body: { type: 'spaceship', name: 'Badinput' },
        headers: WHY_HEADERS,
        status: 400,
        code: 'invalid_input',
        field: 'type',
      },
      {
        name: 'a search for SQL without letters or digits',
        role: 'supervisor',
        method: 'POST',
        path: () => '/api/v1/records/search',
        body: { type: 'person', name: "'; --" },
        headers: WHY_HEADERS,
        status: 400,
        code: 'invalid_input',
        field: 'name',
      },
      {
        name: 'a link to a non-UUID record',
        role: 'supervisor',
        method: 'POST',
        path: () => '/api/v1/links',
        body: { fromId: NO_SUCH_ID, toId: "x' OR 1=1 --", type: 'related_to' },
        status: 400,
        code: 'invalid_input',
        field: 'toId',
      },
      {
        name: 'a link of an unknown type',
        role: 'supervisor',
        method: 'POST',
        path: () => '/api/v1/links',
        body: { fromId: NO_SUCH_ID, toId: '00000000-0000-4000-8000-000000000001', type: 'best_friend_of' },
        status: 400,
        code: 'invalid_input',
        field: 'type',
      },
      {
        name: 'a review with an unknown decision',
        role: 'supervisor',
        method: 'POST',
        path: (id) => `/api/v1/retention/${id}/review`,
        body: { decision: 'archive', reason: 'keep it somewhere' },
        status: 400,
        code: 'invalid_input',
        field: 'decision',
      },
      {
        name: 'an officer name carrying SQL',
        role: 'administrator',
        method: 'POST',
        path: () => '/api/v1/officers',
        body: { username: "x'; DROP TABLE officers;--", displayName: 'Mallory', roles: ['analyst'], password: PASSWORD },
        status: 400,
        code: 'invalid_input',
        field: 'username',
      },
      {
        name: 'an officer with an unknown role',
        role: 'administrator',
        method: 'POST',
        path: () => '/api/v1/officers',
        body: { username: 'mallory', displayName: 'Mallory', roles: ['superuser'], password: PASSWORD },
        status: 400,
        code: 'invalid_input',
        field: 'roles.0',
      },
      {
        name: 'a NUL character in a name',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.data.names[0].familyName = 'Bad\u0000input')),
        status: 400,
        code: 'invalid_input',
        field: 'data.names.0.familyName',
      },
      {
        name: 'an unpaired surrogate in a name',
        role: 'supervisor',
        method: 'POST',
        path: records,
        body: altered(good, (r) => (r.data.names[0].familyName = 'Bad\ud800input')),
        status: 400,
        code: 'invalid_input',
        field: 'data.names.0.familyName',
      },
      {
        name: 'a NUL character in the legal basis of a replacement',
        role: 'supervisor',
        method: 'PUT',
        path: one,
        body: altered(good, (r) => (r.protection.legalBasis = 'Art. 6\u0000')),
        status: 400,
        code: 'invalid_input',
        field: 'protection.legalBasis',
      },
      {
        name: 'a percent-encoded NUL in the justification',
        role: 'supervisor',
        method: 'GET',
        path: one,
        headers: { 'liaison-purpose': 'investigation', 'liaison-justification': 'case%00 TEST-2026-001' },
        status: 400,
        code: 'justification_required',
        field: 'justification',
        refusalAudited: true,
      },
      {
        name: 'a percent-encoded NUL in the audit export recipient',
        role: 'data_protection_officer',
        method: 'GET',
        path: () => '/api/v1/audit/export?recipient=CN%00PD',
        status: 400,
        code: 'invalid_input',
        field: 'recipient',
      },
      { name: 'an audit export without recipient', role: 'data_protection_officer', method: 'GET', path: () => '/api/v1/audit/export', status: 400, code: 'invalid_input', field: 'recipient' },
      {
        name: 'an audit export with an impossible from',
        role: 'data_protection_officer',
        method: 'GET',
        path: () => '/api/v1/audit/export?recipient=CNPD&from=2023-02-30T00:00:00Z',
        status: 400,
        code: 'invalid_input',
        field: 'from',
      },
    ];

    it.each(cases)('refuses $name with $status $code and changes nothing', async (c) => {
      const before = await snapshot(db);
      const res = await call(c.role, c.method, c.path(person.id), c.body, c.headers);
      const error = await expectError(res, c.status, c.code);
      if (c.field) expect(namesField(error, c.field), `${JSON.stringify(error)} names ${c.field}`).toBe(true);
      if (c.message) expect(error.message).toMatch(c.message);
      const refused = c.refusalAudited ? 1 : 0;
      expect(await snapshot(db)).toEqual({ ...before, audit: before.audit + refused, refused: before.refused + refused });
    });

    it('refuses a body larger than maxBodyBytes (413 payload_too_large) and changes nothing', async () => {
      const before = await snapshot(db);
      const padded = JSON.stringify(good) + ' '.repeat(MAX_BODY);
      const error = await expectError(await call('supervisor', 'POST', '/api/v1/records', padded), 413, 'payload_too_large');
      expect(error.message).toContain(String(MAX_BODY));
      const declared = await call('supervisor', 'POST', '/api/v1/records', padded, { 'content-length': String(Buffer.byteLength(padded)) });
      await expectError(declared, 413, 'payload_too_large');
      expect(await snapshot(db)).toEqual(before);
    });

    it('accepts a body just under maxBodyBytes', async () => {
      const body = JSON.stringify(personInput('Una', 'Underlimit'));
      const padded = body + ' '.repeat(MAX_BODY - Buffer.byteLength(body));
      expect(Buffer.byteLength(padded)).toBe(MAX_BODY);
      expect((await call('supervisor', 'POST', '/api/v1/records', padded)).status).toBe(201);
    });

    it('stores SQL-injection strings in names verbatim, and the records table survives', async () => {
      const family = "Robert'); DROP TABLE records;--";
      const given = `x' OR '1'='1`;
      const full = "'; DELETE FROM audit_log WHERE '1'='1";
      const input = altered(personInput(given, family), (r) => (r.data.names[1] = { kind: 'alias', fullName: full, script: 'Latn' }));
      const before = await snapshot(db);
      const res = await call('liaison_officer', 'POST', '/api/v1/records', input);
      expect(res.status).toBe(201);
      const created = await bodyOf<StoredRecordBody>(res);
      const read = await bodyOf<StoredRecordBody>(await call('analyst', 'GET', `/api/v1/records/${created.id}`, undefined, WHY_HEADERS));
      expect(read.data).toMatchObject({
        names: [
          { givenNames: [given], familyName: family },
          { kind: 'alias', fullName: full },
        ],
      });
      const after = await snapshot(db);
      expect(after.records).toBe(before.records + 1);
      expect(after.audit).toBe(before.audit + 2);
      expect((await db.query<{ t: string | null }>(`SELECT to_regclass('public.records')::text AS t`))[0].t).toBe('records');
      const found = await bodyOf<{ results: StoredRecordBody[] }>(await call('analyst', 'POST', '/api/v1/records/search', { type: 'person', name: family }, WHY_HEADERS));
      expect(found.results.map((r) => r.id)).toEqual([created.id]);
    });

    it('treats SQL and LIKE wildcards in search terms as text: nothing found, nothing changed but the consultation entry', async () => {
      const before = await snapshot(db);
      for (const name of ["zzz%' OR 1=1 --", "qqq' UNION SELECT * FROM officers --", '%_%']) {
        for (const mode of ['exact', 'prefix']) {
          const res = await call('analyst', 'POST', '/api/v1/records/search', { type: 'person', name, mode }, WHY_HEADERS);
          if (name === '%_%') {
            await expectError(res, 400, 'invalid_input');
            continue;
          }
          expect(res.status, `${mode} ${name}`).toBe(200);
          expect((await bodyOf<{ results: unknown[] }>(res)).results, `${mode} ${name}`).toEqual([]);
        }
      }
      const after = await snapshot(db);
      expect(after).toEqual({ ...before, audit: before.audit + 4, notRefused: before.notRefused + 4 });
    });
  });

  describe('retention', () => {
    const dueIds = async (): Promise<string[]> => {
      const res = await call('supervisor', 'GET', '/api/v1/retention/due');
      expect(res.status).toBe(200);
      return (await bodyOf<{ records: { id: string }[] }>(res)).records.map((r) => r.id);
    };

    it('lists a record past its review-by date for a supervisor, without personal data', async () => {
      const person = await createPerson(call, 'Rita', 'Reviewdue', { reviewBy: '2026-01-01' });
      const res = await call('supervisor', 'GET', '/api/v1/retention/due');
      expect(res.status).toBe(200);
      const { records } = await bodyOf<{ records: Record<string, unknown>[] }>(res);
      const listed = records.find((r) => r.id === person.id);
      expect(listed).toEqual({
        id: person.id,
        type: 'person',
        subjectCategory: 'suspect',
        legalBasis: PROTECTION.legalBasis,
        reviewBy: '2026-01-01',
        createdAt: person.createdAt,
      });
      for (const r of records) expect(r).not.toHaveProperty('data');
      expect(JSON.stringify(records)).not.toContain('Reviewdue');
    });

    it('does not list records whose review-by date is in the future', async () => {
      const person = await createPerson(call, 'Fritz', 'Future', { reviewBy: '2026-11-29' });
      expect(await dueIds()).not.toContain(person.id);
    });

    it('refuses the list to a liaison officer (403 forbidden)', async () => {
      await expectError(await call('liaison_officer', 'GET', '/api/v1/retention/due'), 403, 'forbidden');
    });

    it('keeps a record until a new date (204): it leaves the list, and the decision is audited', async () => {
      const person = await createPerson(call, 'Karl', 'Keepme', { reviewBy: '2026-01-01' });
      expect(await dueIds()).toContain(person.id);
      const res = await call('supervisor', 'POST', `/api/v1/retention/${person.id}/review`, { decision: 'keep', reviewBy: '2027-06-01', reason: 'investigation still open' });
      expect(res.status).toBe(204);
      expect(await dueIds()).not.toContain(person.id);
      const [entry] = await latestAudit(db);
      expect(entry).toMatchObject({ action: 'retention_review', record_ids: [person.id] });
      expect(JSON.parse(entry.details)).toEqual({ decision: 'keep', from: '2026-01-01', to: '2027-06-01', reason: 'investigation still open' });
      const read = await bodyOf<StoredRecordBody>(await call('analyst', 'GET', `/api/v1/records/${person.id}`, undefined, WHY_HEADERS));
      expect(read.protection.reviewBy).toBe('2027-06-01');
      expect(read.data).not.toBeNull();
    });

    it('refuses to keep a record until a date that is not in the future (400, names reviewBy)', async () => {
      const person = await createPerson(call, 'Paula', 'Pastdate', { reviewBy: '2026-01-01' });
      const before = await snapshot(db);
      const error = await expectError(
        await call('supervisor', 'POST', `/api/v1/retention/${person.id}/review`, { decision: 'keep', reviewBy: '2026-11-28', reason: 'still needed here' }),
        400,
        'invalid_input',
      );
      expect(namesField(error, 'reviewBy')).toBe(true);
      expect(await snapshot(db)).toEqual(before);
      expect(await dueIds()).toContain(person.id);
    });

    it('erases a record on review (204): data null, off the list, audited as an erasure', async () => {
      const person = await createPerson(call, 'Ernst', 'Eraseonreview', { reviewBy: '2026-01-01' });
      const res = await call('data_protection_officer', 'POST', `/api/v1/retention/${person.id}/review`, { decision: 'erase', reason: 'no longer necessary' });
      expect(res.status).toBe(204);
      expect(await dueIds()).not.toContain(person.id);
      const [entry] = await latestAudit(db);
      expect(entry).toMatchObject({ action: 'erasure', actor: await officerId(call, 'data_protection_officer'), record_ids: [person.id] });
      const read = await bodyOf<StoredRecordBody>(await call('analyst', 'GET', `/api/v1/records/${person.id}`, undefined, WHY_HEADERS));
      expect(read).toMatchObject({ data: null, erasedAt: expect.any(String) });
    });

    it('answers 404 not_found for a review of a record that does not exist', async () => {
      await expectError(
        await call('supervisor', 'POST', `/api/v1/retention/${NO_SUCH_ID}/review`, { decision: 'keep', reviewBy: '2027-06-01', reason: 'investigation still open' }),
        404,
        'not_found',
      );
    });
  });

  describe('audit', () => {
    it('verifies the audit log (ok true, entries > 0, matching the table)', async () => {
      const res = await call('data_protection_officer', 'GET', '/api/v1/audit/verify');
      expect(res.status).toBe(200);
      const report = await bodyOf<{ ok: boolean; entries: number; checkpoints: number; firstBad?: unknown }>(res);
      expect(report.ok).toBe(true);
      expect(report.entries).toBeGreaterThan(0);
      expect(report.entries).toBe((await snapshot(db)).audit);
      expect(report.firstBad).toBeUndefined();
    });

    it('exports the audit log as application/x-ndjson from seq 1, and audits the export itself', async () => {
      const dpoId = await officerId(call, 'data_protection_officer');
      const recipient = 'Commission nationale pour la protection des données';
      const res = await call('data_protection_officer', 'GET', `/api/v1/audit/export?recipient=${encodeURIComponent(recipient)}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
      const text = await res.text();
      expect(text.endsWith('\n')).toBe(true);
      const lines = text
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as { kind: string; seq: number; action?: string; actor?: string; recipients?: string[]; hash: string; prevHash?: string });
      expect(lines[0]).toMatchObject({ kind: 'entry', seq: 1, prevHash: '0'.repeat(64) });
      const entries = lines.filter((l) => l.kind === 'entry');
      expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
      for (let i = 1; i < entries.length; i++) expect(entries[i].prevHash).toBe(entries[i - 1].hash);
      const last = entries[entries.length - 1];
      expect(last).toMatchObject({ action: 'audit_export', actor: dpoId, recipients: [recipient] });
      const [stored] = await latestAudit(db, 'audit_export');
      expect(stored).toMatchObject({ seq: last.seq, actor: dpoId, recipients: [recipient] });
    });

    it('does not let an administrator read the audit log, which holds search criteria', async () => {
      await expectError(await call('administrator', 'GET', '/api/v1/audit/export?recipient=CNPD'), 403, 'forbidden');
      await expectError(await call('administrator', 'GET', '/api/v1/audit/verify'), 403, 'forbidden');
    });

    it('still verifies after everything the API did', async () => {
      const report = await bodyOf<{ ok: boolean; entries: number }>(await call('data_protection_officer', 'GET', '/api/v1/audit/verify'));
      expect(report).toMatchObject({ ok: true, entries: (await snapshot(db)).audit });
    });
  });

  describe('unknown routes', () => {
    it('answers 404 not_found JSON for an unknown route', async () => {
      const error = await expectError(await call(null, 'GET', '/no/such/route'), 404, 'not_found');
      expect(error.message).toContain('/no/such/route');
    });

    it('answers 404 not_found JSON for an unknown /api/v1 route when signed in', async () => {
      await expectError(await call('analyst', 'GET', '/api/v1/nothing-here'), 404, 'not_found');
    });

    it('answers 404 not_found JSON for a known path with an unsupported method', async () => {
      await expectError(await call('supervisor', 'DELETE', `/api/v1/records/${NO_SUCH_ID}`), 404, 'not_found');
    });
  });
});
