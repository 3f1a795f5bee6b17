import type { ApolloCache, DocumentNode, OperationVariables, StoreObject } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { getMainDefinition } from '@apollo/client/utilities';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FieldNode } from 'graphql';
import { useCallback } from 'react';
import { afterServerData, client } from './apollo.js';
import { reportReachable, reportUnreachable, whenReachable } from './connection-state.js';
import { editKey, reportOutcome, takeEditBase } from './edit-sessions.js';
import { apiError, failureKind } from './errors.js';
import { notify } from './notices.js';
import { type Mirror, OfflineQueue, type QueuedChange, type SendResult } from './offline-queue.js';
import { attachLiveLayer, queueSummary } from './offline-status.js';
import { indexedDbStore } from './offline-store.js';
import { applyPlacement, type Placement } from './placement.js';

/** The signed-in user, as optimistic results need it (the author of a note, who signed off). */
export interface LiveViewer {
  id: string;
  name: string;
  discipline?: string | null;
}

export interface LiveContext {
  cache: ApolloCache;
  viewer: LiveViewer;
}

/**
 * How one mutation shows on screen before the hub answers. Lives in the feature's
 * `*.optimistic.ts`, beside its `*.live.ts`.
 */
export interface LiveMutationSpec<TData, TVariables> {
  /** Which change, in people's words, for the header's list and failure messages. */
  describe(variables: TVariables, cache: ApolloCache): string;
  /** The answer the hub will most likely give, from the cache; null when it cannot be told. */
  optimistic(variables: TVariables, context: LiveContext): TData | null;
  /** Where the result goes in a parent's list (a create, a move, a removal). */
  placement?(variables: TVariables, data: TData, cache: ApolloCache): Placement | null;
  /** For an answer that is not the changed item itself: which of its fields the item takes, shown and kept. */
  mirror?(variables: TVariables): Mirror | null;
  /**
   * Set for changes that wait in the offline queue while the hub cannot be reached, and survive
   * a reload. Without it the change needs a connection (access and consent changes, sign-offs).
   */
  queued?: {
    /** The item changed; for a create, `pendingId(clientMutationId)`. */
    entity(variables: TVariables): { typename: string; id: string };
  };
}

let viewer: LiveViewer | null = null;

const documents = new Map<string, DocumentNode>();
/**
 * A queued change carries its mutation as the document's JSON (typed documents are plain ASTs),
 * so no GraphQL parser ships to the browser; read once per text.
 */
const documentOf = (text: string) => {
  let document = documents.get(text);
  if (!document) {
    document = JSON.parse(text) as DocumentNode;
    documents.set(text, document);
  }
  return document;
};

const resultFieldOf = (document: DocumentNode) => {
  const definition = getMainDefinition(document);
  const field = definition.kind === 'OperationDefinition' ? (definition.selectionSet.selections[0] as FieldNode) : null;
  return field?.alias?.value ?? field?.name.value ?? '';
};

const identifyResult = (
  cache: ApolloCache,
  data: Record<string, unknown> | null | undefined,
  field: string,
  path: string[] = [],
) => {
  let item = data?.[field];
  for (const step of path)
    item = item && typeof item === 'object' ? (item as Record<string, unknown>)[step] : undefined;
  return item && typeof item === 'object' ? cache.identify(item as StoreObject) : undefined;
};

/** Gives the cached item the answer's fields it mirrors (the answer names the item without being it). */
function applyMirror(cache: ApolloCache, mirror: Mirror | null | undefined, data: unknown, field: string) {
  const answer = (data as Record<string, unknown> | null | undefined)?.[field] as Record<string, unknown> | undefined;
  const id = mirror && answer ? cache.identify({ __typename: mirror.typename, id: mirror.id }) : undefined;
  if (!mirror || !answer || !id) return;
  cache.modify({
    id,
    fields: Object.fromEntries(mirror.fields.filter((f) => f in answer).map((f) => [f, () => answer[f]])),
  });
}

/** Writes a queued change's expected answer (and its place in a list) into a cache layer. */
function showChange(cache: ApolloCache, change: QueuedChange) {
  if (!change.optimistic) return;
  cache.writeQuery({
    id: 'ROOT_MUTATION',
    query: documentOf(change.document),
    variables: change.variables,
    data: change.optimistic,
  });
  if (change.placement) {
    const { placement } = change;
    applyPlacement(cache, identifyResult(cache, change.optimistic, change.resultField, placement.itemPath), placement);
  }
  applyMirror(cache, change.mirror, change.optimistic, change.resultField);
}

async function sendChange(change: QueuedChange): Promise<SendResult> {
  try {
    const result = await client.mutate({
      mutation: documentOf(change.document),
      variables: change.variables,
      update: (cache, { data }) => {
        const placement = change.placement;
        if (placement) {
          const ref = identifyResult(cache, data as Record<string, unknown>, change.resultField, placement.itemPath);
          applyPlacement(cache, ref, placement);
        }
        applyMirror(cache, change.mirror, data, change.resultField);
      },
    });
    reportReachable();
    return { ok: true, data: (result.data ?? {}) as Record<string, unknown> };
  } catch (error) {
    const kind = failureKind(error);
    if (kind === 'unreachable') reportUnreachable();
    else reportReachable();
    const problem = apiError(error);
    return {
      ok: false,
      kind,
      error: { code: problem?.code ?? 'ERROR', message: problem?.message ?? 'Something went wrong.' },
      current: (problem?.extensions.current as Record<string, unknown> | undefined) ?? null,
    };
  }
}

/** A change the hub did not take: its editor opens with the reason (or both versions), and the header lists it. */
function setAside(change: QueuedChange) {
  const input = (change.variables.input ?? {}) as Record<string, unknown>;
  const { id: _id, expectedVersion, clientMutationId: _c, ...patch } = input;
  const key = `${change.entity.typename}:${change.entity.id}`;
  const base = change.base as (Record<string, unknown> & { version: number }) | null;
  const isEdit = typeof expectedVersion === 'number' && base && !('afterId' in input);
  if (change.status === 'conflict' && isEdit && change.current) {
    const current = change.current as Record<string, unknown> & { version: number };
    reportOutcome(key, { kind: 'conflict', base, patch, current, changeId: change.id });
    return;
  }
  const reason = change.error?.message ?? 'The hub did not accept it.';
  if (isEdit) reportOutcome(key, { kind: 'refused', base, patch, message: reason, changeId: change.id });
  notify(`Not saved — ${change.label}: ${reason}`);
}

/** The one offline queue of this page. */
export const offlineQueue = new OfflineQueue({
  store: indexedDbStore(),
  send: sendChange,
  show: (change) => client.cache.recordOptimisticTransaction((cache) => showChange(cache, change), change.id),
  hide: (id) => client.cache.removeOptimistic(id),
  userId: () => viewer?.id ?? null,
  onSetAside: setAside,
  exclusive: async (work) => {
    if (typeof navigator !== 'undefined' && navigator.locks)
      await navigator.locks.request('carehub-offline-queue', work);
    else await work();
  },
});
// The header follows the queue through offline-status.ts, which needs none of this module to load.
offlineQueue.summary.subscribe(() => queueSummary.set(offlineQueue.summary.get()));
whenReachable(() => void offlineQueue.flush());
afterServerData(() => {
  if (offlineQueue.hasOpenChanges) offlineQueue.reshow();
});

/**
 * Tells the live layer who is signed in (null when signed out): queued changes are sent only in
 * their author's session, and shown to nobody else.
 */
export function signedInAs(user: LiveViewer | null): void {
  const changed = viewer?.id !== user?.id;
  viewer = user;
  if (!changed) return;
  // Signed out: nothing of anyone's waiting changes stays on screen; signed in: the user's own show again.
  if (user) void offlineQueue.load();
  else offlineQueue.reshow();
}

/**
 * `useMutation` that shows the change before the hub answers. A queued spec writes the change to
 * the offline queue (it resolves once the change is kept, long before the hub answers; a refusal
 * comes back through the item's editor and the header); otherwise the change is sent at once with
 * an optimistic response that Apollo rolls back if the hub refuses, and the returned promise
 * rejects as `useMutation`'s does.
 */
export function useLiveMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  spec: LiveMutationSpec<TData, TVariables>,
  options: { refetchQueries?: string[] } = {},
) {
  const [run, state] = useMutation(document, options);
  const mutate = useCallback(
    async ({ variables }: { variables: TVariables }): Promise<{ data: TData | null }> => {
      const cache = client.cache;
      const context = { cache, viewer: viewer ?? { id: '', name: '' } };
      const optimistic = spec.optimistic(variables, context);
      if (spec.queued && viewer) {
        const entity = spec.queued.entity(variables);
        const key = editKey({ __typename: entity.typename, id: entity.id });
        await offlineQueue.add({
          userId: viewer.id,
          operation: getMainDefinition(document).name?.value ?? 'Mutation',
          document: JSON.stringify(document),
          variables: variables as Record<string, unknown>,
          resultField: resultFieldOf(document),
          optimistic: optimistic as Record<string, unknown> | null,
          placement: optimistic && spec.placement ? spec.placement(variables, optimistic, cache) : null,
          mirror: spec.mirror?.(variables) ?? null,
          entity,
          label: spec.describe(variables, cache),
          returnTo: typeof location === 'undefined' ? '' : `${location.pathname}${location.search}${location.hash}`,
          base: takeEditBase(key) ?? readBase(cache, optimistic, resultFieldOf(document)),
        });
        return { data: optimistic };
      }
      // Worked out once, before the optimistic answer changes the cache it reads.
      const placement = optimistic ? spec.placement?.(variables, optimistic, cache) : null;
      const mirror = spec.mirror?.(variables) ?? null;
      const result = await run({
        variables,
        ...(optimistic ? { optimisticResponse: optimistic as never } : {}),
        update: (c: ApolloCache, { data }: { data?: unknown }) => {
          if (!data) return;
          applyMirror(c, mirror, data, resultFieldOf(document));
          if (!placement) return;
          const ref = identifyResult(c, data as Record<string, unknown>, resultFieldOf(document), placement.itemPath);
          applyPlacement(c, ref, placement);
        },
      } as never);
      return { data: ((result as { data?: unknown }).data ?? null) as TData | null };
    },
    [document, run, spec],
  );
  return [mutate, state] as const;
}

/** The item before the change, as the cache holds it now (for the conflict view). */
function readBase(cache: ApolloCache, optimistic: unknown, field: string) {
  const item = (optimistic as Record<string, unknown> | null)?.[field] as StoreObject | undefined;
  const id = item ? cache.identify(item) : undefined;
  if (!id) return null;
  const stored = (cache.extract(false) as Record<string, Record<string, unknown> | undefined>)[id];
  return stored && typeof stored.version === 'number' ? { ...stored } : null;
}

/** What the frame reaches through offline-status.ts once this module is loaded. */
export const liveLayerHandle = { signedInAs, dismiss: (id: string) => offlineQueue.dismiss(id) };

// Loaded after sign-in (a screen that edits, or changes kept in this browser): take the current user.
signedInAs(attachLiveLayer(liveLayerHandle));
