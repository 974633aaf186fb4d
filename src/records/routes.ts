import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { justificationOf } from '../api/auth.ts';
import { ERROR_RESPONSES, ErrorResponse, JustificationHeaders, LinkResponse, StoredRecordResponse, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { LinkInput } from '../model/link.ts';
import { RecordInput } from '../model/record.ts';
import { Erasure, RecordSearch } from './schema.ts';
import { createRecord, eraseRecord, getRecord, linkRecords, searchRecords, updateRecord } from './service.ts';

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const security = [{ Bearer: [] }];
const tags = ['records'];

/** The record routes: create, read, replace, erase, search and link. */
export function recordRoutes(app: OpenAPIHono<AppEnv>, { ctx }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/records',
      tags,
      security,
      summary: 'Create a record (collection)',
      request: { body: { content: { 'application/json': { schema: RecordInput } }, required: true } },
      responses: { 201: json(StoredRecordResponse, 'The record as stored'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json(await createRecord(ctx, c.get('actor'), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/records/{id}',
      tags,
      security,
      summary: 'Read a record and its links (consultation: needs purpose and justification)',
      request: { params: IdParam, headers: JustificationHeaders },
      responses: {
        200: json(StoredRecordResponse.extend({ links: z.array(LinkResponse) }), 'The record'),
        ...ERROR_RESPONSES,
        404: json(ErrorResponse, 'No such record'),
      },
    }),
    async (c) => c.json(await getRecord(ctx, c.get('actor'), c.req.valid('param').id, justificationOf(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/records/{id}',
      tags,
      security,
      summary: 'Replace a record (alteration); If-Match: <version> refuses to overwrite a newer version',
      request: {
        params: IdParam,
        headers: z.object({ 'if-match': z.string().regex(/^"?\d+"?$/).optional() }),
        body: { content: { 'application/json': { schema: RecordInput } }, required: true },
      },
      responses: {
        200: json(StoredRecordResponse, 'The record as now stored'),
        ...ERROR_RESPONSES,
        404: json(ErrorResponse, 'No such record'),
        409: json(ErrorResponse, 'The record changed since the given version, or was erased'),
      },
    }),
    async (c) => {
      const ifMatch = c.req.valid('header')['if-match'];
      const version = ifMatch ? Number(ifMatch.replace(/"/g, '')) : undefined;
      return c.json(await updateRecord(ctx, c.get('actor'), c.req.valid('param').id, c.req.valid('json'), version), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/records/{id}/erase',
      tags,
      security,
      summary: 'Erase a record’s personal data (erasure); the audit trail stays',
      request: { params: IdParam, body: { content: { 'application/json': { schema: Erasure } }, required: true } },
      responses: { 204: { description: 'Erased' }, ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such record') },
    }),
    async (c) => {
      await eraseRecord(ctx, c.get('actor'), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/records/search',
      tags,
      security,
      summary: 'Search persons by name and date of birth, documents by number, vehicles by plate or VIN (consultation)',
      request: { headers: JustificationHeaders, body: { content: { 'application/json': { schema: RecordSearch } }, required: true } },
      responses: { 200: json(z.object({ results: z.array(StoredRecordResponse) }), 'The records found'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json({ results: await searchRecords(ctx, c.get('actor'), c.req.valid('json'), justificationOf(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/links',
      tags,
      security,
      summary: 'Link two records (combination)',
      request: { body: { content: { 'application/json': { schema: LinkInput } }, required: true } },
      responses: { 201: json(LinkResponse, 'The link'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such record') },
    }),
    async (c) => c.json(await linkRecords(ctx, c.get('actor'), c.req.valid('json')), 201),
  );
}
