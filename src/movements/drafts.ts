import { isoDate, type Clock } from '../core/clock.ts';
import { LiaisonError, type FieldIssue } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { defaultProtection } from '../import/defaults.ts';
import type { PreparedRecord } from '../matching/prepare.ts';
import { fieldIssues } from '../model/parse.ts';
import { ProtectionInput } from '../model/record.ts';
import { latestReviewBy } from '../records/review-by.ts';
import { prepareMovementPerson } from './linking.ts';
import { parseMrz } from './mrz.ts';
import { parsePaxlst } from './paxlst.ts';
import { MovementBatch, MrzMovement, NewMovement, PaxlstMovements, type Direction, type Movement } from './schema.ts';

/** Movements ready to store, each with its prepared person for the matcher, or every problem with its position. */
export interface Drafts {
  movements: Movement[];
  queries: Map<string, PreparedRecord>;
  /** Travellers not stored: in transit, they do not cross the border. */
  skipped: number;
  issues: FieldIssue[];
}

/** What every movement of one input shares: the node, the clock, and where the issues go. */
interface Context {
  nodeId: string;
  clock: Clock;
  drafts: Drafts;
}

type Fields = Omit<Movement, 'id' | 'protection' | 'link' | 'createdAt'>;

/** Adds a movement, its protection (defaults of an import, the given fields winning) and its prepared person; or its issues, under `path`. */
function add(ctx: Context, path: string, movement: Fields, protection: unknown): void {
  const { drafts } = ctx;
  const merged = ProtectionInput.safeParse({ ...defaultProtection(ctx.clock), ...(protection as object | undefined) });
  if (!merged.success) {
    for (const issue of fieldIssues(merged.error, `${path}.protection`.replace(/^\./, ''))) drafts.issues.push(issue);
    return;
  }
  const latest = latestReviewBy(isoDate(ctx.clock.now()));
  if (merged.data.reviewBy > latest) {
    drafts.issues.push({ path: `${path}.protection.reviewBy`.replace(/^\./, ''), message: `must be on or before ${latest}` });
    return;
  }
  const draft: Movement = { ...movement, id: newId(), protection: { ...merged.data, ownerNode: ctx.nodeId }, link: null, createdAt: ctx.clock.now().toISOString() };
  try {
    const query = prepareMovementPerson(draft);
    if (query) drafts.queries.set(draft.id, query);
  } catch (error) {
    if (!(error instanceof LiaisonError)) throw error;
    drafts.issues.push({ path: `${path}.person`.replace(/^\./, ''), message: error.message });
    return;
  }
  drafts.movements.push(draft);
}

/** A movement given field by field. */
function manual(ctx: Context, path: string, input: unknown): void {
  const parsed = NewMovement.safeParse(input);
  if (!parsed.success) {
    ctx.drafts.issues.push(...fieldIssues(parsed.error, path));
    return;
  }
  const m = parsed.data;
  add(
    ctx,
    path,
    {
      source: 'manual',
      direction: m.direction,
      at: new Date(m.at).toISOString(),
      crossingPoint: m.crossingPoint,
      flight: m.flight ?? null,
      person: m.person
        ? { surname: m.person.surname ?? null, givenNames: m.person.givenNames, dateOfBirth: m.person.dateOfBirth ?? null, nationality: m.person.nationality ?? null, sex: m.person.sex ?? null }
        : null,
      document: m.document
        ? { type: m.document.type, number: m.document.number, issuingCountry: m.document.issuingCountry ?? null, expiresOn: m.document.expiresOn ?? null, mrz: null, mrzValid: null, mrzProblems: [] }
        : null,
      sourceReference: null,
    },
    m.protection,
  );
}

/**
 * A movement read from an MRZ. A check digit that does not verify, an
 * impossible date or an unknown code does not stop it: the movement is stored
 * with `mrzValid: false` and the problems, the number as printed, and the
 * unreadable fields left empty — a border guard records what was presented and
 * sees the flag. An MRZ that cannot be read at all is an issue of the batch.
 */
function fromMrz(ctx: Context, path: string, input: unknown): void {
  const parsed = MrzMovement.safeParse(input);
  if (!parsed.success) {
    ctx.drafts.issues.push(...fieldIssues(parsed.error, path));
    return;
  }
  const m = parsed.data;
  let reading;
  try {
    reading = parseMrz(m.mrz, ctx.clock.now());
  } catch (error) {
    if (!(error instanceof LiaisonError)) throw error;
    ctx.drafts.issues.push(...(error.issues.length ? error.issues : [{ path: 'mrz', message: error.message }]).map((i) => ({ ...i, path: `${path}.mrz`.replace(/^\./, '') })));
    return;
  }
  const valid = (field: keyof typeof reading.fields) => reading.fields[field]?.valid !== false;
  add(
    ctx,
    path,
    {
      source: 'mrz',
      direction: m.direction,
      at: new Date(m.at).toISOString(),
      crossingPoint: m.crossingPoint,
      flight: m.flight ?? null,
      person: {
        surname: reading.surname || null,
        givenNames: reading.givenNames,
        dateOfBirth: reading.dateOfBirth,
        nationality: valid('nationality') && reading.nationality ? reading.nationality : null,
        sex: reading.sex,
      },
      document: {
        type: reading.documentType,
        number: reading.documentNumber,
        issuingCountry: valid('issuingState') && reading.issuingState ? reading.issuingState : null,
        expiresOn: reading.dateOfExpiry,
        mrz: reading.raw,
        mrzValid: reading.valid,
        mrzProblems: reading.problems,
      },
      sourceReference: null,
    },
    m.protection,
  );
}

/**
 * The travellers of a PAXLST interchange: each an entry at the arrival
 * airport and time of the message's last leg, or an exit at the departure of
 * its first leg. In-transit travellers (DDT, DDU) are not stored.
 */
function fromPaxlst(ctx: Context, input: unknown): void {
  const parsed = PaxlstMovements.safeParse(input);
  if (!parsed.success) {
    ctx.drafts.issues.push(...fieldIssues(parsed.error));
    return;
  }
  const { direction, protection } = parsed.data;
  const interchange = parsePaxlst(parsed.data.paxlst, ctx.clock.now());
  for (const message of interchange.messages) {
    const leg = direction === 'entry' ? message.legs.at(-1) : message.legs[0];
    const place = direction === 'entry' ? leg?.arrival : leg?.departure;
    if (!leg || !place?.at) {
      const needed = direction === 'entry' ? 'an arrival airport and time (LOC 87, DTM 232)' : 'a departure airport and time (LOC 125, DTM 189)';
      ctx.drafts.issues.push({ path: `message ${message.number}`, message: `message ${message.number} (${message.reference}) has no flight with ${needed} for ${direction === 'entry' ? 'entries' : 'exits'}` });
      continue;
    }
    for (const t of message.travellers) {
      if (t.role.startsWith('transit')) {
        ctx.drafts.skipped++;
        continue;
      }
      const doc = t.documents.find((d) => d.type !== 'visa') ?? t.documents[0];
      add(
        ctx,
        `message ${message.number}, traveller ${t.position} (segment ${t.segment})`,
        {
          source: 'paxlst',
          direction,
          at: place.at,
          crossingPoint: place.airport,
          flight: leg.flight || null,
          person: { surname: t.surname || null, givenNames: t.givenNames, dateOfBirth: t.dateOfBirth ?? null, nationality: t.nationality ?? null, sex: t.sex ?? null },
          document: doc ? { type: doc.type, number: doc.number, issuingCountry: doc.issuingCountry ?? null, expiresOn: doc.expiresOn ?? null, mrz: null, mrzValid: null, mrzProblems: [] } : null,
          sourceReference: `${interchange.reference}/${message.reference}`,
        },
        protection,
      );
    }
  }
}

/**
 * Turns an input into movements to store: one movement (given field by field,
 * or as `{ mrz, crossingPoint, direction, at }`), a batch (`{ movements: […] }`,
 * each either form), or a PAXLST interchange (`{ paxlst, direction }`). Every
 * problem is collected with its position; the caller stores nothing if any.
 */
export function draftMovements(nodeId: string, clock: Clock, input: unknown): Drafts {
  const ctx: Context = { nodeId, clock, drafts: { movements: [], queries: new Map(), skipped: 0, issues: [] } };
  const one = (path: string, item: unknown) => (typeof item === 'object' && item !== null && 'mrz' in item ? fromMrz(ctx, path, item) : manual(ctx, path, item));
  if (typeof input === 'object' && input !== null && 'movements' in input) {
    const batch = MovementBatch.safeParse(input);
    if (!batch.success) ctx.drafts.issues.push(...fieldIssues(batch.error));
    else batch.data.movements.forEach((item, i) => one(`movements[${i}]`, item));
  } else if (typeof input === 'object' && input !== null && 'paxlst' in input) {
    fromPaxlst(ctx, input);
  } else {
    one('', input);
  }
  return ctx.drafts;
}

/** Movements from MRZ blocks of a file (2 or 3 lines each, blank lines between), all at one crossing; issues carry the block's first line. */
export function draftMrzLines(nodeId: string, clock: Clock, text: string, crossing: { crossingPoint: string; direction: Direction; at: string; flight?: string }): Drafts {
  const ctx: Context = { nodeId, clock, drafts: { movements: [], queries: new Map(), skipped: 0, issues: [] } };
  const lines = text.split(/\r?\n/);
  let block: string[] = [];
  let first = 0;
  const flush = () => {
    if (block.length === 0) return;
    const before = ctx.drafts.issues.length;
    fromMrz(ctx, `line ${first}`, { mrz: block, ...crossing });
    for (const issue of ctx.drafts.issues.slice(before)) issue.line = first;
    block = [];
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') return flush();
    if (block.length === 0) first = i + 1;
    block.push(line);
  });
  flush();
  return ctx.drafts;
}
