import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeContext } from '../src/core/context.ts';
import { SeededRandom } from '../src/core/random.ts';
import { importMovements, personMovements, recordMovements, type StoredMovements } from '../src/movements/service.ts';
import type { Movement } from '../src/movements/schema.ts';
import { drawTraveller, mrzOf, paxlstOf, type SyntheticTraveller } from '../src/movements/synthetic.ts';
import { createRecord, eraseRecord } from '../src/records/service.ts';
import type { Database } from '../src/store/database.ts';
import { WHY_HEADERS, testApi } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { PROTECTION, WHY, officer } from './support/context.ts';

/**
 * Movements across borders on every backend: read from MRZs, PAXLST lists and
 * field by field; linked to person records by the matcher (across scripts) or
 * by document number; stored all or nothing; audited; and read back as a
 * person's timeline. Every name and document is invented.
 */

type Api = Awaited<ReturnType<typeof testApi>>;

const BORDER_GUARD = officer('liaison_officer');
const OPERATOR = officer('administrator');
const AT = '2026-11-28T08:30:00Z';
// A TD3 passport of an invented Russian citizen, Svetlana Kuznetsova, born 17 May 1983 (ICAO 9303 transliteration).
const SVETLANA: SyntheticTraveller = {
  surname: 'KUZNETSOVA',
  givenNames: ['SVETLANA'],
  dateOfBirth: '1983-05-17',
  sex: 'female',
  nationality: 'RUS',
  document: { type: 'passport', number: 'RK4820917', issuingCountry: 'RUS', expiresOn: '2030-02-11' },
};

function person(names: { givenNames: string[]; familyName: string; script: string }[], extra: Record<string, unknown> = {}) {
  return { type: 'person' as const, protection: PROTECTION, data: { names: names.map((n, i) => ({ kind: i === 0 ? 'primary' : 'alias', ...n })), ...extra } };
}

async function rows(db: Database, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  return db.query(sql, params);
}

describe.each(testBackends())('movements on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let ctx: NodeContext;
  let call: Api['call'];
  let svetlanaId: string;
  let holderId: string;
  const auditCount = async () => Number((await rows(db, 'SELECT count(*)::int AS n FROM audit_log'))[0].n);
  const movementCount = async () => Number((await rows(db, 'SELECT count(*)::int AS n FROM movements'))[0].n);

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    ({ ctx, call } = await testApi(db));
    svetlanaId = (await createRecord(ctx, BORDER_GUARD, person([{ givenNames: ['Светлана'], familyName: 'Кузнецова', script: 'Cyrl' }], { dateOfBirth: '1983-05-17', nationalities: ['RU'], gender: 'female' }))).id;
    // Known here by a passport number only: a name no traveller's resembles.
    holderId = (await createRecord(ctx, BORDER_GUARD, person([{ givenNames: ['Aurelio'], familyName: 'Brandão', script: 'Latn' }], { identifiers: [{ scheme: 'passport', value: 'PX-771 2040', issuer: 'PT' }] }))).id;
    for (let i = 0; i < 30; i++) {
      const t = drawTraveller(new SeededRandom(500 + i));
      await createRecord(ctx, BORDER_GUARD, person([{ givenNames: t.givenNames, familyName: t.surname, script: 'Latn' }], { dateOfBirth: t.dateOfBirth }));
    }
  });
  afterAll(() => dispose());

  it('links a Latin MRZ to a Cyrillic person record by name and date of birth, and audits collection and link', async () => {
    const before = await auditCount();
    const result = await recordMovements(ctx, BORDER_GUARD, { mrz: mrzOf(SVETLANA, 'TD3').join('\n'), crossingPoint: 'LUX', flight: 'SY482', direction: 'entry', at: AT });
    expect(result).toMatchObject({ stored: 1, linked: 1, invalidMrz: 0, skipped: 0 });
    const [m] = result.movements;
    expect(m).toMatchObject({
      source: 'mrz',
      direction: 'entry',
      at: '2026-11-28T08:30:00.000Z',
      crossingPoint: 'LUX',
      flight: 'SY482',
      person: { surname: 'KUZNETSOVA', givenNames: ['SVETLANA'], dateOfBirth: '1983-05-17', nationality: 'RUS', sex: 'female' },
      document: { type: 'passport', number: 'RK4820917', issuingCountry: 'RUS', expiresOn: '2030-02-11', mrzValid: true, mrzProblems: [] },
      link: { personId: svetlanaId, method: 'matcher', automatic: true },
      protection: { ownerNode: 'test-node', subjectCategory: 'other', sourceReliability: 'X', informationAccuracy: 4, handlingCode: 'H0', tlp: 'AMBER', reviewBy: '2029-11-28' },
    });
    expect(m.link!.score).toBeGreaterThan(0.5);
    const audit = await rows(db, 'SELECT actor, action, record_ids, details FROM audit_log WHERE seq > $1 ORDER BY seq', [before]);
    expect(audit.map((a) => a.action)).toEqual(['collection', 'combination']);
    expect(audit[0]).toMatchObject({ actor: BORDER_GUARD.id, record_ids: [m.id] });
    expect(audit[1].record_ids).toEqual([m.id, svetlanaId]);
    expect(JSON.parse(String(audit[1].details)).movementLinks[0]).toMatchObject({ movement: m.id, person: svetlanaId, method: 'matcher' });
  });

  it('stores an MRZ whose check digits fail, flagged with the problems and the number as printed', async () => {
    const lines = mrzOf(SVETLANA, 'TD3');
    const wrong = lines[1][9] === '0' ? '1' : '0';
    const bad = [lines[0], lines[1].slice(0, 9) + wrong + lines[1].slice(10)];
    const result = await recordMovements(ctx, BORDER_GUARD, { mrz: bad, crossingPoint: 'LUX', direction: 'exit', at: '2026-11-29T18:00:00+01:00' });
    expect(result).toMatchObject({ stored: 1, invalidMrz: 1 });
    const [m] = result.movements;
    expect(m.at).toBe('2026-11-29T17:00:00.000Z');
    expect(m.document).toMatchObject({ number: 'RK4820917', mrzValid: false, mrz: bad.join('\n') });
    expect(m.document!.mrzProblems[0]).toBe(`document number check digit is ${wrong}, computed ${lines[1][9]}`);
    // Still the same person by name and date of birth.
    expect(m.link).toMatchObject({ personId: svetlanaId, method: 'matcher' });
  });

  it('links by an exact document number held by one person, and leaves unknown travellers unlinked', async () => {
    const result = await recordMovements(ctx, BORDER_GUARD, {
      movements: [
        { document: { type: 'passport', number: 'px7712040', issuingCountry: 'PRT' }, crossingPoint: 'BCP-SCHENGEN-1', direction: 'entry', at: AT },
        { person: { surname: 'NOBODY', givenNames: ['KNOWN'], dateOfBirth: '1990-01-01' }, crossingPoint: 'LUX', direction: 'entry', at: AT },
        // The same number issued by another state is another document.
        { document: { type: 'passport', number: 'PX7712040', issuingCountry: 'ESP' }, crossingPoint: 'LUX', direction: 'entry', at: AT },
      ],
    });
    expect(result.movements.map((m) => m.link?.method ?? null)).toEqual(['document_number', null, null]);
    expect(result.movements[0].link).toEqual({ personId: holderId, score: 1, method: 'document_number', automatic: true });
    expect(result.movements[0].document?.number).toBe('PX7712040');
  });

  it('stores a batch all or nothing: one bad item stores nothing and every bad item is named', async () => {
    const [before, audits] = [await movementCount(), await auditCount()];
    const good = { person: { surname: 'GOOD' }, crossingPoint: 'LUX', direction: 'entry', at: AT };
    const attempt = recordMovements(ctx, BORDER_GUARD, {
      movements: [
        good,
        { ...good, crossingPoint: 'l' },
        { mrz: mrzOf(SVETLANA, 'TD3').map((l) => l.slice(0, 43)), crossingPoint: 'LUX', direction: 'entry', at: AT },
        good,
        { ...good, person: { surname: 'Иванов Ivan' } },
        { ...good, protection: { handlingCode: 'H7' } },
      ],
    });
    await expect(attempt).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^the movements were refused: 4 bad items, nothing stored/) });
    const error = await attempt.catch((e) => e);
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(['movements[1].crossingPoint', 'movements[2].mrz', 'movements[4].person', 'movements[5].protection.handlingCode']);
    expect(error.issues[1].message).toMatch(/got 2 lines of 43, 43 characters/);
    expect(error.issues[2].message).toMatch(/mix/);
    expect(await movementCount()).toBe(before);
    expect(await auditCount()).toBe(audits);
  });

  it('stores a PAXLST list: entries at the arrival airport, linked where a traveller is known', async () => {
    const others = Array.from({ length: 3 }, (_, i) => drawTraveller(new SeededRandom(900 + i)));
    const known = drawTraveller(new SeededRandom(500));
    const text = paxlstOf({ flight: 'SY900', carrier: 'SY', from: 'ATH', to: 'LUX', departure: '2026-11-28T06:00:00.000Z', arrival: '2026-11-28T09:10:00.000Z' }, [...others, known], { reference: 'IC900' });
    const result: StoredMovements = await recordMovements(ctx, BORDER_GUARD, { paxlst: text });
    expect(result).toMatchObject({ stored: 4, skipped: 0 });
    expect(result.movements.every((m) => m.source === 'paxlst' && m.direction === 'entry' && m.crossingPoint === 'LUX' && m.flight === 'SY900' && m.at === '2026-11-28T09:10:00.000Z')).toBe(true);
    expect(result.movements[3]).toMatchObject({ person: { surname: known.surname, dateOfBirth: known.dateOfBirth }, sourceReference: 'IC900/M1', link: { method: 'matcher' } });
    const exits = await recordMovements(ctx, BORDER_GUARD, { paxlst: text, direction: 'exit', protection: { handlingCode: 'H2', tlp: 'RED' } });
    expect(exits.movements[0]).toMatchObject({ direction: 'exit', crossingPoint: 'ATH', at: '2026-11-28T06:00:00.000Z', protection: { handlingCode: 'H2', tlp: 'RED' } });
    const transit = await recordMovements(ctx, BORDER_GUARD, { paxlst: text.replace('NAD+FL', 'NAD+DDT') });
    expect(transit).toMatchObject({ stored: 3, skipped: 1 });
    const before = await movementCount();
    await expect(recordMovements(ctx, BORDER_GUARD, { paxlst: text.replace('DTM+329', 'DTM+999') })).rejects.toMatchObject({ code: 'invalid_input', issues: [expect.objectContaining({ message: expect.stringMatching(/unknown date\/time qualifier "999"/) })] });
    await expect(recordMovements(ctx, BORDER_GUARD, { paxlst: text.slice(0, text.length / 2) })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await movementCount()).toBe(before);
  });

  it('imports MRZ lines from a file for the command line, naming the line of a bad block', async () => {
    const a = mrzOf(drawTraveller(new SeededRandom(1)), 'TD1');
    const b = mrzOf(drawTraveller(new SeededRandom(2)), 'TD2');
    const result = await importMovements(ctx, OPERATOR, 'gate-3.txt', `${a.join('\n')}\n\n${b.join('\n')}\n`, { format: 'mrz-lines', crossing: { crossingPoint: 'BCP-7', direction: 'exit' } });
    expect(result).toMatchObject({ stored: 2, invalidMrz: 0 });
    expect(result.movements[0]).toMatchObject({ at: '2026-11-28T09:00:00.000Z', crossingPoint: 'BCP-7', source: 'mrz', document: { type: 'id_card' } });
    const broken = importMovements(ctx, OPERATOR, 'gate-3.txt', `${a.join('\n')}\n\n${b[0]}\n${b[1].toLowerCase()}\n`, { format: 'mrz-lines', crossing: { crossingPoint: 'BCP-7', direction: 'exit' } });
    await expect(broken).rejects.toMatchObject({ code: 'invalid_input', issues: [expect.objectContaining({ line: 5, path: 'line 5.mrz' })] });
    await expect(importMovements(ctx, BORDER_GUARD, 'x.txt', a.join('\n'), { format: 'mrz-lines', crossing: { crossingPoint: 'BCP-7', direction: 'exit' } })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('gives a person’s movements in time order, as an audited consultation, and unlinks them when the person is erased', async () => {
    await expect(personMovements(ctx, BORDER_GUARD, svetlanaId, {})).rejects.toMatchObject({ code: 'justification_required' });
    const movements: Movement[] = await personMovements(ctx, BORDER_GUARD, svetlanaId, WHY);
    expect(movements.map((m) => m.direction)).toEqual(['entry', 'exit']);
    expect(movements.map((m) => m.at)).toEqual(['2026-11-28T08:30:00.000Z', '2026-11-29T17:00:00.000Z']);
    const [audit] = await rows(db, `SELECT action, purpose, justification, record_ids FROM audit_log ORDER BY seq DESC LIMIT 1`);
    expect(audit).toMatchObject({ action: 'consultation', purpose: 'investigation', justification: WHY.justification, record_ids: [svetlanaId, ...movements.map((m) => m.id)] });
    await eraseRecord(ctx, officer('supervisor'), svetlanaId, { reason: 'retention period over' });
    await expect(personMovements(ctx, BORDER_GUARD, svetlanaId, WHY)).rejects.toMatchObject({ code: 'not_found' });
    expect(await rows(db, 'SELECT person_id, link_score, link_method FROM movements WHERE id = $1', [movements[0].id])).toEqual([{ person_id: null, link_score: null, link_method: null }]);
  });

  it('serves the doors: parse an MRZ, record movements, a person’s movements; roles and justification enforced', async () => {
    const parsed = await call('analyst', 'POST', '/api/v1/movements/mrz', { mrz: mrzOf(SVETLANA, 'TD1') });
    expect(parsed.status).toBe(200);
    expect(await parsed.json()).toMatchObject({ format: 'TD1', valid: true, documentNumber: 'RK4820917' });
    const malformed = await call('analyst', 'POST', '/api/v1/movements/mrz', { mrz: 'P<UTO' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toMatch(/got 1 line of 5 characters/);
    expect((await call('judicial_authority', 'POST', '/api/v1/movements/mrz', { mrz: mrzOf(SVETLANA, 'TD1') })).status).toBe(403);

    const stored = await call('liaison_officer', 'POST', '/api/v1/movements', { document: { type: 'passport', number: 'PX7712040', issuingCountry: 'PRT' }, crossingPoint: 'LUX', direction: 'exit', at: '2026-11-30T10:00:00Z' });
    expect(stored.status).toBe(201);
    expect(await stored.json()).toMatchObject({ stored: 1, linked: 1, movements: [{ link: { personId: holderId, method: 'document_number' } }] });
    const refused = await call('liaison_officer', 'POST', '/api/v1/movements', { crossingPoint: 'LUX', direction: 'sideways', at: AT });
    expect(refused.status).toBe(400);

    expect((await call('analyst', 'GET', `/api/v1/persons/${holderId}/movements`)).status).toBe(400);
    const timeline = await call('analyst', 'GET', `/api/v1/persons/${holderId}/movements`, undefined, WHY_HEADERS);
    expect(timeline.status).toBe(200);
    const body = (await timeline.json()) as { personId: string; movements: Movement[] };
    expect(body.personId).toBe(holderId);
    expect(body.movements.map((m) => m.at)).toEqual(['2026-11-28T08:30:00.000Z', '2026-11-30T10:00:00.000Z']);
    expect((await call('analyst', 'GET', `/api/v1/persons/00000000-0000-4000-8000-000000000000/movements`, undefined, WHY_HEADERS)).status).toBe(404);
    expect((await call('administrator', 'GET', `/api/v1/persons/${holderId}/movements`, undefined, WHY_HEADERS)).status).toBe(403);
  });
});
