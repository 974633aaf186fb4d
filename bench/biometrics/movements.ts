// Movement records (issue #5): `node --import tsx bench/biometrics/movements.ts [--persons N] [--messages N] [--write]`.
// Measures reading MRZs (TD1, TD2, TD3) and PAXLST lists (100-passenger messages), and storing movements read from
// PAXLST with linking to N persons (default 100,000) on embedded PGlite on disk, as a node runs it. Prints a markdown
// section; appends it to docs/benchmarks.md only with --write.
import { appendFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FixedClock } from '../../src/core/clock.ts';
import type { Actor, NodeContext } from '../../src/core/context.ts';
import { SeededRandom } from '../../src/core/random.ts';
import { screeningFor } from '../../src/matching/screening.ts';
import { RecordInput } from '../../src/model/record.ts';
import { parseMrz } from '../../src/movements/mrz.ts';
import { parsePaxlst } from '../../src/movements/paxlst.ts';
import { recordMovements } from '../../src/movements/service.ts';
import { drawTraveller, mrzOf, paxlstOf, syntheticFlight, travellerOf, type SyntheticTraveller } from '../../src/movements/synthetic.ts';
import { collectRecordsInBulk, toRecordRow } from '../../src/records/service.ts';
import { dayOf, isoDay } from '../../src/synth/draw.ts';
import { drawPerson, type SynthPerson } from '../../src/synth/people.ts';
import { benchDatabase } from '../backends.ts';

/** What to measure: the persons to link against (0: skip storing), the PAXLST messages stored, the logger. */
export interface MovementsBenchmarkOptions {
  persons?: number;
  messages?: number;
  log?: (line: string) => void;
}

const TODAY = '2026-11-28';
const NOW = new Date(`${TODAY}T09:00:00Z`);
const PROTECTION = { subjectCategory: 'other', sourceReliability: 'B', informationAccuracy: 2, handlingCode: 'H1', tlp: 'AMBER', legalBasis: 'Bench', reviewBy: '2029-11-28', nature: 'fact', assessments: [] };
const per = (count: number, ms: number) => Math.round((count * 1000) / ms).toLocaleString('en');

/** Runs `work` until at least `minMs` have passed; returns the rounds and the time. */
function timed(work: () => number, minMs = 2000): { count: number; ms: number } {
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) count += work();
  return { count, ms: performance.now() - started };
}

function mrzRates(rows: string[][], log: (line: string) => void): void {
  const rng = new SeededRandom(5);
  const travellers = Array.from({ length: 2000 }, () => drawTraveller(rng, TODAY));
  for (const format of ['TD1', 'TD2', 'TD3'] as const) {
    const zones = travellers.map((t) => mrzOf(t, format).join('\n'));
    for (const z of zones.slice(0, 50)) if (!parseMrz(z, NOW).valid) throw new Error(`generated ${format} does not verify: ${z}`);
    const lines = format === 'TD1' ? 3 : 2;
    const { count, ms } = timed(() => {
      for (const z of zones) parseMrz(z, NOW);
      return zones.length;
    });
    rows.push([`MRZ ${format} (${lines}×${format === 'TD1' ? 30 : format === 'TD2' ? 36 : 44}) read with per-field validity`, `${per(count, ms)} MRZ/s = ${per(count * lines, ms)} lines/s`]);
    log(`MRZ ${format}: ${per(count, ms)}/s`);
  }
}

function paxlstRates(rows: string[][], log: (line: string) => void): void {
  const rng = new SeededRandom(6);
  const messages = Array.from({ length: 20 }, (_, i) =>
    paxlstOf(syntheticFlight(rng, TODAY), Array.from({ length: 100 }, () => drawTraveller(rng, TODAY)), { reference: `IC${String(i).padStart(6, '0')}` }),
  );
  const bytes = messages.reduce((n, m) => n + m.length, 0) / messages.length;
  const segments = messages[0].split('\n').length - 2;
  const { count, ms } = timed(() => {
    for (const m of messages) parsePaxlst(m, NOW);
    return messages.length;
  });
  rows.push([`PAXLST interchange of one 100-passenger message (${Math.round(bytes / 1024)} KiB, ${segments} segments) read and checked`, `${per(count, ms)} messages/s = ${per(count * 100, ms)} travellers/s`]);
  log(`PAXLST: ${per(count, ms)} messages/s`);
}

/** The record of a synthetic person, in its own script. */
function personRecord(p: SynthPerson) {
  return RecordInput.parse({
    type: 'person',
    protection: PROTECTION,
    data: { names: [{ kind: 'primary', givenNames: p.givenNames, familyName: p.familyName, script: p.locale.script }], dateOfBirth: p.dateOfBirth, nationalities: p.nationalities, gender: p.gender },
  });
}

async function storeAndLink(rows: string[][], persons: number, messageCount: number, log: (line: string) => void): Promise<void> {
  const opened = await benchDatabase('pglite');
  if (!opened) return;
  const { db } = opened;
  try {
    const ctx: NodeContext = { db, clock: new FixedClock(NOW), nodeId: 'bench-node' };
    const actor: Actor = { id: 'bench', username: 'bench', roles: ['supervisor'] };
    const rng = new SeededRandom(7);
    const people = Array.from({ length: persons }, () => drawPerson(rng, dayOf(TODAY)));
    const records = people.map((p) => toRecordRow('bench-node', personRecord(p)));
    let started = performance.now();
    await collectRecordsInBulk(ctx, actor, records, { source: { bench: 'movements' } });
    log(`seeded ${persons} persons in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    await screeningFor(db).sync(db);
    const indexSeconds = (performance.now() - started) / 1000;

    // Half the travellers are known persons (romanised as their passports print them), half are strangers.
    const truth = new Map<string, string>();
    const messages: string[] = [];
    for (let m = 0; m < messageCount; m++) {
      const travellers: SyntheticTraveller[] = [];
      for (let i = 0; i < 100; i++) {
        if (i % 2 === 0) {
          const index = rng.int(0, persons - 1);
          const p = people[index];
          const t = travellerOf(rng, { givenNames: p.givenNames, familyName: p.familyName, dateOfBirth: isoDay(p.birthDay), gender: p.gender, nationality: p.nationalities[0], romanise: p.locale.romanise }, TODAY);
          truth.set(`${m}:${i}`, records[index].id);
          travellers.push(t);
        } else travellers.push(drawTraveller(rng, TODAY));
      }
      messages.push(paxlstOf(syntheticFlight(rng, TODAY), travellers, { reference: `IC${m}` }));
    }
    let linkedRight = 0;
    let linkedWrong = 0;
    let strangersLinked = 0;
    started = performance.now();
    for (const [m, text] of messages.entries()) {
      const result = await recordMovements(ctx, actor, { paxlst: text });
      result.movements.forEach((movement, i) => {
        const expected = truth.get(`${m}:${i}`);
        if (!movement.link) return;
        if (!expected) strangersLinked++;
        else if (movement.link.personId === expected) linkedRight++;
        else linkedWrong++;
      });
    }
    const ms = performance.now() - started;
    const stored = messageCount * 100;
    const known = stored / 2;
    rows.push([
      `storing ${stored.toLocaleString('en')} movements from ${messageCount} PAXLST messages, each screened against ${persons.toLocaleString('en')} persons and linked (one transaction a message; screening index built in ${indexSeconds.toFixed(1)} s)`,
      `${per(stored, ms)} movements/s (${(ms / messageCount).toFixed(0)} ms a 100-passenger message)`,
    ]);
    rows.push([
      'their links (half the travellers are known persons, as their passports print their names: native scripts romanised; half are strangers)',
      `${linkedRight} of ${known} known linked to the right person, ${linkedWrong} to another, ${strangersLinked} of ${stored - known} strangers linked to a namesake`,
    ]);
    log(`stored ${stored} in ${(ms / 1000).toFixed(1)} s`);
  } finally {
    await opened.dispose();
  }
}

/**
 * Measures reading MRZs and PAXLST lists, and storing and linking movements;
 * returns the markdown section for docs/benchmarks.md.
 */
export async function runMovementsBenchmark(options: MovementsBenchmarkOptions = {}): Promise<string> {
  const log = options.log ?? (() => undefined);
  const load = loadavg()[0];
  const rows: string[][] = [];
  mrzRates(rows, log);
  paxlstRates(rows, log);
  const persons = options.persons ?? 100_000;
  if (persons > 0) await storeAndLink(rows, persons, options.messages ?? 20, log);
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()}, Node.js ${process.version}`;
  return [
    '## Movement records: MRZ and PAXLST (issue #5)',
    '',
    `${new Date().toISOString().slice(0, 10)} — ${machine}. \`node --import tsx bench/biometrics/movements.ts\` (TurboFan on; one thread). Synthetic travellers only (src/movements/synthetic.ts); MRZs with correct check digits; storage on embedded PGlite on disk. Load average at the start: ${load.toFixed(1)} (other work shared the machine when above 1).`,
    '',
    '| benchmark | result |',
    '|---|---|',
    ...rows.map(([name, result]) => `| ${name} | ${result} |`),
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { persons: { type: 'string', default: '100000' }, messages: { type: 'string', default: '20' }, write: { type: 'boolean', default: false } } });
  const section = await runMovementsBenchmark({ persons: Number(values.persons), messages: Number(values.messages), log: (line) => process.stderr.write(line + '\n') });
  process.stdout.write(section + '\n');
  if (values.write) {
    appendFileSync('docs/benchmarks.md', '\n' + section);
    process.stderr.write('appended to docs/benchmarks.md\n');
  }
}
