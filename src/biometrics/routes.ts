import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { justificationOf } from '../api/auth.ts';
import { ERROR_RESPONSES, ErrorResponse, JustificationHeaders, json } from '../api/openapi-schemas.ts';
import type { ApiDeps, AppEnv } from '../api/types.ts';
import { BiometricSearch, CandidateDecision, DnaEnrolment, FaceEnrolment } from './schema.ts';
import { enrolDnaProfile, enrolFaceTemplate, searchBiometrics } from './service.ts';
import { biometricCandidates, verificationStatistics, verifyCandidate } from './verification.ts';

const security = [{ Bearer: [] }];
const tags = ['biometrics'];
const body = <S extends z.ZodType>(schema: S) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const Enrolled = z.object({ id: z.string(), recordId: z.string(), kind: z.string().optional(), engine: z.string().optional() }).openapi('BiometricEnrolment');
const Hit = z
  .object({ profileId: z.string(), recordId: z.string(), quality: z.number(), matcher: z.string(), scores: z.record(z.string(), z.unknown()) })
  .openapi('BiometricHit');
const Candidate = z
  .object({
    id: z.string(),
    reference: z.string(),
    modality: z.enum(['dna', 'face']),
    matcher: z.string(),
    partner: z.string(),
    agreement: z.string(),
    profileId: z.string(),
    recordId: z.string(),
    query: z.record(z.string(), z.unknown()),
    scores: z.record(z.string(), z.unknown()),
    state: z.enum(['pending', 'confirmed', 'rejected']),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    reason: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('BiometricCandidate');
const Statistics = z
  .object({ partner: z.string(), matcher: z.string(), confirmed: z.number(), rejected: z.number(), pending: z.number(), confirmationRate: z.number().nullable() })
  .openapi('VerificationStatistics');

/** Biometric routes: enrolment of DNA profiles and face templates, local search, and officers' verification of hits given to partners. */
export function biometricRoutes(app: OpenAPIHono<AppEnv>, { ctx, federation }: ApiDeps): void {
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/biometrics/dna', tags, security, summary: 'Enrol a DNA profile on a person (reference) or a case or event (stain), under the Prüm acceptance rules', request: body(DnaEnrolment), responses: { 201: json(Enrolled, 'The enrolled profile'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such record') } }),
    async (c) => c.json(await enrolDnaProfile(ctx, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/biometrics/face', tags, security, summary: 'Enrol a face template (engine, version, vector) on a person', request: body(FaceEnrolment), responses: { 201: json(Enrolled, 'The enrolled template'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such record') } }),
    async (c) => c.json(await enrolFaceTemplate(ctx, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/biometrics/search',
      tags,
      security,
      summary: 'Search this node’s DNA profiles or face templates: candidates with scores, for a human to verify; needs purpose and justification',
      request: { headers: JustificationHeaders, ...body(BiometricSearch) },
      responses: { 200: json(z.object({ candidates: z.array(Hit) }), 'Candidates, best first'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json({ candidates: await searchBiometrics(ctx, c.get('actor'), c.req.valid('json'), justificationOf(c)) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/biometrics/candidates',
      tags,
      security,
      summary: 'Biometric hits given to partners, pending verification first',
      request: { query: z.object({ state: z.enum(['pending', 'confirmed', 'rejected']).optional() }) },
      responses: { 200: json(z.object({ candidates: z.array(Candidate) }), 'The candidates'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json({ candidates: await biometricCandidates(ctx, c.get('actor'), c.req.valid('query').state) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/biometrics/candidates/{id}/verification',
      tags,
      security,
      summary: 'Confirm or reject a biometric candidate, with reasons, before any data is released in follow-up',
      request: { params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }), ...body(CandidateDecision) },
      responses: { 200: json(Candidate, 'The verified candidate'), ...ERROR_RESPONSES, 404: json(ErrorResponse, 'No such candidate'), 409: json(ErrorResponse, 'Already verified') },
    }),
    async (c) => c.json(await verifyCandidate(federation, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/biometrics/statistics', tags, security, summary: 'Candidates confirmed, rejected and pending, per partner and matcher', responses: { 200: json(z.object({ statistics: z.array(Statistics) }), 'The statistics'), ...ERROR_RESPONSES } }),
    async (c) => c.json({ statistics: await verificationStatistics(ctx, c.get('actor')) }, 200),
  );
}
