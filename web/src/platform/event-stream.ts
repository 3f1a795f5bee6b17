import type { ApolloCache, ApolloClient, DocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useRef, useState } from 'react';
import { serverDataWritten, socketOpen, ws } from './apollo.js';
import { apiError } from './errors.js';
import { fragmentOn } from './fragment.js';
import { notify } from './notices.js';
import { testSeams } from './test-seams.js';

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'closed';

/** The event fields every stream document selects (`ChangeEventFields`). */
export interface StreamEvent {
  id: string;
  kind: string;
  entityType: string;
  entityId: string;
  version: number;
  node?: { __typename?: string } | null;
}

/**
 * Whether an event can be applied; the reason when it cannot. A stream that sends something
 * else (a bug, a proxy mangling frames) must not break the screen or be applied half-way.
 */
export function malformed(event: unknown): string | null {
  if (!event || typeof event !== 'object') return 'the event is empty';
  const e = event as Partial<StreamEvent>;
  if (typeof e.id !== 'string' || !/^\d{1,19}$/.test(e.id)) return 'it has no event id';
  if (typeof e.entityType !== 'string' || typeof e.entityId !== 'string' || !e.entityId) return 'it names no item';
  if (typeof e.kind !== 'string') return 'it has no kind of change';
  if (typeof e.version !== 'number' || !Number.isInteger(e.version)) return 'it has no version';
  if (e.node != null && (typeof e.node !== 'object' || typeof e.node.__typename !== 'string'))
    return 'its item has no type';
  return null;
}

const versionFragments = new Map<string, DocumentNode>();
/** The version the cache holds for an item (not counting optimistic layers), or null. */
export function cachedVersion(cache: ApolloCache, typename: string, id: string): number | null {
  const ref = cache.identify({ __typename: typename, id });
  if (!ref || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(typename)) return null;
  let fragment = versionFragments.get(typename);
  if (!fragment) {
    fragment = fragmentOn(typename, ['version']);
    versionFragments.set(typename, fragment);
  }
  const item = cache.readFragment<{ version?: number }>({ id: ref, fragment, optimistic: false });
  return typeof item?.version === 'number' ? item.version : null;
}

/**
 * Whether an event is older than what the cache holds already. A stream replays from the
 * screen's cursor, so it may repeat a change the first read already showed; an older version
 * must not overwrite a newer one (the cache absorbs repeats without going back in time).
 */
export function isStale(cache: ApolloCache, event: StreamEvent): boolean {
  const typename = event.node?.__typename ?? event.entityType;
  const held = cachedVersion(cache, typename, event.entityId);
  return held !== null && event.version < held;
}

/**
 * Follows one event stream (a subscription taking `after`) from `after` — the position the
 * screen's first read returned, so a change made between that read and this subscription is
 * replayed, not missed — and applies each event once, in order: the event's item is written to
 * the cache (unless the cache already holds a newer version), then `onEvent` places it in lists.
 * After a dropped connection it resubscribes from the last id it saw. `after` undefined: wait for
 * the first read; null: from now on.
 */
export function useEventStream<TData, TVariables extends { after?: string | null }>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'after'> | null,
  after: string | null | undefined,
  event: (data: TData) => StreamEvent | undefined,
  onEvent: (data: TData) => void,
): StreamState {
  const client = useApolloClient();
  const [state, setState] = useState<StreamState>(() => (socketOpen() ? 'live' : 'connecting'));
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const read = useRef(event);
  read.current = event;
  const key = JSON.stringify(variables);
  // The cursor counts only for the start: a later read (a refetch) does not restart the stream, but
  // another stream (new variables) starts from its own first read.
  const ready = after !== undefined;
  const start = useRef<{ key: string; after: string | null | undefined }>({ key, after });
  if (start.current.key !== key || start.current.after === undefined) start.current = { key, after };

  useEffect(() => {
    if (variables === null || !ready) return;
    let cursor: string | null = start.current.after ?? null;
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    const begin = async () => {
      subscription?.unsubscribe();
      await testSeams?.beforeStream?.({ variables, after: cursor });
      if (stopped) return;
      subscription = client
        .subscribe({
          query: document,
          variables: { ...variables, after: cursor } as unknown as TVariables,
          // Written by `apply`, which keeps newer versions; Apollo would write every event as is.
          fetchPolicy: 'no-cache',
        })
        .subscribe({
          next: ({ data }) => {
            if (!data) return;
            const seen = read.current(data as TData);
            const problem = malformed(seen);
            if (problem || !seen) {
              skipMalformed(client, seen, problem ?? 'the event is empty');
              // A readable id still moves the cursor past the bad event, so a resubscription does not repeat it.
              if (seen && typeof seen.id === 'string' && /^\d{1,19}$/.test(seen.id)) cursor = seen.id;
              return;
            }
            if (cursor && BigInt(seen.id) <= BigInt(cursor)) return;
            cursor = seen.id;
            setState('live');
            try {
              const vars = { ...variables, after: cursor };
              if (applyEvent(client.cache, document, vars, data as TData, seen, handler.current)) serverDataWritten();
            } catch (error) {
              skipMalformed(client, seen, error instanceof Error ? error.message : String(error));
            }
          },
          error: (error) => {
            if (stopped) return;
            // The hub drops a subscriber that fell too far behind; following again from the cursor misses nothing.
            if (apiError(error)?.code === 'RESYNC_REQUIRED') void begin();
            else setState('closed');
          },
          complete: () => {
            if (!stopped) setState('closed');
          },
        });
    };
    const offConnected = ws.on('connected', (_socket, _payload, wasRetry) => {
      setState('live');
      if (wasRetry) void begin();
    });
    const offClosed = ws.on('closed', () => {
      if (!stopped) setState('reconnecting');
    });
    void begin();
    return () => {
      stopped = true;
      offConnected();
      offClosed();
      subscription?.unsubscribe();
    };
    // The stream restarts when its variables change (`key`), not when the caller re-renders.
  }, [key, ready, client, document]);
  return state;
}

/**
 * Applies one event to the cache: writes its item (with the stream document, so aliased fields
 * land where queries read them), then lets the feature place it in lists. An event older than
 * what the cache holds is skipped. Returns whether it was applied; throws when it cannot be.
 */
export function applyEvent<TData, TVariables>(
  cache: ApolloCache,
  document: TypedDocumentNode<TData, TVariables>,
  variables: object,
  data: TData,
  event: StreamEvent,
  onEvent: (data: TData) => void,
): boolean {
  if (isStale(cache, event)) return false;
  cache.writeQuery({ query: document, variables: variables as never, data: data as never });
  onEvent(data);
  return true;
}

/** Tells the user a live change could not be shown, and reads the screen again so nothing stays wrong. */
function skipMalformed(client: ApolloClient, event: Partial<StreamEvent> | undefined, why: string) {
  const what = event?.entityType
    ? `a change to ${event.entityType.toLowerCase()} ${event.entityId ?? ''}`.trim()
    : 'a live change';
  notify(`Could not show ${what}: ${why}. The screen was read again from CareHub.`);
  void client.refetchQueries({ include: 'active' });
}
