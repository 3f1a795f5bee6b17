import { InMemoryCache } from '@apollo/client';
import { TaskBoardDocument, type TaskBoardQuery } from '@carehub/schema/graphql';

/** A small unit board in the cache, for the feature's unit tests: board b1, columns todo/doing/done, cards t1–t3 in To do. */

export const task = (id: string, position: string, columnId = 'todo', extra: Record<string, unknown> = {}) => ({
  __typename: 'Task',
  id,
  boardId: 'b1',
  columnId,
  patientId: null,
  title: `Task ${id}`,
  description: null,
  position,
  discipline: 'RN',
  dueAt: null,
  priority: 'MEDIUM',
  labels: [],
  goalId: null,
  interventionId: null,
  visibility: 'TEAM',
  completedAt: null,
  archivedAt: null,
  occurrenceAt: null,
  recurring: false,
  commentCount: 0,
  overdue: false,
  dueToday: false,
  version: 1,
  updatedAt: '2026-11-25T10:00:00.000Z',
  assignee: null,
  checklist: [],
  patient: null,
  ...extra,
});

const column = (id: string, name: string, position: string, completes = false) => ({
  __typename: 'BoardColumn',
  id,
  boardId: 'b1',
  name,
  position,
  wipLimit: null,
  completes,
  archivedAt: null,
  version: 1,
});

export function boardInCache(cards = [task('t1', 'a0'), task('t2', 'a1'), task('t3', 'a2')]) {
  const cache = new InMemoryCache({
    typePolicies: {
      TaskBoard: { fields: { tasks: { merge: false }, columns: { merge: false } } },
      Task: { fields: { checklist: { merge: false }, comments: { merge: false } } },
    },
  });
  const data = {
    taskBoard: {
      __typename: 'TaskBoard',
      id: 'b1',
      kind: 'UNIT',
      name: '4W',
      unitId: 'u1',
      patientId: null,
      timeZone: 'America/New_York',
      version: 1,
      lastEventId: '40',
      columns: [
        column('todo', 'To do', 'a0'),
        column('doing', 'In progress', 'a1'),
        column('done', 'Done', 'a2', true),
      ],
      tasks: cards,
    },
  } as unknown as TaskBoardQuery;
  cache.writeQuery({ query: TaskBoardDocument, variables: { id: 'b1' }, data });
  const read = () => cache.readQuery({ query: TaskBoardDocument, variables: { id: 'b1' } })?.taskBoard;
  return { cache, read };
}
