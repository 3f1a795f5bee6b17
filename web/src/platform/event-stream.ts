import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useRef, useState } from 'react';
import { socketOpen, ws } from './apollo.js';

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'closed';

/**
 * Follows one event stream (a subscription taking `after`) and hands each event to `onEvent`
 * once, in order. After a dropped connection it resubscribes with the last id it saw, so the
 * server replays exactly what was missed.
 */
export function useEventStream<TData, TVariables extends { after?: string | null }>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'after'> | null,
  eventId: (data: TData) => string | undefined,
  onEvent: (data: TData) => void,
): StreamState {
  const client = useApolloClient();
  const [state, setState] = useState<StreamState>(() => (socketOpen() ? 'live' : 'connecting'));
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const key = JSON.stringify(variables);

  useEffect(() => {
    if (variables === null) return;
    let after: string | null = null;
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    const start = () => {
      subscription?.unsubscribe();
      subscription = client
        .subscribe({ query: document, variables: { ...variables, after } as unknown as TVariables })
        .subscribe({
          next: ({ data }) => {
            if (!data) return;
            const id = eventId(data as TData);
            if (id && after && BigInt(id) <= BigInt(after)) return;
            if (id) after = id;
            setState('live');
            handler.current(data as TData);
          },
          error: () => {
            if (!stopped) setState('closed');
          },
          complete: () => {
            if (!stopped) setState('closed');
          },
        });
    };
    const offConnected = ws.on('connected', (_socket, _payload, wasRetry) => {
      setState('live');
      if (wasRetry) start();
    });
    const offClosed = ws.on('closed', () => {
      if (!stopped) setState('reconnecting');
    });
    start();
    return () => {
      stopped = true;
      offConnected();
      offClosed();
      subscription?.unsubscribe();
    };
    // The stream restarts when its variables change (`key`), not when the caller re-renders.
  }, [key, client, document]);
  return state;
}
