import {
  type CreatePatientMutation,
  type CreatePatientMutationVariables,
  PatientRecordFieldsFragmentDoc,
  type UpdatePatientMutation,
  type UpdatePatientMutationVariables,
} from '@carehub/schema/graphql';
import { fragmentOn } from '../../platform/fragment.js';
import type { LiveMutationSpec } from '../../platform/live-mutation.js';
import { pendingId } from '../../platform/offline-queue.js';
import { versionedUpdate } from '../../platform/optimistic.js';

/** How patient changes show before the hub answers (see platform/live-mutation.ts). */

/** Record edits go through the offline queue. */
export const updatePatientLive = versionedUpdate<UpdatePatientMutation, UpdatePatientMutationVariables>({
  typename: 'Patient',
  resultField: 'updatePatient',
  fragment: PatientRecordFieldsFragmentDoc,
  fragmentName: 'PatientRecordFields',
  name: (item) => `Record of ${String(item?.name ?? 'the patient')}`,
});

const UNIT = fragmentOn('Unit', ['id', 'code', 'name', 'timeZone']);

/**
 * An admission shows in the unit's list at once. It needs a connection: the new patient's page
 * opens with the id the hub gives (and the MRN must be unique there).
 */
export const createPatientLive: LiveMutationSpec<CreatePatientMutation, CreatePatientMutationVariables> = {
  describe: ({ input }) => `Admission of ${input.name}`,
  optimistic: ({ input }, { cache }) => {
    const unitRef = cache.identify({ __typename: 'Unit', id: input.unitId });
    const unit = unitRef
      ? cache.readFragment<{ id: string; code: string; name: string; timeZone: string }>({
          id: unitRef,
          fragment: UNIT,
        })
      : null;
    if (!unit) return null;
    return {
      createPatient: {
        __typename: 'Patient',
        id: pendingId(input.clientMutationId ?? crypto.randomUUID()),
        mrn: input.mrn,
        name: input.name,
        dateOfBirth: input.dateOfBirth,
        unit: { __typename: 'Unit', id: unit.id, code: unit.code, name: unit.name, timeZone: unit.timeZone },
        bed: input.bed ?? null,
        status: 'ADMITTED',
        admittedAt: input.admittedAt,
        dischargedAt: null,
        expectedDischargeDate: input.expectedDischargeDate ?? null,
        lengthOfStayDays: 0,
        version: 1,
        updatedAt: new Date().toISOString(),
      },
    };
  },
  placement: ({ input }) => ({ parent: `Unit:${input.unitId}`, field: 'patients', at: 'end' }),
};
