import { enrolDnaProfile } from '../biometrics/service.ts';
import { progress } from '../cli/command.ts';
import { isoDate } from '../core/clock.ts';
import { initNodeDirectory, isInitialised } from '../identity/node-directory.ts';
import { createOfficer } from '../identity/officers.ts';
import type { Role } from '../identity/roles.ts';
import { RecordInput } from '../model/record.ts';
import { recordMovements } from '../movements/service.ts';
import { collectRecordsInBulk, createRecord, toRecordRow } from '../records/service.ts';
import { generateDataset } from '../synth/generator.ts';
import { cliActor, openNode } from './open-node.ts';

/** The demo sign-ins: one officer a role, on every demo node. Demo only: never use known passwords on a real node. */
export const DEMO_PASSWORD = 'liaison-demo-password';
export const DEMO_OFFICERS: { username: string; displayName: string; role: Role }[] = [
  { username: 'officer', displayName: 'Demo Liaison Officer', role: 'liaison_officer' },
  { username: 'analyst', displayName: 'Demo Analyst', role: 'analyst' },
  { username: 'supervisor', displayName: 'Demo Supervisor', role: 'supervisor' },
  { username: 'judge', displayName: 'Demo Judicial Authority', role: 'judicial_authority' },
  { username: 'dpo', displayName: 'Demo Data-Protection Officer', role: 'data_protection_officer' },
  { username: 'admin', displayName: 'Demo Administrator', role: 'administrator' },
];

/** A fictional agency of the demo federation. */
export interface DemoNodeSpec {
  nodeId: string;
  country: string;
  agency: string;
  seed: number;
}

/** Three fictional agencies in three countries. */
export const DEMO_NODES: DemoNodeSpec[] = [
  { nodeId: 'de-demo', country: 'DE', agency: 'Demo Federal Criminal Police (fictional)', seed: 2026 },
  { nodeId: 'fr-demo', country: 'FR', agency: 'Demo Judicial Police (fictional)', seed: 2027 },
  { nodeId: 'it-demo', country: 'IT', agency: 'Demo State Police (fictional)', seed: 2028 },
];

/** The synthetic person the demo scenario finds across the border: held by the French demo node only. */
export const PLANTED_PERSON = {
  holder: 'fr-demo',
  givenName: 'Ivana',
  familyName: 'Horvat',
  dateOfBirth: '1984-07-12',
};

/** The planted person's DNA reference profile (synthetic values), enrolled on the holder's record. */
export const PLANTED_DNA = {
  kind: 'reference' as const,
  loci: {
    D3S1358: ['15', '17'], vWA: ['16', '19'], D8S1179: ['12', '14'], D21S11: ['28', '31.2'], D18S51: ['13', '16'], TH01: ['7', '9.3'],
    FGA: ['22', '23'], D1S1656: ['13', '16.3'], D2S441: ['11', '14'], D10S1248: ['14', '15'], D12S391: ['19', '22'], D22S1045: ['11', '16'], AMEL: ['X', 'X'],
  },
};

/**
 * Creates a demo node in `dataDir` unless it exists: keys and configuration,
 * the demo officers, and a seeded synthetic data set (plus the planted person
 * on its holder). Returns whether it was created now.
 */
export async function prepareDemoNode(dataDir: string, spec: DemoNodeSpec, persons: number, ports: { api: number; federation: number }): Promise<boolean> {
  if (isInitialised(dataDir)) return false;
  const env = {};
  await initNodeDirectory(dataDir, { nodeId: spec.nodeId, country: spec.country, agency: spec.agency, port: ports.api, federationPort: ports.federation }, env);
  const node = await openNode(dataDir, env);
  try {
    const actor = cliActor(['administrator', 'supervisor']);
    for (const officer of DEMO_OFFICERS) {
      await createOfficer(node.ctx, actor, { username: officer.username, displayName: officer.displayName, roles: [officer.role], password: DEMO_PASSWORD });
    }
    const dataset = generateDataset({ seed: spec.seed, persons, nodeId: spec.nodeId, today: isoDate(node.ctx.clock.now()) });
    const rows = dataset.records.map((record) => toRecordRow(spec.nodeId, RecordInput.parse(record)));
    await collectRecordsInBulk(node.ctx, actor, rows, {
      source: { seed: `synthetic demo data, seed ${spec.seed}` },
      links: dataset.links,
      onProgress: (done, total) => done === total && progress(`${spec.nodeId}: seeded ${total} synthetic records`),
    });
    if (spec.nodeId === PLANTED_PERSON.holder) {
      const review = new Date(node.ctx.clock.now());
      review.setUTCFullYear(review.getUTCFullYear() + 2);
      const planted = await createRecord(node.ctx, actor, {
        type: 'person',
        protection: {
          subjectCategory: 'suspect',
          sourceReliability: 'B',
          informationAccuracy: 2,
          handlingCode: 'H1',
          tlp: 'AMBER',
          legalBasis: 'Synthetic demo record',
          reviewBy: isoDate(review),
          nature: 'fact',
          assessments: [],
        },
        data: {
          names: [{ kind: 'primary', givenNames: [PLANTED_PERSON.givenName], familyName: PLANTED_PERSON.familyName, script: 'Latn' }],
          dateOfBirth: PLANTED_PERSON.dateOfBirth,
          nationalities: ['HR'],
          gender: 'female',
          placeOfBirth: { place: 'Split', country: 'HR' },
        },
      });
      await enrolDnaProfile(node.ctx, actor, { recordId: planted.id, profile: PLANTED_DNA });
      // Her recent journeys, so that the console's map and the movement timeline have something to show.
      const traveller = { surname: PLANTED_PERSON.familyName.toUpperCase(), givenNames: [PLANTED_PERSON.givenName.toUpperCase()], dateOfBirth: PLANTED_PERSON.dateOfBirth, nationality: 'HRV' };
      const today = node.ctx.clock.now();
      const daysAgo = (days: number, hour: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - days, hour)).toISOString();
      await recordMovements(node.ctx, actor, {
        movements: [
          { person: traveller, crossingPoint: 'ZAG', flight: 'OU470', direction: 'exit', at: daysAgo(20, 6) },
          { person: traveller, crossingPoint: 'CDG', flight: 'OU470', direction: 'entry', at: daysAgo(20, 9) },
          { person: traveller, crossingPoint: 'CDG', flight: 'AF1418', direction: 'exit', at: daysAgo(12, 17) },
          { person: traveller, crossingPoint: 'FRA', flight: 'AF1418', direction: 'entry', at: daysAgo(12, 19) },
        ],
      });
    }
  } finally {
    await node.close();
  }
  return true;
}
