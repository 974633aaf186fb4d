/** The closed set of error codes a Liaison service may raise. */
export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'justification_required',
  'payload_too_large',
  'integrity_failure',
  'agreement_refused',
  'envelope_rejected',
  'peer_unavailable',
  'storage_unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of an input, e.g. `{ path: 'data.dateOfBirth', message: 'not a calendar date' }`. */
export interface FieldIssue {
  path: string;
  message: string;
  /** 1-based line of an imported file, where the issue comes from a file. */
  line?: number;
}

/**
 * The one error class of Liaison. HTTP status and CLI exit codes are derived
 * from `code` in one place each (api/error-handler.ts, cli/exit-codes.ts).
 */
export class LiaisonError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'LiaisonError';
  }
}

/** Shorthand for an `invalid_input` error listing its field issues. */
export function invalidInput(message: string, issues: FieldIssue[] = []): LiaisonError {
  return new LiaisonError('invalid_input', message, issues);
}
