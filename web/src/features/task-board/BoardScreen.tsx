import type { TaskBoardFieldsFragment } from '@carehub/schema/graphql';
import { MoveTaskDocument } from '@carehub/schema/graphql';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { offlineQueue, useLiveMutation } from '../../platform/live-mutation.js';
import { useAnnounce } from '../../ui/announcer.js';
import { LiveIndicator } from '../../ui/LiveIndicator.js';
import { useDates } from '../../ui/use-dates.js';
import { DISCIPLINES } from '../identity/disciplines.js';
import { useViewer } from '../identity/viewer.js';
import { PresenceAvatars } from '../presence/PresenceBar.js';
import { BoardFilterBar } from './BoardFilters.js';
import { KanbanBoard } from './KanbanBoard.js';
import { NewTask } from './NewTask.js';
import { TaskDrawer } from './TaskDrawer.js';
import * as say from './task-board.announcements.js';
import { labelsOf, matches, patientsOf, readFilters, writeFilters } from './task-board.filters.js';
import { columnCounts, layOut } from './task-board.layout.js';
import { type BoardEvent, useBoardLive } from './task-board.live.js';
import type { Mentionable } from './task-board.mentions.js';
import type { DropTarget } from './task-board.moves.js';
import { moveTaskLive } from './task-board.optimistic.js';
import { useBoardPresence } from './useBoardPresence.js';
import './task-board.css';

export type Board = TaskBoardFieldsFragment;
type Task = Board['tasks'][number];

/** Re-renders every minute, so "due soon" and "overdue" turn on while the board stays open. */
function useMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * A task board, live: the kanban with its filters (in the address), the task drawer
 * (`?task=<id>`), who else is looking and which card they are dragging. A move shows at once;
 * if the hub refuses it the card goes back and the reason is shown and said.
 */
export function BoardScreen({
  board,
  heading,
  people,
  patients,
}: {
  board: Board;
  heading: string;
  /** Who may be assigned and @mentioned: the patient's team and the unit's staff. */
  people: readonly Mentionable[];
  /** The unit's patients, for a new card on a unit board. */
  patients: readonly { id: string; name: string }[];
}) {
  const viewer = useViewer();
  const dates = useDates();
  const now = useMinute();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params, DISCIPLINES);
  const unitBoard = board.kind === 'UNIT';
  const lanesOn = unitBoard && filters.lanes !== 'none';
  const columns = board.columns;
  const finished = useMemo(() => new Set(columns.filter((c) => c.completes).map((c) => c.id)), [columns]);
  const tasks = board.tasks;
  const shown = useMemo(
    () =>
      tasks.filter((t) =>
        matches(t, filters, { viewerId: viewer.id, zone: dates.zone, now, finished: finished.has(t.columnId) }),
      ),
    // The filters object is new each render; its address form is stable.
    [tasks, params.toString(), viewer.id, dates.zone, now, finished],
  );
  const lanes = useMemo(
    () => layOut(columns.map(asColumn), shown, lanesOn ? 'patient' : 'none'),
    [columns, shown, lanesOn],
  );
  const counts = useMemo(() => columnCounts(columns, tasks, shown), [columns, tasks, shown]);
  const columnName = useCallback((id: string) => columns.find((c) => c.id === id)?.name ?? 'its column', [columns]);

  const presence = useBoardPresence(board.id, viewer.id);
  const live = useBoardLive(board.id, board.lastEventId, (event) => {
    const message = describeBoardChange(event, viewer.id, columnName);
    if (message) announce(message);
  });

  const [move] = useLiveMutation(MoveTaskDocument, moveTaskLive);
  const pendingMoves = useRef(new Map<string, { title: string; from: string }>());
  useRefusedMoves(pendingMoves.current, announce);

  function onMove(task: Task, target: DropTarget) {
    pendingMoves.current.set(task.id, { title: task.title, from: columnName(task.columnId) });
    void move({
      variables: {
        input: { id: task.id, expectedVersion: task.version, columnId: target.columnId, afterId: target.afterId },
      },
    }).catch((error) => {
      const problem = apiError(error);
      announce(say.refused(task.title, columnName(task.columnId), refusalReason(problem?.code, problem?.message)));
    });
  }

  const formatDue = useMemo(() => {
    // Each card shows its due time; formatting on the unit's clock goes through Intl, so once per value.
    const shown = new Map<string, string>();
    return (value: string) => {
      let text = shown.get(value);
      if (text === undefined) {
        text = dates.dateTime(value);
        shown.set(value, text);
      }
      return text;
    };
  }, [dates]);
  const openTask = params.get('task');
  // Stable, so the board's memoised cards do not all draw again when one moves.
  const openCard = useCallback((id: string) => setParams((current) => writeTask(current, id)), [setParams]);
  const setFilter = (change: Parameters<typeof writeFilters>[1]) =>
    setParams(writeFilters(params, change), { replace: true });
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{heading}</Title>
          <Text c="dimmed" size="sm">
            {tasks.length} {tasks.length === 1 ? 'task' : 'tasks'}
            {shown.length !== tasks.length ? `, ${shown.length} shown` : ''}
          </Text>
        </div>
        <Group gap="sm">
          <PresenceAvatars viewers={presence.viewers} me={viewer.id} />
          <LiveIndicator state={live} />
        </Group>
      </Group>
      <NewTask board={board} patients={patients} />
      <BoardFilterBar
        filters={filters}
        labels={labelsOf(tasks)}
        patients={unitBoard ? patientsOf(tasks) : null}
        lanesChoice={unitBoard ? { on: lanesOn } : null}
        onChange={setFilter}
      />
      <KanbanBoard
        columns={columns.map(asColumn)}
        tasks={tasks}
        lanes={lanes}
        counts={counts}
        zone={dates.zone}
        now={now}
        showPatient={unitBoard && !lanesOn}
        readOnly={false}
        formatDue={formatDue}
        draggedBy={presence.draggedBy}
        onOpen={openCard}
        onMove={onMove}
        onDragging={presence.dragging}
        onRefuse={announce}
      />
      <TaskDrawer taskId={openTask} board={board} people={people} onClose={() => setParams(writeTask(params, null))} />
    </Stack>
  );
}

const asColumn = (c: Board['columns'][number]) => ({
  id: c.id,
  name: c.name,
  position: c.position,
  wipLimit: c.wipLimit,
  done: c.completes,
});

const writeTask = (params: URLSearchParams, id: string | null) => {
  const next = new URLSearchParams(params);
  if (id) next.set('task', id);
  else next.delete('task');
  return next;
};

/** Why the hub put a card back, in words. */
export function refusalReason(code: string | undefined, message: string | undefined): string {
  switch (code) {
    case 'CONFLICT':
      return 'someone else changed this task first; it shows their change now.';
    case 'FORBIDDEN':
      return 'you may not change tasks on this board.';
    case 'NOT_FOUND':
      return 'the task or its column is no longer on the board.';
    default:
      return message ?? 'CareHub did not accept the move.';
  }
}

/**
 * Moves that went through the offline queue and came back refused: the queue has put the card
 * back and listed the reason in the header; this says it to a screen reader too.
 */
function useRefusedMoves(pending: Map<string, { title: string; from: string }>, announce: (m: string) => void) {
  useEffect(() => {
    const told = new Set<string>();
    return offlineQueue.summary.subscribe(() => {
      for (const change of offlineQueue.summary.get().changes) {
        if (change.operation !== 'MoveTask' || told.has(change.id)) continue;
        if (change.status !== 'conflict' && change.status !== 'failed') continue;
        told.add(change.id);
        const move = pending.get(change.entity.id);
        if (move)
          announce(say.refused(move.title, move.from, refusalReason(change.error?.code, change.error?.message)));
      }
    });
  }, [pending, announce]);
}

const VERBS: Record<string, string> = { CREATED: 'added', UPDATED: 'changed', MOVED: 'moved', DELETED: 'archived' };

/** What a screen reader hears when someone else changes the board; nothing for the viewer's own changes. */
export function describeBoardChange(
  event: BoardEvent,
  viewerId: string,
  columnName: (id: string) => string,
): string | null {
  const { actor, kind, node } = event;
  if (!node || actor?.id === viewerId) return null;
  const who = actor?.name ?? 'CareHub';
  if (node.__typename === 'Task') {
    if (kind === 'MOVED') return say.movedBy(who, node.title, columnName(node.columnId));
    return `${who} ${VERBS[kind] ?? 'changed'} ${say.quote(node.title)}.`;
  }
  if (node.__typename === 'TaskComment') return `${who} commented on a task.`;
  return null;
}
