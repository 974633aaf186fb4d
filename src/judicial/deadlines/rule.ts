import type { Alert, Deadline } from './deadline.ts';
import type { Step, Timeline } from './timeline.ts';

/** What an instrument's rules make of a timeline: its stage, deadlines and the alerts specific to it. */
export interface RuleOutcome {
  stage: string;
  deadlines: Deadline[];
  alerts: Alert[];
}

/** The rules of one instrument: they record issues on the timeline and compute the rest. */
export type Rules = (t: Timeline) => RuleOutcome;

/** The first final decision, if any. */
export function finalDecision(t: Timeline): Step<'decision'> | undefined {
  return t.all('decision').find((s) => s.event.final);
}

/** True when the person was arrested and neither released nor surrendered since the last arrest. */
export function inCustody(t: Timeline): boolean {
  const arrests = [...t.all('arrest'), ...t.all('provisional_arrest')].map((s) => s.event.date).sort();
  const lastArrest = arrests.at(-1);
  if (lastArrest === undefined) return false;
  return ![...t.all('release'), ...t.all('surrender')].some((s) => s.event.date >= lastArrest);
}

/** The note an urgent request adds to its limits. */
export function urgentNote(t: Timeline, legalBasis: string): string | undefined {
  return t.request.urgent ? `urgent (${legalBasis}): to be dealt with as soon as possible; this is the outer limit` : undefined;
}

/** Joins the non-empty parts of a note. */
export function joinNotes(...parts: (string | undefined)[]): string | undefined {
  const note = parts.filter(Boolean).join('; ');
  return note || undefined;
}
