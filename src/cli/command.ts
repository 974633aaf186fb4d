import { parseArgs, type ParseArgsConfig } from 'node:util';
import { invalidInput } from '../core/errors.ts';

/** One `liaison` subcommand (e.g. `audit verify`). */
export interface Command {
  /** The words that name it, e.g. `['audit', 'verify']`. */
  path: string[];
  usage: string;
  summary: string;
  /** Runs it with the arguments after its name; returns the exit code. */
  run(args: string[]): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a subcommand's arguments strictly: an unknown flag is an `invalid_input` error naming it. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw invalidInput(`${(error as Error).message}\nusage: ${usage}`);
  }
}

/** The value of a required flag, or an `invalid_input` error naming it. */
export function required(value: string | boolean | undefined, flag: string, usage: string): string {
  if (typeof value !== 'string' || value === '') throw invalidInput(`--${flag} is required\nusage: ${usage}`, [{ path: flag, message: 'required' }]);
  return value;
}

/** Prints a line for a person at the terminal (stdout). */
export function say(line = ''): void {
  process.stdout.write(line + '\n');
}

/** Prints progress (stderr), so that stdout stays clean for piping. */
export function progress(line: string): void {
  process.stderr.write(line + '\n');
}
