import {
  BarrierFieldsFragmentDoc,
  ChecklistItemFieldsFragmentDoc,
  type CreateTaskForDischargeChecklistItemMutation,
  type CreateTaskForDischargeChecklistItemMutationVariables,
  DischargePlanFieldsFragmentDoc,
  type UpdateDischargeBarrierMutation,
  type UpdateDischargeBarrierMutationVariables,
  type UpdateDischargeChecklistItemMutation,
  type UpdateDischargeChecklistItemMutationVariables,
  type UpdateDischargePlanMutation,
  type UpdateDischargePlanMutationVariables,
} from '@carehub/schema/graphql';
import { needsConnection, versionedUpdate } from '../../platform/optimistic.js';

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

/** Making a checklist item a task waits for the hub: the card and the item's link to it are written together there. */
export const createTaskForChecklistItemLive = needsConnection<
  CreateTaskForDischargeChecklistItemMutation,
  CreateTaskForDischargeChecklistItemMutationVariables
>(() => 'Task for a discharge checklist item');
