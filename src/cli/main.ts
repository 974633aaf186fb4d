import { agreementCommands } from '../agreements/commands.ts';
import { nodeDescriptorCommand, peerAddCommand, peerListCommand, peerRemoveCommand } from '../federation/commands.ts';
import { auditCheckpointCommand, auditExportCommand, auditVerifyCommand } from '../audit/commands.ts';
import { dnaSearchCommand } from '../biometrics/dna/commands.ts';
import { LiaisonError } from '../core/errors.ts';
import { describeError, logger } from '../core/logger.ts';
import { initCommand, officerAddCommand } from '../identity/commands.ts';
import { importCommand } from '../import/commands.ts';
import { judicialCommands } from '../judicial/commands.ts';
import { matchCommands } from '../matching/cli/commands.ts';
import { crossMatchCommand } from '../matching/psi/commands.ts';
import { movementCommands } from '../movements/commands.ts';
import { demoCommand } from '../node/demo.ts';
import { startCommand } from '../node/commands.ts';
import { retentionDueCommand } from '../retention/commands.ts';
import { generateCommand } from '../synth/commands.ts';
import type { Command } from './command.ts';
import { EXIT_CODES } from './exit-codes.ts';

const COMMANDS: Command[] = [
  initCommand,
  startCommand,
  demoCommand,
  importCommand,
  officerAddCommand,
  auditVerifyCommand,
  auditExportCommand,
  auditCheckpointCommand,
  retentionDueCommand,
  generateCommand,
  nodeDescriptorCommand,
  peerAddCommand,
  peerListCommand,
  peerRemoveCommand,
  ...agreementCommands,
  ...matchCommands,
  crossMatchCommand,
  ...movementCommands,
  dnaSearchCommand,
  ...judicialCommands,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  return [
    'usage: liaison <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'Environment: DATABASE_URL (use PostgreSQL instead of the embedded database),',
    'LIAISON_KEY_PASSPHRASE or LIAISON_KEY_FILE (unlock the node keys).',
  ].join('\n');
}

/** Runs the `liaison` command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    process.stdout.write(help() + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  const command = COMMANDS.filter((c) => c.path.every((word, i) => argv[i] === word)).sort((a, b) => b.path.length - a.path.length)[0];
  if (!command) {
    process.stderr.write(`unknown command: ${argv.join(' ')}\n\n${help()}\n`);
    return 2;
  }
  const args = argv.slice(command.path.length);
  if (args.includes('--help')) {
    process.stdout.write(`usage: ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof LiaisonError) {
      process.stderr.write(`error: ${error.message}\n`);
      for (const issue of error.issues) {
        process.stderr.write(`  ${issue.line !== undefined ? `line ${issue.line}: ` : ''}${issue.path}: ${issue.message}\n`);
      }
      return EXIT_CODES[error.code];
    }
    logger.error('command_failed', { command: command.path.join(' '), error: describeError(error) });
    return 1;
  }
}
