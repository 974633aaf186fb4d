import { mkdtempSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/store/database.ts';
import { PgliteDatabase } from '../src/store/pglite-driver.ts';
import { PostgresDatabase } from '../src/store/postgres-driver.ts';
import { generatePersonRows, toCsv } from '../src/synth/generator.ts';
import { createTestPostgresDatabase, testBackends } from './support/backends.ts';
import { runCli, spawnCli, waitForOutput } from './support/cli.ts';

/**
 * The CLI contract, end to end, each command in its own process: init, import,
 * audit verify (also after tampering behind the application's back), start,
 * and an import killed half-way.
 */
describe.each(testBackends())('liaison CLI on $name', ({ name }) => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'liaison-cli-')), 'node');
  const env: Record<string, string | undefined> = { LIAISON_KEY_PASSPHRASE: 'a test passphrase', DATABASE_URL: undefined };
  let dropDatabase = async () => {};
  let adminPassword = '';

  /** Opens the node's database directly, as someone with access to it but not to the application. */
  async function openDirectly(): Promise<Database> {
    return env.DATABASE_URL ? PostgresDatabase.open(env.DATABASE_URL) : PgliteDatabase.open(join(dataDir, 'db'));
  }
  async function count(table: string): Promise<number> {
    const db = await openDirectly();
    try {
      return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    } finally {
      await db.close();
    }
  }
  function csvFile(rows: number, seed: number): string {
    const file = join(dataDir, '..', `persons-${seed}-${rows}.csv`);
    writeFileSync(file, toCsv(generatePersonRows(seed, rows)));
    return file;
  }

  beforeAll(async () => {
    if (name === 'postgres') {
      const database = await createTestPostgresDatabase();
      env.DATABASE_URL = database.url;
      dropDatabase = database.drop;
    }
  });
  afterAll(() => dropDatabase());

  it('init creates the node and its first administrator', async () => {
    const run = await runCli(['init', '--data-dir', dataDir, '--node-id', 'de-test', '--country', 'DE', '--agency', 'Test Agency', '--port', '0', '--federation-port', '0'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('initialised node de-test');
    adminPassword = /admin \/ (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(adminPassword.length).toBeGreaterThan(20);
    expect((await runCli(['init', '--data-dir', dataDir], env)).code).toBe(6);
  });

  it('imports a persons CSV and verifies the audit log', async () => {
    const run = await runCli(['import', '--data-dir', dataDir, csvFile(300, 1)], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/imported 300 records \(300 person\)/);
    expect(run.stderr).toMatch(/writing 300\/300 \(100%\)/);
    const verify = await runCli(['audit', 'verify', '--data-dir', dataDir], env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/audit log verified: \d+ entries, \d+ signed checkpoints/);
  });

  it('reports every bad row of a bad file and imports nothing', async () => {
    const before = await count('records');
    const file = join(dataDir, '..', 'bad.csv');
    writeFileSync(file, 'given_name,family_name,date_of_birth,category\nAna,Lima,2023-02-30,suspect\nBo,Ek,1990,suspect\nCy,Ng,1990,boss\n');
    const run = await runCli(['import', '--data-dir', dataDir, file], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/line 2: date_of_birth: /);
    expect(run.stderr).toMatch(/line 4: category: /);
    expect(await count('records')).toBe(before);
  });

  it('leaves nothing behind when an import is killed half-way', async () => {
    const before = await count('records');
    const child = spawnCli(['import', '--data-dir', dataDir, csvFile(20_000, 2)], env);
    await waitForOutput(child, 'stderr', /writing \d+\/20000/);
    child.kill('SIGKILL');
    await once(child, 'close');
    expect(await count('records')).toBe(before);
    expect((await runCli(['audit', 'verify', '--data-dir', dataDir], env)).code).toBe(0);
  });

  it('serves the API until stopped, and signs the audit head on stop', async () => {
    const checkpoints = await count('audit_checkpoints');
    const child = spawnCli(['start', '--data-dir', dataDir, '--port', '0'], env);
    const [, url] = await waitForOutput(child, 'stdout', /listening on (http:\/\/[^\s,]+)/);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok', node: 'de-test' });
    const signIn = await fetch(`${url}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: adminPassword }),
    });
    expect(signIn.status).toBe(201);
    const { token } = (await signIn.json()) as { token: string };
    const node = await fetch(`${url}/api/v1/node`, { headers: { authorization: `Bearer ${token}` } });
    expect(await node.json()).toMatchObject({ nodeId: 'de-test', country: 'DE', keys: { keys: [{ use: 'sig' }, { use: 'enc' }] } });
    child.kill('SIGTERM');
    const [code] = await once(child, 'close');
    expect(code).toBe(0);
    expect(await count('audit_checkpoints')).toBeGreaterThan(checkpoints);
  });

  it('audit verify names the first entry altered behind the application’s back', async () => {
    const db = await openDirectly();
    try {
      await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change;
        UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3;
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change;`);
    } finally {
      await db.close();
    }
    const run = await runCli(['audit', 'verify', '--data-dir', dataDir], env);
    expect(run.code).toBe(7);
    expect(run.stdout).toMatch(/FAILED verification at entry 3: entry 3 was altered/);
  });
});

describe('liaison init after a failure', () => {
  it('leaves nothing behind when the database cannot be reached, so that init can be run again', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'liaison-cli-')), 'node');
    const env = { LIAISON_KEY_PASSPHRASE: 'a test passphrase', DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none' };
    const failed = await runCli(['init', '--data-dir', dataDir, '--port', '0', '--federation-port', '0'], env);
    expect(failed.code).toBe(9);
    expect(failed.stderr).toMatch(/cannot reach PostgreSQL at 127.0.0.1:1/);
    const again = await runCli(['init', '--data-dir', dataDir, '--port', '0', '--federation-port', '0'], { ...env, DATABASE_URL: undefined });
    expect(again.code).toBe(0);
  });
});
