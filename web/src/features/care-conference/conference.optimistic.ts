import {
  type AddConferenceAttendeeMutation,
  type AddConferenceAttendeeMutationVariables,
  CareConferenceFieldsFragmentDoc,
  ConferenceAttendeeFieldsFragmentDoc,
  type CreateConferenceFollowUpMutation,
  type CreateConferenceFollowUpMutationVariables,
  type PublishConferenceSummaryMutation,
  type PublishConferenceSummaryMutationVariables,
  type RecordConferenceDecisionMutation,
  type RecordConferenceDecisionMutationVariables,
  type RemoveConferenceAttendeeMutation,
  type RemoveConferenceAttendeeMutationVariables,
  type ScheduleCareConferenceMutation,
  type ScheduleCareConferenceMutationVariables,
  type UpdateCareConferenceMutation,
  type UpdateCareConferenceMutationVariables,
} from '@carehub/schema/graphql';
import type { LiveMutationSpec } from '../../platform/live-mutation.js';
import { cachedItem, findOwner, needsConnection, queuedCreate, versionedUpdate } from '../../platform/optimistic.js';

/**
 * How each conference change shows before the hub answers. Notes, agenda and decisions show at
 * once (and wait offline), and so does taking an attendee off the list; adding attendees, follow-up tasks and publishing to the family need the hub:
 * it checks who is linked, makes the task, and decides who may speak to the family.
 */

const quoted = (text: unknown) => `“${String(text ?? '').slice(0, 60)}”`;

export const scheduleConferenceLive = needsConnection<
  ScheduleCareConferenceMutation,
  ScheduleCareConferenceMutationVariables
>(({ input }) => `Conference ${quoted(input.title)}`);
export const addAttendeeLive = needsConnection<AddConferenceAttendeeMutation, AddConferenceAttendeeMutationVariables>(
  () => 'Conference attendee',
);
export const followUpLive = needsConnection<
  CreateConferenceFollowUpMutation,
  CreateConferenceFollowUpMutationVariables
>(({ input }) => `Follow-up ${quoted(input.title)}`);
export const publishSummaryLive = needsConnection<
  PublishConferenceSummaryMutation,
  PublishConferenceSummaryMutationVariables
>(() => 'Summary for the family');

export const updateConferenceLive = versionedUpdate<
  UpdateCareConferenceMutation,
  UpdateCareConferenceMutationVariables
>({
  typename: 'CareConference',
  resultField: 'updateCareConference',
  fragment: CareConferenceFieldsFragmentDoc,
  fragmentName: 'CareConferenceFields',
  name: (item) => `Conference ${quoted(item?.title)}`,
});

export const recordConferenceDecisionLive = queuedCreate<
  RecordConferenceDecisionMutation,
  RecordConferenceDecisionMutationVariables
>({
  typename: 'ConferenceDecision',
  resultField: 'recordConferenceDecision',
  describe: ({ input }) => `Decision ${quoted(input.text)}`,
  item: ({ input }, { viewer }) => ({
    conferenceId: input.conferenceId,
    text: input.text.trim(),
    taskId: null,
    createdAt: new Date().toISOString(),
    version: 1,
    author: { __typename: 'User', id: viewer.id, name: viewer.name },
  }),
  placement: ({ input }) => ({ parent: `CareConference:${input.conferenceId}`, field: 'decisions', at: 'end' }),
});

/** Taking an attendee off the conference: gone from the list at once; queued while offline. */
export const removeAttendeeLive: LiveMutationSpec<
  RemoveConferenceAttendeeMutation,
  RemoveConferenceAttendeeMutationVariables
> = {
  describe: ({ input }, cache) => {
    const attendee = cachedItem(cache, 'ConferenceAttendee', input.id, ConferenceAttendeeFieldsFragmentDoc);
    return `Attendee ${quoted(attendee?.name)} removed`;
  },
  optimistic: ({ input }) => ({
    removeConferenceAttendee: { __typename: 'ConferenceAttendee', id: input.id, version: input.expectedVersion },
  }),
  placement: ({ input }, _data, cache) => {
    const ref = cache.identify({ __typename: 'ConferenceAttendee', id: input.id });
    const owner = ref ? findOwner(cache, 'CareConference', 'attendees', ref) : null;
    return owner ? { parent: owner.id, field: 'attendees', at: 'remove' } : null;
  },
  queued: { entity: ({ input }) => ({ typename: 'ConferenceAttendee', id: input.id }) },
};
