import type { InMemoryCache } from '@apollo/client';
import { ArchiveTaskDocument, MoveTaskDocument } from '@carehub/schema/graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { fragmentOn } from '../../platform/fragment.js';
import { applyPlacement } from '../../platform/placement.js';
import { boardInCache } from './task-board.fixture.js';
import { byPosition } from './task-board.layout.js';
import {
  archiveTaskLive,
  assignTaskLive,
  moveTaskLive,
  positionAfter,
  toggleChecklistItemLive,
} from './task-board.optimistic.js';

const viewer = { id: 'u1', name: 'Riley Chen', discipline: 'RN' };
let cache: InMemoryCache;
let read: ReturnType<typeof boardInCache>['read'];

beforeEach(() => {
  ({ cache, read } = boardInCache());
});

const column = (id: string) =>
  (read()?.tasks ?? [])
    .filter((t) => t.columnId === id)
    .sort(byPosition)
    .map((t) => t.id);

describe('a move shows at once', () => {
  it('into another column: the card takes that column and a position after the card it follows', () => {
    const variables = { input: { id: 't3', expectedVersion: 1, columnId: 'doing', afterId: null } };
    const result = moveTaskLive.optimistic(variables, { cache, viewer });
    expect(result?.moveTask).toMatchObject({ id: 't3', columnId: 'doing', version: 2 });
    cache.writeQuery({ query: MoveTaskDocument, variables, data: result as never });
    expect(column('todo')).toEqual(['t1', 't2']);
    expect(column('doing')).toEqual(['t3']);
    expect(moveTaskLive.describe(variables, cache)).toBe('Task ‘Task t3’: moved');
  });

  it('within its column: between its new neighbours, as the hub will place it', () => {
    const variables = { input: { id: 't3', expectedVersion: 1, columnId: 'todo', afterId: 't1' } };
    const result = moveTaskLive.optimistic(variables, { cache, viewer });
    cache.writeQuery({ query: MoveTaskDocument, variables, data: result as never });
    expect(column('todo')).toEqual(['t1', 't3', 't2']);
  });

  it('after a card the cache does not hold it shows nothing rather than a guess', () => {
    const variables = { input: { id: 't3', expectedVersion: 1, columnId: 'todo', afterId: 'gone' } };
    expect(moveTaskLive.optimistic(variables, { cache, viewer })).toBeNull();
    expect(
      positionAfter(
        [
          { id: 'a', position: 'a1' },
          { id: 'b', position: 'a1' },
        ],
        'x',
        'a',
      ),
    ).toBeNull();
  });
});

describe('other changes show at once', () => {
  it('assigning to someone the cache knows names them on the card; someone unknown waits for the hub', () => {
    cache.writeFragment({
      id: 'User:u7',
      fragment: fragmentOn('User', ['id', 'name', 'discipline']),
      data: { __typename: 'User', id: 'u7', name: 'Avery Patel', discipline: 'SW' },
    });
    const known = assignTaskLive.optimistic(
      { input: { id: 't1', expectedVersion: 1, assigneeId: 'u7' } },
      { cache, viewer },
    );
    expect(known?.assignTask.assignee).toMatchObject({ id: 'u7', name: 'Avery Patel' });
    expect(known?.assignTask.discipline).toBe('RN');
    expect(
      assignTaskLive.optimistic({ input: { id: 't1', expectedVersion: 1, assigneeId: 'u9' } }, { cache, viewer }),
    ).toBeNull();
    const cleared = assignTaskLive.optimistic(
      { input: { id: 't1', expectedVersion: 1, assigneeId: null, discipline: null } },
      { cache, viewer },
    );
    expect(cleared?.assignTask).toMatchObject({ assignee: null, discipline: null, version: 2 });
  });

  it('ticking a checklist item ticks only that item', () => {
    ({ cache, read } = boardInCache([
      {
        ...(read()?.tasks[0] as object),
        __typename: 'Task',
        id: 't1',
        checklist: [
          { __typename: 'ChecklistItem', id: 'c1', text: 'Scale', done: false, doneAt: null, doneByName: null },
          { __typename: 'ChecklistItem', id: 'c2', text: 'Chart', done: false, doneAt: null, doneByName: null },
        ],
      } as never,
    ]));
    const result = toggleChecklistItemLive.optimistic(
      { input: { id: 't1', expectedVersion: 1, itemId: 'c2', done: true } },
      { cache, viewer },
    );
    expect(result?.toggleChecklistItem.checklist.map((c) => c.done)).toEqual([false, true]);
  });

  it('archiving takes the card off the board', () => {
    const variables = { input: { id: 't2', expectedVersion: 1 } };
    const result = archiveTaskLive.optimistic(variables, { cache, viewer });
    expect(result?.archiveTask.archivedAt).toBeTruthy();
    cache.writeQuery({ query: ArchiveTaskDocument, variables, data: result as never });
    const placement = archiveTaskLive.placement?.(variables, result as never, cache);
    if (placement) applyPlacement(cache, 'Task:t2', placement);
    expect(column('todo')).toEqual(['t1', 't3']);
  });
});
