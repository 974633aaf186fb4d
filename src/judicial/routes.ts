import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { justificationOf } from '../api/auth.ts';
import { ERROR_RESPONSES, ErrorResponse, JustificationHeaders, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { requirePermission } from '../identity/officers.ts';
import { checkRequest } from './check.ts';
import { judicialDashboard } from './dashboard.ts';
import { recordNoticeStep, requestNotice } from './notices.ts';
import { findRequests, getBundle, getRequest, issueRequest, recordEvent } from './service.ts';
import { judicialTaxonomy } from './taxonomy.ts';

const security = [{ Bearer: [] }];
const tags = ['judicial'];
const body = <S extends z.ZodType>(schema: S) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const BundleParams = IdParam.extend({ bundleId: z.uuid().openapi({ param: { name: 'bundleId', in: 'path' } }) });
const Loose = (name: string, description: string) => z.record(z.string(), z.unknown()).openapi(name, { description });

const RequestResponse = Loose('JudicialRequest', 'A request with its content, steps, clock (deadlines with their status today, alerts) and documents as verified here.');
const NotFound = { 404: json(ErrorResponse, 'No such request') };

/**
 * Judicial cooperation routes: check a request against the rules, issue one to
 * a partner, record its steps, read it with its clock and signed documents,
 * Interpol notices, the dashboard and the offence taxonomy.
 */
export function judicialRoutes(app: OpenAPIHono<AppEnv>, { ctx, federation }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'post', path: '/api/v1/judicial/check', tags, security,
      summary: 'Check a request without storing it: can it be issued, is dual criminality to be checked and is it met, every deadline and its status today (the `liaison judicial check` contract)',
      request: body(Loose('JudicialCheckInput', 'As the file of `liaison judicial check` (docs/judicial.md).')),
      responses: { 200: json(Loose('JudicialCheck', 'The check'), 'The check'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      requirePermission(c.get('actor'), 'judicial:read');
      return c.json(checkRequest(c.req.valid('json'), ctx.clock.now(), ctx.calendar) as unknown as Record<string, unknown>, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/v1/judicial/requests', tags, security,
      summary: 'Issue an EAW, EIO, MLA or extradition request to a partner: content, thresholds and agreement checked, documents signed, sent (disclosure)',
      request: { headers: JustificationHeaders, ...body(Loose('IssueJudicialRequest', '`{ type, partner, issuingAuthority, executingAuthority, caseId?, subjectId?, offence, content, terms?, documents?, events? }` (docs/judicial.md).')) },
      responses: { 201: json(RequestResponse, 'The request as issued'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such partner or record') },
    }),
    async (c) => c.json((await issueRequest(federation, c.get('actor'), c.req.valid('json'), justificationOf(c))) as unknown as Record<string, unknown>, 201),
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/v1/judicial/requests', tags, security, summary: 'Requests by type, partner, stage, case or openness (no content)',
      request: { query: z.object({ type: z.string().optional(), partner: z.string().optional(), stage: z.string().optional(), caseId: z.string().optional(), open: z.string().optional() }) },
      responses: { 200: json(z.object({ requests: z.array(z.record(z.string(), z.unknown())) }), 'The requests'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json({ requests: (await findRequests(ctx, c.get('actor'), c.req.valid('query'))) as unknown as Record<string, unknown>[] }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/judicial/requests/{id}', tags, security, summary: 'A request in full, with its clock today (consultation)', request: { params: IdParam, headers: JustificationHeaders }, responses: { 200: json(RequestResponse, 'The request'), ...ERROR_RESPONSES, ...NotFound } }),
    async (c) => c.json((await getRequest(ctx, c.get('actor'), c.req.valid('param').id, justificationOf(c))) as unknown as Record<string, unknown>, 200),
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/v1/judicial/requests/{id}/events', tags, security,
      summary: 'Record a step (arrest, consent, decision, extension with its reasoned notice, surrender…), with its documents signed; sent to the other authority',
      request: { params: IdParam, ...body(Loose('JudicialEventInput', '`{ event: { type, date | at, … }, documents? }` (docs/judicial.md).')) },
      responses: { 201: json(RequestResponse, 'The request with the step'), ...ERROR_RESPONSES, ...NotFound },
    }),
    async (c) => c.json((await recordEvent(federation, c.get('actor'), c.req.valid('param').id, c.req.valid('json'))) as unknown as Record<string, unknown>, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/judicial/requests/{id}/bundles/{bundleId}', tags, security, summary: 'A signed document bundle as signed (General JWS over the manifest), for verification elsewhere (consultation)', request: { params: BundleParams, headers: JustificationHeaders }, responses: { 200: json(Loose('SignedBundle', 'manifest, signatures, documents'), 'The bundle'), ...ERROR_RESPONSES, ...NotFound } }),
    async (c) => {
      const { id, bundleId } = c.req.valid('param');
      return c.json(await getBundle(ctx, c.get('actor'), id, bundleId, justificationOf(c)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/v1/judicial/notices', tags, security, summary: 'Request an Interpol notice or send a diffusion, linked to a case (collection)',
      request: { headers: JustificationHeaders, ...body(Loose('NoticeInput', '`{ form: notice|diffusion, colour, caseId, subjectId?, issuingAuthority, summary, offence?, addressees? }`')) },
      responses: { 201: json(RequestResponse, 'The notice'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such record') },
    }),
    async (c) => c.json((await requestNotice(ctx, c.get('actor'), c.req.valid('json'), justificationOf(c))) as unknown as Record<string, unknown>, 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/judicial/notices/{id}/steps', tags, security, summary: 'Record a notice’s step: published, refused, located, withdrawn', request: { params: IdParam, ...body(Loose('NoticeStep', '`{ type, date, interpolReference?, reason? }`')) }, responses: { 201: json(RequestResponse, 'The notice'), ...ERROR_RESPONSES, ...NotFound } }),
    async (c) => c.json((await recordNoticeStep(ctx, c.get('actor'), c.req.valid('param').id, c.req.valid('json'))) as unknown as Record<string, unknown>, 201),
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/v1/judicial/dashboard', tags, security,
      summary: 'Open requests by stage, deadlines overdue and due soon, alerts, average days per stage against the published EU averages, refusal grounds; per partner',
      request: { query: z.object({ dueWithinDays: z.string().optional() }) },
      responses: { 200: json(Loose('JudicialDashboard', 'The dashboard'), 'The dashboard'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json((await judicialDashboard(ctx, c.get('actor'), c.req.valid('query'))) as unknown as Record<string, unknown>, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/judicial/taxonomy', tags, security, summary: 'The offence taxonomy: ICCS, the EAW list offences, EIO Annex D, the national tables (fictional examples marked), refusal grounds', responses: { 200: json(Loose('JudicialTaxonomy', 'The taxonomy'), 'The taxonomy'), ...ERROR_RESPONSES } }),
    async (c) => {
      requirePermission(c.get('actor'), 'judicial:read');
      return c.json(judicialTaxonomy() as unknown as Record<string, unknown>, 200);
    },
  );
}
