import { basename } from 'node:path';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import type { AuditEvent } from '../audit/entry.ts';
import type { Clock } from '../core/clock.ts';
import type { Actor, NodeContext } from '../core/context.ts';
import { invalidInput, LiaisonError, type FieldIssue } from '../core/errors.ts';
import { requirePermission } from '../identity/officers.ts';
import { parseInput } from '../model/parse.ts';
import { requireJustification } from '../records/service.ts';
import { draftMovements, draftMrzLines, type Drafts } from './drafts.ts';
import { linkMovements } from './linking.ts';
import { parseMrz, type MrzReading } from './mrz.ts';
import { insertMovements, livePerson, movementsOfPerson } from './repository.ts';
import { Direction, MrzMovement, type Movement } from './schema.ts';

/** What a store of movements did. */
export interface StoredMovements {
  stored: number;
  /** How many were linked to a person record. */
  linked: number;
  /** How many came from an MRZ that did not verify (stored, flagged `mrzValid: false`). */
  invalidMrz: number;
  /** In-transit travellers of a passenger list, not stored. */
  skipped: number;
  movements: Movement[];
}

const MAX_REPORTED_ISSUES = 1000;
const AUDIT_BATCH = 1000;

/** The MRZ of a parse request: a string with line breaks, or the lines. */
export const MrzRequest = z.strictObject({ mrz: MrzMovement.shape.mrz });

/**
 * Reads an MRZ without storing anything: the fields, the validity of each and
 * the problems (check digits reported, never corrected).
 */
export function readMrz(actor: Actor, clock: Clock, input: unknown): MrzReading {
  requirePermission(actor, 'records:write');
  const { mrz } = parseInput(MrzRequest, input, 'invalid MRZ');
  return parseMrz(mrz, clock.now());
}

function refuse(issues: FieldIssue[], what: string): never {
  const positions = new Set(issues.map((i) => (i.line !== undefined ? `line ${i.line}` : i.path.replace(/\.[^ ]*$/, '')))).size;
  const reported = issues.length > MAX_REPORTED_ISSUES ? ` (the first ${MAX_REPORTED_ISSUES} problems are listed)` : '';
  const first = issues.slice(0, 3).map((i) => `${i.line !== undefined ? `line ${i.line}: ` : ''}${i.path} ${i.message}`).join('; ');
  throw invalidInput(`${what}: ${positions} bad item${positions === 1 ? '' : 's'}, nothing stored${reported}: ${first}${issues.length > 3 ? '; …' : ''}`, issues.slice(0, MAX_REPORTED_ISSUES));
}

/**
 * Stores drafted movements in one transaction, all or nothing: each is linked
 * to a person record first (see linkMovements), then written, and the
 * collection (and the links, as a combination) audited in the same transaction.
 */
async function store(ctx: NodeContext, actor: Actor, drafts: Drafts, source: Record<string, string>): Promise<StoredMovements> {
  if (drafts.issues.length > 0) refuse(drafts.issues, 'the movements were refused');
  if (drafts.movements.length === 0) throw invalidInput('there are no movements to store', [{ path: '(root)', message: 'no movements' }]);
  const movements = await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now().toISOString();
    const linked = await linkMovements(ctx.db, tx, drafts.movements, drafts.queries, now);
    await insertMovements(tx, linked);
    const events: AuditEvent[] = [];
    for (let start = 0; start < linked.length; start += AUDIT_BATCH) {
      const batch = linked.slice(start, start + AUDIT_BATCH);
      const legalBases = [...new Set(batch.map((m) => m.protection.legalBasis))];
      events.push({ actor: actor.id, action: 'collection', recordIds: batch.map((m) => m.id), details: { movements: batch.length, ...source, legalBases, invalidMrz: batch.filter((m) => m.document?.mrzValid === false).length } });
      const links = batch.filter((m) => m.link);
      if (links.length > 0) {
        events.push({
          actor: actor.id,
          action: 'combination',
          recordIds: links.flatMap((m) => [m.id, m.link!.personId]),
          details: { movementLinks: links.map((m) => ({ movement: m.id, person: m.link!.personId, score: Number(m.link!.score.toFixed(4)), method: m.link!.method })) },
        });
      }
    }
    await appendAudit(tx, ctx.clock, events);
    return linked;
  });
  return {
    stored: movements.length,
    linked: movements.filter((m) => m.link).length,
    invalidMrz: movements.filter((m) => m.document?.mrzValid === false).length,
    skipped: drafts.skipped,
    movements,
  };
}

/**
 * Records movements across the border: one (field by field, or read from an
 * MRZ), a batch, or a PAXLST interchange. All are stored or none: a batch with
 * one bad item stores nothing and names every bad item with its position.
 * Each movement is linked to the person record it matches, if any.
 */
export async function recordMovements(ctx: NodeContext, actor: Actor, input: unknown): Promise<StoredMovements> {
  requirePermission(actor, 'records:write');
  const kind = typeof input === 'object' && input !== null ? ('paxlst' in input ? 'paxlst' : 'movements' in input ? 'batch' : 'mrz' in input ? 'mrz' : 'manual') : 'manual';
  return store(ctx, actor, draftMovements(ctx.nodeId, ctx.clock, input), { input: kind });
}

/** Options of a file import: the format, and for MRZ lines the crossing they were read at. */
export interface MovementImportOptions {
  format: 'paxlst' | 'mrz-lines';
  /** For PAXLST: entries at the arrival airport (default) or exits at the departure airport. */
  direction?: Direction;
  /** For MRZ lines: where, when and which way. */
  crossing?: { crossingPoint: string; direction: Direction; at?: string; flight?: string };
}

/**
 * Imports movements from a file's text (the `liaison movements import`
 * command): a PAXLST interchange, or MRZ blocks separated by blank lines.
 * All or nothing, as {@link recordMovements}.
 */
export async function importMovements(ctx: NodeContext, actor: Actor, file: string, text: string, options: MovementImportOptions): Promise<StoredMovements> {
  requirePermission(actor, 'records:import');
  let drafts: Drafts;
  if (options.format === 'paxlst') {
    drafts = draftMovements(ctx.nodeId, ctx.clock, { paxlst: text, direction: options.direction ?? 'entry' });
  } else {
    if (!options.crossing) throw invalidInput('MRZ lines need the crossing point and direction', [{ path: 'crossing-point', message: 'required' }]);
    const crossing = { ...options.crossing, at: options.crossing.at ?? ctx.clock.now().toISOString() };
    drafts = draftMrzLines(ctx.nodeId, ctx.clock, text, crossing);
  }
  const result = await store(ctx, actor, drafts, { import: basename(file), format: options.format });
  await ctx.db.query('ANALYZE movements');
  return result;
}

/**
 * A person's movements recorded here, in time order: a consultation of the
 * person and the movements, audited with its purpose and justification.
 */
export async function personMovements(ctx: NodeContext, actor: Actor, personId: string, why: unknown): Promise<Movement[]> {
  requirePermission(actor, 'records:read');
  const { purpose, justification } = requireJustification(why);
  return ctx.db.transaction(async (tx) => {
    if (!(await livePerson(tx, personId))) throw new LiaisonError('not_found', `no person record ${personId}`);
    const movements = await movementsOfPerson(tx, personId);
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'consultation', purpose, justification, recordIds: [personId, ...movements.map((m) => m.id)], details: { movementsOf: personId, count: movements.length } },
    ]);
    return movements;
  });
}
