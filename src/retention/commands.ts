import type { Command } from '../cli/command.ts';
import { parseCommandArgs, required, say } from '../cli/command.ts';
import { cliActor, withNode } from '../node/open-node.ts';
import { listDueForReview } from './service.ts';

const USAGE = 'liaison retention due --data-dir DIR';

/** `liaison retention due`: lists records past their review-by date (no personal data). */
export const retentionDueCommand: Command = {
  path: ['retention', 'due'],
  usage: USAGE,
  summary: 'list records past their review-by date',
  async run(args) {
    const { values } = parseCommandArgs(args, { 'data-dir': { type: 'string' } }, USAGE);
    return withNode(required(values['data-dir'], 'data-dir', USAGE), async (node) => {
      const due = await listDueForReview(node.ctx, cliActor(['data_protection_officer']));
      for (const r of due) say(`${r.reviewBy}  ${r.type.padEnd(12)} ${r.subjectCategory.padEnd(9)} ${r.id}`);
      say(`${due.length} record(s) due for review`);
      return 0;
    });
  },
};
