import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { BoardEventsDocument, type BoardEventsSubscription } from '@carehub/schema/graphql';
import { useEventStream } from '../../platform/event-stream.js';

export type BoardEvent = BoardEventsSubscription['boardEvents'];
type Node = NonNullable<BoardEvent['node']>;

/**
 * The one place board events reach the cache. The platform has already written the changed item
 * (so a card moved on one screen takes its new column and position on every screen: the board
 * lays cards out from their own columnId and position); here cards and columns join or leave the
 * board's lists, and comments join their task.
 */
export function useBoardLive(
  boardId: string | null,
  after: string | null | undefined,
  /** Told of each event once the cache holds it (the screen announces others' moves). */
  onChange?: (event: BoardEvent) => void,
) {
  const client = useApolloClient();
  return useEventStream(
    BoardEventsDocument,
    boardId ? { boardId } : null,
    after,
    (data) => data.boardEvents,
    (data) => {
      const event = data.boardEvents;
      if (boardId) applyBoardEvent(client.cache, boardId, event);
      onChange?.(event);
    },
  );
}

/** Applies one board event's list changes to the cache; the item itself is already written. Idempotent. */
export function applyBoardEvent(
  cache: ApolloCache,
  boardId: string,
  event: Pick<BoardEvent, 'entityType' | 'entityId' | 'node'>,
) {
  const board = cache.identify({ __typename: 'TaskBoard', id: boardId });
  if (!board) return;
  const node = event.node as Node | null | undefined;
  if (!node) {
    // Sent without its item: the viewer may no longer see it (moved to a patient they are not on).
    if (event.entityType === 'Task' || event.entityType === 'BoardColumn') {
      const field = event.entityType === 'Task' ? 'tasks' : 'columns';
      const ref = cache.identify({ __typename: event.entityType, id: event.entityId });
      if (ref) setMember(cache, board, field, ref, false);
    }
    return;
  }
  switch (node.__typename) {
    case 'Task': {
      const ref = cache.identify(node);
      if (ref) setMember(cache, board, 'tasks', ref, node.boardId === boardId && !node.archivedAt);
      break;
    }
    case 'BoardColumn': {
      const ref = cache.identify(node);
      if (ref) setMember(cache, board, 'columns', ref, node.boardId === boardId && !node.archivedAt);
      break;
    }
    case 'TaskComment': {
      const ref = cache.identify(node);
      const task = cache.identify({ __typename: 'Task', id: node.taskId });
      if (ref && task) {
        cache.modify({
          id: task,
          fields: {
            // Only where the task's comments were read (its drawer); the card shows the count.
            comments: (existing: readonly Reference[]) =>
              existing.some((r) => r.__ref === ref) ? existing : [...existing, { __ref: ref } as Reference],
          },
        });
      }
      break;
    }
    default:
      break;
  }
}

/** Puts `ref` into (or takes it out of) the board's list `field`, once. */
function setMember(cache: ApolloCache, board: string, field: 'tasks' | 'columns', ref: string, member: boolean) {
  cache.modify({
    id: board,
    fields: {
      [field]: (existing: readonly Reference[]) => {
        const present = existing.some((r) => r.__ref === ref);
        if (member) return present ? existing : [...existing, { __ref: ref } as Reference];
        return present ? existing.filter((r) => r.__ref !== ref) : existing;
      },
    },
  });
}
