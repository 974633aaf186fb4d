import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test/support/backends.ts';
import { PROTECTION, officer, personInput, testContext } from '../../../test/support/context.ts';
import { AgreementDocument } from '../../agreements/document.ts';
import { createRecord } from '../../records/service.ts';
import type { Database } from '../../store/database.ts';
import { responderKeys } from './responder-keys.ts';

const agreement = AgreementDocument.parse({
  id: 'agr-test-psi',
  title: 'test',
  parties: [
    { nodeId: 'test-node', country: 'DE', agency: 'A', signingKeyId: 'key-aaaaaaaaaa' },
    { nodeId: 'other-node', country: 'FR', agency: 'B', signingKeyId: 'key-bbbbbbbbbb' },
  ],
  validFrom: '2026-01-01',
  validUntil: '2027-12-31',
  purposes: ['investigation'],
  queryable: ['document'],
  releasable: {},
  ceilings: { handlingCode: 'H2', tlp: 'AMBER' },
  retentionDays: 30,
  deadlines: {},
  crossMatching: { keyKinds: ['document', 'phone', 'plate', 'vin', 'person'], reveal: 'intersection', maxKeysPerRun: 10 },
});

describe.each(testBackends())('responder keys on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  const clerk = officer('liaison_officer');

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    const ctx = testContext(db);
    await createRecord(ctx, clerk, { type: 'document', protection: PROTECTION, data: { documentType: 'passport', number: 'c01x-00t47', issuingState: 'DE' } });
    await createRecord(ctx, clerk, { type: 'document', protection: { ...PROTECTION, tlp: 'RED' }, data: { documentType: 'passport', number: 'RED000001', issuingState: 'DE' } });
    await createRecord(ctx, clerk, { type: 'vehicle', protection: PROTECTION, data: { plate: 'B-XY 123', registrationCountry: 'DE', vin: 'WVWZZZ1JZXW000001' } });
    const person = personInput('Jürgen', 'Müller', '1971-03-04');
    await createRecord(ctx, clerk, { ...person, data: { ...person.data, identifiers: [{ scheme: 'Passport', value: 'P 123456' }, { scheme: 'mobile', value: '0049 171 1234567' }, { scheme: 'national_id', value: '99' }] } });
  });
  afterAll(() => dispose());

  it('derives the asked kinds from live records within the agreement’s ceilings', async () => {
    const keys = await responderKeys(db, agreement, ['document', 'phone', 'plate', 'vin']);
    expect(keys.sort()).toEqual(['document:C01X00T47', 'document:P123456', 'phone:+491711234567', 'plate:DE:BXY123', 'vin:WVWZZZ1JZXW000001']);
    expect(await responderKeys(db, agreement, ['vin'])).toEqual(['vin:WVWZZZ1JZXW000001']);
  });

  it('derives person keys through the matcher', async () => {
    const keys = await responderKeys(db, agreement, ['person']);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith('person:') && !k.startsWith('person:person:') && k.endsWith('1971-03-04'))).toBe(true);
  });
});
