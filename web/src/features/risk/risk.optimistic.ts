import type { SetAdmissionAcuityMutation, SetAdmissionAcuityMutationVariables } from '@carehub/schema/graphql';
import { fragmentOn } from '../../platform/fragment.js';
import { versionedUpdate } from '../../platform/optimistic.js';

/** How risk inputs show before the hub answers (see platform/live-mutation.ts). */

/** The fields the mutation answers with; the recomputed risk follows on the patient's stream. */
const ACUITY = fragmentOn('Patient', ['id', 'version', 'admissionAcuity', 'updatedAt']);

/** The admission's acuity is a record edit: it waits in the offline queue like other record edits. */
export const setAdmissionAcuityLive = versionedUpdate<SetAdmissionAcuityMutation, SetAdmissionAcuityMutationVariables>({
  typename: 'Patient',
  resultField: 'updatePatient',
  fragment: ACUITY,
  name: () => 'Admission acuity',
});
