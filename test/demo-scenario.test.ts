import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run demo:scenario', () => {
  it('walks a cross-border hit, a DNA candidate and a European arrest warrant through three node processes, and exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo-scenario.ts'], { env: { ...process.env, LIAISON_LOG: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/FAILED/);
    expect(code).toBe(0);
    expect(out).toMatch(/fr-demo: hit \(quality (?:0\.99\d\d|1\.0000)\); it-demo: no_hit/);
    expect(out).toMatch(/Ivana Horvat, born 1984-07-12; H1, TLP:AMBER/);
    expect(out).toMatch(/the warrant arrives; .*\n\s+received; bundle verified/);
    expect(out).toMatch(/bundles: de-demo verified, fr-demo verified/);
    expect(out).toMatch(/scenario completed: every step passed/);
  }, 120_000);
});
