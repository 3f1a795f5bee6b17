import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import {
  PatientEventsDocument,
  type PatientEventsSubscription,
  UnitEventsDocument,
  type UnitEventsSubscription,
} from '@carehub/schema/graphql';
import { useEventStream } from '../../platform/event-stream.js';

type UnitNode = NonNullable<UnitEventsSubscription['unitEvents']['node']>;
type PatientStreamNode = NonNullable<PatientEventsSubscription['patientEvents']['node']>;

/**
 * The one place patient events reach the cache. Each event's node is already normalised into
 * the cache by Apollo (so every screen showing that patient updates); here lists gain and lose
 * members: the unit's patient list, and a patient's care team and family links.
 */
export function useUnitLive(unitId: string | null, onChange?: (patientId: string) => void) {
  const client = useApolloClient();
  return useEventStream(
    UnitEventsDocument,
    unitId ? { unitId } : null,
    (data) => data.unitEvents.id,
    (data) => {
      const { node, entityType, entityId } = data.unitEvents;
      if (!unitId) return;
      if (node?.__typename === 'Patient') {
        placeInUnitLists(client.cache, unitId, node);
        onChange?.(node.id);
      } else if (!node && entityType === 'Patient') {
        // A patient the viewer may no longer see (moved to another unit) arrives without the patient.
        leaveUnitLists(client.cache, entityId);
      }
    },
  );
}

export function usePatientLive(patientId: string) {
  const client = useApolloClient();
  return useEventStream(
    PatientEventsDocument,
    { patientId },
    (data) => data.patientEvents.id,
    (data) => {
      const { node, kind } = data.patientEvents;
      if (node) placeInPatientLists(client.cache, patientId, kind, node);
    },
  );
}

/** Adds a new or readmitted patient to the unit's lists; removes one discharged or moved away. */
function placeInUnitLists(cache: ApolloCache, unitId: string, node: Extract<UnitNode, { __typename?: 'Patient' }>) {
  const ref = cache.identify(node);
  if (!ref) return;
  const belongs = node.status === 'ADMITTED' && node.unit.id === unitId;
  updateUnitLists(cache, ref, belongs, node.name);
}

/** Removes a patient who left for a unit the viewer is not on. */
function leaveUnitLists(cache: ApolloCache, patientId: string) {
  const ref = cache.identify({ __typename: 'Patient', id: patientId });
  if (ref) updateUnitLists(cache, ref, false, '');
}

function updateUnitLists(cache: ApolloCache, ref: string, belongs: boolean, patientName: string) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      patients(existing: readonly Reference[] = [], { readField, storeFieldName }) {
        // Only the admitted list of this unit (or of all the viewer's units) follows the unit stream.
        if (storeFieldName.includes('DISCHARGED')) return existing;
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
      },
    },
  });
}

function placeInPatientLists(cache: ApolloCache, patientId: string, kind: string, node: PatientStreamNode) {
  const patient = cache.identify({ __typename: 'Patient', id: patientId });
  const ref = cache.identify(node);
  if (!patient || !ref) return;
  if (node.__typename === 'CareTeamMember') {
    const active = kind !== 'DELETED' && !node.endedAt;
    cache.modify({
      id: patient,
      fields: {
        careTeam(existing: readonly Reference[] = []) {
          const present = existing.some((r) => r.__ref === ref);
          if (active && !present) return [...existing, { __ref: ref } as Reference];
          if (!active && present) return existing.filter((r) => r.__ref !== ref);
          return existing;
        },
      },
    });
  }
  if (node.__typename === 'FamilyLink' && kind === 'CREATED') {
    cache.modify({
      id: patient,
      fields: {
        familyLinks(existing: readonly Reference[] = []) {
          return existing.some((r) => r.__ref === ref) ? existing : [...existing, { __ref: ref } as Reference];
        },
      },
    });
  }
}
