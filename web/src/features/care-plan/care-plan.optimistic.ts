import {
  type AddProgressNoteMutation,
  type AddProgressNoteMutationVariables,
  CarePlanFieldsFragmentDoc,
  type CreateCarePlanMutation,
  type CreateCarePlanMutationVariables,
  type CreateGoalMutation,
  type CreateGoalMutationVariables,
  type CreateInterventionMutation,
  type CreateInterventionMutationVariables,
  type CreateProblemMutation,
  type CreateProblemMutationVariables,
  GoalFieldsFragmentDoc,
  InterventionFieldsFragmentDoc,
  type MoveGoalMutation,
  type MoveGoalMutationVariables,
  type MoveInterventionMutation,
  type MoveInterventionMutationVariables,
  type MoveProblemMutation,
  type MoveProblemMutationVariables,
  ProblemFieldsFragmentDoc,
  type SignOffCarePlanMutation,
  type SignOffCarePlanMutationVariables,
  type UpdateGoalMutation,
  type UpdateGoalMutationVariables,
  type UpdateInterventionMutation,
  type UpdateInterventionMutationVariables,
  type UpdateProblemMutation,
  type UpdateProblemMutationVariables,
} from '@carehub/schema/graphql';
import type { LiveMutationSpec } from '../../platform/live-mutation.js';
import { pendingId } from '../../platform/offline-queue.js';
import { cachedItem, positionMove, queuedCreate, versionedUpdate } from '../../platform/optimistic.js';

/**
 * How each care-plan change shows before the hub answers (see platform/live-mutation.ts). Items
 * are edited, created, moved and noted through the offline queue; a sign-off needs a connection,
 * because it attests to the plan as the hub holds it.
 */

const quoted = (text: unknown) => `“${String(text ?? '').slice(0, 60)}”`;
const goalName = (item: Record<string, unknown> | null) => `Goal ${quoted(item?.description)}`;
const problemName = (item: Record<string, unknown> | null) => `Problem ${quoted(item?.statement)}`;
const interventionName = (item: Record<string, unknown> | null) => `Intervention ${quoted(item?.action)}`;
/** New items go last until the hub gives them their real fractional position. */
const LAST = '~';
const now = () => new Date().toISOString();

export const updateGoalLive = versionedUpdate<UpdateGoalMutation, UpdateGoalMutationVariables>({
  typename: 'Goal',
  resultField: 'updateGoal',
  fragment: GoalFieldsFragmentDoc,
  name: goalName,
});

export const updateProblemLive = versionedUpdate<UpdateProblemMutation, UpdateProblemMutationVariables>({
  typename: 'Problem',
  resultField: 'updateProblem',
  fragment: ProblemFieldsFragmentDoc,
  name: problemName,
});

export const updateInterventionLive = versionedUpdate<UpdateInterventionMutation, UpdateInterventionMutationVariables>({
  typename: 'Intervention',
  resultField: 'updateIntervention',
  fragment: InterventionFieldsFragmentDoc,
  name: interventionName,
});

export const moveProblemLive = positionMove<MoveProblemMutation, MoveProblemMutationVariables>({
  typename: 'Problem',
  resultField: 'moveProblem',
  fragment: ProblemFieldsFragmentDoc,
  parent: { typename: 'CarePlan', field: 'problems' },
  name: problemName,
});

export const moveGoalLive = positionMove<MoveGoalMutation, MoveGoalMutationVariables>({
  typename: 'Goal',
  resultField: 'moveGoal',
  fragment: GoalFieldsFragmentDoc,
  parent: { typename: 'Problem', field: 'goals' },
  name: goalName,
});

export const moveInterventionLive = positionMove<MoveInterventionMutation, MoveInterventionMutationVariables>({
  typename: 'Intervention',
  resultField: 'moveIntervention',
  fragment: InterventionFieldsFragmentDoc,
  parent: { typename: 'Goal', field: 'interventions' },
  name: interventionName,
});

export const createProblemLive = queuedCreate<CreateProblemMutation, CreateProblemMutationVariables>({
  typename: 'Problem',
  resultField: 'createProblem',
  describe: ({ input }) => `New problem ${quoted(input.statement)}`,
  item: ({ input }) => ({
    statement: input.statement,
    discipline: input.discipline,
    priority: input.priority ?? 'MEDIUM',
    status: 'ACTIVE',
    position: LAST,
    version: 1,
  }),
  placement: ({ input }) => ({
    parent: `CarePlan:${input.carePlanId}`,
    field: 'problems',
    at: 'end',
    startsWith: { goals: [] },
  }),
});

export const createGoalLive = queuedCreate<CreateGoalMutation, CreateGoalMutationVariables>({
  typename: 'Goal',
  resultField: 'createGoal',
  describe: ({ input }) => `New goal ${quoted(input.description)}`,
  item: ({ input }) => ({
    description: input.description,
    targetValue: input.targetValue ?? null,
    targetDate: input.targetDate ?? null,
    status: 'PROPOSED',
    visibility: input.visibility ?? 'TEAM',
    position: LAST,
    version: 1,
    updatedAt: now(),
    history: [],
  }),
  placement: ({ input }) => ({
    parent: `Problem:${input.problemId}`,
    field: 'goals',
    at: 'end',
    startsWith: { interventions: [] },
  }),
});

export const createInterventionLive = queuedCreate<CreateInterventionMutation, CreateInterventionMutationVariables>({
  typename: 'Intervention',
  resultField: 'createIntervention',
  describe: ({ input }) => `New intervention ${quoted(input.action)}`,
  item: ({ input }) => ({
    action: input.action,
    ownerDiscipline: input.ownerDiscipline,
    frequency: input.frequency ?? null,
    status: 'PLANNED',
    visibility: input.visibility ?? 'TEAM',
    position: LAST,
    version: 1,
  }),
  placement: ({ input }) => ({ parent: `Goal:${input.goalId}`, field: 'interventions', at: 'end' }),
});

export const addProgressNoteLive = queuedCreate<AddProgressNoteMutation, AddProgressNoteMutationVariables>({
  typename: 'ProgressNote',
  resultField: 'addProgressNote',
  describe: ({ input }) => `Progress note ${quoted(input.text)}`,
  item: ({ input }, { viewer }) => ({
    text: input.text,
    createdAt: now(),
    author: { __typename: 'User', id: viewer.id, name: viewer.name, discipline: viewer.discipline ?? null },
  }),
  placement: ({ input }) => ({ parent: `CarePlan:${input.carePlanId}`, field: 'notes', at: 'start' }),
});

/** Your discipline's sign-off replaces its last one at once; the others' stay. Needs a connection. */
export const signOffLive: LiveMutationSpec<SignOffCarePlanMutation, SignOffCarePlanMutationVariables> = {
  describe: () => 'Sign-off of the care plan',
  optimistic: ({ input }, { cache, viewer }) => {
    const plan = cachedItem(cache, 'CarePlan', input.carePlanId, CarePlanFieldsFragmentDoc, 'CarePlanFields') as
      | SignOffCarePlanMutation['signOffCarePlan']
      | null;
    if (!plan || !viewer.discipline) return null;
    const signOff = {
      __typename: 'PlanSignOff' as const,
      id: pendingId(crypto.randomUUID()),
      discipline: viewer.discipline as never,
      createdAt: now(),
      stale: false,
      user: { __typename: 'User' as const, id: viewer.id, name: viewer.name },
    };
    return {
      signOffCarePlan: {
        ...plan,
        lastReviewedAt: signOff.createdAt,
        signOffs: [signOff, ...plan.signOffs.filter((s) => s.discipline !== viewer.discipline)],
      },
    };
  },
};

/** A new plan shows at once, empty; starting a plan needs a connection (one open plan per patient). */
export const createCarePlanLive: LiveMutationSpec<CreateCarePlanMutation, CreateCarePlanMutationVariables> = {
  describe: () => 'New care plan',
  optimistic: ({ input }) => ({
    createCarePlan: {
      __typename: 'CarePlan',
      id: pendingId(input.clientMutationId ?? crypto.randomUUID()),
      status: 'DRAFT',
      periodStart: input.periodStart,
      periodEnd: input.periodEnd ?? null,
      lastReviewedAt: null,
      version: 1,
      problems: [],
      notes: [],
      signOffs: [],
    },
  }),
  placement: ({ input }) => ({
    parent: `Patient:${input.patientId}`,
    field: 'carePlan',
    at: 'set',
    // The screen's read asks for the plan's stream position; a new plan has none until read again.
    startsWith: { lastEventId: null },
  }),
};
