import { type ApolloCache, gql, type Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { CarePlanEventFragment } from '@carehub/schema/graphql';
import { usePatientEvents } from '../../platform/patient-events.js';

type Node = NonNullable<CarePlanEventFragment['carePlanNode']>;

/** The items whose events the care plan follows. */
export const CARE_PLAN_TYPES = ['CarePlan', 'Problem', 'Goal', 'Intervention', 'ProgressNote', 'PlanSignOff'] as const;

/**
 * The one place care-plan events reach the cache. The platform has already written the changed
 * item (so an edited goal updates on every screen); here new items join their parent's list,
 * moved items take their new place, and sign-offs go stale when the plan changes after them.
 */
export function useCarePlanLive(
  planId: string | null,
  after: string | null | undefined,
  /** Told of each event once the cache holds it (the screen announces others' changes); not of one applied again. */
  onChange?: (event: CarePlanEventFragment) => void,
) {
  const client = useApolloClient();
  return usePatientEvents<CarePlanEventFragment>(CARE_PLAN_TYPES, after, (event, { again }) => {
    const { carePlanNode: node, kind } = event;
    if (node && planId) applyCarePlanEvent(client.cache, planId, kind, node);
    if (!again) onChange?.(event);
  });
}

/** A new problem or goal arrives without children; it starts with an empty list, not a missing one. */
const EMPTY_GOALS = gql`
  fragment NewProblemGoals on Problem {
    goals {
      id
    }
  }
`;
const EMPTY_INTERVENTIONS = gql`
  fragment NewGoalInterventions on Goal {
    interventions {
      id
    }
  }
`;

/** Applies one care-plan event's list changes to the cache; the item itself is already written. Idempotent. */
export function applyCarePlanEvent(cache: ApolloCache, planId: string, kind: string, node: Node) {
  const plan = cache.identify({ __typename: 'CarePlan', id: planId });
  const ref = cache.identify(node);
  if (!plan || !ref) return;
  switch (node.__typename) {
    case 'Problem':
      if (kind === 'CREATED')
        cache.writeFragment({ id: ref, fragment: EMPTY_GOALS, data: { __typename: 'Problem', goals: [] } });
      if (node.carePlanId === planId) place(cache, plan, 'problems', ref, kind);
      markStale(cache, plan);
      break;
    case 'Goal':
      if (kind === 'CREATED') {
        cache.writeFragment({
          id: ref,
          fragment: EMPTY_INTERVENTIONS,
          data: { __typename: 'Goal', interventions: [] },
        });
      }
      place(cache, cache.identify({ __typename: 'Problem', id: node.problemId }), 'goals', ref, kind);
      markStale(cache, plan);
      break;
    case 'Intervention':
      place(cache, cache.identify({ __typename: 'Goal', id: node.goalId }), 'interventions', ref, kind);
      markStale(cache, plan);
      break;
    case 'ProgressNote':
      if (node.carePlanId === planId && kind === 'CREATED') {
        cache.modify({
          id: plan,
          fields: {
            notes: (existing: readonly Reference[] = []) =>
              existing.some((r) => r.__ref === ref) ? existing : [{ __ref: ref } as Reference, ...existing],
          },
        });
      }
      break;
    case 'PlanSignOff':
      if (node.carePlanId === planId) {
        cache.modify({
          id: plan,
          fields: {
            // The latest sign-off per discipline is shown; a new one replaces that discipline's last.
            signOffs: (existing: readonly Reference[] = [], { readField }) => [
              { __ref: ref } as Reference,
              ...existing.filter((r) => r.__ref !== ref && readField('discipline', r) !== node.discipline),
            ],
            lastReviewedAt: () => node.createdAt,
          },
        });
      }
      break;
    default:
      break;
  }
}

/** Adds a created item to its parent's list, or re-sorts the list after a move; lists are kept in position order. */
function place(cache: ApolloCache, parent: string | undefined, field: string, ref: string, kind: string) {
  if (!parent) return;
  cache.modify({
    id: parent,
    fields: {
      [field]: (existing: readonly Reference[] | null, { readField }) => {
        if (!existing) return existing;
        if (kind !== 'CREATED' && kind !== 'MOVED') return existing;
        const list = existing.some((r) => r.__ref === ref) ? [...existing] : [...existing, { __ref: ref } as Reference];
        // Fractional keys order by code point, not by locale.
        return list.sort((a, b) => {
          const x = String(readField('position', a));
          const y = String(readField('position', b));
          return x < y ? -1 : x > y ? 1 : 0;
        });
      },
    },
  });
}

function markStale(cache: ApolloCache, plan: string) {
  cache.modify({
    id: plan,
    fields: {
      signOffs: (existing: readonly Reference[] = []) => {
        for (const signOff of existing) cache.modify({ id: signOff.__ref, fields: { stale: () => true } });
        return existing;
      },
    },
  });
}
