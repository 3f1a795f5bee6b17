import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { SocialNeedsEventFragment } from '@carehub/schema/graphql';
import { usePatientEvents } from '../../platform/patient-events.js';

type Node = NonNullable<SocialNeedsEventFragment['socialNeedsNode']>;

/** The items whose events the social-needs panel follows. */
export const SOCIAL_NEEDS_TYPES = ['SocialNeedsScreening', 'Need'] as const;

/**
 * The one place social-needs events reach the cache. The platform has already written the
 * changed screening or need; here a new one joins the patient's list (newest first), so a need
 * raised by someone else's screening shows on every screen of the patient.
 */
export function useSocialNeedsLive(patientId: string, after: string | null | undefined) {
  const client = useApolloClient();
  return usePatientEvents<SocialNeedsEventFragment>(SOCIAL_NEEDS_TYPES, after, (event) => {
    const { socialNeedsNode: node, kind } = event;
    if (node && kind === 'CREATED') applySocialNeedsEvent(client.cache, patientId, node);
  });
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
