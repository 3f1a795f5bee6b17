import {
  BarrierFieldsFragmentDoc,
  ChecklistItemFieldsFragmentDoc,
  DischargePlanFieldsFragmentDoc,
  type UpdateDischargeBarrierMutation,
  type UpdateDischargeBarrierMutationVariables,
  type UpdateDischargeChecklistItemMutation,
  type UpdateDischargeChecklistItemMutationVariables,
  type UpdateDischargePlanMutation,
  type UpdateDischargePlanMutationVariables,
} from '@carehub/schema/graphql';
import { versionedUpdate } from '../../platform/optimistic.js';

/** How discharge edits show before the hub answers, and wait in the offline queue (see platform/live-mutation.ts). */

const words = (value: unknown) =>
  String(value ?? '')
    .toLowerCase()
    .replaceAll('_', ' ');

export const updateDischargePlanLive = versionedUpdate<
  UpdateDischargePlanMutation,
  UpdateDischargePlanMutationVariables
>({
  typename: 'DischargePlan',
  resultField: 'updateDischargePlan',
  fragment: DischargePlanFieldsFragmentDoc,
  fragmentName: 'DischargePlanFields',
  name: () => 'Discharge plan',
});

/** The plan's readiness is the hub's to work out; it follows on the patient's stream. */
export const updateChecklistItemLive = versionedUpdate<
  UpdateDischargeChecklistItemMutation,
  UpdateDischargeChecklistItemMutationVariables
>({
  typename: 'DischargeChecklistItem',
  resultField: 'updateDischargeChecklistItem',
  fragment: ChecklistItemFieldsFragmentDoc,
  fragmentName: 'ChecklistItemFields',
  name: (item) => `Discharge checklist: ${words(item?.kind)}`,
});

export const updateBarrierLive = versionedUpdate<
  UpdateDischargeBarrierMutation,
  UpdateDischargeBarrierMutationVariables
>({
  typename: 'DischargeBarrier',
  resultField: 'updateDischargeBarrier',
  fragment: BarrierFieldsFragmentDoc,
  fragmentName: 'BarrierFields',
  name: (item) => `Discharge barrier “${String(item?.description ?? '')}”`,
});
