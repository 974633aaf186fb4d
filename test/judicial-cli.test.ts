import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.ts';

/** `liaison judicial check` in its own process: the contract other tools rely on (docs/judicial.md). */
describe('liaison judicial check', () => {
  const base = mkdtempSync(join(tmpdir(), 'liaison-judicial-cli-'));
  const file = (name: string, content: unknown) => {
    const path = join(base, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const eaw = {
    type: 'eaw',
    offence: { listOffence: 'eaw-fraud', maxPenaltyMonths: 36 },
    events: [
      { type: 'arrest', date: '2026-03-01' },
      { type: 'consent', date: '2026-03-02' },
    ],
  };

  it('prints the check as JSON: issuable, dual criminality, and the decision due on day 10, overdue on day 11', async () => {
    const path = file('eaw.json', eaw);
    const due = await runCli(['judicial', 'check', path, '--today', '2026-03-12']);
    expect(due.stderr).toBe('');
    expect(due.code).toBe(0);
    const result = JSON.parse(due.stdout);
    expect(result).toMatchObject({ type: 'eaw', issuable: true, stage: 'awaiting_decision', criminality: { dualCriminality: { required: false } } });
    expect(result.deadlines).toEqual([expect.objectContaining({ id: 'decision', legalBasis: 'FD 2002/584/JHA Art. 17(2)', due: '2026-03-12', status: 'due' })]);
    const overdue = JSON.parse((await runCli(['judicial', 'check', path, '--today', '2026-03-13'])).stdout);
    expect(overdue.deadlines[0].status).toBe('overdue');
    expect(overdue.alerts.map((a: { kind: string }) => a.kind)).toEqual(['deadline_overdue', 'inform_eurojust']);
  });

  it('reports an EAW that a 3-month sentence cannot found, exiting 0', async () => {
    const run = await runCli(['judicial', 'check', file('sentence.json', { ...eaw, offence: { iccs: '0101', maxPenaltyMonths: 120, sentenceMonths: 3 } }), '--today', '2026-03-12']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ issuable: false, reasons: expect.arrayContaining([expect.stringContaining('at least 4 months')]) });
  });

  it('exits 2 naming the field: an extension without a reasoned notice', async () => {
    const run = await runCli(['judicial', 'check', file('extension.json', { ...eaw, events: [...eaw.events, { type: 'extension', date: '2026-03-10' }] }), '--today', '2026-03-12']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: invalid request: events\.2\.reasonedNotice /);
    expect(run.stderr).toContain('  events.2.reasonedNotice: a time limit is extended only with a reasoned notice');
  });

  it('exits 2 naming the field: an impossible date, a decision before the arrest, an unknown offence code', async () => {
    const impossible = await runCli(['judicial', 'check', file('feb30.json', { ...eaw, events: [{ type: 'arrest', date: '2026-02-30' }] })]);
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('events.0.date: must be a real calendar date as YYYY-MM-DD');
    const backwards = await runCli(['judicial', 'check', file('backwards.json', { ...eaw, offence: { iccs: '0999', maxPenaltyMonths: 36 }, events: [{ type: 'arrest', date: '2026-03-01' }, { type: 'decision', date: '2026-02-27', outcome: 'execute' }] }), '--today', '2026-03-12']);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('events.1.date: decision on 2026-02-27 is before the arrest on 2026-03-01 (events.0)');
    expect(backwards.stderr).toContain('offence.iccs: unknown ICCS code 0999');
  });

  it('exits 2 on a file that is not JSON, a bad --today and a missing file argument', async () => {
    const notJson = await runCli(['judicial', 'check', file('broken.json', '{ "type": "eaw", '), '--today', '2026-03-12']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/broken\.json is not JSON/);
    const badDay = await runCli(['judicial', 'check', file('ok.json', eaw), '--today', '2026-02-30']);
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toContain('today: must be a real calendar date as YYYY-MM-DD');
    const none = await runCli(['judicial', 'check']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give exactly one request file');
  });
});
