import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { PatientTaskEventFragment } from '@carehub/schema/graphql';
import { usePatientEvents } from '../../platform/patient-events.js';

type Node = NonNullable<PatientTaskEventFragment['taskNode']>;

/** The items whose events the patient page's task list follows. */
export const PATIENT_TASK_TYPES = ['Task'] as const;

/**
 * The one place the patient page's task list takes events from the patient screen's stream: the
 * platform writes the changed card; here it joins or leaves the patient's open tasks.
 */
export function usePatientTaskLive(patientId: string, after: string | null | undefined) {
  const client = useApolloClient();
  return usePatientEvents<PatientTaskEventFragment>(PATIENT_TASK_TYPES, after, ({ taskNode }) => {
    if (taskNode?.__typename === 'Task') placeInPatientTasks(client.cache, patientId, taskNode);
  });
}

/** Puts an open task of the patient in the patient's open list, or takes a closed or moved one out. Idempotent. */
export function placeInPatientTasks(
  cache: ApolloCache,
  patientId: string,
  node: Extract<Node, { __typename: 'Task' }>,
) {
  const ref = cache.identify(node);
  const patient = cache.identify({ __typename: 'Patient', id: patientId });
  if (!ref || !patient) return;
  const open = !node.archivedAt && !node.completedAt && node.patientId === patientId;
  cache.modify({
    id: patient,
    fields: {
      tasks: (existing: readonly Reference[], { storeFieldName }) => {
        // Only the open list (`tasks`, not `tasks({"includeCompleted":true})`).
        if (storeFieldName !== 'tasks' && storeFieldName !== 'tasks({"includeCompleted":false})') return existing;
        const present = existing.some((r) => r.__ref === ref);
        if (open) return present ? existing : [...existing, { __ref: ref } as Reference];
        return present ? existing.filter((r) => r.__ref !== ref) : existing;
      },
    },
  });
}
