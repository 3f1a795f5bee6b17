import type { ApolloCache, Reference } from '@apollo/client';
import type { Modifier } from '@apollo/client/cache';
import { useApolloClient } from '@apollo/client/react';
import { UnitEventsDocument, type UnitEventsSubscription } from '@carehub/schema/graphql';
import { useEventStream } from '../../platform/event-stream.js';

type UnitNode = NonNullable<UnitEventsSubscription['unitEvents']['node']>;

/**
 * The one place unit events reach the cache. Each event's node is already written to the cache by
 * the platform (event-stream.ts), so every screen showing that patient updates; here the unit's
 * patient lists gain and lose members. (A patient's own lists follow the patient screen's stream:
 * `patient-record.live.ts`.)
 */
export function useUnitLive(
  unitId: string | null,
  after: string | null | undefined,
  onChange?: (patientId: string) => void,
) {
  const client = useApolloClient();
  return useEventStream(
    UnitEventsDocument,
    unitId ? { unitId } : null,
    after,
    (data) => data.unitEvents,
    (data) => {
      const { node, entityType, entityId } = data.unitEvents;
      if (!unitId) return;
      if (node?.__typename === 'Patient') {
        placeInUnitLists(client.cache, unitId, node);
        onChange?.(node.id);
      } else if (!node && entityType === 'Patient') {
        // A patient the viewer may no longer see (moved to another unit) arrives without the patient.
        leaveUnitLists(client.cache, unitId, entityId);
      }
    },
  );
}

/**
 * Adds a new or readmitted patient to the unit's lists (the unit's own and the top-level
 * `patients` lists), in name order; removes one discharged or moved away. Idempotent.
 */
export function placeInUnitLists(
  cache: ApolloCache,
  unitId: string,
  node: Extract<UnitNode, { __typename?: 'Patient' }>,
) {
  const ref = cache.identify(node);
  if (!ref) return;
  const belongs = node.status === 'ADMITTED' && node.unit.id === unitId;
  updateUnitLists(cache, unitId, ref, belongs, node.name);
}

/** Removes a patient who left for a unit the viewer is not on (the event carries no patient). Idempotent. */
export function leaveUnitLists(cache: ApolloCache, unitId: string, patientId: string) {
  const ref = cache.identify({ __typename: 'Patient', id: patientId });
  if (ref) updateUnitLists(cache, unitId, ref, false, '');
}

/** The unit's own list and the top-level `patients` lists, kept in name order. */
function updateUnitLists(cache: ApolloCache, unitId: string, ref: string, belongs: boolean, patientName: string) {
  const place: Modifier<readonly Reference[]> = (existing = [], { readField, storeFieldName }) => {
    // Only admitted lists follow the unit stream; search results are read again, not edited.
    if (storeFieldName.includes('DISCHARGED') || storeFieldName.includes('search')) return existing;
    const present = existing.some((r) => r.__ref === ref);
    if (belongs && !present) {
      const name = patientName.toLowerCase();
      const next = [...existing];
      const at = next.findIndex((r) => String(readField('name', r)).toLowerCase() > name);
      next.splice(at === -1 ? next.length : at, 0, { __ref: ref } as Reference);
      return next;
    }
    if (!belongs && present) return existing.filter((r) => r.__ref !== ref);
    return existing;
  };
  type Lists = { patients: readonly Reference[] };
  cache.modify<Lists>({ id: 'ROOT_QUERY', fields: { patients: place } });
  cache.modify<Lists>({ id: cache.identify({ __typename: 'Unit', id: unitId }), fields: { patients: place } });
}
