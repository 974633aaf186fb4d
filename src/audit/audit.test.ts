import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/support/backends.ts';
import { testContext } from '../../test/support/context.ts';
import type { Database } from '../store/database.ts';
import { generateNodeKeys, jwksVerifier, nodeSigner, publicJwks } from '../identity/node-keys.ts';
import { appendAudit } from './audit-log.ts';
import { checkpointMessage, writeCheckpoint } from './checkpoint.ts';
import { verifyAuditLog } from './verify.ts';
import { exportAuditLines } from './export.ts';

/** Runs SQL as someone with direct database access would, bypassing the append-only trigger. */
async function behindTheBack(db: Database, sql: string, params: unknown[] = []): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
    await tx.query('ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_no_change');
    await tx.query(sql, params);
    await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
    await tx.query('ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_no_change');
  });
}

describe.each(testBackends())('audit log on $name', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  const keys = generateNodeKeys();

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
  });
  afterAll(() => dispose());

  beforeEach(async () => {
    await behindTheBack(db, 'DELETE FROM audit_log');
    await behindTheBack(db, 'DELETE FROM audit_checkpoints');
    await db.query(`UPDATE audit_head SET seq = 0, hash = '${'0'.repeat(64)}'`);
  });

  async function fill(count: number) {
    const ctx = testContext(db);
    const events = Array.from({ length: count }, (_, i) => ({
      actor: 'officer-1',
      action: 'consultation' as const,
      purpose: 'investigation',
      justification: `case ${i}`,
      recordIds: [`r-${i}`],
      details: { n: i, nested: { b: 1, a: 'ü' } },
    }));
    await db.transaction((tx) => appendAudit(tx, ctx.clock, events));
    const k = await keys;
    const checkpoint = await writeCheckpoint(db, ctx.clock, nodeSigner(k));
    return { verifier: jwksVerifier(await publicJwks(k)), ctx, k, checkpoint };
  }

  it('verifies an intact log with its signed checkpoint', async () => {
    const { verifier } = await fill(25);
    const report = await verifyAuditLog(db, verifier);
    expect(report).toEqual({ ok: true, entries: 25, checkpoints: 1 });
  });

  it('chains appends across transactions', async () => {
    const { verifier, ctx } = await fill(3);
    await db.transaction((tx) => appendAudit(tx, ctx.clock, [{ actor: 'a', action: 'collection' }]));
    await db.transaction((tx) => appendAudit(tx, ctx.clock, [{ actor: 'b', action: 'erasure' }]));
    expect(await verifyAuditLog(db, verifier)).toMatchObject({ ok: true, entries: 5 });
  });

  it('refuses updates and deletes through SQL while the trigger stands', async () => {
    await fill(2);
    await expect(db.query(`UPDATE audit_log SET actor = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
  });

  it('names an entry altered directly in the database', async () => {
    const { verifier } = await fill(10);
    await behindTheBack(db, `UPDATE audit_log SET justification = 'nothing to see' WHERE seq = 7`);
    expect(await verifyAuditLog(db, verifier)).toMatchObject({ ok: false, firstBad: { seq: 7 } });
  });

  it('names the gap left by a deleted entry', async () => {
    const { verifier } = await fill(10);
    await behindTheBack(db, 'DELETE FROM audit_log WHERE seq = 4');
    const report = await verifyAuditLog(db, verifier);
    expect(report).toMatchObject({ ok: false, firstBad: { seq: 4 } });
    expect(report.firstBad?.problem).toMatch(/missing/);
  });

  it('detects reordered entries', async () => {
    const { verifier } = await fill(10);
    await behindTheBack(db, 'UPDATE audit_log SET seq = -1 WHERE seq = 5');
    await behindTheBack(db, 'UPDATE audit_log SET seq = 5 WHERE seq = 6');
    await behindTheBack(db, 'UPDATE audit_log SET seq = 6 WHERE seq = -1');
    expect(await verifyAuditLog(db, verifier)).toMatchObject({ ok: false, firstBad: { seq: 5 } });
  });

  it('detects entries removed from the end', async () => {
    const { verifier } = await fill(10);
    await behindTheBack(db, 'DELETE FROM audit_log WHERE seq > 8');
    expect(await verifyAuditLog(db, verifier)).toMatchObject({ ok: false });
  });

  it('detects a rewritten chain through the signed checkpoint', async () => {
    const { verifier, ctx } = await fill(6);
    // Rewrite the whole log with a consistent chain, as an attacker with the database but not the key could.
    await behindTheBack(db, 'DELETE FROM audit_log');
    await db.query(`UPDATE audit_head SET seq = 0, hash = '${'0'.repeat(64)}'`);
    await db.transaction((tx) =>
      appendAudit(tx, ctx.clock, Array.from({ length: 6 }, () => ({ actor: 'someone-else', action: 'collection' as const }))),
    );
    const report = await verifyAuditLog(db, verifier);
    expect(report).toMatchObject({ ok: false, firstBad: { seq: 6 } });
    expect(report.firstBad?.problem).toMatch(/checkpoint/);
  });

  it('rejects a checkpoint signed by another key', async () => {
    const { verifier } = await fill(4);
    const other = nodeSigner(await generateNodeKeys());
    const [cp] = await db.query<{ seq: number; hash: string; at: string }>('SELECT seq, hash, at FROM audit_checkpoints');
    await behindTheBack(db, 'UPDATE audit_checkpoints SET signature = $1', [other.sign(checkpointMessage(cp.seq, cp.hash, cp.at))]);
    expect(await verifyAuditLog(db, verifier)).toMatchObject({ ok: false, firstBad: { seq: 4 } });
  });

  it('detects a log rewritten together with its checkpoints, by the anchor kept outside the database', async () => {
    const { verifier, ctx, checkpoint } = await fill(6);
    await behindTheBack(db, 'DELETE FROM audit_log');
    await behindTheBack(db, 'DELETE FROM audit_checkpoints');
    await db.query(`UPDATE audit_head SET seq = 0, hash = '${'0'.repeat(64)}'`);
    await db.transaction((tx) => appendAudit(tx, ctx.clock, Array.from({ length: 6 }, () => ({ actor: 'someone-else', action: 'collection' as const }))));
    expect(await verifyAuditLog(db, verifier)).toMatchObject({ ok: true });
    const report = await verifyAuditLog(db, verifier, { anchor: checkpoint });
    expect(report).toMatchObject({ ok: false, firstBad: { seq: 6 } });
    expect(report.firstBad?.problem).toMatch(/kept outside the database/);
  });

  it('refuses changes to checkpoints while the trigger stands', async () => {
    await fill(2);
    await expect(db.query('DELETE FROM audit_checkpoints')).rejects.toThrow(/append-only/);
  });

  it('fails verification and refuses appends when the head is missing', async () => {
    const { verifier, ctx } = await fill(3);
    await db.query('DELETE FROM audit_head');
    expect(await verifyAuditLog(db, verifier)).toMatchObject({ ok: false, firstBad: { seq: 1 } });
    await expect(db.transaction((tx) => appendAudit(tx, ctx.clock, [{ actor: 'a', action: 'collection' }]))).rejects.toMatchObject({
      code: 'integrity_failure',
    });
    await db.query(`INSERT INTO audit_head (seq, hash) SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
    expect(await verifyAuditLog(db, verifier)).toMatchObject({ ok: true });
  });

  it('verifies without false alarms while entries are being appended', async () => {
    const { verifier, ctx } = await fill(30);
    const appending = (async () => {
      for (let i = 0; i < 20; i++) await db.transaction((tx) => appendAudit(tx, ctx.clock, [{ actor: 'busy', action: 'consultation' }]));
    })();
    const reports = await Promise.all([verifyAuditLog(db, verifier), verifyAuditLog(db, verifier), appending]);
    expect(reports.slice(0, 2).map((r) => r && r.ok)).toEqual([true, true]);
  });

  it('rolls an entry back with the operation whose transaction fails', async () => {
    const { verifier, ctx } = await fill(3);
    await expect(
      db.transaction(async (tx) => {
        await appendAudit(tx, ctx.clock, [{ actor: 'a', action: 'collection', recordIds: ['r-x'] }]);
        throw new Error('the operation failed after its audit entry');
      }),
    ).rejects.toThrow(/failed after/);
    expect(await verifyAuditLog(db, verifier)).toMatchObject({ ok: true, entries: 3 });
  });

  it('exports entries and checkpoints as JSON Lines that re-verify', async () => {
    await fill(12);
    const lines: string[] = [];
    for await (const line of exportAuditLines(db, {})) lines.push(line);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.filter((p) => p.kind === 'entry')).toHaveLength(12);
    expect(parsed.filter((p) => p.kind === 'checkpoint')).toHaveLength(1);
    expect(parsed[1].prevHash).toBe(parsed[0].hash);
  });
});
