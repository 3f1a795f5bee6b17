import { InMemoryCache } from '@apollo/client';
import { PatientCarePlanDocument, type PatientCarePlanQuery } from '@carehub/schema/graphql';

/** A small care plan in the cache, for the feature's unit tests: patient p1, plan plan1, problem pr1, goal g1. */

export const intervention = (id: string, position: string) => ({
  __typename: 'Intervention',
  id,
  action: `Action ${id}`,
  ownerDiscipline: 'RN',
  frequency: null,
  status: 'PLANNED',
  visibility: 'TEAM',
  position,
  version: 1,
});

export function planInCache(options: {
  goal: { description: string; version: number; interventions: number };
  signOffs?: unknown[];
}) {
  const cache = new InMemoryCache();
  const data = {
    patient: {
      __typename: 'Patient',
      id: 'p1',
      carePlan: {
        __typename: 'CarePlan',
        id: 'plan1',
        status: 'ACTIVE',
        periodStart: '2026-11-01',
        periodEnd: null,
        lastReviewedAt: null,
        version: 1,
        lastEventId: '40',
        problems: [
          {
            __typename: 'Problem',
            id: 'pr1',
            statement: 'Fluid overload',
            discipline: 'RN',
            priority: 'HIGH',
            status: 'ACTIVE',
            position: 'a0',
            version: 1,
            goals: [
              {
                __typename: 'Goal',
                id: 'g1',
                description: options.goal.description,
                targetValue: '68 kg',
                targetDate: null,
                status: 'ACTIVE',
                visibility: 'TEAM',
                position: 'a0',
                version: options.goal.version,
                updatedAt: '2026-11-20T10:00:00.000Z',
                history: [],
                interventions: Array.from({ length: options.goal.interventions }, (_, i) =>
                  intervention(`i${i + 1}`, `a${i}`),
                ),
              },
            ],
          },
        ],
        notes: [],
        signOffs: options.signOffs ?? [],
      },
    },
  } as unknown as PatientCarePlanQuery;
  cache.writeQuery({ query: PatientCarePlanDocument, variables: { patientId: 'p1' }, data });
  const read = () =>
    cache.readQuery({ query: PatientCarePlanDocument, variables: { patientId: 'p1' } })?.patient.carePlan;
  return { cache, read };
}
