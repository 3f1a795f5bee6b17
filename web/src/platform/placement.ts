import type { ApolloCache, DocumentNode, Reference } from '@apollo/client';
import { fragmentOn } from './fragment.js';

/**
 * Where an item goes in a parent's list, said as data so that a change waiting in the offline
 * queue can be shown again after a reload: the parent's cache id, the list field, and how.
 */
export interface Placement {
  /** Cache id of the list's owner, e.g. `Problem:…`. */
  parent: string;
  field: string;
  /** Where the item sits inside the mutation's answer, when not at its top (e.g. `['link']`). */
  itemPath?: string[];
  /** `position`: keep the list sorted by the items' fractional `position`; `set`: the field holds the one item. */
  at: 'start' | 'end' | 'position' | 'remove' | 'set';
  /**
   * Fields a new item starts with when the mutation's answer lacks them ([] for a list, null for a
   * value): a query that reads them must not find them missing.
   */
  startsWith?: Record<string, [] | null>;
}

const fragments = new Map<string, DocumentNode>();
/** A fragment naming some fields of a type (lists with a minimal selection), memoised. */
function fieldsFragment(typename: string, fields: Record<string, [] | null>) {
  const names = Object.keys(fields);
  const key = `${typename}:${names.join(',')}`;
  let fragment = fragments.get(key);
  if (!fragment) {
    fragment = fragmentOn(
      typename,
      names.map((f) => (Array.isArray(fields[f]) ? { [f]: ['__typename'] } : f)),
    );
    fragments.set(key, fragment);
  }
  return fragment;
}

/** Puts the item `ref` (a cache id) into its parent's list, once; or takes it out. Idempotent. */
export function applyPlacement(cache: ApolloCache, ref: string | undefined, placement: Placement): void {
  if (!ref) return;
  const typename = ref.slice(0, ref.indexOf(':'));
  const starts = placement.startsWith ?? {};
  if (Object.keys(starts).length > 0 && placement.at !== 'remove') {
    const present = cache.readFragment({
      id: ref,
      fragment: fieldsFragment(typename, starts),
      returnPartialData: true,
    }) as Record<string, unknown> | null;
    const missing = Object.fromEntries(Object.entries(starts).filter(([f]) => present?.[f] === undefined));
    if (Object.keys(missing).length > 0) {
      cache.writeFragment({
        id: ref,
        fragment: fieldsFragment(typename, missing),
        data: { __typename: typename, ...missing },
      });
    }
  }
  if (placement.at === 'set') {
    cache.modify<Record<string, Reference | null>>({
      id: placement.parent,
      fields: { [placement.field]: () => ({ __ref: ref }) as Reference },
    });
    return;
  }
  cache.modify<Record<string, readonly Reference[] | null>>({
    id: placement.parent,
    fields: {
      [placement.field]: (existing, { readField }) => {
        if (!Array.isArray(existing)) return existing;
        const present = existing.some((r) => r.__ref === ref);
        if (placement.at === 'remove') return present ? existing.filter((r) => r.__ref !== ref) : existing;
        if (present && placement.at !== 'position') return existing;
        const item = { __ref: ref } as Reference;
        if (placement.at === 'start') return [item, ...existing];
        const list = present ? [...existing] : [...existing, item];
        if (placement.at === 'end') return list;
        // Fractional keys order by code point, not by locale.
        return list.sort((a, b) => {
          const x = String(readField('position', a));
          const y = String(readField('position', b));
          return x < y ? -1 : x > y ? 1 : 0;
        });
      },
    },
  });
}
