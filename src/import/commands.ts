import type { Command } from '../cli/command.ts';
import { parseCommandArgs, progress, required, say } from '../cli/command.ts';
import { invalidInput } from '../core/errors.ts';
import { cliActor, withNode } from '../node/open-node.ts';
import type { CsvKind } from './csv-columns.ts';
import { importFile } from './service.ts';

const USAGE = 'liaison import --data-dir DIR [--type persons|documents|vehicles] [--format csv|json|jsonl] FILE';

/** `liaison import`: imports a CSV, JSON or JSON Lines file in one transaction, or nothing if any row is bad. */
export const importCommand: Command = {
  path: ['import'],
  usage: USAGE,
  summary: 'import persons, documents and vehicles from CSV, JSON or JSON Lines (all or nothing)',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { 'data-dir': { type: 'string' }, type: { type: 'string' }, format: { type: 'string' } },
      USAGE,
    );
    const dataDir = required(values['data-dir'], 'data-dir', USAGE);
    if (positionals.length !== 1) throw invalidInput(`give exactly one file to import\nusage: ${USAGE}`);
    if (values.type && !['persons', 'documents', 'vehicles'].includes(values.type)) throw invalidInput('--type must be persons, documents or vehicles');
    if (values.format && !['csv', 'json', 'jsonl'].includes(values.format)) throw invalidInput('--format must be csv, json or jsonl');
    return withNode(dataDir, async (node) => {
      const started = Date.now();
      const result = await importFile(node.ctx, cliActor(), positionals[0], {
        csvKind: values.type as CsvKind | undefined,
        format: values.format as 'csv' | 'json' | 'jsonl' | undefined,
        onProgress: (p) => progress(`${p.phase} ${p.done}/${p.total} (${Math.floor((100 * p.done) / p.total)}%)`),
      });
      await node.checkpoint();
      const seconds = (Date.now() - started) / 1000;
      const types = Object.entries(result.byType).map(([t, n]) => `${n} ${t}`).join(', ');
      say(`imported ${result.imported} records (${types}) in ${seconds.toFixed(1)} s`);
      return 0;
    });
  },
};
