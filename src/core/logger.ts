/**
 * Operational logging: one JSON line per event on stderr. Never pass secrets or
 * personal data here; the audit log is the place for personal-data processing.
 */
export interface Logger {
  info(event: string, fields?: Record<string, string | number | boolean>): void;
  warn(event: string, fields?: Record<string, string | number | boolean>): void;
  error(event: string, fields?: Record<string, string | number | boolean>): void;
}

function write(level: string, event: string, fields: Record<string, string | number | boolean> = {}): void {
  process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }) + '\n');
}

/** The process logger. Quiet when LIAISON_LOG=silent. */
export const logger: Logger = {
  info: (event, fields) => process.env.LIAISON_LOG !== 'silent' && write('info', event, fields),
  warn: (event, fields) => process.env.LIAISON_LOG !== 'silent' && write('warn', event, fields),
  error: (event, fields) => write('error', event, fields),
};

/**
 * Describes an unexpected error for the operational log without its message,
 * which may quote input values (personal data): its class, code and stack frames.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8);
  return [`${error.name}${typeof code === 'string' ? ` (${code})` : ''}`, ...frames.map((f) => f.trim())].join(' | ');
}
