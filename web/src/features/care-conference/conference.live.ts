import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { ConferenceEventsDocument, type ConferenceEventsSubscription } from '@carehub/schema/graphql';
import { useEventStream } from '../../platform/event-stream.js';

type Event = ConferenceEventsSubscription['conferenceEvents'];

/**
 * The one place conference events reach the cache: the item itself is already written; new
 * attendees and decisions join the conference's lists, a removed attendee leaves, and the
 * published summary becomes the conference's summary.
 */
export function useConferenceLive(conferenceId: string, after: string | null | undefined) {
  const client = useApolloClient();
  return useEventStream(
    ConferenceEventsDocument,
    { conferenceId },
    after,
    (data) => data.conferenceEvents,
    (data) => applyConferenceEvent(client.cache, conferenceId, data.conferenceEvents),
  );
}

export function applyConferenceEvent(cache: ApolloCache, conferenceId: string, event: Event): void {
  const node = event.node;
  const id = cache.identify({ __typename: 'CareConference', id: conferenceId });
  if (!node || !id) return;
  const ref = cache.identify(node);
  if (!ref) return;
  const list =
    node.__typename === 'ConferenceAttendee'
      ? 'attendees'
      : node.__typename === 'ConferenceDecision'
        ? 'decisions'
        : null;
  if (list) {
    cache.modify({
      id,
      fields: {
        [list]: (existing: readonly Reference[] = [], { toReference }) => {
          if (event.kind === 'DELETED') return existing.filter((r) => r.__ref !== ref);
          if (event.kind !== 'CREATED' || existing.some((r) => r.__ref === ref)) return existing;
          const added = toReference(ref);
          return added ? [...existing, added] : existing;
        },
      },
    });
  }
  if (node.__typename === 'ConferenceSummary') {
    cache.modify({ id, fields: { summary: (_existing, { toReference }) => toReference(ref) ?? null } });
  }
}
