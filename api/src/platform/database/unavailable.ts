/**
 * PostgreSQL error classes that mean the server is gone or not accepting work, not that the
 * statement was wrong: 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown,
 * cannot connect now: starting up or shutting down).
 */
const SERVER_GONE = /^(08...|57P0[123])$/;
/** Node's socket errors for a database that cannot be reached or dropped the connection. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** What pg and knex say when a connection ends or none can be had (they set no code). */
const GONE_MESSAGE =
  /Connection terminated|connection error|Timeout acquiring a connection|Unable to acquire a connection/i;

/**
 * True when `error` (or anything it wraps: GraphQL's `originalError`, an Error's `cause`) says
 * the database could not be reached or ended the connection — a fault of the moment, not of the
 * request: nothing was written, and the same request may succeed once the database is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (name === 'ConnectionException') return true;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_GONE.test(code))) return true;
    if (typeof message === 'string' && GONE_MESSAGE.test(message)) return true;
    const wrapped = current as { originalError?: unknown; cause?: unknown };
    current = wrapped.originalError ?? wrapped.cause;
  }
  return false;
}
