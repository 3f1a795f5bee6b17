import type {
  LinkFamilyMemberMutation,
  LinkFamilyMemberMutationVariables,
  RevokeFamilyLinkMutation,
  RevokeFamilyLinkMutationVariables,
} from '@carehub/schema/graphql';
import type { LiveMutationSpec } from '../../platform/live-mutation.js';
import { pendingId } from '../../platform/offline-queue.js';

/**
 * Family link changes show at once and need a connection: consent and access are the hub's to
 * record now, and the invitation code comes only from the hub.
 */

export const linkFamilyMemberLive: LiveMutationSpec<LinkFamilyMemberMutation, LinkFamilyMemberMutationVariables> = {
  describe: ({ input }) => `Family link for ${input.name}`,
  optimistic: ({ input }) => {
    const id = pendingId(input.clientMutationId ?? crypto.randomUUID());
    return {
      linkFamilyMember: {
        __typename: 'FamilyInvitation',
        // Shown only from the hub's answer.
        invitationCode: '',
        existingAccount: false,
        link: {
          __typename: 'FamilyLink',
          id,
          relationship: input.relationship,
          status: 'INVITED',
          consentScope: input.consent.scope,
          shareScopes: input.consent.shares ?? ['UPDATES'],
          consentRecordedAt: new Date().toISOString(),
          invitationExpiresAt: null,
          version: 1,
          user: { __typename: 'User', id: `${id}-user`, name: input.name },
        },
      },
    };
  },
  placement: ({ input }) => ({
    parent: `Patient:${input.patientId}`,
    field: 'familyLinks',
    at: 'end',
    itemPath: ['link'],
  }),
};

export const revokeFamilyLinkLive: LiveMutationSpec<RevokeFamilyLinkMutation, RevokeFamilyLinkMutationVariables> = {
  describe: () => 'Family link revoked',
  optimistic: ({ input }) => ({
    revokeFamilyLink: {
      __typename: 'FamilyLink',
      id: input.id,
      status: 'REVOKED',
      version: input.expectedVersion + 1,
    },
  }),
};
