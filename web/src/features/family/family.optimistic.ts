import type {
  LinkFamilyMemberMutation,
  LinkFamilyMemberMutationVariables,
  RevokeFamilyLinkMutation,
  RevokeFamilyLinkMutationVariables,
  SetFamilySharingMutation,
  SetFamilySharingMutationVariables,
  WriteFamilyUpdateMutation,
  WriteFamilyUpdateMutationVariables,
} from '@carehub/schema/graphql';
import type { LiveMutationSpec } from '../../platform/live-mutation.js';
import { pendingId } from '../../platform/offline-queue.js';
import { queuedCreate } from '../../platform/optimistic.js';

const quoted = (text: string) => (text.length > 40 ? `“${text.slice(0, 37)}…”` : `“${text}”`);
const KIND_WORDS: Record<string, string> = {
  FamilyUpdate: 'Update for the family',
  Goal: 'Goal',
  Intervention: 'Intervention',
  DischargePlan: 'Discharge plan',
  ConferenceSummary: 'Conference summary',
  EducationRecord: 'Education',
  CareTeamMember: 'Care-team contact',
};

/**
 * An update for the family shows at the top of the team's list at once, shared, and waits in the
 * offline queue while the hub cannot be reached (the hub still checks the family's consent when it
 * arrives: a refusal is named in the header and the update leaves the list).
 */
export const writeFamilyUpdateLive = queuedCreate<WriteFamilyUpdateMutation, WriteFamilyUpdateMutationVariables>({
  typename: 'FamilyUpdate',
  resultField: 'writeFamilyUpdate',
  describe: ({ input }) => `Update for the family ${quoted(input.text)}`,
  item: ({ input }, { viewer }) => ({
    text: input.text,
    authorName: viewer.name,
    visibility: 'FAMILY',
    createdAt: new Date().toISOString(),
    version: 1,
  }),
  placement: ({ input }) => ({ parent: `Patient:${input.patientId}`, field: 'familyUpdates', at: 'start' }),
});

/**
 * "Share with family" / "Stop sharing" flips the item at once, one version up, and waits in the
 * offline queue while the hub cannot be reached. The hub answers with the sharing (not the item),
 * so the item takes the answer's visibility and version; consent is checked when it arrives.
 */
export const setFamilySharingLive: LiveMutationSpec<SetFamilySharingMutation, SetFamilySharingMutationVariables> = {
  describe: ({ input }) =>
    `${KIND_WORDS[input.entityType] ?? input.entityType}: ${input.shared ? 'shared with family' : 'taken back from family'}`,
  optimistic: ({ input }) =>
    typeof input.expectedVersion === 'number'
      ? {
          setFamilySharing: {
            __typename: 'FamilySharing',
            entityType: input.entityType,
            id: input.id,
            visibility: input.shared ? 'FAMILY' : 'TEAM',
            version: input.expectedVersion + 1,
          },
        }
      : null,
  mirror: ({ input }) => ({ typename: input.entityType, id: input.id, fields: ['visibility', 'version'] }),
  queued: { entity: ({ input }) => ({ typename: input.entityType, id: input.id }) },
};

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
