import {
  type AddRoundsBarrierMutation,
  type AddRoundsBarrierMutationVariables,
  type AddRoundsPatientMutation,
  type AddRoundsPatientMutationVariables,
  type CreateRoundsActionItemMutation,
  type CreateRoundsActionItemMutationVariables,
  type CreateRoundsSessionMutation,
  type CreateRoundsSessionMutationVariables,
  type FinishRoundsMutation,
  type FinishRoundsMutationVariables,
  type MarkRoundsPatientDiscussedMutation,
  type MarkRoundsPatientDiscussedMutationVariables,
  type MoveRoundsPatientMutation,
  type MoveRoundsPatientMutationVariables,
  type MoveRoundsPointerMutation,
  type MoveRoundsPointerMutationVariables,
  type RecordRoundsDecisionMutation,
  type RecordRoundsDecisionMutationVariables,
  RoundsAgendaItemFieldsFragmentDoc,
  RoundsBarrierFieldsFragmentDoc,
  type SaveRoundsUpdateMutation,
  type SaveRoundsUpdateMutationVariables,
  type StartRoundsMutation,
  type StartRoundsMutationVariables,
  type UpdateRoundsBarrierMutation,
  type UpdateRoundsBarrierMutationVariables,
} from '@carehub/schema/graphql';
import { needsConnection, positionMove, queuedCreate, versionedUpdate } from '../../platform/optimistic.js';

/**
 * How each rounds change shows before the hub answers (see platform/live-mutation.ts). Decisions
 * and barriers show at once and wait in the offline queue when the hub cannot be reached; running
 * the session (start, pointer, finish) and action items need the hub: the pointer and the timer
 * are the server's, and a task is made on the board by the hub.
 */

const quoted = (text: unknown) => `“${String(text ?? '').slice(0, 60)}”`;
const now = () => new Date().toISOString();

export const createRoundsSessionLive = needsConnection<
  CreateRoundsSessionMutation,
  CreateRoundsSessionMutationVariables
>(({ input }) => `Rounds on ${input.date}`);
export const startRoundsLive = needsConnection<StartRoundsMutation, StartRoundsMutationVariables>(() => 'Start rounds');
export const finishRoundsLive = needsConnection<FinishRoundsMutation, FinishRoundsMutationVariables>(
  () => 'Finish rounds',
);
export const moveRoundsPointerLive = needsConnection<MoveRoundsPointerMutation, MoveRoundsPointerMutationVariables>(
  ({ input }) =>
    input.to === 'ITEM' ? 'Discuss this patient now' : input.to === 'NEXT' ? 'Next patient' : 'Previous patient',
);
export const createRoundsActionItemLive = needsConnection<
  CreateRoundsActionItemMutation,
  CreateRoundsActionItemMutationVariables
>(({ input }) => `Action item ${quoted(input.title)}`);
/** The hub decides whether the patient belongs on this agenda (their unit, admitted, not on it yet). */
export const addRoundsPatientLive = needsConnection<AddRoundsPatientMutation, AddRoundsPatientMutationVariables>(
  () => 'Patient added to the agenda',
);
export const saveRoundsUpdateLive = needsConnection<SaveRoundsUpdateMutation, SaveRoundsUpdateMutationVariables>(
  () => 'Rounds update',
);

export const markDiscussedLive = versionedUpdate<
  MarkRoundsPatientDiscussedMutation,
  MarkRoundsPatientDiscussedMutationVariables
>({
  typename: 'RoundsAgendaItem',
  resultField: 'markRoundsPatientDiscussed',
  fragment: RoundsAgendaItemFieldsFragmentDoc,
  name: () => 'Patient discussed',
});

export const moveRoundsPatientLive = positionMove<MoveRoundsPatientMutation, MoveRoundsPatientMutationVariables>({
  typename: 'RoundsAgendaItem',
  resultField: 'moveRoundsPatient',
  fragment: RoundsAgendaItemFieldsFragmentDoc,
  parent: { typename: 'RoundsSession', field: 'agenda' },
  name: () => 'Agenda order',
});

/** A barrier in rounds is the patient's discharge barrier (one model): the discharge page shows the same item. */
export const updateBarrierLive = versionedUpdate<UpdateRoundsBarrierMutation, UpdateRoundsBarrierMutationVariables>({
  typename: 'DischargeBarrier',
  resultField: 'updateRoundsBarrier',
  fragment: RoundsBarrierFieldsFragmentDoc,
  name: (item) => `Barrier ${quoted(item?.description)}`,
});

export const recordDecisionLive = queuedCreate<RecordRoundsDecisionMutation, RecordRoundsDecisionMutationVariables>({
  typename: 'RoundsDecision',
  resultField: 'recordRoundsDecision',
  describe: ({ input }) => `Decision ${quoted(input.text)}`,
  item: ({ input }, { viewer }) => ({
    itemId: input.itemId,
    text: input.text.trim(),
    taskId: null,
    createdAt: now(),
    version: 1,
    author: { __typename: 'User', id: viewer.id, name: viewer.name },
  }),
  placement: ({ input }) => ({ parent: `RoundsAgendaItem:${input.itemId}`, field: 'decisions', at: 'end' }),
});

export const addBarrierLive = queuedCreate<AddRoundsBarrierMutation, AddRoundsBarrierMutationVariables>({
  typename: 'DischargeBarrier',
  resultField: 'addRoundsBarrier',
  describe: ({ input }) => `Barrier ${quoted(input.description)}`,
  item: ({ input }) => ({
    description: input.description.trim(),
    dueDate: input.dueDate ?? null,
    status: 'OPEN',
    version: 1,
    owner: null,
  }),
  placement: ({ input }) => ({ parent: `RoundsAgendaItem:${input.itemId}`, field: 'barriers', at: 'end' }),
});
