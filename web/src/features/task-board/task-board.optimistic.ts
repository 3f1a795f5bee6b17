import type { ApolloCache } from '@apollo/client';
import {
  type AddChecklistItemMutation,
  type AddChecklistItemMutationVariables,
  type AddTaskCommentMutation,
  type AddTaskCommentMutationVariables,
  type ArchiveTaskMutation,
  type ArchiveTaskMutationVariables,
  type AssignTaskMutation,
  type AssignTaskMutationVariables,
  type CompleteTaskMutation,
  type CompleteTaskMutationVariables,
  type CreateTaskMutation,
  type CreateTaskMutationVariables,
  type MoveTaskMutation,
  type MoveTaskMutationVariables,
  type RemoveChecklistItemMutation,
  type RemoveChecklistItemMutationVariables,
  type ReopenTaskMutation,
  type ReopenTaskMutationVariables,
  type TaskFieldsFragment,
  TaskFieldsFragmentDoc,
  type ToggleChecklistItemMutation,
  type ToggleChecklistItemMutationVariables,
  type UpdateTaskMutation,
  type UpdateTaskMutationVariables,
} from '@carehub/schema/graphql';
import { generateKeyBetween } from 'fractional-indexing';
import { fragmentOn } from '../../platform/fragment.js';
import type { LiveMutationSpec } from '../../platform/live-mutation.js';
import { pendingId } from '../../platform/offline-queue.js';
import { cachedItem, queuedCreate, versionedUpdate } from '../../platform/optimistic.js';
import { byPosition } from './task-board.layout.js';

/**
 * How each task change shows before the hub answers (see platform/live-mutation.ts). Edits,
 * moves, assignments, checklist ticks and comments go through the offline queue: a card moved on
 * a ward with a patchy signal moves at once and is sent when the hub can be reached; a refusal
 * (someone moved it first, no access) puts it back and says why.
 */

const quoted = (text: unknown) => `‘${String(text ?? '').slice(0, 60)}’`;
const taskName = (item: Record<string, unknown> | null) => `Task ${quoted(item?.title)}`;
const now = () => new Date().toISOString();
type Task = TaskFieldsFragment;

/** The task as the cache holds it (every field the board shows), or null. */
export const cachedTask = (cache: ApolloCache, id: string) =>
  cachedItem(cache, 'Task', id, TaskFieldsFragmentDoc, 'TaskFields') as Task | null;

const BOARD_TASKS = fragmentOn('TaskBoard', [{ tasks: ['id', 'columnId', 'position'] }]);

/** The cards of one column of a board, in order, as the cache holds them. */
export function columnCards(cache: ApolloCache, boardId: string, columnId: string) {
  const ref = cache.identify({ __typename: 'TaskBoard', id: boardId });
  const board = ref
    ? (cache.readFragment({ id: ref, fragment: BOARD_TASKS, returnPartialData: true }) as {
        tasks?: { id: string; columnId: string; position: string }[];
      } | null)
    : null;
  return (board?.tasks ?? []).filter((t) => t?.columnId === columnId).sort(byPosition);
}

/**
 * The fractional position right after `afterId` in the column (first when null), as the hub
 * computes it; null when the cache's neighbours cannot be told apart (the hub's answer will show).
 */
export function positionAfter(
  cards: readonly { id: string; position: string }[],
  movingId: string,
  afterId: string | null | undefined,
): string | null {
  const others = cards.filter((c) => c.id !== movingId);
  const at = afterId ? others.findIndex((c) => c.id === afterId) + 1 : 0;
  if (afterId && at === 0) return null;
  try {
    return generateKeyBetween(others[at - 1]?.position ?? null, others[at]?.position ?? null);
  } catch {
    return null;
  }
}

/** A move: the card takes its new column and a position between its new neighbours at once. */
export const moveTaskLive: LiveMutationSpec<MoveTaskMutation, MoveTaskMutationVariables> = {
  describe: ({ input }, cache) => `${taskName(cachedTask(cache, input.id))}: moved`,
  optimistic: ({ input }, { cache }) => {
    const task = cachedTask(cache, input.id);
    if (!task) return null;
    const position = positionAfter(columnCards(cache, task.boardId, input.columnId), task.id, input.afterId);
    if (position === null) return null;
    return {
      moveTask: { ...task, columnId: input.columnId, position, version: input.expectedVersion + 1, updatedAt: now() },
    };
  },
  queued: { entity: ({ input }) => ({ typename: 'Task', id: input.id }) },
};

export const updateTaskLive = versionedUpdate<UpdateTaskMutation, UpdateTaskMutationVariables>({
  typename: 'Task',
  resultField: 'updateTask',
  fragment: TaskFieldsFragmentDoc,
  fragmentName: 'TaskFields',
  name: taskName,
});

/** A change of one task that the board can show at once from the cached task. */
function taskChange<TData, TVariables extends { input: { id: string; expectedVersion: number } }>(
  resultField: string,
  what: string,
  change: (task: Task, input: TVariables['input'], cache: ApolloCache) => Partial<Task> | null,
): LiveMutationSpec<TData, TVariables> {
  return {
    describe: ({ input }, cache) => `${taskName(cachedTask(cache, input.id))}: ${what}`,
    optimistic: ({ input }, { cache }) => {
      const task = cachedTask(cache, input.id);
      const changed = task ? change(task, input, cache) : null;
      if (!task || !changed) return null;
      return { [resultField]: { ...task, ...changed, version: input.expectedVersion + 1 } } as TData;
    },
    queued: { entity: ({ input }) => ({ typename: 'Task', id: input.id }) },
  };
}

const USER = fragmentOn('User', ['id', 'name', 'discipline']);
const PATIENT = fragmentOn('Patient', ['id', 'name', 'bed']);

/** The patient a new card is for, as the cache knows them (so it shows in their row at once). */
const cachedPatient = (cache: ApolloCache, id: string) => {
  const ref = cache.identify({ __typename: 'Patient', id });
  const patient = ref
    ? (cache.readFragment({ id: ref, fragment: PATIENT }) as { id: string; name: string; bed?: string | null } | null)
    : null;
  return patient ? { ...patient, __typename: 'Patient' as const } : null;
};

export const assignTaskLive = taskChange<AssignTaskMutation, AssignTaskMutationVariables>(
  'assignTask',
  'assigned',
  (task, input, cache) => {
    let assignee = task.assignee ?? null;
    if (input.assigneeId === null) assignee = null;
    else if (input.assigneeId) {
      const ref = cache.identify({ __typename: 'User', id: input.assigneeId });
      const user = ref ? (cache.readFragment({ id: ref, fragment: USER }) as Task['assignee']) : null;
      if (!user) return null; // Someone the cache does not know: the hub's answer names them.
      assignee = { ...user, __typename: 'User' } as Task['assignee'];
    }
    return {
      assignee,
      discipline: input.discipline === undefined ? task.discipline : (input.discipline ?? null),
    };
  },
);

export const completeTaskLive = taskChange<CompleteTaskMutation, CompleteTaskMutationVariables>(
  'completeTask',
  'completed',
  () => ({ completedAt: now() }),
);

export const reopenTaskLive = taskChange<ReopenTaskMutation, ReopenTaskMutationVariables>(
  'reopenTask',
  'reopened',
  () => ({ completedAt: null }),
);

/** Archiving takes the card off the board at once. */
export const archiveTaskLive: LiveMutationSpec<ArchiveTaskMutation, ArchiveTaskMutationVariables> = {
  ...taskChange<ArchiveTaskMutation, ArchiveTaskMutationVariables>('archiveTask', 'archived', () => ({})),
  optimistic: ({ input }, { cache }) => {
    const task = cachedTask(cache, input.id);
    return task ? { archiveTask: { ...task, archivedAt: now(), version: input.expectedVersion + 1 } } : null;
  },
  placement: (_variables, data) => ({ parent: `TaskBoard:${data.archiveTask.boardId}`, field: 'tasks', at: 'remove' }),
};

export const addChecklistItemLive = taskChange<AddChecklistItemMutation, AddChecklistItemMutationVariables>(
  'addChecklistItem',
  'checklist item added',
  (task, input) => ({
    checklist: [
      ...task.checklist,
      {
        __typename: 'ChecklistItem',
        id: pendingId(crypto.randomUUID()),
        text: input.text,
        done: false,
        doneAt: null,
        doneByName: null,
      },
    ],
  }),
);

export const toggleChecklistItemLive = taskChange<ToggleChecklistItemMutation, ToggleChecklistItemMutationVariables>(
  'toggleChecklistItem',
  'checklist ticked',
  (task, input) => ({
    checklist: task.checklist.map((item) =>
      item.id === input.itemId ? { ...item, done: input.done, doneAt: input.done ? now() : null } : item,
    ),
  }),
);

export const removeChecklistItemLive = taskChange<RemoveChecklistItemMutation, RemoveChecklistItemMutationVariables>(
  'removeChecklistItem',
  'checklist item removed',
  (task, input) => ({ checklist: task.checklist.filter((item) => item.id !== input.itemId) }),
);

/** A new card shows at the end of its column (the first when none is given) until the hub places it. */
export const createTaskLive = queuedCreate<CreateTaskMutation, CreateTaskMutationVariables>({
  typename: 'Task',
  resultField: 'createTask',
  describe: ({ input }) => `New task ${quoted(input.title)}`,
  item: ({ input }, { cache }) =>
    input.boardId && input.columnId
      ? {
          boardId: input.boardId,
          columnId: input.columnId,
          patientId: input.patientId ?? null,
          title: input.title,
          description: input.description ?? null,
          position: '~',
          discipline: input.discipline ?? null,
          dueAt: input.dueAt ?? null,
          priority: input.priority ?? 'MEDIUM',
          labels: input.labels ?? [],
          visibility: input.visibility ?? 'TEAM',
          completedAt: null,
          occurrenceAt: null,
          commentCount: 0,
          version: 1,
          updatedAt: now(),
          assignee: null,
          patient: input.patientId ? cachedPatient(cache, input.patientId) : null,
          checklist: [],
        }
      : null,
  placement: ({ input }) => ({ parent: `TaskBoard:${input.boardId}`, field: 'tasks', at: 'end' }),
});

/** A comment shows at once under the task, with its author; the task's count goes up with it. */
export const addTaskCommentLive = queuedCreate<AddTaskCommentMutation, AddTaskCommentMutationVariables>({
  typename: 'TaskComment',
  resultField: 'addTaskComment',
  describe: ({ input }) => `Comment ${quoted(input.text)}`,
  item: ({ input }, { viewer }) => ({
    taskId: input.taskId,
    text: input.text,
    createdAt: now(),
    version: 1,
    author: { __typename: 'User', id: viewer.id, name: viewer.name, discipline: viewer.discipline ?? null },
    mentions: [],
  }),
  placement: ({ input }) => ({ parent: `Task:${input.taskId}`, field: 'comments', at: 'end' }),
});
