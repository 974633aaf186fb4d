import { readFile } from 'node:fs/promises';
import type { Command } from '../cli/command.ts';
import { parseCommandArgs, say } from '../cli/command.ts';
import { systemClock } from '../core/clock.ts';
import { invalidInput } from '../core/errors.ts';
import { FullDate } from '../model/primitives.ts';
import { checkRequest } from './check.ts';

const CHECK_USAGE = `liaison judicial check FILE.json [--today YYYY-MM-DD]

FILE.json holds one request: its type (eaw, eio, mla, extradition), its offence, optionally its content,
and its dated events (docs/judicial.md). Prints JSON: whether it can be issued and why not, whether dual
criminality is to be checked and its result, and every deadline with its legal basis, due date and status
on --today (by default, now). Stores nothing.`;

/** The moment a `--today` day stands for: its start (00:00 UTC), so that a limit ending in hours that day is still due. */
function startOf(day: string): Date {
  const parsed = FullDate.safeParse(day);
  if (!parsed.success) throw invalidInput(`--today ${day}: must be a real calendar date as YYYY-MM-DD`, [{ path: 'today', message: 'must be a real calendar date as YYYY-MM-DD' }]);
  return new Date(`${day}T00:00:00Z`);
}

/** `liaison judicial check`: checks one request file against the rules of its instrument and prints the result as JSON. */
export const judicialCheckCommand: Command = {
  path: ['judicial', 'check'],
  usage: CHECK_USAGE,
  summary: 'check a request file: can it be issued, dual criminality, every deadline and its status (JSON)',
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { today: { type: 'string' } }, CHECK_USAGE);
    if (positionals.length !== 1) throw invalidInput(`give exactly one request file\nusage: ${CHECK_USAGE}`);
    const file = positionals[0];
    const now = values.today === undefined ? systemClock.now() : startOf(values.today);
    const text = await readFile(file, 'utf8').catch((e: Error) => Promise.reject(invalidInput(`${file} cannot be read: ${e.message}`, [{ path: file, message: 'cannot be read' }])));
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      throw invalidInput(`${file} is not JSON: ${(error as Error).message}`, [{ path: '(root)', message: 'not JSON' }]);
    }
    say(JSON.stringify(checkRequest(input, now), null, 2));
    return 0;
  },
};

/** The `liaison judicial` commands. */
export const judicialCommands: Command[] = [judicialCheckCommand];
