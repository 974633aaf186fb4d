// `npm run bench:biometrics`: the benchmarks of issue #5, each in a process of its own (10,000,000 DNA profiles
// and 1,000,000 face templates do not share memory well), each appending its section to docs/benchmarks.md.
// Options are passed on: `npm run bench:biometrics -- --only dna|face|movements`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHMARKS = ['dna', 'face', 'movements'] as const;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only && !BENCHMARKS.includes(only as never)) {
  process.stderr.write(`--only must be one of ${BENCHMARKS.join(', ')}\n`);
  process.exit(2);
}
for (const name of BENCHMARKS.filter((b) => !only || b === only)) {
  process.stderr.write(`\n== ${name} ==\n`);
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--write'], { stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write(`the ${name} benchmark failed (exit ${run.status ?? run.signal})\n`);
    process.exit(1);
  }
}
