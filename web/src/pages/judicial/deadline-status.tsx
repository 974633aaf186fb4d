import { DEADLINE_STATUS } from './labels.ts';

/** A deadline's status as a coloured badge with its words (colour is never the only cue). */
export function DeadlineStatus({ status }: { status: string }) {
  return <span className={`badge judicial-status-${status}`}>{DEADLINE_STATUS[status] ?? status}</span>;
}
