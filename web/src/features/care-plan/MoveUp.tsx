import { MoveGoalDocument, MoveInterventionDocument, MoveProblemDocument } from '@carehub/schema/graphql';
import { Anchor } from '@mantine/core';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { moveGoalLive, moveInterventionLive, moveProblemLive } from './care-plan.optimistic.js';

/**
 * Moves an item one place up: it goes after the item two places above (or first). The server
 * writes only the moved item; every screen re-sorts it from the MOVED event.
 */
export function MoveUp({
  kind,
  id,
  version,
  siblings,
}: {
  kind: 'problem' | 'goal' | 'intervention';
  id: string;
  version: number;
  siblings: { id: string }[];
}) {
  const [moveProblem] = useLiveMutation(MoveProblemDocument, moveProblemLive);
  const [moveGoal] = useLiveMutation(MoveGoalDocument, moveGoalLive);
  const [moveIntervention] = useLiveMutation(MoveInterventionDocument, moveInterventionLive);
  const index = siblings.findIndex((s) => s.id === id);
  if (index <= 0) return null;
  const afterId = index >= 2 ? (siblings[index - 2]?.id ?? null) : null;
  const move = { problem: moveProblem, goal: moveGoal, intervention: moveIntervention }[kind];
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      aria-label={`Move ${kind} up`}
      onClick={() => void move({ variables: { input: { id, expectedVersion: version, afterId } } }).catch(() => null)}
    >
      <span aria-hidden="true">↑ </span>Move up
    </Anchor>
  );
}
