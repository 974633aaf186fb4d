// `npm run bench:matching`: the matcher's quality and speed against the goals of issue #4; appends to docs/benchmarks.md.
// Options: --only quality|speed, --records N (speed scale, default 1000000), --cross-script N (entities, default 10000).
import { appendFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { parseArgs } from 'node:util';
import type { PairMetrics } from '../../src/matching/evaluation.ts';
import { crossScriptQuality, febrlDeduplication, febrlLinkage, namePairQuality } from './quality.ts';
import { dedupeTime, pairsPerSecond, preparedPersons, screeningLatency } from './speed.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, records: { type: 'string', default: '1000000' }, 'cross-script': { type: 'string', default: '10000' } } });
const log = (line: string) => process.stderr.write(line + '\n');
const rows: string[] = [];
const row = (name: string, result: string, goal: string) => rows.push(`| ${name} | ${result} | ${goal} |`);
const pr = (m: PairMetrics) => `P ${m.precision.toFixed(3)}, R ${m.recall.toFixed(3)}, F1 ${m.f1.toFixed(3)}`;
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

if (values.only !== 'speed') {
  const xs = crossScriptQuality(Number(values['cross-script']), log);
  row(`cross-script set, with date of birth (${xs.records} records, held-out seed)`, pr(xs.withDates), `P ≥ 0.98 at R ≥ 0.95: ${met(xs.withDates.precision >= 0.98 && xs.withDates.recall >= 0.95)}`);
  row('cross-script set, names alone', pr(xs.namesAlone), `P ≥ 0.90 at R ≥ 0.90: ${met(xs.namesAlone.precision >= 0.9 && xs.namesAlone.recall >= 0.9)}`);
  row('blocking recall, screening (hit/no-hit) limits, cross-script set', xs.screeningRecall.toFixed(4), `≥ 0.99: ${met(xs.screeningRecall >= 0.99)}`);
  row('blocking recall, deduplication limits, cross-script set', xs.blockingRecall.toFixed(4), `≥ 0.99: ${met(xs.blockingRecall >= 0.99)}`);
  row('blocking recall, screening limits, names alone', xs.screeningRecallNamesAlone.toFixed(4), '—');
  row('namesakes: different persons among pairs with exactly or equivalently agreeing names (names alone)', xs.namesakes.toFixed(3), 'what names alone cannot separate');
  const l = await febrlLinkage(log);
  row('FEBRL 4 linkage (EM on the data, no labels)', pr(l), `F1 ≥ 0.99: ${met(l.f1 >= 0.99)}`);
  const d = await febrlDeduplication(log);
  row('FEBRL 3 deduplication (pairwise, EM on the data)', pr(d), `F1 ≥ 0.95: ${met(d.f1 >= 0.95)}`);
  const np = await namePairQuality(log);
  row('name pairs, all (default threshold, fixed before)', `${pr(np.all)}; ${np.refused} refused`, `F1 ≥ 0.86: ${met(np.all.f1 >= 0.86)}`);
  row('name pairs, persons', pr(np.persons), '—');
  row('name pairs, organisations', pr(np.organisations), '—');
}
if (values.only !== 'quality') {
  const { prepared, entities } = preparedPersons(Number(values.records), 404, log);
  const perSecond = pairsPerSecond(prepared.slice(0, 200_000), log);
  row('candidate pairs scored per second, one core', `${Math.round(perSecond).toLocaleString('en')}`, `≥ 100,000: ${met(perSecond >= 100_000)}`);
  const s = screeningLatency(prepared, 1000, log);
  row(`screening one query against ${s.records.toLocaleString('en')} persons (index built in ${s.buildSeconds.toFixed(0)} s)`, `p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms`, `p99 ≤ 50 ms: ${met(s.p99 <= 50)}`);
  const dd = dedupeTime(prepared, entities, log);
  row(`deduplicating ${dd.records.toLocaleString('en')} records (${dd.scored.toLocaleString('en')} pairs scored)`, `${(dd.seconds / 60).toFixed(1)} min`, `≤ 10 min: ${met(dd.seconds <= 600)}`);
  row(`its clusters against the truth (${Math.ceil(dd.records / 2.5).toLocaleString('en')} persons; pairwise)`, pr(dd.quality), '—');
}
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${process.version}`;
const section = [`## ${new Date().toISOString().slice(0, 10)} — matching (#4) — ${machine}`, '', '| benchmark | result | goal |', '|---|---|---|', ...rows, ''].join('\n');
process.stdout.write(section + '\n');
appendFileSync('docs/benchmarks.md', '\n' + section);
log('appended to docs/benchmarks.md');
