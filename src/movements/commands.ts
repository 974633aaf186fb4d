import { readFile } from 'node:fs/promises';
import type { Command } from '../cli/command.ts';
import { parseCommandArgs, required, say } from '../cli/command.ts';
import { systemClock } from '../core/clock.ts';
import { invalidInput } from '../core/errors.ts';
import { cliActor, withNode } from '../node/open-node.ts';
import { parseMrz } from './mrz.ts';
import { importMovements, type MovementImportOptions } from './service.ts';

const IMPORT_USAGE = `liaison movements import --data-dir DIR [--format paxlst|mrz-lines] [--direction entry|exit] [--crossing-point CODE] [--at ISO-TIME] [--flight NUMBER] FILE

FILE is a UN/EDIFACT PAXLST interchange (each traveller becomes an entry at the arrival airport, or with
--direction exit an exit at the departure airport), or MRZ lines: blocks of 2 or 3 lines separated by
blank lines, all read at --crossing-point going --direction (at --at, default now). The format is
guessed from the content when not given. All movements are stored, or none: every bad one is listed.
An MRZ whose check digits do not verify is stored flagged (mrzValid false), never corrected.`;

/** `liaison movements import`: a PAXLST interchange or MRZ lines, all or nothing, each movement linked to the person it matches. */
export const movementsImportCommand: Command = {
  path: ['movements', 'import'],
  usage: IMPORT_USAGE,
  summary: 'import movements from a PAXLST interchange or MRZ lines (all or nothing), linked to matching persons',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { 'data-dir': { type: 'string' }, format: { type: 'string' }, direction: { type: 'string' }, 'crossing-point': { type: 'string' }, at: { type: 'string' }, flight: { type: 'string' } },
      IMPORT_USAGE,
    );
    const dataDir = required(values['data-dir'], 'data-dir', IMPORT_USAGE);
    if (positionals.length !== 1) throw invalidInput(`give exactly one file to import\nusage: ${IMPORT_USAGE}`);
    if (values.format && !['paxlst', 'mrz-lines'].includes(values.format)) throw invalidInput('--format must be paxlst or mrz-lines');
    if (values.direction && !['entry', 'exit'].includes(values.direction)) throw invalidInput('--direction must be entry or exit');
    const file = positionals[0];
    const text = await readFile(file, 'utf8').catch((e: Error) => Promise.reject(invalidInput(`${file} cannot be read: ${e.message}`)));
    const format = (values.format ?? (/^\s*UN[AB]/.test(text) ? 'paxlst' : 'mrz-lines')) as MovementImportOptions['format'];
    const direction = values.direction as 'entry' | 'exit' | undefined;
    const options: MovementImportOptions =
      format === 'paxlst'
        ? { format, direction }
        : {
            format,
            crossing: {
              crossingPoint: required(values['crossing-point'], 'crossing-point', IMPORT_USAGE),
              direction: direction ?? (required(values.direction, 'direction', IMPORT_USAGE) as 'entry' | 'exit'),
              ...(values.at && { at: values.at }),
              ...(values.flight && { flight: values.flight }),
            },
          };
    return withNode(dataDir, async (node) => {
      const result = await importMovements(node.ctx, cliActor(), file, text, options);
      await node.checkpoint();
      say(`stored ${result.stored} movements (${result.linked} linked to persons, ${result.invalidMrz} with an MRZ that does not verify${result.skipped ? `, ${result.skipped} in-transit travellers not stored` : ''})`);
      return 0;
    });
  },
};

const MRZ_USAGE = 'liaison movements mrz LINE1 LINE2 [LINE3]';

/** `liaison movements mrz`: reads an MRZ and prints its fields and the validity of each as JSON; stores nothing. */
export const movementsMrzCommand: Command = {
  path: ['movements', 'mrz'],
  usage: MRZ_USAGE,
  summary: 'read an MRZ (TD1, TD2, TD3) and print its fields and their validity as JSON (nothing stored)',
  async run(args) {
    const { positionals } = parseCommandArgs(args, {}, MRZ_USAGE);
    if (positionals.length < 2 || positionals.length > 3) throw invalidInput(`give the 2 or 3 lines of the MRZ\nusage: ${MRZ_USAGE}`);
    say(JSON.stringify(parseMrz(positionals, systemClock.now()), null, 2));
    return 0;
  },
};

/** The `liaison movements` commands. */
export const movementCommands: Command[] = [movementsImportCommand, movementsMrzCommand];
