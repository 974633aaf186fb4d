// `npm run bench`: the foundation benchmarks on both backends; appends the results to docs/benchmarks.md.
// Options: --persons N (import size, default 100000), --verify-entries N (default 1000000), --skip-exchange.
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appendAudit } from '../src/audit/audit-log.ts';
import { writeCheckpoint } from '../src/audit/checkpoint.ts';
import { verifyAuditLog } from '../src/audit/verify.ts';
import { systemClock } from '../src/core/clock.ts';
import { generateNodeKeys, jwksVerifier, nodeSigner, publicJwks } from '../src/identity/node-keys.ts';
import { importFile } from '../src/import/service.ts';
import { generatePersonRows, toCsv } from '../src/synth/generator.ts';
import { benchDatabase } from './backends.ts';
import { benchExchange, profileComponents } from './exchange.ts';
import { measureStart } from './start.ts';

const { values } = parseArgs({
  options: { persons: { type: 'string', default: '100000' }, 'verify-entries': { type: 'string', default: '1000000' }, 'skip-exchange': { type: 'boolean', default: false } },
});
const PERSONS = Number(values.persons);
const VERIFY_ENTRIES = Number(values['verify-entries']);
const BACKENDS = ['postgres', 'pglite'] as const;
const log = (line: string) => process.stderr.write(line + '\n');
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const results: Record<string, Record<string, string>> = {};
const record = (row: string, backend: string, value: string) => ((results[row] ??= {})[backend] = value);

async function benchImport(backend: (typeof BACKENDS)[number], csvFile: string) {
  const opened = await benchDatabase(backend);
  if (!opened) return record(`import ${PERSONS.toLocaleString('en')} persons (CSV)`, backend, 'server not reachable');
  try {
    const ctx = { db: opened.db, clock: systemClock, nodeId: 'bench-node' };
    const started = performance.now();
    await importFile(ctx, { id: 'bench', username: 'bench', roles: ['administrator'] }, csvFile);
    const ms = performance.now() - started;
    record(`import ${PERSONS.toLocaleString('en')} persons (CSV)`, backend, `${Math.round(PERSONS / (ms / 1000))} persons/s (${seconds(ms)} s)`);
    log(`${backend}: import ${PERSONS} in ${seconds(ms)} s`);
  } finally {
    await opened.dispose();
  }
}

async function benchAudit(backend: (typeof BACKENDS)[number]) {
  const opened = await benchDatabase(backend);
  if (!opened) return record('audit append (batches of 1,000)', backend, 'server not reachable');
  const keys = await generateNodeKeys();
  try {
    const { db } = opened;
    const batch = 1000;
    const event = { actor: 'bench-officer', action: 'consultation' as const, purpose: 'investigation', justification: 'case BENCH-1', recordIds: ['00000000-0000-4000-8000-000000000000'], details: { search: { type: 'person', name: 'x' } } };
    let started = performance.now();
    const appendCount = Math.min(100_000, VERIFY_ENTRIES);
    for (let n = 0; n < VERIFY_ENTRIES; n += batch) {
      await db.transaction((tx) => appendAudit(tx, systemClock, Array.from({ length: batch }, () => event)));
      if (n + batch === appendCount) {
        const ms = performance.now() - started;
        record('audit append (batches of 1,000)', backend, `${Math.round(appendCount / (ms / 1000))} entries/s`);
        log(`${backend}: appended ${appendCount} in ${seconds(ms)} s`);
      }
      if ((n + batch) % 100_000 === 0) log(`${backend}: ${n + batch} audit entries`);
    }
    await writeCheckpoint(db, systemClock, nodeSigner(keys));
    started = performance.now();
    const report = await verifyAuditLog(db, jwksVerifier(await publicJwks(keys)));
    const ms = performance.now() - started;
    if (!report.ok) throw new Error(`verification failed: ${JSON.stringify(report)}`);
    record(`audit verify of ${VERIFY_ENTRIES.toLocaleString('en')} entries`, backend, `${seconds(ms)} s`);
    log(`${backend}: verified ${report.entries} in ${seconds(ms)} s`);
  } finally {
    await opened.dispose();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-'));
const csvFile = join(dir, 'persons.csv');
log(`generating ${PERSONS} synthetic persons…`);
writeFileSync(csvFile, toCsv(generatePersonRows(7, PERSONS)));
for (const backend of BACKENDS) {
  await benchImport(backend, csvFile);
  await benchAudit(backend);
}
if (!values['skip-exchange']) {
  log('hit/no-hit between nodes…');
  try {
    const exchange = await benchExchange({ seconds: 15, concurrency: [4, 32], fanOut: 10, log });
    for (const s of exchange.sustained) {
      record(`hit/no-hit to one partner, ${s.concurrency} concurrent (${s.queries} queries, ${s.hits} hits)`, 'pglite', `${Math.round(s.perSecond)} queries/s; p50 ${Math.round(s.p50)} ms, p99 ${Math.round(s.p99)} ms`);
    }
    const f = exchange.fanOut;
    record(`one query fanned out to ${f.partners} partners (${f.queries} queries)`, 'pglite', `p50 ${Math.round(f.p50)} ms, p99 ${Math.round(f.p99)} ms`);
  } catch (error) {
    record('hit/no-hit between nodes', 'pglite', `FAILED: ${(error as Error).message.slice(0, 200)}`);
  }
  for (const [name, ms] of Object.entries(await profileComponents())) record(`per-query component: ${name}`, 'pglite', ms.toFixed(3));
}
const start = await measureStart(join(dir, 'start-node'));
record('start of an initialised node (to listening)', 'pglite', `${start.medianMs} ms median of ${start.runs} (process start to listening: ${start.medianProcessMs} ms)`);

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${process.version}`;
const rows = Object.entries(results).map(([name, by]) => `| ${name} | ${by.postgres ?? '—'} | ${by.pglite ?? '—'} |`);
const section = [
  `## ${new Date().toISOString().slice(0, 10)} — ${machine}`,
  '',
  '| benchmark | PostgreSQL 15 | PGlite |',
  '|---|---|---|',
  ...rows,
  '',
].join('\n');
process.stdout.write(section + '\n');
appendFileSync('docs/benchmarks.md', '\n' + section);
log('appended to docs/benchmarks.md');
