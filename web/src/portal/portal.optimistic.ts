import type { AskCareTeamMutation, AskCareTeamMutationVariables } from '@carehub/schema/graphql';
import type { LiveMutationSpec } from '../platform/live-mutation.js';
import { pendingId, type QueuedChange } from '../platform/offline-queue.js';
import type { PortalItem } from './portal-feed.js';

/**
 * A family member's question shows in "Your questions" at once and waits in the browser (the
 * offline queue) while the hub cannot be reached — a phone in a lift, a hospital's patchy Wi-Fi —
 * then is sent once; the team's copy arrives through the portal's stream like any other item.
 */
export const askCareTeamLive: LiveMutationSpec<AskCareTeamMutation, AskCareTeamMutationVariables> = {
  describe: () => 'Question to the care team',
  optimistic: ({ input }) => ({
    askCareTeam: {
      __typename: 'PortalItem',
      id: pendingId(input.clientMutationId ?? ''),
      kind: 'QUESTION',
      // Listed apart, under “Questions not sent yet”; the hub's own entry, with its wording, replaces it.
      title: 'Your question',
      text: input.text,
      status: 'Sending…',
      detail: null,
      date: null,
      reply: null,
      at: new Date().toISOString(),
    },
  }),
  queued: { entity: ({ input }) => ({ typename: 'PortalItem', id: pendingId(input.clientMutationId ?? '') }) },
};

/**
 * The questions of this patient still in the queue, as feed items whose status says where they
 * are: waiting for a connection, being sent, or not taken (with the hub's reason).
 */
export function questionsNotYetSent(
  changes: readonly QueuedChange[],
  patientId: string,
  online: boolean,
): PortalItem[] {
  return changes.flatMap((change) => {
    const input = change.variables.input as AskCareTeamMutationVariables['input'] | undefined;
    const shown = (change.optimistic as AskCareTeamMutation | null)?.askCareTeam;
    if (change.operation !== 'AskCareTeam' || input?.patientId !== patientId || !shown) return [];
    const status =
      change.status === 'failed' || change.status === 'conflict'
        ? `Not sent: ${change.error?.message ?? 'the care team’s system did not take it'}`
        : online
          ? 'Sending…'
          : 'Waiting for a connection — it will be sent by itself';
    return [{ ...shown, status }];
  });
}
