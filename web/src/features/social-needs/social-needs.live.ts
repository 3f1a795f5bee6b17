import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { SocialNeedsEventsDocument, type SocialNeedsEventsSubscription } from '@carehub/schema/graphql';
import { useEventStream } from '../../platform/event-stream.js';

type Node = NonNullable<SocialNeedsEventsSubscription['patientEvents']['node']>;

/**
 * The one place social-needs events reach the cache. The platform has already written the
 * changed screening or need; here a new one joins the patient's list (newest first), so a need
 * raised by someone else's screening shows on every screen of the patient.
 */
export function useSocialNeedsLive(patientId: string, after: string | null | undefined) {
  const client = useApolloClient();
  return useEventStream(
    SocialNeedsEventsDocument,
    { patientId },
    after,
    (data) => data.patientEvents,
    (data) => {
      const { node, kind } = data.patientEvents;
      if (node && kind === 'CREATED') applySocialNeedsEvent(client.cache, patientId, node);
    },
  );
}

/** Puts a created screening or need at the top of the patient's list, once. Idempotent. */
export function applySocialNeedsEvent(cache: ApolloCache, patientId: string, node: Node) {
  const patient = cache.identify({ __typename: 'Patient', id: patientId });
  const ref = cache.identify(node);
  if (!patient || !ref) return;
  const field =
    node.__typename === 'Need'
      ? 'socialNeeds'
      : node.__typename === 'SocialNeedsScreening'
        ? 'socialNeedsScreenings'
        : null;
  if (!field) return;
  cache.modify({
    id: patient,
    fields: {
      [field]: (existing: readonly Reference[] | null) => {
        if (!existing || existing.some((r) => r.__ref === ref)) return existing;
        return [{ __ref: ref } as Reference, ...existing];
      },
    },
  });
}
