import {
  type AnswerScreeningMutation,
  type AnswerScreeningMutationVariables,
  type CompleteScreeningMutation,
  type CompleteScreeningMutationVariables,
  type CreateTaskForNeedMutation,
  type CreateTaskForNeedMutationVariables,
  NeedFieldsFragmentDoc,
  type ScreeningFieldsFragment,
  ScreeningFieldsFragmentDoc,
  type StartScreeningMutation,
  type StartScreeningMutationVariables,
  type UpdateNeedMutation,
  type UpdateNeedMutationVariables,
} from '@carehub/schema/graphql';
import type { LiveMutationSpec } from '../../platform/live-mutation.js';
import { cachedItem, needsConnection, queuedCreate, versionedUpdate } from '../../platform/optimistic.js';

/** How social-needs changes show before the hub answers (see platform/live-mutation.ts). */

export const DOMAIN_LABELS: Record<string, string> = {
  LIVING_SITUATION: 'Living situation',
  FOOD: 'Food',
  TRANSPORTATION: 'Transportation',
  UTILITIES: 'Utilities',
  SAFETY: 'Interpersonal safety',
};

/**
 * A screening starts at once: its draft (no answers yet, screened by you) opens on every screen of
 * yours under a temporary id, answers given to it offline wait behind it in the queue, and the
 * whole draft is sent when the hub is reachable. The hub keeps one draft per patient: if a
 * colleague started one meanwhile, the header names the refusal and theirs shows instead.
 */
export const startScreeningLive = queuedCreate<StartScreeningMutation, StartScreeningMutationVariables>({
  typename: 'SocialNeedsScreening',
  resultField: 'startScreening',
  describe: ({ input }) => `Social-needs screening started (${input.language.toLowerCase()})`,
  item: ({ input }, { viewer }) => {
    const now = new Date().toISOString();
    return {
      patientId: input.patientId,
      status: 'DRAFT',
      language: input.language,
      interpreterUsed: input.interpreterUsed ?? false,
      completedAt: null,
      version: 1,
      updatedAt: now,
      answers: [],
      domains: [],
      screenedBy: { __typename: 'User', id: viewer.id, name: viewer.name },
    };
  },
  placement: ({ input }) => ({ parent: `Patient:${input.patientId}`, field: 'socialNeedsScreenings', at: 'start' }),
});

/**
 * An answer shows at once and waits in the offline queue: the screening with the given answers
 * merged into its own, one version up. Domain results are the hub's to score; they follow.
 */
export const answerScreeningLive: LiveMutationSpec<AnswerScreeningMutation, AnswerScreeningMutationVariables> = {
  describe: ({ input }) =>
    `Screening answer${input.answers.length > 1 ? 's' : ''}: ${input.answers.map((a) => a.question.toLowerCase().replaceAll('_', ' ')).join(', ')}`,
  optimistic: ({ input }, { cache }) => {
    const item = cachedItem(
      cache,
      'SocialNeedsScreening',
      input.id,
      ScreeningFieldsFragmentDoc,
      'ScreeningFields',
    ) as ScreeningFieldsFragment | null;
    if (!item) return null;
    const answers = new Map(item.answers.map((a) => [a.question, a.values]));
    for (const a of input.answers) {
      if (a.values.length) answers.set(a.question, a.values);
      else answers.delete(a.question);
    }
    return {
      answerScreening: {
        ...item,
        __typename: 'SocialNeedsScreening',
        language: input.language ?? item.language,
        interpreterUsed: input.interpreterUsed ?? item.interpreterUsed,
        answers: [...answers].map(([question, values]) => ({ __typename: 'ScreeningAnswer', question, values })),
        version: input.expectedVersion + 1,
      },
    } as AnswerScreeningMutation;
  },
  queued: { entity: ({ input }) => ({ typename: 'SocialNeedsScreening', id: input.id }) },
};

/**
 * Completing waits in the same queue, behind the answers it completes (its expected version counts
 * them); the needs it raises arrive from the hub on the patient's stream.
 */
export const completeScreeningLive: LiveMutationSpec<CompleteScreeningMutation, CompleteScreeningMutationVariables> = {
  describe: () => 'Social-needs screening completed',
  optimistic: ({ input }, { cache }) => {
    const item = cachedItem(cache, 'SocialNeedsScreening', input.id, ScreeningFieldsFragmentDoc, 'ScreeningFields');
    if (!item) return null;
    return {
      completeScreening: {
        ...item,
        __typename: 'SocialNeedsScreening',
        status: 'COMPLETED',
        completedAt: new Date().toISOString(),
        version: input.expectedVersion + 1,
      },
    } as unknown as CompleteScreeningMutation;
  },
  queued: { entity: ({ input }) => ({ typename: 'SocialNeedsScreening', id: input.id }) },
};

/** A need's status, note or care-plan link: queued like other edits. */
export const updateNeedLive = versionedUpdate<UpdateNeedMutation, UpdateNeedMutationVariables>({
  typename: 'Need',
  resultField: 'updateNeed',
  fragment: NeedFieldsFragmentDoc,
  fragmentName: 'NeedFields',
  name: (item) => `${DOMAIN_LABELS[String(item?.domain)] ?? 'Social'} need`,
});

/** Making a need a task waits for the hub: the card and the need's link to it are written together there. */
export const createTaskForNeedLive = needsConnection<CreateTaskForNeedMutation, CreateTaskForNeedMutationVariables>(
  () => 'Task for a social need',
);
