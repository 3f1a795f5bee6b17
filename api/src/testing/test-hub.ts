import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Client, createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { type AppHandle, type ServiceTimings, startApp } from '../app.js';
import { type Env, loadConfig } from '../config.js';
import { createLogger, type Logger } from '../platform/logging/logger.js';

export const DEMO_PASSWORD = 'carehub-demo';
export const RILEY = 'riley.chen@demo.carehub.test';
export const CASEY = 'casey.morgan@demo.carehub.test';
export const ADMIN = 'admin@demo.carehub.test';

const TEST_DIALECTS = ['sqlite', 'postgres'] as const;

/**
 * The database the current test project runs against: `CAREHUB_TEST_DB=sqlite|postgres`, SQLite
 * when unset. Any other value is an error: a misspelt `postgresql` must not quietly test SQLite.
 */
export function testDialect(env: Env = process.env): 'sqlite' | 'postgres' {
  const value = env.CAREHUB_TEST_DB;
  if (value === undefined || value === '') return 'sqlite';
  const known = TEST_DIALECTS.find((d) => d === value);
  if (!known) throw new Error(`CAREHUB_TEST_DB must be one of ${TEST_DIALECTS.join(', ')}; got "${value}"`);
  return known;
}

/** A fresh, empty database for one hub: a temp SQLite file, or a new database on the test PostgreSQL. */
export async function freshDatabaseUrl(dialect = testDialect()): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'carehub-test-'));
    return {
      url: `sqlite:${path.join(dir, 'hub.sqlite')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) throw new Error('a PostgreSQL test needs TEST_POSTGRES_URL (npm test starts a server and sets it)');
  const name = `hub_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The test Redis server (npm test starts one and sets TEST_REDIS_URL). */
export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error('this test needs TEST_REDIS_URL (npm test starts a Redis server and sets it)');
  return url;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

/** A GraphQL client of one hub: HTTP operations, sign-in and graphql-ws subscriptions. */
export interface HubClient {
  url: string;
  /** POSTs a GraphQL operation, with a bearer token when given. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /**
   * POSTs a GraphQL read and returns its data; throws on any error. For "nothing changed" checks:
   * a read that fails must fail the test, never look like an unchanged (empty) answer.
   */
  read<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<T>;
  /** Signs in (a demo user unless another password is given) and returns the bearer token. */
  login(email: string, password?: string): Promise<string>;
  /** A graphql-ws client authenticated with `token` (lazy: connects on first subscribe). */
  ws(token: string | null, options?: { origin?: string; headers?: Record<string, string> }): Client;
  /** Disposes every websocket client made by `ws`. */
  dispose(): Promise<void>;
}

export interface TestHub extends HubClient {
  app: AppHandle;
  databaseUrl: string;
  /**
   * Id of the newest event on `stream`, read from the hub's event log: following it misses
   * nothing and needs no wait (`'0'` for an empty stream, which replays everything).
   */
  newestEventId(stream: string): Promise<string>;
  stop(): Promise<void>;
}

/** A client for the hub at `url` (an in-process test hub or a separate API process). */
export function hubClient(url: string): HubClient {
  const clients: Client[] = [];
  const client: HubClient = {
    url,
    async gql(query, variables = {}, token = null, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async read<T>(query: string, variables: Record<string, unknown> = {}, token: string | null = null) {
      const result = await client.gql<T>(query, variables, token);
      if (result.errors?.length || !result.data) {
        throw new Error(`read failed: ${JSON.stringify(result.errors ?? result)}`);
      }
      return result.data;
    },
    async login(email, password = DEMO_PASSWORD) {
      const result = await client.gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      const token = result.data?.login.token;
      if (!token) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return token;
    },
    ws(token, options = {}) {
      const ws = createClient({
        url: `${url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, {
              headers: { ...options.headers, ...(options.origin ? { origin: options.origin } : {}) },
            });
          }
        },
        connectionParams: token ? { token } : {},
        lazy: true,
        retryAttempts: 0,
      });
      clients.push(ws);
      return ws;
    },
    async dispose() {
      await Promise.all(clients.splice(0).map((c) => c.dispose()));
    },
  };
  return client;
}

/**
 * Starts a real hub on a free port against a fresh database (SQLite or PostgreSQL per the test
 * project), with the demo unit loaded and, when `REDIS_URL` is given, the Redis bus. Logs go to
 * `logger` when given (see `captureLogs`). `timings` shortens periods such as the access re-check,
 * so tests need not wait out production values.
 */
export async function startTestHub(
  env: Env = {},
  existingDatabaseUrl?: string,
  logger?: Logger,
  timings: ServiceTimings = {},
): Promise<TestHub> {
  const database = existingDatabaseUrl ? { url: existingDatabaseUrl, drop: async () => {} } : await freshDatabaseUrl();
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: database.url,
    SEED_DEMO: 'true',
    WEB_DIST: path.join(os.tmpdir(), 'carehub-no-web'),
    ...env,
  });
  const app = await startApp(config, logger ?? createLogger(process.env.CAREHUB_TEST_LOG ?? 'silent'), timings);
  const client = hubClient(app.url);
  return {
    ...client,
    app,
    databaseUrl: database.url,
    newestEventId(stream) {
      return app.services.events.lastId(stream);
    },
    async stop() {
      await client.dispose();
      await app.close();
      await database.drop();
    },
  };
}

/** A real logger whose JSON lines are kept in `lines`, for tests that check what the hub logged. */
export function captureLogs(level = 'info'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(level, {
    write: (line: string) => {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  return { logger, lines };
}

/** The payloads of one subscription as they arrive. */
export interface Collected<T> {
  items: T[];
  errors: unknown[];
  /** Settles when the server acknowledged the connection (graphql-ws `connection_ack`). */
  connected: Promise<void>;
  done: Promise<void>;
  until(count: number, ms?: number): Promise<T[]>;
  stop(): void;
}

/**
 * Collects the `next` payloads of one subscription until `count` arrived or it ends. Give it a
 * client of its own (`connected` follows that client's first connection).
 */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>): Collected<T> {
  let acknowledge: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    acknowledge = resolve;
  });
  const forget = client.on('connected', () => {
    forget();
    acknowledge();
  });
  const items: T[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) items.push(value.data as T);
        for (const w of waiters.splice(0)) w();
      },
      error: (error) => {
        // A websocket close arrives as a CloseEvent, whose fields don't serialise.
        const close = error as { code?: unknown; reason?: unknown };
        errors.push(typeof close.code === 'number' ? { code: close.code, reason: close.reason } : error);
        finish();
        for (const w of waiters.splice(0)) w();
      },
      complete: () => {
        finish();
        for (const w of waiters.splice(0)) w();
      },
    },
  );
  return {
    items,
    errors,
    connected,
    done,
    stop,
    async until(count, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (items.length < count) {
        if (Date.now() > deadline)
          throw new Error(`got ${items.length} of ${count} events; errors: ${JSON.stringify(errors)}`);
        let settled = false;
        await Promise.race([
          new Promise<void>((resolve) =>
            waiters.push(() => {
              settled = true;
              resolve();
            }),
          ),
          done.then(() => {
            settled = true;
          }),
          new Promise<void>((resolve) => setTimeout(resolve, 100)),
        ]);
        if (!settled && errors.length > 0) break;
      }
      return items;
    },
  };
}

/**
 * `collect`, resolved once the subscription is live, acknowledged by the server rather than
 * waited for: it follows the stream from just before its newest event (`newestEventId`, which the
 * viewer must be allowed to see) and waits until that event is replayed. The hub listens on the
 * bus (Redis included) before it reads the log, so once the replay arrived every later change
 * reaches this subscription. The replayed event is dropped from `items`. `query` must take `$after`.
 */
export async function collectLive<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  newestEventId: string,
): Promise<Collected<T>> {
  if (BigInt(newestEventId) < 1n) throw new Error('collectLive needs a stream with at least one event');
  const feed = collect<T>(client, query, { ...variables, after: String(BigInt(newestEventId) - 1n) });
  const [acknowledgement] = await feed.until(1);
  if (acknowledgement === undefined) {
    feed.stop();
    throw new Error(`the subscription was not acknowledged: ${JSON.stringify(feed.errors)}`);
  }
  feed.items.shift();
  return feed;
}

/** Resolves after `ms` — only to let a live system deliver, never as an assertion. */
/** The code of a response's first error, or undefined when it has none. */
export const codeOf = (result: { errors?: { extensions?: { code?: unknown } }[] }) =>
  result.errors?.[0]?.extensions?.code;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
