import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from './config.js';
import { SESSION_ENDED_TOPIC, type SessionEnded } from './modules/identity/identity.service.js';
import { hubModules, type ModuleServices } from './modules.js';
import { AuditLog } from './platform/audit/audit-log.js';
import { LiveSockets } from './platform/auth/live-sockets.js';
import type { Bus } from './platform/bus/bus.js';
import { MemoryBus } from './platform/bus/memory-bus.js';
import { RedisBus } from './platform/bus/redis-bus.js';
import { databaseReady, openDatabase } from './platform/database/database.js';
import { EntityViews } from './platform/events/entity-views.js';
import { EventFeed } from './platform/events/event-feed.js';
import { EventLog } from './platform/events/event-log.js';
import { WritePath } from './platform/events/write-path.js';
import type { Platform } from './platform/feature-module.js';
import type { ContextFor, RequestContext } from './platform/graphql/context.js';
import { createErrorFormatter } from './platform/graphql/format-error.js';
import { RequestLoaders } from './platform/graphql/loaders.js';
import { carehubSchema } from './platform/graphql/schema.js';
import { createHttpApp } from './platform/http/http-app.js';
import { originAllowed } from './platform/http/origin.js';
import { createLogger, type Logger } from './platform/logging/logger.js';
import { ACCESS_RECHECK_MS, Policy, type PolicyFacts } from './platform/policy/policy.js';
import { createGraphqlWsServer } from './platform/realtime/graphql-ws.js';
import { createSocketServer } from './platform/realtime/socket-io.js';
import { closeWebSockets } from './platform/shutdown.js';
import { seedDemoIfEmpty, warnAboutDemoAccounts } from './seed-demo.js';

/** The platform's parts and every module's services, for tests and benchmarks that drive a hub directly. */
export type HubServices = Platform & ModuleServices & { config: Config };

/** Timings fixed in production that tests may shorten (passed in code, never read from the environment). */
export interface ServiceTimings {
  /** How stale a subscription's or presence room's access decision may be (default ACCESS_RECHECK_MS). */
  accessRecheckMs?: number;
}

export interface AppHandle {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  port: number;
  services: HubServices;
  /** Stops accepting connections, closes sockets, the bus and the database. */
  close(): Promise<void>;
}

const SESSION_SWEEP_MS = 30_000;

/**
 * The composition root: database (migrated) → bus → platform (audit log, event log, write path,
 * feed, policy) → the modules' services → demo data → schema → HTTP + graphql-ws + socket.io on
 * one port. Resolves once the hub is listening.
 */
export async function startApp(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
  timings: ServiceTimings = {},
): Promise<AppHandle> {
  const orm = await openDatabase(config.database, hubModules.entities, logger);
  const bus: Bus = config.redisUrl ? await RedisBus.connect(config.redisUrl, logger) : new MemoryBus();
  const auditLog = new AuditLog(orm, logger);
  const events = new EventLog(orm);
  // The policy's facts are answered by modules, which are built after it (compose fills them in).
  const facts: Partial<PolicyFacts> = {};
  const platform: Platform = {
    orm,
    bus,
    logger,
    auditLog,
    events,
    writes: new WritePath(orm, bus, auditLog, logger, new EntityViews(hubModules.views)),
    feed: new EventFeed(events, bus, config.slowReaders.maxBehind),
    policy: new Policy(facts as PolicyFacts),
  };
  const settings = { ...config, accessRecheckMs: timings.accessRecheckMs ?? ACCESS_RECHECK_MS };
  const { services, container, routers, attachSockets, startJobs } = hubModules.compose(platform, settings, facts);
  if (config.seedDemo) await seedDemoIfEmpty(platform, config.unitTimeZone);
  const stopJobs = await startJobs();
  await warnAboutDemoAccounts(config, platform);

  const schema = await carehubSchema(hubModules);
  const authenticate = (token: string | null) => services.identity.authenticate(token);
  const contextFor: ContextFor = (request) => ({ ...request, loaders: new RequestLoaders(), container });
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    // Fragments are counted as if written inline: a fragment adds no execution depth, and a client that
    // wants a costlier operation could inline it anyway. (Counting each spread as a level priced the web's
    // own fragment-built operations — the patient screen's one stream — at several times their work.)
    costLimit: { maxCost: 5_000, flattenFragments: true },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2_000 },
    // Suggestions are cut by the error formatter, the same for HTTP and graphql-ws.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const httpServer = createServer();
  const liveSockets = new LiveSockets();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    // The composition root owns shutdown (main.ts), closing sockets, bus and database in order.
    stopOnTerminationSignals: false,
    introspection: config.exposeSchema,
    ...armor,
    // graphql-armor's typings point at Apollo's CommonJS build; the plugins are the same objects.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      // In-flight requests get half the shutdown budget; the bus and the database get the rest.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs / 2 }),
      // Apollo's sandbox page loads scripts from Apollo's CDN; production serves no such page.
      ...(config.exposeSchema ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
    validationRules: armor.validationRules,
    formatError: createErrorFormatter(logger, config.exposeInternalErrors, config.exposeSchema),
  });
  await apollo.start();
  httpServer.on(
    'request',
    createHttpApp(
      {
        trustProxy: config.trustProxy,
        exposeSchema: config.exposeSchema,
        allowedOrigins: config.allowedOrigins,
        webDist: config.webDist,
        logger,
        ready: () => databaseReady(orm),
        authenticate,
        contextFor,
        routers,
      },
      apollo,
    ),
  );

  const wss = createGraphqlWsServer({
    schema,
    validationRules: armor.validationRules,
    liveSockets,
    logger,
    exposeInternalErrors: config.exposeInternalErrors,
    exposeSchema: config.exposeSchema,
    trustProxy: config.trustProxy,
    authenticate,
    contextFor,
    maxBufferedBytes: config.slowReaders.socketMaxBufferedBytes,
    keepAliveMs: config.slowReaders.keepAliveMs,
  });
  const io = await createSocketServer(httpServer, {
    liveSockets,
    allowedOrigins: config.allowedOrigins,
    bus,
    trustProxy: config.trustProxy,
    logger,
    authenticate,
  });
  const stopSockets = attachSockets(io);
  httpServer.on('upgrade', (req, socket, head) => {
    const pathname = new URL(req.url ?? '/', 'http://hub').pathname;
    if (pathname === '/socket.io/') return; // socket.io's own listener takes it
    if (pathname !== '/graphql' || !originAllowed(req, config.allowedOrigins)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const stopListening = bus.subscribe<SessionEnded>(SESSION_ENDED_TOPIC, (message) => {
    if (message) liveSockets.closeSession(message.sessionId);
  });
  const sweep = setInterval(() => {
    liveSockets
      .sweep((id) => services.identity.sessionIsLive(id))
      .catch((error: Error) => {
        logger.warn({ err: error.message }, 'session sweep failed');
      });
  }, SESSION_SWEEP_MS);
  sweep.unref();

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${host}:${port}`;
  logger.info(
    { url, database: config.database.kind, bus: config.redisUrl ? 'redis' : 'memory' },
    'CareHub is listening',
  );

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      clearInterval(sweep);
      stopJobs();
      stopListening();
      stopSockets();
      const websocketsClosed = closeWebSockets(wss);
      await apollo.stop();
      await websocketsClosed;
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await bus.close();
      // Deliveries' READ rows are written in batches; the last batch goes before the database closes.
      await auditLog.close();
      await orm.close();
    })();
    return closing;
  };
  return { url, port, services: { ...platform, ...services, config }, close };
}
