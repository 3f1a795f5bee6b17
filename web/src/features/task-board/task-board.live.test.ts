import type { InMemoryCache } from '@apollo/client';
import { BoardEventsDocument, type BoardEventsSubscription } from '@carehub/schema/graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyEvent, type StreamEvent } from '../../platform/event-stream.js';
import { boardInCache, task } from './task-board.fixture.js';
import { byPosition } from './task-board.layout.js';
import { applyBoardEvent } from './task-board.live.js';

type Node = NonNullable<BoardEventsSubscription['boardEvents']['node']>;

let cache: InMemoryCache;
let read: ReturnType<typeof boardInCache>['read'];
let nextId = 41;

beforeEach(() => {
  ({ cache, read } = boardInCache());
});

/** One event through the platform's path: the item written (unless stale), then the board's lists. */
function deliver(kind: string, node: Node | null, version = 1, entity?: { type: string; id: string }) {
  const event = {
    __typename: 'ChangeEvent',
    id: String(nextId++),
    stream: 'board:b1',
    kind: kind as never,
    entityType: node?.__typename ?? entity?.type ?? '',
    entityId: (node as { id?: string } | null)?.id ?? entity?.id ?? '',
    version,
    at: '2026-11-25T11:00:00.000Z',
    actor: { __typename: 'User', id: 'u2', name: 'Avery Patel' },
    node,
  } as StreamEvent & BoardEventsSubscription['boardEvents'];
  return applyEvent(
    cache,
    BoardEventsDocument,
    { boardId: 'b1', after: event.id },
    { boardEvents: event },
    event,
    (data) => applyBoardEvent(cache, 'b1', data.boardEvents),
  );
}

const column = (id: string) =>
  (read()?.tasks ?? [])
    .filter((t) => t.columnId === id)
    .sort(byPosition)
    .map((t) => t.id);

describe('board events reach the cache', () => {
  it('a card moved on another screen takes its new column and place here', () => {
    expect(deliver('MOVED', task('t1', 'a0V', 'doing', { version: 2 }) as Node, 2)).toBe(true);
    expect(column('todo')).toEqual(['t2', 't3']);
    expect(column('doing')).toEqual(['t1']);
  });

  it('an older version of a card never undoes a newer one (a replay after the first read)', () => {
    deliver('MOVED', task('t1', 'a5', 'todo', { version: 3 }) as Node, 3);
    expect(deliver('MOVED', task('t1', 'a0V', 'doing', { version: 2 }) as Node, 2)).toBe(false);
    expect(column('todo')).toEqual(['t2', 't3', 't1']);
  });

  it('a new card joins the board once, however often it arrives', () => {
    const node = task('t9', 'a1V', 'todo', {
      patient: { __typename: 'Patient', id: 'p1', name: 'Eleanor', bed: '12' },
    });
    deliver('CREATED', node as Node);
    deliver('CREATED', node as Node);
    expect(column('todo')).toEqual(['t1', 't2', 't9', 't3']);
  });

  it('an archived card, or one that arrives without its item, leaves the board', () => {
    deliver('ARCHIVED', task('t2', 'a1', 'todo', { version: 2, archivedAt: '2026-11-25T11:00:00.000Z' }) as Node, 2);
    expect(column('todo')).toEqual(['t1', 't3']);
    deliver('UPDATED', null, 2, { type: 'Task', id: 't3' });
    expect(column('todo')).toEqual(['t1']);
  });

  it('a new column joins the board', () => {
    deliver('CREATED', {
      __typename: 'BoardColumn',
      id: 'wait',
      boardId: 'b1',
      name: 'Waiting on family',
      position: 'a1V',
      wipLimit: 3,
      completes: false,
      archivedAt: null,
      version: 1,
    } as Node);
    expect(read()?.columns.map((c) => c.name)).toEqual(['To do', 'In progress', 'Done', 'Waiting on family']);
  });
});
