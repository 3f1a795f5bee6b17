import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { type Client, CloseCode, createClient } from 'graphql-ws';
import { tap } from 'rxjs';
import { reportReachable, reportUnreachable } from './connection-state.js';
import { failureKind } from './errors.js';

/** Called when the server says the session is gone; the app returns to sign-in. */
let onSignedOut: () => void = () => {};
export const whenSignedOut = (handler: () => void) => {
  onSignedOut = handler;
};

const wsUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/**
 * The websocket for subscriptions. It authenticates with the session cookie (same origin),
 * reconnects for ever with backoff, and is restarted after sign-in so it carries the new session.
 */
export const ws: Client = createClient({
  url: wsUrl,
  lazy: true,
  // Keep the socket across page changes (one screen's streams end as the next one's start).
  lazyCloseTimeout: 5_000,
  retryAttempts: Number.POSITIVE_INFINITY,
  shouldRetry: () => true,
  retryWait: async (retries) => {
    await new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 10_000)));
  },
});

let open = false;
ws.on('connected', () => {
  open = true;
  reportReachable();
});
ws.on('closed', (event) => {
  open = false;
  const code = (event as { code?: number }).code;
  // The hub closes a socket whose session ended (signed out elsewhere, revoked) as Forbidden, and
  // refuses to reopen it: retrying would keep the screen up, silently stale. Ask who is signed in.
  if (code === CloseCode.Forbidden) onSignedOut();
  // 1000 is the socket closing because no screen follows a stream any more, not a lost connection.
  else if (code !== 1000) reportUnreachable();
});
/** Whether the subscription socket is connected right now. */
export const socketOpen = () => open;

const http = new HttpLink({
  uri: '/graphql',
  credentials: 'include',
  headers: { 'apollo-require-preflight': 'true' },
});

const errors = new ErrorLink(({ error, operation }) => {
  // A refused sign-in is answered on the sign-in page; anything else unauthenticated means the session ended.
  if (operation.operationName === 'Login') return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    onSignedOut();
  }
});

const serverDataListeners = new Set<() => void>();
/**
 * Called after the hub's data was written to the cache (a query answered, an event applied): the
 * offline queue shows its waiting changes again over the fresh data.
 */
export function afterServerData(listener: () => void): () => void {
  serverDataListeners.add(listener);
  return () => serverDataListeners.delete(listener);
}
/** Tells the listeners, once the current write has finished. */
export function serverDataWritten(): void {
  if (serverDataListeners.size === 0) return;
  setTimeout(() => {
    for (const listener of [...serverDataListeners]) listener();
  }, 0);
}

/** Follows whether requests reach the hub, for the header's connection state. */
const reachability = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    tap({
      next: () => {
        reportReachable();
        const definition = getMainDefinition(operation.query);
        if (definition.kind === 'OperationDefinition' && definition.operation === 'query') serverDataWritten();
      },
      error: (error) => {
        if (failureKind(error) === 'unreachable') reportUnreachable();
        else reportReachable();
      },
    }),
  ),
);

const transport = ApolloLink.split(
  ({ query }) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  },
  new GraphQLWsLink(ws),
  http,
);

export const client = new ApolloClient({
  link: ApolloLink.from([errors, reachability, transport]),
  cache: new InMemoryCache({
    typePolicies: {
      // Lists are replaced whole by queries; live events edit them in each feature's *.live.ts.
      Patient: { fields: { careTeam: { merge: false }, familyLinks: { merge: false }, conditions: { merge: false } } },
      Unit: { fields: { patients: { merge: false }, staff: { merge: false } } },
      TaskBoard: { fields: { tasks: { merge: false }, columns: { merge: false } } },
      Task: { fields: { checklist: { merge: false }, comments: { merge: false } } },
      RoundsSession: { fields: { agenda: { merge: false } } },
      RoundsAgendaItem: {
        fields: { updates: { merge: false }, barriers: { merge: false }, decisions: { merge: false } },
      },
      CareConference: { fields: { attendees: { merge: false }, decisions: { merge: false } } },
      // The screening tool's questions share ids across languages: kept inside each language's list, not merged.
      ScreeningQuestion: { keyFields: false },
    },
  }),
  defaultOptions: {
    // A screen shows what the cache has at once and asks the hub as well, so coming back to a
    // patient never leaves an old plan on screen; later renders of that screen read the cache.
    watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
  },
});

/** Drops cached data and reopens the websocket, so nothing of the previous session survives. */
export async function resetSession(): Promise<void> {
  ws.terminate();
  await client.clearStore();
}
