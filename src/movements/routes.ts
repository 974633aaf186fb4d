import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { justificationOf } from '../api/auth.ts';
import { ERROR_RESPONSES, ErrorResponse, JustificationHeaders, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { TimelineRequest } from './schema.ts';
import { MrzRequest, personMovements, readMrz, recordMovements } from './service.ts';
import { movementTimeline } from './timeline.ts';

const security = [{ Bearer: [] }];
const tags = ['movements'];
const body = <S extends z.ZodType>(schema: S) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const FieldReading = z.object({ raw: z.string(), valid: z.boolean(), problem: z.string().optional() });
const MrzReadingResponse = z
  .object({
    format: z.enum(['TD1', 'TD2', 'TD3']),
    raw: z.string(),
    documentType: z.string(),
    documentCode: z.string(),
    issuingState: z.string(),
    documentNumber: z.string(),
    surname: z.string(),
    givenNames: z.array(z.string()),
    nationality: z.string(),
    dateOfBirth: z.string().nullable(),
    sex: z.string().nullable(),
    dateOfExpiry: z.string().nullable(),
    optionalData: z.string(),
    fields: z.record(z.string(), FieldReading),
    valid: z.boolean(),
    problems: z.array(z.string()),
  })
  .openapi('MrzReading');

const MovementResponse = z
  .object({
    id: z.string(),
    source: z.enum(['mrz', 'paxlst', 'manual']),
    direction: z.enum(['entry', 'exit']),
    at: z.string(),
    crossingPoint: z.string(),
    flight: z.string().nullable(),
    person: z.record(z.string(), z.unknown()).nullable(),
    document: z.record(z.string(), z.unknown()).nullable(),
    protection: z.record(z.string(), z.unknown()),
    link: z.object({ personId: z.string(), score: z.number(), method: z.enum(['matcher', 'document_number']), automatic: z.boolean() }).nullable(),
    sourceReference: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Movement');

const StoredResponse = z
  .object({ stored: z.number(), linked: z.number(), invalidMrz: z.number(), skipped: z.number(), movements: z.array(MovementResponse) })
  .openapi('StoredMovements');

const MovementsInput = z.record(z.string(), z.unknown()).openapi('MovementsInput', {
  description:
    'One of: a movement `{ person?, document?, crossingPoint, flight?, direction, at, protection? }`; an MRZ read at a crossing `{ mrz, crossingPoint, flight?, direction, at, protection? }` (a bad check digit is stored and flagged, never corrected); a batch `{ movements: [ … ] }` of either (all or nothing); or a PAXLST interchange `{ paxlst, direction?: "entry" | "exit", protection? }`.',
});

const TimelineResponse = z
  .object({
    personId: z.string(),
    entries: z.array(z.object({ sourceNode: z.string(), movementId: z.string(), handlingCode: z.string(), tlp: z.string() }).catchall(z.unknown())),
    partners: z.array(z.object({ partner: z.string(), outcome: z.enum(['answered', 'refused', 'unavailable']), agreement: z.string().nullable(), movements: z.number(), withheld: z.number(), reasons: z.array(z.string()) })),
  })
  .openapi('MovementTimeline');

/**
 * Movement routes: read an MRZ, record movements (one, a batch, an MRZ, a
 * PAXLST list), a person's movements here, and the timeline with partners.
 */
export function movementRoutes(app: OpenAPIHono<AppEnv>, { ctx, federation }: ApiDeps): void {
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/movements/mrz', tags, security, summary: 'Read an MRZ (TD1, TD2, TD3): fields, validity of each, problems; nothing is stored', request: body(MrzRequest), responses: { 200: json(MrzReadingResponse, 'The MRZ as read'), ...ERROR_RESPONSES } }),
    async (c) => c.json(readMrz(c.get('actor'), ctx.clock, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/movements', tags, security, summary: 'Record movements across the border (one, a batch, an MRZ or a PAXLST list), linked to matching persons; all or nothing', request: body(MovementsInput), responses: { 201: json(StoredResponse, 'The movements stored'), ...ERROR_RESPONSES } }),
    async (c) => c.json(await recordMovements(ctx, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/persons/{id}/movements', tags, security, summary: 'A person’s movements recorded here, in time order (consultation)', request: { params: IdParam, headers: JustificationHeaders }, responses: { 200: json(z.object({ personId: z.string(), movements: z.array(MovementResponse) }), 'The movements'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such person') } }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json({ personId: id, movements: await personMovements(ctx, c.get('actor'), id, justificationOf(c)) }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/movements/timeline', tags, security, summary: 'A person’s movement timeline here and at partners whose agreements release movements (consultation)', request: { headers: JustificationHeaders, ...body(TimelineRequest) }, responses: { 200: json(TimelineResponse, 'The timeline'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such person or partner') } }),
    async (c) => c.json(await movementTimeline(federation, c.get('actor'), c.req.valid('json'), justificationOf(c)), 200),
  );
}
