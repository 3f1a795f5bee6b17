import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { type Client, createClient } from 'graphql-ws';

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
});
ws.on('closed', () => {
  open = false;
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

const transport = ApolloLink.split(
  ({ query }) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  },
  new GraphQLWsLink(ws),
  http,
);

export const client = new ApolloClient({
  link: ApolloLink.from([errors, transport]),
  cache: new InMemoryCache({
    typePolicies: {
      // Lists are replaced whole by queries; live events edit them in each feature's *.live.ts.
      Patient: { fields: { careTeam: { merge: false }, familyLinks: { merge: false }, conditions: { merge: false } } },
    },
  }),
});

/** Drops cached data and reopens the websocket, so nothing of the previous session survives. */
export async function resetSession(): Promise<void> {
  ws.terminate();
  await client.clearStore();
}
