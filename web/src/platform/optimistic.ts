import type { ApolloCache, DocumentNode, Reference } from '@apollo/client';
import { generateKeyBetween } from 'fractional-indexing';
import type { LiveMutationSpec } from './live-mutation.js';
import { pendingId } from './offline-queue.js';
import type { Placement } from './placement.js';

/** Recipes for the optimistic results the features' `*.optimistic.ts` build from. */

interface VersionedInput {
  id: string;
  expectedVersion: number;
}

/** The cached item in the shape of `fragment`, or null when the cache does not hold all of it. */
export function cachedItem(
  cache: ApolloCache,
  typename: string,
  id: string,
  fragment: DocumentNode,
  fragmentName?: string,
): Record<string, unknown> | null {
  const ref = cache.identify({ __typename: typename, id });
  if (!ref) return null;
  return cache.readFragment({ id: ref, fragment, ...(fragmentName ? { fragmentName } : {}) }) as Record<
    string,
    unknown
  > | null;
}

/**
 * An edit of a versioned item: the cached item with the edited fields, one version up — what the
 * hub answers when nobody saved first. Queued, so it waits out a lost connection.
 */
export function versionedUpdate<TData, TVariables extends { input: VersionedInput }>(options: {
  typename: string;
  resultField: string;
  fragment: DocumentNode;
  fragmentName?: string;
  /** The item in people's words, e.g. `Goal “Walk 50 m”`. */
  name(item: Record<string, unknown> | null): string;
}): LiveMutationSpec<TData, TVariables> {
  const { typename, resultField, fragment, fragmentName } = options;
  return {
    describe: ({ input }, cache) => {
      const { id: _id, expectedVersion: _v, ...patch } = input as VersionedInput & Record<string, unknown>;
      const item = cachedItem(cache, typename, input.id, fragment, fragmentName);
      return `${options.name(item)}: ${Object.keys(patch).map(words).join(', ')}`;
    },
    optimistic: ({ input }, { cache }) => {
      const item = cachedItem(cache, typename, input.id, fragment, fragmentName);
      if (!item) return null;
      const { id, expectedVersion, ...patch } = input as VersionedInput & Record<string, unknown>;
      const fields = Object.fromEntries(Object.entries(patch).filter(([field]) => field in item));
      return { [resultField]: { ...item, ...fields, __typename: typename, id, version: expectedVersion + 1 } } as TData;
    },
    queued: { entity: ({ input }) => ({ typename, id: input.id }) },
  };
}

/**
 * A move among siblings (`afterId` null: first): the item takes a fractional position between its
 * new neighbours and its list is re-sorted, as the hub will do.
 */
export function positionMove<
  TData,
  TVariables extends { input: VersionedInput & { afterId?: string | null } },
>(options: {
  typename: string;
  resultField: string;
  fragment: DocumentNode;
  /** The type owning the list and the list field, e.g. Problem.goals. */
  parent: { typename: string; field: string };
  name(item: Record<string, unknown> | null): string;
}): LiveMutationSpec<TData, TVariables> {
  const { typename, resultField, fragment, parent } = options;
  return {
    describe: ({ input }, cache) => `${options.name(cachedItem(cache, typename, input.id, fragment))}: moved`,
    optimistic: ({ input }, { cache }) => {
      const item = cachedItem(cache, typename, input.id, fragment);
      const ref = cache.identify({ __typename: typename, id: input.id });
      const owner = ref ? findOwner(cache, parent.typename, parent.field, ref) : null;
      if (!item || !ref || !owner) return null;
      const siblings = owner.list.filter((r) => r !== ref);
      const afterRef = input.afterId ? cache.identify({ __typename: typename, id: input.afterId }) : null;
      const at = afterRef ? siblings.indexOf(afterRef) + 1 : 0;
      const before = at > 0 ? positionOf(cache, siblings[at - 1]) : null;
      const after = positionOf(cache, siblings[at]);
      let position: string;
      try {
        position = generateKeyBetween(before, after);
      } catch {
        return null; // Neighbours out of order in the cache: show the hub's answer instead.
      }
      return { [resultField]: { ...item, position, version: input.expectedVersion + 1 } } as TData;
    },
    placement: ({ input }, _data, cache) => {
      const ref = cache.identify({ __typename: typename, id: input.id });
      const owner = ref ? findOwner(cache, parent.typename, parent.field, ref) : null;
      return owner ? { parent: owner.id, field: parent.field, at: 'position' } : null;
    },
    queued: { entity: ({ input }) => ({ typename, id: input.id }) },
  };
}

/** The cached object of `typename` whose list `field` holds `ref`, with that list. */
export function findOwner(cache: ApolloCache, typename: string, field: string, ref: string) {
  const all = cache.extract(true) as Record<string, Record<string, unknown>>;
  for (const [id, object] of Object.entries(all)) {
    if (!id.startsWith(`${typename}:`)) continue;
    const list = object[field] as Reference[] | undefined;
    if (Array.isArray(list) && list.some((r) => r.__ref === ref)) return { id, list: list.map((r) => r.__ref) };
  }
  return null;
}

function positionOf(cache: ApolloCache, ref: string | undefined): string | null {
  if (!ref) return null;
  const object = (cache.extract(true) as Record<string, Record<string, unknown>>)[ref];
  return typeof object?.position === 'string' ? object.position : null;
}

/**
 * A create with a clientMutationId: the new item under its temporary id, placed in its parent's
 * list. Queued; items created under it while offline name it by that id until the hub answers.
 */
export function queuedCreate<TData, TVariables extends { input: { clientMutationId?: string | null } }>(options: {
  typename: string;
  resultField: string;
  describe(variables: TVariables, cache: ApolloCache): string;
  /** The new item's fields (without id and __typename). */
  item(
    variables: TVariables,
    context: Parameters<LiveMutationSpec<TData, TVariables>['optimistic']>[1],
  ): Record<string, unknown> | null;
  placement(variables: TVariables): Placement;
}): LiveMutationSpec<TData, TVariables> {
  const { typename, resultField } = options;
  const temporaryId = (variables: TVariables) => pendingId(variables.input.clientMutationId ?? '');
  return {
    describe: options.describe,
    optimistic: (variables, context) => {
      const item = options.item(variables, context);
      return item ? ({ [resultField]: { ...item, __typename: typename, id: temporaryId(variables) } } as TData) : null;
    },
    placement: (variables) => options.placement(variables),
    queued: { entity: (variables) => ({ typename, id: temporaryId(variables) }) },
  };
}

/** `expectedDischargeDate` → `expected discharge date`. */
const words = (field: string) => field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * A change that needs the hub (it decides what the answer is: a pointer on the server's clock, a
 * task made by the board, who may publish): nothing shows before it answers, and it does not wait
 * in the offline queue.
 */
export function needsConnection<TData, TVariables>(
  describe: (variables: TVariables) => string,
): LiveMutationSpec<TData, TVariables> {
  return { describe, optimistic: () => null };
}
