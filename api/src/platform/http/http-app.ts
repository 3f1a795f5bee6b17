import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { HttpTools } from '../feature-module.js';
import type { Authenticate, ContextFor, RequestContext } from '../graphql/context.js';
import { type Logger, withRequestId } from '../logging/logger.js';
import { clientAddress, type ProxyTrust, trustsHop } from './client-address.js';
import { securityHeaders } from './security-headers.js';
import { tokenFromHeaders } from './session-cookie.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export interface HttpAppOptions {
  /** Which proxies in front of the hub may name the client's address in X-Forwarded-For. */
  trustProxy: ProxyTrust;
  /** Whether clients may read the schema (Apollo's sandbox page is then allowed its scripts). */
  exposeSchema: boolean;
  /** Origins besides the hub's own that may send credentialed requests; `undefined`: same-origin only. */
  allowedOrigins: string[] | undefined;
  /** The built web app's folder. */
  webDist: string;
  logger: Logger;
  /** Whether the hub can serve (its database answers), for /readyz. */
  ready: () => Promise<boolean>;
  authenticate: Authenticate;
  contextFor: ContextFor;
  /** The modules' own HTTP routes (FHIR), given the caller of each request. */
  routers?: (http: HttpTools) => express.Router[];
}

/**
 * The HTTP side: request ids and access logs, health probes, GraphQL at /graphql, the modules'
 * own routes (FHIR), and the built web app (with client-side routes falling back to index.html).
 */
export function createHttpApp(options: HttpAppOptions, apollo: ApolloServer<RequestContext>): express.Express {
  const { logger, authenticate, contextFor } = options;
  const app = express();
  app.disable('x-powered-by');
  // Express's own idea of the client (req.ip, req.protocol) follows the same trust as clientAddress.
  app.set('trust proxy', (address: string, hop: number) => trustsHop(options.trustProxy, address, hop));
  app.use(securityHeaders({ graphqlSandbox: options.exposeSchema }));

  app.use((req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      withRequestId(requestId, () =>
        logger.info(
          {
            method: req.method,
            path: req.path,
            status: res.statusCode,
            ip: clientAddress(req, options.trustProxy),
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          },
          'request',
        ),
      );
    });
    withRequestId(requestId, next);
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await options.ready();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable' });
  });

  app.use(
    '/graphql',
    cors({ origin: options.allowedOrigins ?? false, credentials: true, maxAge: 600 }),
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> =>
        contextFor({
          requestId: String(res.locals.requestId),
          viewer: await authenticate(tokenFromHeaders(req.headers)),
          ip: clientAddress(req, options.trustProxy),
          userAgent: req.header('user-agent') ?? null,
          response: res,
        }),
    }),
  );

  const http: HttpTools = {
    callerOf: async (req) => ({
      requestId: String(req.res?.locals.requestId),
      viewer: await authenticate(tokenFromHeaders(req.headers)),
      ip: clientAddress(req, options.trustProxy),
      userAgent: req.header('user-agent') ?? null,
    }),
  };
  for (const router of options.routers?.(http) ?? []) app.use(router);

  const index = path.join(options.webDist, 'index.html');
  if (fs.existsSync(index)) {
    app.use(express.static(options.webDist, { index: false, maxAge: '1h' }));
    app.use((req, res, next) => {
      if (req.method !== 'GET' || !req.accepts('html')) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('CareHub API is running. The web app is not built: run `pnpm build` (or `npm start`).');
    });
  }
  return app;
}
