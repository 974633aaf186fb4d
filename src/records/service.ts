import { appendAudit } from '../audit/audit-log.ts';
import type { AuditEvent } from '../audit/entry.ts';
import { isoDate } from '../core/clock.ts';
import type { Actor, NodeContext } from '../core/context.ts';
import { LiaisonError, invalidInput } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { LinkInput, type Link } from '../model/link.ts';
import { parseInput } from '../model/parse.ts';
import { Justification } from '../model/purpose.ts';
import { RecordInput, type StoredRecord } from '../model/record.ts';
import { requirePermission } from '../identity/officers.ts';
import type { Queryable } from '../store/database.ts';
import {
  eraseRecordData,
  findRecord,
  insertRecords,
  replaceRecord,
  searchByKeys,
  type KeyCriteria,
  type RecordRow,
} from './repository.ts';
import { refreshStatistics } from '../store/statistics.ts';
import { checkReviewBy } from './review-by.ts';
import { Erasure, RecordSearch } from './schema.ts';
import { identifierKey, nameTokens, searchKeysOf } from './search-keys.ts';

/** Turns a validated record input into a row owned by this node. */
export function toRecordRow(nodeId: string, input: RecordInput, id = newId()): RecordRow {
  return {
    id,
    type: input.type,
    protection: { ...input.protection, ownerNode: nodeId },
    data: input.data as Record<string, unknown>,
    keys: searchKeysOf(input),
  };
}

/** Checks the purpose and justification that every consultation of personal data needs. */
export function requireJustification(input: unknown): Justification {
  const result = Justification.safeParse(input);
  if (!result.success) {
    throw new LiaisonError(
      'justification_required',
      'consulting personal data needs a purpose (prevention, investigation, detection, prosecution, execution_of_penalties, public_security) and a justification',
      result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return result.data;
}

async function existingRecord(tx: Queryable, id: string, forUpdate = false): Promise<StoredRecord> {
  const record = await findRecord(tx, id, forUpdate);
  if (!record) throw new LiaisonError('not_found', `no record ${id}`);
  return record;
}

/** Creates a record owned by this node; audited as a collection. */
export async function createRecord(ctx: NodeContext, actor: Actor, input: unknown): Promise<StoredRecord> {
  requirePermission(actor, 'records:write');
  const row = toRecordRow(ctx.nodeId, parseInput(RecordInput, input, 'invalid record'));
  checkReviewBy(row.protection.reviewBy, isoDate(ctx.clock.now()));
  return ctx.db.transaction(async (tx) => {
    await insertRecords(tx, [row], ctx.clock.now().toISOString());
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'collection', recordIds: [row.id], details: { type: row.type, legalBasis: row.protection.legalBasis } },
    ]);
    return existingRecord(tx, row.id);
  });
}

/** A record with the links that touch it. */
export interface RecordView extends StoredRecord {
  links: Link[];
}

/** Reads a record for a stated purpose; audited as a consultation in the same transaction. */
export async function getRecord(ctx: NodeContext, actor: Actor, id: string, why: unknown): Promise<RecordView> {
  requirePermission(actor, 'records:read');
  const { purpose, justification } = requireJustification(why);
  return ctx.db.transaction(async (tx) => {
    const record = await existingRecord(tx, id);
    const links = await tx.query<{ id: string; from_id: string; to_id: string; type: Link['type']; note: string | null; created_at: string }>(
      'SELECT * FROM links WHERE from_id = $1 OR to_id = $1 ORDER BY created_at, id',
      [id],
    );
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'consultation', purpose, justification, recordIds: [id] }]);
    return {
      ...record,
      links: links.map((l) => ({ id: l.id, fromId: l.from_id, toId: l.to_id, type: l.type, ...(l.note ? { note: l.note } : {}), createdAt: l.created_at })),
    };
  });
}

/**
 * Replaces a record's data and protection fields; audited as an alteration naming
 * the changed parts. With `expectedVersion`, refuses to overwrite a newer version.
 */
export async function updateRecord(
  ctx: NodeContext,
  actor: Actor,
  id: string,
  input: unknown,
  expectedVersion?: number,
): Promise<StoredRecord> {
  requirePermission(actor, 'records:write');
  const parsed = parseInput(RecordInput, input, 'invalid record');
  checkReviewBy(parsed.protection.reviewBy, isoDate(ctx.clock.now()));
  return ctx.db.transaction(async (tx) => {
    const current = await existingRecord(tx, id, true);
    if (current.erasedAt) throw new LiaisonError('conflict', `record ${id} was erased`);
    if (current.type !== parsed.type) throw invalidInput(`record ${id} is a ${current.type}, not a ${parsed.type}`, [{ path: 'type', message: 'cannot change' }]);
    if (current.protection.ownerNode !== ctx.nodeId) throw new LiaisonError('forbidden', `record ${id} is owned by ${current.protection.ownerNode}`);
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new LiaisonError('conflict', `record ${id} is at version ${current.version}, not ${expectedVersion}`);
    }
    const row = toRecordRow(ctx.nodeId, parsed, id);
    const changed = [
      ...Object.keys(row.protection).filter((k) => JSON.stringify(row.protection[k as keyof typeof row.protection]) !== JSON.stringify(current.protection[k as keyof typeof current.protection])).map((k) => `protection.${k}`),
      ...(JSON.stringify(row.data) !== JSON.stringify(current.data) ? ['data'] : []),
    ];
    const updated = await replaceRecord(tx, row, ctx.clock.now().toISOString());
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'alteration', recordIds: [id], details: { changed } }]);
    return updated;
  });
}

/** Erases a record's personal data, keeping a tombstone and the audit trail; audited as an erasure. */
export async function eraseRecord(ctx: NodeContext, actor: Actor, id: string, input: unknown): Promise<void> {
  requirePermission(actor, 'records:erase');
  const { reason } = parseInput(Erasure, input, 'invalid erasure');
  await ctx.db.transaction(async (tx) => {
    const record = await existingRecord(tx, id, true);
    if (record.erasedAt) throw new LiaisonError('conflict', `record ${id} is already erased`);
    await eraseRecordData(tx, id, ctx.clock.now().toISOString());
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'erasure', recordIds: [id], details: { reason, type: record.type } }]);
  });
}

/** The search keys a search must match, folded as the records' keys are. */
export function keyCriteriaOf(search: RecordSearch): KeyCriteria {
  switch (search.type) {
    case 'person':
    case 'organisation': {
      const tokens = nameTokens(search.name);
      if (tokens.length === 0) throw invalidInput('the name has no letters or digits', [{ path: 'name', message: 'no letters or digits' }]);
      return {
        type: search.type,
        keys: tokens.map((t) => ({ kind: 'name', value: t, prefix: search.mode === 'prefix' })),
        dateOfBirth: search.type === 'person' ? search.dateOfBirth : undefined,
        limit: search.limit,
      };
    }
    case 'document':
      return { type: 'document', keys: [{ kind: 'document', value: identifierKey(search.number), prefix: false }], limit: search.limit };
    case 'vehicle':
      return {
        type: 'vehicle',
        keys: [
          ...(search.plate ? [{ kind: 'plate', value: identifierKey(search.plate), prefix: false }] : []),
          ...(search.vin ? [{ kind: 'vin', value: identifierKey(search.vin), prefix: false }] : []),
        ],
        limit: search.limit,
      };
  }
}

/**
 * Finds the node's live records matching a search, inside the caller's
 * transaction. Not audited here: for services that record the consultation
 * themselves (e.g. a partner's hit/no-hit query).
 */
export async function matchRecords(tx: Queryable, search: RecordSearch): Promise<StoredRecord[]> {
  return searchByKeys(tx, keyCriteriaOf(search));
}

/**
 * Searches the node's own records: persons by every name word (exact or
 * prefix) and a date of birth agreeing at the precision both sides know.
 * Audited as a consultation, with the criteria and the records found.
 */
export async function searchRecords(ctx: NodeContext, actor: Actor, input: unknown, why: unknown): Promise<StoredRecord[]> {
  requirePermission(actor, 'records:read');
  const { purpose, justification } = requireJustification(why);
  const search = parseInput(RecordSearch, input, 'invalid search');
  const criteria = keyCriteriaOf(search);
  return ctx.db.transaction(async (tx) => {
    const found = await searchByKeys(tx, criteria);
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'consultation', purpose, justification, recordIds: found.map((r) => r.id), details: { search } },
    ]);
    return found;
  });
}

/** Links two live records; audited as a combination of their data. */
export async function linkRecords(ctx: NodeContext, actor: Actor, input: unknown): Promise<Link> {
  requirePermission(actor, 'records:write');
  const link = parseInput(LinkInput, input, 'invalid link');
  return ctx.db.transaction(async (tx) => {
    // Lock both records, in id order so that two links cannot deadlock, against a concurrent erasure.
    for (const id of [link.fromId, link.toId].sort()) {
      const record = await existingRecord(tx, id, true);
      if (record.erasedAt) throw new LiaisonError('conflict', `record ${id} was erased`);
    }
    const id = newId();
    const createdAt = ctx.clock.now().toISOString();
    await tx.query('INSERT INTO links (id, from_id, to_id, type, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      link.fromId,
      link.toId,
      link.type,
      link.note ?? null,
      createdAt,
    ]);
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'combination', recordIds: [link.fromId, link.toId], details: { linkId: id, type: link.type } },
    ]);
    return { id, ...link, createdAt };
  });
}

/** A link between two records of a bulk write, by their positions in it. */
export interface BulkLink {
  fromIndex: number;
  toIndex: number;
  type: Link['type'];
}

/** Options of a bulk write: what to record as its source, links, and progress. */
export interface BulkOptions {
  /** Recorded in every audit entry of the write, e.g. `{ import: 'persons.csv' }`. */
  source: Record<string, string>;
  links?: BulkLink[];
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Writes many validated records (and links between them) in one transaction:
 * all or nothing. One audit entry a batch names every record it collected;
 * the entries are appended at the end of the transaction.
 */
export async function collectRecordsInBulk(ctx: NodeContext, actor: Actor, rows: RecordRow[], options: BulkOptions): Promise<void> {
  requirePermission(actor, 'records:import');
  const batchSize = options.batchSize ?? 1000;
  const links = options.links ?? [];
  await ctx.db.transaction(async (tx) => {
    const at = ctx.clock.now().toISOString();
    const events: AuditEvent[] = [];
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      await insertRecords(tx, batch, at);
      events.push({ actor: actor.id, action: 'collection', recordIds: batch.map((r) => r.id), details: { ...options.source, rows: `${start + 1}-${start + batch.length}` } });
      options.onProgress?.(start + batch.length, rows.length);
    }
    for (let start = 0; start < links.length; start += batchSize) {
      const batch = links.slice(start, start + batchSize).map((l) => ({
        id: newId(),
        from_id: rows[l.fromIndex].id,
        to_id: rows[l.toIndex].id,
        type: l.type,
      }));
      await tx.query(
        `INSERT INTO links (id, from_id, to_id, type, created_at)
         SELECT l.id, l.from_id, l.to_id, l.type, $2 FROM jsonb_to_recordset($1::jsonb) AS l(id uuid, from_id uuid, to_id uuid, type text)`,
        [JSON.stringify(batch), at],
      );
      events.push({ actor: actor.id, action: 'combination', recordIds: batch.flatMap((l) => [l.from_id, l.to_id]), details: { ...options.source, links: String(batch.length) } });
    }
    // Appended last, so that the audit chain is locked only for the end of the transaction, not the whole import.
    await appendAudit(tx, ctx.clock, events);
  });
  await refreshStatistics(ctx.db);
}
