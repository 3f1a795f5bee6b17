import type { ApolloCache } from '@apollo/client';
import {
  type AddDischargeBarrierMutation,
  type AddDischargeBarrierMutationVariables,
  type AddDischargeChecklistItemMutation,
  type AddDischargeChecklistItemMutationVariables,
  BarrierFieldsFragmentDoc,
  ChecklistItemFieldsFragmentDoc,
  type CreateDischargePlanMutation,
  type CreateDischargePlanMutationVariables,
  type CreateTaskForDischargeChecklistItemMutation,
  type CreateTaskForDischargeChecklistItemMutationVariables,
  DischargePlanFieldsFragmentDoc,
  type RecordEducationMutation,
  type RecordEducationMutationVariables,
  type UpdateDischargeBarrierMutation,
  type UpdateDischargeBarrierMutationVariables,
  type UpdateDischargeChecklistItemMutation,
  type UpdateDischargeChecklistItemMutationVariables,
  type UpdateDischargePlanMutation,
  type UpdateDischargePlanMutationVariables,
} from '@carehub/schema/graphql';
import { fragmentOn } from '../../platform/fragment.js';
import { needsConnection, queuedCreate, versionedUpdate } from '../../platform/optimistic.js';

/**
 * How discharge edits show before the hub answers, and wait in the offline queue (see
 * platform/live-mutation.ts): a new plan, checklist item, barrier or education record shows at
 * once under a temporary id; the plan's readiness is the hub's to work out and follows live.
 */

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

const now = () => new Date().toISOString();
const quoted = (text: unknown) => `“${String(text ?? '').slice(0, 60)}”`;
const USER_NAME = fragmentOn('User', ['id', 'name']);

/** A staff member as the cache knows them (from the staff list), for an owner shown before the hub answers. */
function cachedUser(cache: ApolloCache, id: string | null | undefined) {
  if (!id) return null;
  const ref = cache.identify({ __typename: 'User', id });
  const user = ref ? (cache.readFragment({ id: ref, fragment: USER_NAME }) as { name?: string } | null) : null;
  return { __typename: 'User', id, name: user?.name ?? '…' };
}

export const createDischargePlanLive = queuedCreate<CreateDischargePlanMutation, CreateDischargePlanMutationVariables>({
  typename: 'DischargePlan',
  resultField: 'createDischargePlan',
  describe: () => 'Discharge plan started',
  item: ({ input }) => ({
    patientId: input.patientId,
    expectedDate: input.expectedDate ?? null,
    disposition: input.disposition ?? null,
    visibility: 'TEAM',
    readiness: null,
    version: 1,
    updatedAt: now(),
    checklist: [],
    barriers: [],
  }),
  placement: ({ input }) => ({ parent: `Patient:${input.patientId}`, field: 'dischargePlan', at: 'set' }),
});

export const addChecklistItemLive = queuedCreate<
  AddDischargeChecklistItemMutation,
  AddDischargeChecklistItemMutationVariables
>({
  typename: 'DischargeChecklistItem',
  resultField: 'addDischargeChecklistItem',
  describe: ({ input }) => `Discharge checklist: ${words(input.kind)} added`,
  item: ({ input }) => ({
    planId: input.planId,
    kind: input.kind,
    status: 'OPEN',
    taskId: null,
    appointmentAt: input.appointmentAt ?? null,
    provider: input.provider ?? null,
    equipment: input.equipment ?? null,
    vendor: input.vendor ?? null,
    equipmentStatus: input.equipmentStatus ?? null,
    note: input.note ?? null,
    visibility: input.visibility ?? 'TEAM',
    version: 1,
    updatedAt: now(),
  }),
  placement: ({ input }) => ({ parent: `DischargePlan:${input.planId}`, field: 'checklist', at: 'end' }),
});

export const addBarrierLive = queuedCreate<AddDischargeBarrierMutation, AddDischargeBarrierMutationVariables>({
  typename: 'DischargeBarrier',
  resultField: 'addDischargeBarrier',
  describe: ({ input }) => `Discharge barrier ${quoted(input.description)} added`,
  item: ({ input }, { cache }) => ({
    planId: input.planId,
    description: input.description.trim(),
    dueDate: input.dueDate ?? null,
    status: 'OPEN',
    version: 1,
    updatedAt: now(),
    owner: cachedUser(cache, input.ownerId),
  }),
  placement: ({ input }) => ({ parent: `DischargePlan:${input.planId}`, field: 'barriers', at: 'end' }),
});

/** Newest first, as the patient's list is read. */
export const recordEducationLive = queuedCreate<RecordEducationMutation, RecordEducationMutationVariables>({
  typename: 'EducationRecord',
  resultField: 'recordEducation',
  describe: ({ input }) => `Education ${quoted(input.topic)} recorded`,
  item: ({ input }, { viewer }) => ({
    checklistItemId: input.checklistItemId ?? null,
    topic: input.topic.trim(),
    taughtTo: input.taughtTo,
    learnerName: input.learnerName?.trim() || null,
    method: input.method,
    teachBack: input.teachBack,
    followUpNeeded: input.followUpNeeded,
    createdAt: now(),
    taughtBy: { __typename: 'User', id: viewer.id, name: viewer.name },
  }),
  placement: ({ input }) => ({ parent: `Patient:${input.patientId}`, field: 'educationRecords', at: 'start' }),
});
