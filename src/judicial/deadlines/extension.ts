import type { AnyStep, Step, Timeline } from './timeline.ts';

/**
 * The valid extension of a decision time limit, if any. An extension needs a
 * reasoned notice to the issuing authority sent by the original limit, comes
 * after the limit started, and is granted once; anything else is an issue.
 * Extensions of other limits are the instrument's rules' concern.
 */
export function decisionExtension(t: Timeline, limit: { start: AnyStep; due: string } | undefined, legalBasis: string): Step<'extension'> | undefined {
  let valid: Step<'extension'> | undefined;
  for (const step of t.all('extension')) {
    if (step.event.of !== 'decision') continue;
    if (!limit) {
      t.issue(step, 'of', 'no decision time limit is running yet to extend');
      continue;
    }
    t.notBefore(step, limit.start, `the ${limit.start.event.type} that starts the time limit`);
    const notice = step.event.reasonedNotice;
    if (!notice) {
      t.issue(step, 'reasonedNotice', `a time limit is extended only with a reasoned notice to the issuing authority (${legalBasis}): give reasonedNotice { sentOn, reasons }`);
      continue;
    }
    if (notice.sentOn > limit.due) {
      t.issue(step, 'reasonedNotice.sentOn', `must be on or before the time limit it extends (${limit.due})`);
      continue;
    }
    if (valid) {
      t.issue(step, 'type', `the time limit may be extended once; it already was (events.${valid.index})`);
      continue;
    }
    valid = step;
  }
  return valid;
}
