import { LiaisonError } from '../core/errors.ts';
import type { PersonData } from '../model/person.ts';
import type { Database, Queryable } from '../store/database.ts';
import { defaultModel } from './default-model.ts';
import { MatchIndex } from './match-index.ts';
import type { ExplainedScore } from './model.ts';
import { toMatchRecord } from './person-record.ts';
import { prepareRecord, type PreparedRecord } from './prepare.ts';
import type { MatchRecord } from './record.ts';

/** Where a screening candidate comes from: a person record of this node, or a live alert on a person (own or a partner's replica). */
export type CandidateSource = 'record' | 'alert';

/** A ranked candidate of a screening, with the explanation of its score. */
export interface ScreeningCandidate {
  source: CandidateSource;
  id: string;
  score: number;
  explanation: ExplainedScore;
}

const BATCH = 5_000;
/** How long a gap in the change sequence is watched for a late commit before it counts as a rollback. */
const GAP_WATCH_MS = 10 * 60_000;
/** The most gaps watched at once; the oldest are let go first. */
const MAX_GAPS = 10_000;

/**
 * The node's persons and person alerts, indexed in memory for screening and
 * kept current from the store: records by their change sequence (every insert
 * and update takes the next number, erasures included), alerts by reloading
 * them when their count or latest change moves. One per database, built on
 * first use. A number is taken when a row is written but seen when it
 * commits, so a gap that appears below the highest number seen (after the
 * first build) may be a transaction still open: gaps are looked up again on
 * every sync until they fill or ten minutes pass (a rollback never fills its
 * gap), at most 10,000 at once.
 */
export class PersonScreening {
  private readonly records = new MatchIndex(defaultModel());
  private alerts = new MatchIndex(defaultModel());
  private alertExpiry = new Map<string, string>();
  private lastChange = 0;
  private readonly gaps = new Map<number, number>();
  /** The change number of the version of each record indexed: a sync that read an older snapshot never overwrites a newer version. */
  private readonly applied = new Map<string, number>();
  private alertsVersion = '';
  /** Alert loads in the order they started, so that a slower, older load never replaces a newer one. */
  private alertLoads = 0;
  private installedAlertLoad = 0;

  /**
   * Brings the index up to date with the store: inside the caller's
   * transaction before a screening, or statement by statement (the database
   * itself) to build it when a node starts. Syncs may overlap.
   */
  async sync(tx: Queryable, now = Date.now()): Promise<void> {
    if (this.gaps.size > 0) {
      const late = await tx.query<ChangedRow>(`SELECT id, type, CASE WHEN type = 'person' THEN data END AS data, change_seq::text AS change_seq FROM records WHERE change_seq = ANY($1::bigint[])`, [[...this.gaps.keys()]]);
      for (const row of late) this.apply(row);
      for (const [seq, since] of this.gaps) if (now - since > GAP_WATCH_MS) this.gaps.delete(seq);
    }
    let cursor = this.lastChange;
    // The first build reads every committed row: numbers missing below are old versions or rollbacks, not open transactions.
    const watch = cursor > 0;
    for (;;) {
      const rows = await tx.query<ChangedRow>(
        `SELECT id, type, CASE WHEN type = 'person' THEN data END AS data, change_seq::text AS change_seq FROM records WHERE change_seq > $1 ORDER BY change_seq LIMIT ${BATCH}`,
        [cursor],
      );
      for (const row of rows) {
        const seq = Number(row.change_seq);
        if (watch) for (let missing = Math.max(cursor + 1, seq - MAX_GAPS); missing < seq; missing++) this.gaps.set(missing, now);
        this.apply(row);
        cursor = seq;
      }
      this.lastChange = Math.max(this.lastChange, cursor);
      if (rows.length < BATCH) break;
    }
    for (const seq of this.gaps.keys()) {
      if (this.gaps.size <= MAX_GAPS) break;
      this.gaps.delete(seq);
    }
    await this.syncAlerts(tx);
  }

  private apply(row: ChangedRow): void {
    const seq = Number(row.change_seq);
    this.gaps.delete(seq);
    if (row.type !== 'person' || (this.applied.get(row.id) ?? 0) >= seq) return;
    this.applied.set(row.id, seq);
    this.records.remove(row.id);
    const prepared = row.data ? prepareStored(toMatchRecord(row.id, row.data)) : undefined;
    if (prepared) this.records.add(prepared);
  }

  private async syncAlerts(tx: Queryable): Promise<void> {
    const [state] = await tx.query<{ n: string; latest: string | null }>(
      `SELECT count(*)::text AS n, max(updated_at)::text AS latest FROM alerts WHERE record_type = 'person' AND state = 'active'`,
    );
    const version = `${state?.n}|${state?.latest}`;
    if (version === this.alertsVersion) return;
    const load = ++this.alertLoads;
    const rows = await tx.query<{ id: string; subject: { data: PersonData }; expires_at: string }>(
      `SELECT id, subject, expires_at FROM alerts WHERE record_type = 'person' AND state = 'active'`,
    );
    const index = new MatchIndex(defaultModel());
    const expiry = new Map<string, string>();
    for (const row of rows) {
      const prepared = prepareStored(toMatchRecord(row.id, row.subject.data));
      if (!prepared) continue;
      index.add(prepared);
      expiry.set(row.id, new Date(row.expires_at).toISOString());
    }
    if (load < this.installedAlertLoad) return;
    this.installedAlertLoad = load;
    this.alerts = index;
    this.alertExpiry = expiry;
    this.alertsVersion = version;
  }

  /** The number of person records indexed. */
  get size(): number {
    return this.records.size;
  }

  /**
   * Ranks the records (and, when asked, the live alerts) matching a query at
   * or above the default threshold, best first, each with its explanation.
   */
  screen(query: PreparedRecord, options: { top: number; alerts: boolean; now: string }): ScreeningCandidate[] {
    const found: ScreeningCandidate[] = [];
    const collect = (index: MatchIndex, source: CandidateSource, live?: (id: string) => boolean) => {
      for (const c of index.screen(query, options.top, live)) found.push({ source, id: c.id, score: c.score, explanation: index.explain(query, c.id)! });
    };
    collect(this.records, 'record');
    if (options.alerts) collect(this.alerts, 'alert', (id) => (this.alertExpiry.get(id) ?? '') >= options.now);
    return found.sort((a, b) => b.explanation.weight - a.explanation.weight).slice(0, options.top);
  }
}

/**
 * A stored person prepared for matching. A stored name the matcher refuses
 * (e.g. one mixing scripts) is left out and the person kept under its other
 * names; a person with no name the matcher accepts cannot be screened.
 */
function prepareStored(record: MatchRecord): PreparedRecord | undefined {
  const whole = attempt(record);
  if (whole) return whole;
  const names = record.names.filter((name) => attempt({ id: record.id, names: [name] }) !== undefined);
  if (names.length === 0) return undefined;
  return attempt({ ...record, names }) ?? attempt({ ...record, names, dateOfBirth: undefined });
}

/** The prepared record, or undefined when the matcher refuses it. */
function attempt(record: MatchRecord): PreparedRecord | undefined {
  try {
    return prepareRecord(record);
  } catch (error) {
    if (error instanceof LiaisonError) return undefined;
    throw error;
  }
}

interface ChangedRow {
  id: string;
  type: string;
  data: PersonData | null;
  change_seq: string;
}

const screenings = new WeakMap<Database, PersonScreening>();

/** The screening index of a database, made on first use. */
export function screeningFor(db: Database): PersonScreening {
  let screening = screenings.get(db);
  if (!screening) screenings.set(db, (screening = new PersonScreening()));
  return screening;
}
