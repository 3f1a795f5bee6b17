import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { RoundsEventsDocument, type RoundsEventsSubscription } from '@carehub/schema/graphql';
import { useEventStream } from '../../platform/event-stream.js';

type Event = RoundsEventsSubscription['roundsEvents'];

/** Lists an event adds its item to, by type: the agenda item's updates and decisions. */
const LISTS: Record<string, string> = {
  RoundsUpdate: 'updates',
  RoundsDecision: 'decisions',
};

/**
 * The one place rounds events reach the cache. The platform has already written the changed item
 * (the pointer, a timer, an edited update); here new updates, barriers (the patient's discharge
 * barriers, told on the session's stream too) and decisions join their patient's lists, and a reordered agenda takes its new order. A patient added to the agenda
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
  if (event.kind !== 'CREATED') return;
  // A discharge barrier names its patient; it joins the list of that patient's place on the agenda.
  if (node.__typename === 'DischargeBarrier') {
    const itemId = agendaItemOf(cache, sessionId, node.patientId);
    if (itemId) append(cache, itemId, 'barriers', ref);
    return;
  }
  const field = LISTS[node.__typename];
  if (field && 'itemId' in node) append(cache, node.itemId, field, ref);
}

/** Adds `ref` at the end of an agenda item's list, unless it is there already. */
function append(cache: ApolloCache, itemId: string, field: string, ref: string): void {
  cache.modify({
    id: cache.identify({ __typename: 'RoundsAgendaItem', id: itemId }),
    fields: {
      [field]: (existing: readonly Reference[] = [], { toReference }) => {
        if (existing.some((r) => r.__ref === ref)) return existing;
        const added = toReference(ref);
        return added ? [...existing, added] : existing;
      },
    },
  });
}

/** The id of the patient's item on the session's agenda in the cache, if they are on it. */
function agendaItemOf(cache: ApolloCache, sessionId: string, patientId: string): string | null {
  let found: string | null = null;
  cache.modify({
    id: cache.identify({ __typename: 'RoundsSession', id: sessionId }),
    fields: {
      agenda: (existing: readonly Reference[] = [], { readField }) => {
        const item = existing.find((r) => readField('patientId', r) === patientId);
        found = item ? (readField<string>('id', item) ?? null) : null;
        return existing;
      },
    },
  });
  return found;
}
