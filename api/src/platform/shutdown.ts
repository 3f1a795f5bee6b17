import type { WebSocketServer } from 'ws';

/**
 * The close code every websocket gets when the hub stops: 1012 "Service Restart" (RFC 6455
 * registry). It says the service is restarting and the client should come back, which is what a
 * stopping replica means: the load balancer sends the reconnect to another instance or to this
 * one once it is back. 1001 "Going Away" also lets clients retry, but reads as "this endpoint is
 * leaving", the code a browser sends when it navigates away. graphql-ws clients (ours retry on
 * anything) treat 1012 as a reason to reconnect, never as fatal.
 */
export const SERVICE_RESTART = 1012;

/** How long clients get to answer the close frame before their sockets are cut. */
const CLOSE_HANDSHAKE_MS = 1_000;

/**
 * Sends every websocket client of `wss` the 1012 close frame, stops accepting new ones, and
 * resolves once all have closed; sockets that have not completed the close handshake within a
 * second are terminated, so an unresponsive client cannot hold the shutdown.
 */
export function closeWebSockets(wss: WebSocketServer, reason = 'Server restarting'): Promise<void> {
  const clients = [...wss.clients];
  const closed = clients.map(
    (client) =>
      new Promise<void>((resolve) => {
        if (client.readyState === client.CLOSED) return resolve();
        client.once('close', () => resolve());
        client.close(SERVICE_RESTART, reason);
      }),
  );
  wss.close();
  const cut = setTimeout(() => {
    for (const client of clients) client.terminate();
  }, CLOSE_HANDSHAKE_MS);
  cut.unref();
  return Promise.all(closed).then(() => clearTimeout(cut));
}

/** How a bounded shutdown ended. */
export type ShutdownOutcome = { kind: 'closed' } | { kind: 'failed'; error: unknown } | { kind: 'timed out' };

/**
 * Runs `close` and settles within `timeoutMs` whatever it waits on (a database that no longer
 * answers, a Redis that is down): the caller exits on the outcome either way, so a stopping hub
 * never hangs.
 */
export async function closeWithin(close: () => Promise<void>, timeoutMs: number): Promise<ShutdownOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<ShutdownOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timed out' }), timeoutMs);
  });
  const closing = close().then(
    (): ShutdownOutcome => ({ kind: 'closed' }),
    (error: unknown): ShutdownOutcome => ({ kind: 'failed', error }),
  );
  try {
    return await Promise.race([closing, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
