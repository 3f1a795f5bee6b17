import type {
  AddCareTeamMemberMutation,
  AddCareTeamMemberMutationVariables,
  RemoveCareTeamMemberMutation,
  RemoveCareTeamMemberMutationVariables,
} from '@carehub/schema/graphql';
import { fragmentOn } from '../../platform/fragment.js';
import type { LiveMutationSpec } from '../../platform/live-mutation.js';
import { pendingId } from '../../platform/offline-queue.js';
import { findOwner } from '../../platform/optimistic.js';

/**
 * Care-team changes show at once and need a connection: who may see a patient is decided by the
 * hub, now, not replayed later from a queue.
 */

const STAFF_MEMBER = fragmentOn('User', ['id', 'name', 'discipline']);

export const addCareTeamMemberLive: LiveMutationSpec<AddCareTeamMemberMutation, AddCareTeamMemberMutationVariables> = {
  describe: () => 'Care team: new member',
  optimistic: ({ input }, { cache }) => {
    const ref = cache.identify({ __typename: 'User', id: input.userId });
    const user = ref
      ? cache.readFragment<{ id: string; name: string; discipline: string | null }>({ id: ref, fragment: STAFF_MEMBER })
      : null;
    if (!user) return null;
    return {
      addCareTeamMember: {
        __typename: 'CareTeamMember',
        id: pendingId(input.clientMutationId ?? crypto.randomUUID()),
        role: input.role,
        startedAt: new Date().toISOString(),
        visibility: 'TEAM',
        version: 1,
        user: { __typename: 'User', id: user.id, name: user.name, discipline: user.discipline as never },
      },
    };
  },
  placement: ({ input }) => ({ parent: `Patient:${input.patientId}`, field: 'careTeam', at: 'end' }),
};

export const removeCareTeamMemberLive: LiveMutationSpec<
  RemoveCareTeamMemberMutation,
  RemoveCareTeamMemberMutationVariables
> = {
  describe: () => 'Care team: member removed',
  optimistic: ({ input }) => ({
    removeCareTeamMember: {
      __typename: 'CareTeamMember',
      id: input.id,
      endedAt: new Date().toISOString(),
      version: input.expectedVersion + 1,
    },
  }),
  placement: ({ input }, _data, cache) => {
    const ref = cache.identify({ __typename: 'CareTeamMember', id: input.id });
    const owner = ref ? findOwner(cache, 'Patient', 'careTeam', ref) : null;
    return owner ? { parent: owner.id, field: 'careTeam', at: 'remove' } : null;
  },
};
