import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { SessionSettings } from './modules/identity/identity.service.js';
import type { LoginSettings } from './modules/identity/login-throttle.js';
import type { DatabaseTarget } from './platform/database/database.js';
import { type ProxyTrust, parseProxyTrust } from './platform/http/client-address.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(apiRoot, '..');

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const csv = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Whether the runtime knows `zone` as an IANA time zone. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
/** TRUST_PROXY, read by the platform's own parser (see `parseProxyTrust`); default: no proxy is trusted. */
const proxyTrust = z.string().transform((raw, ctx): ProxyTrust => {
  const parsed = parseProxyTrust(raw);
  if ('trust' in parsed) return parsed.trust;
  ctx.addIssue({ code: 'custom', message: parsed.error });
  return z.NEVER;
});

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v) || v.startsWith('sqlite:'), {
      message: 'must be a postgres:// URL or sqlite:<file path>',
    })
    .optional(),
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\//.test(v), { message: 'must be a redis:// URL' })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ALLOWED_ORIGINS: csv.optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  COOKIE_SECURE: flag.optional(),
  SEED_DEMO: flag.optional(),
  WEB_DIST: z.string().optional(),
  TRUST_PROXY: proxyTrust.default({ kind: 'none' }),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).optional(),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  FAMILY_INVITATION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  UNIT_TIME_ZONE: z
    .string()
    .refine(isTimeZone, { message: 'must be an IANA time zone such as America/New_York' })
    .default('America/New_York'),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  SUBSCRIPTION_MAX_BEHIND: z.coerce.number().int().min(1).max(100_000).default(256),
  SOCKET_KEEPALIVE_SECONDS: z.coerce.number().int().min(1).max(600).default(12),
  SOCKET_MAX_BUFFERED_KB: z.coerce
    .number()
    .int()
    .min(16)
    .max(1024 * 1024)
    .default(4096),
});

export type Env = Record<string, string | undefined>;

/** The validated, typed configuration every part of the hub receives from the composition root. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string | undefined;
  database: DatabaseTarget;
  redisUrl: string | undefined;
  logLevel: string;
  /**
   * Origins besides the hub's own that may open websockets and send credentialed requests
   * (in development, the Vite dev server); `undefined` means same-origin only.
   */
  allowedOrigins: string[] | undefined;
  session: SessionSettings;
  /**
   * Wrong passwords checked per window: `maxFailures` for one account from one address,
   * `maxFailuresPerAddress` for all accounts from one address.
   */
  login: LoginSettings;
  /** How long a family invitation code works after the link is made. */
  familyInvitationMs: number;
  /**
   * Load the demo unit into an empty database. Defaults to on for the embedded SQLite database
   * (`npm start`), off for PostgreSQL unless SEED_DEMO=true: demo accounts share a published password.
   */
  seedDemo: boolean;
  /** Which proxies in front of the hub may name the client's address in X-Forwarded-For. */
  trustProxy: ProxyTrust;
  webDist: string;
  /** Whether internal error messages may reach clients (development only). */
  exposeInternalErrors: boolean;
  /**
   * The IANA time zone units keep their clocks in: what "today" and "overdue" mean on every
   * screen, whatever zone the reader's device is set to.
   */
  unitTimeZone: string;
  /**
   * Whether clients may read the schema: introspection and "Did you mean …?" hints, on HTTP and
   * graphql-ws alike (everywhere but production).
   */
  exposeSchema: boolean;
  /**
   * How long a graceful stop (SIGTERM/SIGINT) may take before the process exits anyway, so a hub
   * whose database or Redis is unreachable still stops in bounded time.
   */
  shutdownTimeoutMs: number;
  /**
   * Slow readers, bounded: a subscription more than `maxBehind` events behind its stream is told
   * to resync from its cursor (RESYNC_REQUIRED); a websocket holding more than `socketMaxBufferedBytes`
   * unsent is dropped (its client reconnects and resumes from its cursor); one that answers no ping
   * for `keepAliveMs` is ended.
   */
  slowReaders: { maxBehind: number; socketMaxBufferedBytes: number; keepAliveMs: number };
}

/** Raised when the environment holds a bad value; the message names every offending variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the environment once. Throws `ConfigError` naming each bad variable,
 * so a misconfigured hub stops at start instead of failing later.
 */
export function loadConfig(env: Env = process.env): Config {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const database: DatabaseTarget = !e.DATABASE_URL
    ? { kind: 'sqlite', file: path.join(repoRoot, 'data', 'carehub.sqlite') }
    : e.DATABASE_URL.startsWith('sqlite:')
      ? { kind: 'sqlite', file: path.resolve(repoRoot, e.DATABASE_URL.slice('sqlite:'.length)) }
      : { kind: 'postgresql', url: e.DATABASE_URL };
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    database,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    allowedOrigins:
      e.ALLOWED_ORIGINS ??
      (e.NODE_ENV === 'development' ? ['http://localhost:5173', 'http://127.0.0.1:5173'] : undefined),
    session: {
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
      cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    },
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      // One address may be a ward's NAT with many staff behind it: a few accounts' worth by default.
      maxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS ?? e.LOGIN_MAX_FAILURES * 4,
      windowSeconds: e.LOGIN_WINDOW_SECONDS,
    },
    familyInvitationMs: e.FAMILY_INVITATION_HOURS * 3_600_000,
    seedDemo: e.SEED_DEMO ?? database.kind === 'sqlite',
    trustProxy: e.TRUST_PROXY,
    webDist: e.WEB_DIST ? path.resolve(e.WEB_DIST) : path.join(repoRoot, 'web', 'dist'),
    exposeInternalErrors: e.NODE_ENV === 'development',
    unitTimeZone: e.UNIT_TIME_ZONE,
    exposeSchema: e.NODE_ENV !== 'production',
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1_000,
    slowReaders: {
      maxBehind: e.SUBSCRIPTION_MAX_BEHIND,
      socketMaxBufferedBytes: e.SOCKET_MAX_BUFFERED_KB * 1024,
      keepAliveMs: e.SOCKET_KEEPALIVE_SECONDS * 1000,
    },
  };
}
