import { z } from 'zod';
import { type FieldIssue, invalidInput, LiaisonError } from '../core/errors.ts';
import { parseInput } from '../model/parse.ts';
import { requiredContentIssues } from './content/required-content.ts';
import { assessCriminality, type CriminalityAssessment } from './criminality/assess.ts';
import { type Calendar, CalendarConfig, calendarDays, calendarOf } from '../core/calendar.ts';
import { type Alert, type Deadline, evaluateRequest, type RequestEvaluation } from './deadlines/evaluate.ts';
import { RequestTimeline } from './deadlines/events.ts';
import { OffenceInput } from './offences/offence-input.ts';
import type { RequestType } from './request-type.ts';

/**
 * The file `liaison judicial check` reads (docs/judicial.md): a request's
 * instrument, offence, content (optional) and dated events, with what shapes
 * its clock, and optionally the calendar its limits are counted in.
 */
export const CheckInput = RequestTimeline.extend({
  offence: OffenceInput,
  /** The form's content; when omitted, the required content is not checked. */
  content: z.record(z.string(), z.unknown()).optional(),
  calendar: CalendarConfig.optional(),
});
export type CheckInput = z.infer<typeof CheckInput>;

/** The answer of `liaison judicial check`: can the request be issued and why not, dual criminality, and its clock. */
export interface CheckResult {
  type: RequestType;
  issuable: boolean;
  /** What blocks issuing, and what was left unverified (which does not block). */
  reasons: string[];
  criminality: CriminalityAssessment;
  contentIssues: FieldIssue[];
  stage: string;
  deadlines: Deadline[];
  alerts: Alert[];
}

const CONTENT_NOT_GIVEN = 'content not given: the required content was not checked';

/** Runs `work`, adding the field issues of an `invalid_input` it throws to `issues`. */
function collecting<T>(issues: FieldIssue[], work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof LiaisonError) || error.code !== 'invalid_input' || error.issues.length === 0) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/**
 * Checks a request as `liaison judicial check` and `POST /api/v1/judicial/check`
 * take it: whether it can be issued (threshold, dual criminality, required
 * content), and every deadline with its status at `now`. The file's `calendar`
 * wins over `calendar`, which wins over calendar days.
 *
 * Throws `invalid_input` listing every bad field at once (unknown offence code,
 * impossible dates, a decision before the arrest, an extension without notice…).
 *
 * @example
 * checkRequest({ type: 'eaw', offence: { iccs: '0101', maxPenaltyMonths: 2 }, events: [] }, new Date()).issuable // false
 */
export function checkRequest(input: unknown, now: Date, calendar: Calendar = calendarDays): CheckResult {
  const parsed = parseInput(CheckInput, input, 'invalid request');
  const { offence, content, calendar: configured, ...timeline } = parsed;
  const issues: FieldIssue[] = [];
  const criminality = collecting(issues, () => assessCriminality(parsed.type, offence));
  const evaluation: RequestEvaluation | undefined = collecting(issues, () => evaluateRequest(timeline, now, configured ? calendarOf(configured) : calendar));
  if (!criminality || !evaluation) throw invalidInput(`invalid request: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);

  const contentIssues = content === undefined ? [] : requiredContentIssues(parsed.type, content);
  const reasons = [
    ...criminality.reasons,
    ...(content === undefined ? [CONTENT_NOT_GIVEN] : contentIssues.map((i) => `${i.path}: ${i.message}`)),
  ];
  return {
    type: parsed.type,
    issuable: criminality.issuable && contentIssues.length === 0,
    reasons,
    criminality,
    contentIssues,
    ...evaluation,
  };
}
