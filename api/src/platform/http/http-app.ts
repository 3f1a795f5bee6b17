import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createLoaders, type Loaders, type Services } from '../../services.js';
import { databaseReady } from '../database/database.js';
import type { RequestContext } from '../graphql/context.js';
import { withRequestId } from '../logging/logger.js';
import { clientAddress, trustsHop } from './client-address.js';
import { securityHeaders } from './security-headers.js';
import { tokenFromHeaders } from './session-cookie.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The HTTP side: request ids and access logs, health probes, GraphQL at /graphql, and the
 * built web app (with client-side routes falling back to index.html).
 */
export function createHttpApp(services: Services, apollo: ApolloServer<RequestContext>): express.Express {
  const { config, logger } = services;
  const app = express();
  app.disable('x-powered-by');
  // Express's own idea of the client (req.ip, req.protocol) follows the same trust as clientAddress.
  app.set('trust proxy', (address: string, hop: number) => trustsHop(config.trustProxy, address, hop));
  app.use(securityHeaders({ graphqlSandbox: config.exposeSchema }));

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
            ip: clientAddress(req, config.trustProxy),
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
    const ready = await databaseReady(services.orm);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable' });
  });

  app.use(
    '/graphql',
    cors({ origin: config.allowedOrigins ?? false, credentials: true, maxAge: 600 }),
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => ({
        requestId: String(res.locals.requestId),
        viewer: await services.identity.authenticate(tokenFromHeaders(req.headers)),
        ip: clientAddress(req, config.trustProxy),
        userAgent: req.header('user-agent') ?? null,
        services,
        loaders: createLoaders(services) satisfies Loaders,
        response: res,
      }),
    }),
  );

  const index = path.join(config.webDist, 'index.html');
  if (fs.existsSync(index)) {
    app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
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
