import { AgreementDocument } from '../../src/agreements/document.ts';

/** A two-party agreement on persons and vehicles for investigation and prosecution. */
export function testAgreement(overrides: Record<string, unknown> = {}): AgreementDocument {
  return AgreementDocument.parse({
    id: 'agr-de-fr-2026',
    title: 'Test agreement',
    parties: [
      { nodeId: 'de-alice', country: 'DE', agency: 'Alice Agency', signingKeyId: 'kid-alice-0000' },
      { nodeId: 'fr-bob', country: 'FR', agency: 'Bob Agency', signingKeyId: 'kid-bob-000000' },
    ],
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
    purposes: ['investigation', 'prosecution'],
    queryable: ['person', 'vehicle'],
    autoRelease: { vehicle: ['plate', 'make'] },
    releasable: { person: ['names', 'dateOfBirth', 'nationalities'], vehicle: ['plate', 'make', 'model', 'vin'] },
    ceilings: { handlingCode: 'H2', tlp: 'AMBER' },
    retentionDays: 90,
    deadlines: { urgentHours: 8, normalDays: 7 },
    ...overrides,
  });
}
