import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { AssessmentEventFragment } from '@carehub/schema/graphql';
import { usePatientEvents } from '../../platform/patient-events.js';

type Node = NonNullable<AssessmentEventFragment['assessmentNode']>;

/** The items whose events the assessments follow. */
export const ASSESSMENT_TYPES = ['Assessment'] as const;

/**
 * The one place assessment events reach the cache: the platform writes the changed assessment;
 * a new one (a reassessment started by someone else) joins the top of the patient's list.
 */
export function useAssessmentLive(patientId: string, after: string | null | undefined) {
  const client = useApolloClient();
  return usePatientEvents<AssessmentEventFragment>(ASSESSMENT_TYPES, after, (event) => {
    const { assessmentNode: node, kind } = event;
    if (node && kind === 'CREATED') applyAssessmentEvent(client.cache, patientId, node);
  });
}

/** Puts a created assessment at the top of the patient's list, once. Idempotent. */
export function applyAssessmentEvent(cache: ApolloCache, patientId: string, node: Node) {
  const patient = cache.identify({ __typename: 'Patient', id: patientId });
  const ref = cache.identify(node);
  if (!patient || !ref || node.__typename !== 'Assessment') return;
  cache.modify({
    id: patient,
    fields: {
      assessments: (existing: readonly Reference[] | null) =>
        !existing || existing.some((r) => r.__ref === ref) ? existing : [{ __ref: ref } as Reference, ...existing],
    },
  });
}
