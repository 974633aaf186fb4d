import type { ErrorCode } from '../core/errors.ts';

/** The CLI exit code of each error code: the one place that decides it. 0 is success. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  internal: 1,
  invalid_input: 2,
  justification_required: 2,
  payload_too_large: 2,
  unauthenticated: 3,
  forbidden: 4,
  agreement_refused: 4,
  envelope_rejected: 4,
  not_found: 5,
  conflict: 6,
  integrity_failure: 7,
  peer_unavailable: 8,
  storage_unavailable: 9,
};
