import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../src/core/random.ts';
import { drawTraveller, mrzOf, paxlstOf, syntheticFlight } from '../src/movements/synthetic.ts';
import { runCli } from './support/cli.ts';

/** `liaison movements import` and `liaison movements mrz` in their own processes, on an embedded node. Invented travellers only. */
describe('liaison movements', () => {
  const base = mkdtempSync(join(tmpdir(), 'liaison-movements-cli-'));
  const dataDir = join(base, 'node');
  const env = { LIAISON_KEY_PASSPHRASE: 'passphrase for the movements cli test' };
  const rng = new SeededRandom(77);
  const travellers = Array.from({ length: 12 }, () => drawTraveller(rng));

  beforeAll(async () => {
    const run = await runCli(['init', '--data-dir', dataDir, '--node-id', 'lu-border', '--country', 'LU', '--agency', 'Test Border Police', '--port', '0', '--federation-port', '0'], env);
    expect(run.code, run.stderr).toBe(0);
  });

  it('imports a PAXLST interchange, all of it', async () => {
    const file = join(base, 'sy482.edi');
    writeFileSync(file, paxlstOf(syntheticFlight(rng), travellers));
    const run = await runCli(['movements', 'import', '--data-dir', dataDir, file], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^stored 12 movements \(0 linked to persons, 0 with an MRZ that does not verify\)/);
  });

  it('refuses a truncated interchange with the segment named, storing nothing', async () => {
    const file = join(base, 'cut.edi');
    const text = paxlstOf(syntheticFlight(rng), travellers);
    writeFileSync(file, text.slice(0, text.indexOf('UNT+')));
    const run = await runCli(['movements', 'import', '--data-dir', dataDir, '--format', 'paxlst', file], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error: segment \d+ \(CNT\): the message opened by UNH at segment 3 has no UNT trailer/);
  });

  it('imports MRZ lines read at a crossing point, flagging a bad check digit', async () => {
    const file = join(base, 'gate.txt');
    const good = mrzOf(travellers[0], 'TD3');
    const bad = mrzOf(travellers[1], 'TD1');
    bad[1] = bad[1].slice(0, 29) + String((Number(bad[1][29]) + 1) % 10);
    writeFileSync(file, `${good.join('\n')}\n\n${bad.join('\n')}\n`);
    const run = await runCli(['movements', 'import', '--data-dir', dataDir, '--crossing-point', 'BCP-LU-1', '--direction', 'exit', '--at', '2026-11-28T10:00:00Z', file], env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^stored 2 movements \(0 linked to persons, 1 with an MRZ that does not verify\)/);
    const missing = await runCli(['movements', 'import', '--data-dir', dataDir, file], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--crossing-point is required/);
  });

  it('reads an MRZ and prints its validity as JSON', async () => {
    const lines = mrzOf(travellers[2], 'TD2');
    const run = await runCli(['movements', 'mrz', ...lines]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'TD2', valid: true, documentNumber: travellers[2].document.number });
  });
});
