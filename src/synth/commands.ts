import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from '../cli/command.ts';
import { parseCommandArgs, required, say } from '../cli/command.ts';
import { invalidInput } from '../core/errors.ts';
import { generateDataset, generatePersonRows, toCsv } from './generator.ts';

const USAGE = 'liaison generate --out FILE.csv|FILE.jsonl [--persons N] [--seed N]';

/**
 * `liaison generate`: writes seeded synthetic data — a persons CSV (the import
 * format), or JSON Lines of persons with documents, vehicles and more.
 */
export const generateCommand: Command = {
  path: ['generate'],
  usage: USAGE,
  summary: 'write seeded synthetic data (persons CSV, or JSON Lines of all record types)',
  async run(args) {
    const { values } = parseCommandArgs(
      args,
      { out: { type: 'string' }, persons: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
      USAGE,
    );
    const out = required(values.out, 'out', USAGE);
    const persons = Number(values.persons);
    const seed = Number(values.seed);
    if (!Number.isInteger(persons) || persons < 1 || !Number.isInteger(seed)) throw invalidInput('--persons and --seed must be whole numbers');
    const file = createWriteStream(out);
    if (out.endsWith('.csv')) {
      file.write(toCsv(generatePersonRows(seed, persons)));
    } else if (out.endsWith('.jsonl')) {
      for (const record of generateDataset({ seed, persons }).records) {
        if (!file.write(JSON.stringify(record) + '\n')) await once(file, 'drain');
      }
    } else {
      throw invalidInput('--out must end in .csv or .jsonl');
    }
    file.end();
    await once(file, 'finish');
    say(`wrote ${out}`);
    return 0;
  },
};
