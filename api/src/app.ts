import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from './config.js';
import { SESSION_ENDED_TOPIC, type SessionEnded } from './modules/identity/identity.service.js';
import { entities } from './modules/index.js';
import { attachPresence } from './modules/presence/presence.js';
import { LiveSockets } from './platform/auth/live-sockets.js';
import type { Bus } from './platform/bus/bus.js';
import { MemoryBus } from './platform/bus/memory-bus.js';
import { RedisBus } from './platform/bus/redis-bus.js';
import { openDatabase } from './platform/database/database.js';
import type { RequestContext } from './platform/graphql/context.js';
import { createErrorFormatter } from './platform/graphql/format-error.js';
import { carehubSchema } from './platform/graphql/schema.js';
import { createHttpApp } from './platform/http/http-app.js';
import { originAllowed } from './platform/http/origin.js';
import { createLogger, type Logger } from './platform/logging/logger.js';
import { createGraphqlWsServer } from './platform/realtime/graphql-ws.js';
import { createSocketServer } from './platform/realtime/socket-io.js';
import { closeWebSockets } from './platform/shutdown.js';
import { seedDemoIfEmpty, warnAboutDemoAccounts } from './seed-demo.js';
import { createServices, type Services, type ServiceTimings } from './services.js';

export interface AppHandle {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  port: number;
  services: Services;
  /** Stops accepting connections, closes sockets, the bus and the database. */
  close(): Promise<void>;
}

const SESSION_SWEEP_MS = 30_000;

/**
 * The composition root: database (migrated) → bus → services → demo data → schema →
 * HTTP + graphql-ws + socket.io on one port. Resolves once the hub is listening.
 */
export async function startApp(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
  timings: ServiceTimings = {},
): Promise<AppHandle> {
  const orm = await openDatabase(config.database, entities, logger);
  const bus: Bus = config.redisUrl ? await RedisBus.connect(config.redisUrl, logger) : new MemoryBus();
  const services = createServices(config, orm, bus, logger, timings);
  if (config.seedDemo) await seedDemoIfEmpty(services);
  await warnAboutDemoAccounts(services);

  const schema = await carehubSchema();
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 5_000 },
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
  httpServer.on('request', createHttpApp(services, apollo));

  const wss = createGraphqlWsServer(services, schema, armor.validationRules, liveSockets);
  const io = await createSocketServer(services, httpServer, liveSockets);
  const stopPresence = attachPresence(io, services);
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
      stopListening();
      stopPresence();
      const websocketsClosed = closeWebSockets(wss);
      await apollo.stop();
      await websocketsClosed;
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await bus.close();
      // Deliveries' READ rows are written in batches; the last batch goes before the database closes.
      await services.auditLog.close();
      await orm.close();
    })();
    return closing;
  };
  return { url, port, services, close };
}
