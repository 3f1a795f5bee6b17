import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { RoundsEventsDocument, type RoundsEventsSubscription } from '@carehub/schema/graphql';
import { useEventStream } from '../../platform/event-stream.js';

type Event = RoundsEventsSubscription['roundsEvents'];

/** Lists an event adds its item to, by type: the agenda item's updates, barriers and decisions. */
const LISTS: Record<string, string> = {
  RoundsUpdate: 'updates',
  RoundsBarrier: 'barriers',
  RoundsDecision: 'decisions',
};

/**
 * The one place rounds events reach the cache. The platform has already written the changed item
 * (the pointer, a timer, an edited update); here new updates, barriers and decisions join their
 * patient's lists, and a reordered agenda takes its new order. A patient added to the agenda
 * arrives without their record: `onNewPatient` reads the session again.
 */
export function useRoundsLive(
  sessionId: string,
  after: string | null | undefined,
  onNewPatient: () => void,
  onChange?: (event: Event) => void,
) {
  const client = useApolloClient();
  return useEventStream(
    RoundsEventsDocument,
    { sessionId },
    after,
    (data) => data.roundsEvents,
    (data) => {
      const event = data.roundsEvents;
      if (event.node?.__typename === 'RoundsAgendaItem' && event.kind === 'CREATED') onNewPatient();
      else applyRoundsEvent(client.cache, sessionId, event);
      onChange?.(event);
    },
  );
}

/** Applies one rounds event's list changes to the cache (the item itself is already written). Idempotent. */
export function applyRoundsEvent(cache: ApolloCache, sessionId: string, event: Event): void {
  const node = event.node;
  if (!node) return;
  const ref = cache.identify(node);
  if (!ref) return;
  if (node.__typename === 'RoundsAgendaItem' && event.kind === 'MOVED') {
    cache.modify({
      id: cache.identify({ __typename: 'RoundsSession', id: sessionId }),
      fields: {
        agenda: (existing: readonly Reference[] = [], { readField }) =>
          // Fractional indexes compare by code unit, not by locale.
          [...existing].sort((a, b) => {
            const [x, y] = [String(readField('position', a) ?? ''), String(readField('position', b) ?? '')];
            return x < y ? -1 : x > y ? 1 : 0;
          }),
      },
    });
    return;
  }
  const field = LISTS[node.__typename];
  if (!field || event.kind !== 'CREATED' || !('itemId' in node)) return;
  cache.modify({
    id: cache.identify({ __typename: 'RoundsAgendaItem', id: node.itemId }),
    fields: {
      [field]: (existing: readonly Reference[] = [], { toReference }) => {
        if (existing.some((r) => r.__ref === ref)) return existing;
        const added = toReference(ref);
        return added ? [...existing, added] : existing;
      },
    },
  });
}
