import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { HttpTools } from '../../platform/feature-module.js';
import type { Logger } from '../../platform/logging/logger.js';
import type { FhirService } from './fhir.service.js';
import { error, FhirProblem, invalid, outcome, problemOf } from './operation-outcome.js';

/** A bundle larger than this is refused by its size (413) before any of it is parsed. */
export const MAX_BUNDLE_BYTES = 2 * 1024 * 1024;
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/**
 * The FHIR base URL, e.g. https://hub.example/fhir (bundle entries' fullUrl start with it): the hub's
 * public URL when configured, else the request's own origin.
 */
export const fhirBase = (req: Request | undefined, publicUrl: string | undefined) =>
  `${publicUrl ?? (req ? `${req.protocol}://${req.get('host') ?? 'localhost'}` : 'http://localhost')}/fhir`;

/**
 * The FHIR R4 REST endpoints, signed in by the same session cookie or bearer token as GraphQL:
 * `GET /fhir/Patient/{id}/$everything` and `POST /fhir` (a transaction or collection Bundle).
 * Every answer is FHIR JSON; every failure an OperationOutcome with the matching HTTP status.
 */
export function fhirRoutes(fhir: FhirService, http: HttpTools, logger: Logger, publicUrl: string | undefined): Router {
  const router = express.Router();
  const send = (res: Response, status: number, body: unknown) => {
    res.status(status).type(FHIR_JSON).send(JSON.stringify(body));
  };
  const fail = (res: Response, failure: unknown) => {
    const problem = problemOf(failure);
    if (problem) return send(res, problem.status, outcome(problem.issues));
    logger.error({ err: failure instanceof Error ? failure.message : String(failure) }, 'FHIR request failed');
    send(res, 500, outcome([error('exception', `Internal error; request id ${String(res.locals.requestId)}.`)]));
  };

  router.get('/fhir/Patient/:id/:operation', async (req, res) => {
    if (req.params.operation !== '$everything') {
      return fail(
        res,
        new FhirProblem(404, [error('not-supported', `Operation ${req.params.operation} is not supported.`)]),
      );
    }
    try {
      const caller = await http.callerOf(req);
      send(res, 200, await fhir.exportBundle(caller, req.params.id, fhirBase(req, publicUrl), 'fhirEverything'));
    } catch (failure) {
      fail(res, failure);
    }
  });

  router.post(
    '/fhir',
    (req, res, next) => {
      // JSON only: a cross-site form cannot send it without a CORS preflight, which the hub refuses.
      if (!req.is(['application/fhir+json', 'application/json'])) {
        return fail(res, new FhirProblem(415, [error('not-supported', 'Send the bundle as application/fhir+json.')]));
      }
      next();
    },
    express.raw({ type: () => true, limit: MAX_BUNDLE_BYTES }),
    async (req, res) => {
      try {
        const caller = await http.callerOf(req);
        if (!caller.viewer) return fail(res, new FhirProblem(401, [error('login', 'Sign in to continue.')]));
        let body: unknown;
        try {
          body = JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');
        } catch {
          throw invalid('The body is not valid JSON.');
        }
        const unitId = typeof req.query.unitId === 'string' ? req.query.unitId : null;
        const result = await fhir.importBundle(caller, body, unitId);
        res.setHeader('location', `${fhirBase(req, publicUrl)}/Patient/${result.patientId}`);
        send(res, result.status, result.outcome);
      } catch (failure) {
        fail(res, failure);
      }
    },
  );

  router.use('/fhir', (_req, res) => {
    fail(res, new FhirProblem(404, [error('not-found', 'No such FHIR endpoint.')]));
  });
  // Body refusals (too large, unreadable) as OperationOutcomes.
  router.use(
    '/fhir',
    (failure: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (failure?.type === 'entity.too.large') {
        return fail(res, new FhirProblem(413, [error('too-costly', `The bundle exceeds ${MAX_BUNDLE_BYTES} bytes.`)]));
      }
      if (typeof failure?.status === 'number' && failure.status < 500) {
        return fail(res, new FhirProblem(failure.status, [error('invalid', 'The request body could not be read.')]));
      }
      next(failure);
    },
  );
  return router;
}
