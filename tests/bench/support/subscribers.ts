import WebSocket from 'ws';

/** What a subscriber hands to `onEvent`: the `next` payload's data and when it arrived (performance.now()). */
export type OnEvent = (data: Record<string, unknown>, at: number) => void;

/** One graphql-ws subscription over its own websocket, speaking the protocol directly. */
export interface Subscriber {
  /** Settles once the server acknowledged the connection and the first `next` arrived. */
  live: Promise<void>;
  /** Every `error`/`complete` message or close the server sent, for the bench to report. */
  problems: string[];
  close(): void;
}

/**
 * Opens a websocket to `url` (ws://…/graphql), signs in with `token` in connectionParams and
 * subscribes once. The bench client is the same minimal code for every server it measures, so
 * the client's own cost weighs equally on both sides of a ratio.
 */
export function subscribe(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
  onEvent: OnEvent,
): Subscriber {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const problems: string[] = [];
  let closedByUs = false;
  const live = new Promise<void>((resolve, reject) => {
    let first = true;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { token } : {} })));
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as {
        type: string;
        payload?: { data?: Record<string, unknown>; errors?: unknown[] };
      };
      if (message.payload?.errors) problems.push(`errors: ${JSON.stringify(message.payload.errors)}`);
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
      } else if (message.type === 'next') {
        const at = performance.now();
        if (first) {
          first = false;
          resolve();
        } else if (message.payload?.data) onEvent(message.payload.data, at);
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'error' || message.type === 'complete') {
        problems.push(`${message.type}: ${JSON.stringify(message.payload ?? null)}`);
        reject(new Error(problems.at(-1)));
      }
    });
    socket.on('close', (code, reason) => {
      if (!closedByUs) problems.push(`closed ${code} ${reason.toString()}`);
      reject(new Error(`socket closed ${code} ${reason.toString()}`));
    });
    socket.on('error', (error) => {
      problems.push(error.message);
      reject(error);
    });
  });
  // A rejection after `live` settled is reported through `problems`, not as an unhandled rejection.
  live.catch(() => undefined);
  return {
    live,
    problems,
    close() {
      closedByUs = true;
      socket.close();
    },
  };
}

/** Opens `count` subscribers, `batch` at a time, and resolves once all are live. */
export async function subscribeMany(
  count: number,
  open: (index: number) => Subscriber,
  batch = 250,
): Promise<Subscriber[]> {
  const all: Subscriber[] = [];
  for (let start = 0; start < count; start += batch) {
    const opened = Array.from({ length: Math.min(batch, count - start) }, (_, i) => open(start + i));
    all.push(...opened);
    await Promise.all(opened.map((s) => s.live));
  }
  return all;
}
