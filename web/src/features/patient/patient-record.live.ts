import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { PatientRecordEventFragment } from '@carehub/schema/graphql';
import { usePatientEvents } from '../../platform/patient-events.js';

type PatientStreamNode = NonNullable<PatientRecordEventFragment['recordNode']>;

/** The items whose events the patient's record follows. */
export const PATIENT_RECORD_TYPES = [
  'Patient',
  'CareTeamMember',
  'FamilyLink',
  'FamilyUpdate',
  'FamilyQuestion',
] as const;

/**
 * The one place the patient record's events reach the cache. Each event's item is already written
 * by the platform (patient-events.ts), so the header and record update; here the patient's lists
 * gain and lose members: care team, family links, family updates and questions.
 */
export function usePatientLive(patientId: string, after: string | null | undefined) {
  const client = useApolloClient();
  return usePatientEvents<PatientRecordEventFragment>(PATIENT_RECORD_TYPES, after, (event) => {
    if (event.recordNode) placeInPatientLists(client.cache, patientId, event.kind, event.recordNode);
  });
}

/** Adds or removes care-team members and family links from the patient's lists. Idempotent. */
export function placeInPatientLists(cache: ApolloCache, patientId: string, kind: string, node: PatientStreamNode) {
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
  if ((node.__typename === 'FamilyUpdate' || node.__typename === 'FamilyQuestion') && kind === 'CREATED') {
    const field = node.__typename === 'FamilyUpdate' ? 'familyUpdates' : 'familyQuestions';
    cache.modify({
      id: patient,
      fields: {
        [field](existing: readonly Reference[] = []) {
          return existing.some((r) => r.__ref === ref) ? existing : [{ __ref: ref } as Reference, ...existing];
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
