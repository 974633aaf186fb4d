import { z } from 'zod';
import type { Actor, NodeContext } from '../core/context.ts';
import { LiaisonError } from '../core/errors.ts';
import { requirePermission } from '../identity/officers.ts';
import { parseInput } from '../model/parse.ts';
import type { Deadline } from './deadlines/evaluate.ts';
import type { JudicialEvent } from './deadlines/events.ts';
import { refusalGround } from './deadlines/refusal-grounds.ts';
import { partnerOf } from './recording-side.ts';
import { eventsOfRequests, listRequests, type StoredEvent } from './repository.ts';
import { evaluateStored } from './request-clock.ts';
import type { RequestType } from './request-type.ts';
import type { RequestTerms } from './schema.ts';
import { CLOSED_STAGES } from './stages.ts';

/**
 * Published averages Liaison's own figures are compared with: the time from
 * arrest to the decision on surrender under an EAW, with and without the
 * person's consent (2018 data, Commission report COM(2020) 270), and the
 * time mutual legal assistance takes with some states (about nine months).
 */
export const PUBLISHED_AVERAGES = {
  eawDecisionWithConsent: { days: 16.4, source: 'COM(2020) 270, EAW statistics for 2018: arrest to surrender decision, with consent' },
  eawDecisionWithoutConsent: { days: 45.1, source: 'COM(2020) 270, EAW statistics for 2018: arrest to surrender decision, without consent' },
  mlaExecution: { days: 270, source: 'about nine months, as reported for mutual legal assistance with some states' },
} as const;

const DashboardQuery = z.strictObject({
  /** Deadlines this many days ahead count as due soon. */
  dueWithinDays: z.coerce.number().int().min(0).max(90).default(7),
});

/** One deadline on the dashboard, with the request it belongs to. */
export interface DashboardDeadline extends Deadline {
  requestId: string;
  reference: string;
  type: string;
  partner: string | null;
}

/** Figures of one partner (or of all partners together). */
export interface PartnerFigures {
  partner: string;
  open: number;
  openByStage: Record<string, number>;
  overdue: number;
  dueSoon: number;
  refusalGrounds: Array<{ type: string; ground: string; article: string | null; count: number }>;
}

/** Average days from entering a stage to leaving it, over the stays that ended. */
export interface StageDuration {
  type: string;
  stage: string;
  stays: number;
  averageDays: number;
}

/** One of Liaison's own measures beside the published average it is compared with. */
export interface Comparison {
  measure: string;
  requests: number;
  averageDays: number | null;
  publishedDays: number;
  source: string;
}

/** The judicial dashboard: where requests stand, what is due or overdue, how long stages take, why requests are refused. */
export interface JudicialDashboard {
  generatedAt: string;
  dueWithinDays: number;
  totals: PartnerFigures;
  partners: PartnerFigures[];
  overdue: DashboardDeadline[];
  dueSoon: DashboardDeadline[];
  alerts: Array<{ requestId: string; reference: string; kind: string; message: string; legalBasis: string }>;
  stageDurations: StageDuration[];
  comparisons: Comparison[];
}

const DAY_MS = 86_400_000;
const dayOf = (e: JudicialEvent) => ('date' in e ? e.date : e.at.slice(0, 10));
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
const average = (values: number[]) => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10);

function emptyFigures(partner: string): PartnerFigures {
  return { partner, open: 0, openByStage: {}, overdue: 0, dueSoon: 0, refusalGrounds: [] };
}

/** Stays in each stage, from the dates of the steps that entered and left it. */
function stageStays(type: string, events: StoredEvent[], into: Map<string, number[]>): void {
  let current: { stage: string; since: string } | null = null;
  for (const e of events) {
    const day = dayOf(e.event as JudicialEvent);
    if (current && e.stageAfter !== current.stage) {
      const key = `${type}\u0000${current.stage}`;
      into.set(key, [...(into.get(key) ?? []), Math.max(0, daysBetween(current.since, day))]);
    }
    if (!current || e.stageAfter !== current.stage) current = { stage: e.stageAfter, since: day };
  }
}

/** Days from arrest to the final decision of an EAW, and whether the person consented; null when not decided. */
function eawDecisionDays(events: JudicialEvent[]): { days: number; consent: boolean } | null {
  const arrest = events.find((e) => e.type === 'arrest');
  const decision = events.find((e) => e.type === 'decision' && e.final);
  if (!arrest || !decision) return null;
  const consent = events.some((e) => e.type === 'consent' && e.given);
  return { days: daysBetween(dayOf(arrest), dayOf(decision)), consent };
}

/**
 * The dashboard of the node's judicial requests, per partner and in total:
 * open requests by stage, deadlines overdue and due soon (on today's clock),
 * alerts (a person to release), average days per stage, the EAW decision
 * times and MLA execution times beside the published EU figures, and refusal
 * grounds by frequency. No personal data: references, stages and dates only.
 */
export async function judicialDashboard(ctx: NodeContext, actor: Actor, input: unknown): Promise<JudicialDashboard> {
  requirePermission(actor, 'judicial:read');
  const { dueWithinDays } = parseInput(DashboardQuery, input, 'invalid dashboard query');
  const now = ctx.clock.now();
  const horizon = new Date(now.getTime() + dueWithinDays * DAY_MS).toISOString().slice(0, 10);
  const requests = await listRequests(ctx.db, { closedStages: CLOSED_STAGES, limit: null });
  const events = await eventsOfRequests(ctx.db, requests.map((r) => r.id));

  const totals = emptyFigures('all');
  const byPartner = new Map<string, PartnerFigures>();
  const grounds = new Map<string, { partner: string; type: string; ground: string; count: number }>();
  const overdue: DashboardDeadline[] = [];
  const dueSoon: DashboardDeadline[] = [];
  const alerts: JudicialDashboard['alerts'] = [];
  const stays = new Map<string, number[]>();
  const eawDays = { withConsent: [] as number[], withoutConsent: [] as number[] };
  const mlaDays: number[] = [];

  for (const request of requests) {
    const partner = partnerOf(request) ?? 'interpol';
    const figures = byPartner.get(partner) ?? emptyFigures(partner);
    byPartner.set(partner, figures);
    const steps = events.get(request.id) ?? [];
    const journey = steps.map((s) => s.event as JudicialEvent);
    stageStays(request.type, steps, stays);
    for (const step of journey) {
      if (step.type !== 'decision') continue;
      for (const ground of step.refusalGrounds) {
        const key = `${partner}\u0000${request.type}\u0000${ground}`;
        grounds.set(key, { partner, type: request.type, ground, count: (grounds.get(key)?.count ?? 0) + 1 });
      }
    }
    if (request.type === 'eaw') {
      const decided = eawDecisionDays(journey);
      if (decided) (decided.consent ? eawDays.withConsent : eawDays.withoutConsent).push(decided.days);
    }
    if (request.type === 'mla') {
      const received = journey.find((e) => e.type === 'received');
      const executed = journey.find((e) => e.type === 'execution');
      if (received && executed) mlaDays.push(daysBetween(dayOf(received), dayOf(executed)));
    }
    if (CLOSED_STAGES.includes(request.stage)) continue;
    for (const f of [figures, totals]) {
      f.open++;
      f.openByStage[request.stage] = (f.openByStage[request.stage] ?? 0) + 1;
    }
    if (request.type === 'interpol_notice') continue;
    let clock;
    try {
      clock = evaluateStored(ctx, request.type, request.terms as RequestTerms, journey);
    } catch (error) {
      if (error instanceof LiaisonError) continue;
      throw error;
    }
    for (const deadline of clock.deadlines) {
      const entry = { ...deadline, requestId: request.id, reference: request.reference, type: request.type, partner };
      if (deadline.status === 'overdue' && !deadline.completedOn) {
        overdue.push(entry);
        figures.overdue++;
        totals.overdue++;
      } else if ((deadline.status === 'pending' || deadline.status === 'due') && deadline.due.slice(0, 10) <= horizon) {
        dueSoon.push(entry);
        figures.dueSoon++;
        totals.dueSoon++;
      }
    }
    for (const alert of clock.alerts) alerts.push({ requestId: request.id, reference: request.reference, ...alert });
  }

  const groundList = [...grounds.values()].sort((a, b) => b.count - a.count || a.ground.localeCompare(b.ground));
  const described = (g: { type: string; ground: string; count: number }) => ({ type: g.type, ground: g.ground, article: refusalGround(g.type as RequestType, g.ground)?.article ?? null, count: g.count });
  for (const figures of byPartner.values()) figures.refusalGrounds = groundList.filter((g) => g.partner === figures.partner).map(described);
  const overall = new Map<string, { type: string; ground: string; count: number }>();
  for (const g of groundList) {
    const key = `${g.type}\u0000${g.ground}`;
    overall.set(key, { type: g.type, ground: g.ground, count: (overall.get(key)?.count ?? 0) + g.count });
  }
  totals.refusalGrounds = [...overall.values()].sort((a, b) => b.count - a.count).map(described);

  return {
    generatedAt: now.toISOString(),
    dueWithinDays,
    totals,
    partners: [...byPartner.values()].sort((a, b) => a.partner.localeCompare(b.partner)),
    overdue: overdue.sort((a, b) => a.due.localeCompare(b.due)),
    dueSoon: dueSoon.sort((a, b) => a.due.localeCompare(b.due)),
    alerts,
    stageDurations: [...stays.entries()]
      .map(([key, days]) => {
        const [type, stage] = key.split('\u0000');
        return { type, stage, stays: days.length, averageDays: average(days) ?? 0 };
      })
      .sort((a, b) => a.type.localeCompare(b.type) || a.stage.localeCompare(b.stage)),
    comparisons: [
      { measure: 'EAW: arrest to final decision, with consent', requests: eawDays.withConsent.length, averageDays: average(eawDays.withConsent), publishedDays: PUBLISHED_AVERAGES.eawDecisionWithConsent.days, source: PUBLISHED_AVERAGES.eawDecisionWithConsent.source },
      { measure: 'EAW: arrest to final decision, without consent', requests: eawDays.withoutConsent.length, averageDays: average(eawDays.withoutConsent), publishedDays: PUBLISHED_AVERAGES.eawDecisionWithoutConsent.days, source: PUBLISHED_AVERAGES.eawDecisionWithoutConsent.source },
      { measure: 'MLA: receipt to execution', requests: mlaDays.length, averageDays: average(mlaDays), publishedDays: PUBLISHED_AVERAGES.mlaExecution.days, source: PUBLISHED_AVERAGES.mlaExecution.source },
    ],
  };
}
