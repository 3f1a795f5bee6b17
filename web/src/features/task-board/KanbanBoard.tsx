import {
  type Active,
  type Announcements,
  type CollisionDetection,
  closestCenter,
  closestCorners,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  MouseSensor,
  type Over,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { Badge, Group, Text, Title } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { type CardData, type CardTask, TaskCardView } from './TaskCard.js';
import { type CellData, cellId, TaskCell } from './TaskCell.js';
import * as say from './task-board.announcements.js';
import { byPosition, type ColumnCount, type Lane, type LayoutColumn } from './task-board.layout.js';
import { type DropTarget, dropIndex, dropTarget, isNoOp } from './task-board.moves.js';

export interface KanbanProps {
  columns: readonly LayoutColumn[];
  /** Every task of the board (what columns are ordered and counted by). */
  tasks: readonly CardTask[];
  /** The lanes of the tasks the filters show. */
  lanes: readonly Lane<CardTask>[];
  counts: Map<string, ColumnCount>;
  zone: string;
  now: number;
  showPatient: boolean;
  readOnly: boolean;
  formatDue(value: string): string;
  /** Who else is dragging a card now, by task id. */
  draggedBy(taskId: string): string | null;
  onOpen(taskId: string): void;
  onMove(task: CardTask, target: DropTarget, columnName: string): void;
  /** A card was picked up (its id) or put down (null): others see the marker. */
  onDragging?(taskId: string | null): void;
  /** Something to say that is not part of a drag (a drop into another patient's lane). */
  onRefuse?(message: string): void;
}

type DropData = CardData | CellData;

/**
 * Prefers a card under the pointer (or the dragged card's rectangle, for the keyboard), then the
 * card nearest the centre within the cell it is over, then the cell itself (an empty column).
 */
const collide: CollisionDetection = (args) => {
  const direct = pointerWithin(args);
  const hits = direct.length > 0 ? direct : rectIntersection(args);
  const data = (id: unknown) => args.droppableContainers.find((c) => c.id === id)?.data.current as DropData | undefined;
  const cards = hits.filter((h) => data(h.id)?.type === 'card');
  if (cards.length > 0) {
    const ids = new Set(cards.map((c) => c.id));
    return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => ids.has(c.id)) });
  }
  const cell = hits.find((h) => data(h.id)?.type === 'cell');
  if (cell) {
    const where = data(cell.id) as CellData;
    const inside = args.droppableContainers.filter((c) => {
      const d = c.data.current as DropData | undefined;
      return d?.type === 'card' && d.laneKey === where.laneKey && d.columnId === where.columnId;
    });
    return inside.length > 0 ? closestCenter({ ...args, droppableContainers: inside }) : [cell];
  }
  return closestCorners(args);
};

/**
 * Arrow keys while a card is lifted: up and down step through the column (dnd-kit's sortable
 * steps); left and right go to the same row's next column, onto the card nearest the lifted
 * card's height there (or the empty cell). dnd-kit's own left and right pick the nearest
 * droppable to that side, which on a board of cells is often the card's own cell.
 */
export function boardKeyboardCoordinates(columnOrder: () => readonly string[]): KeyboardCoordinateGetter {
  return (event, args) => {
    if (event.code !== 'ArrowLeft' && event.code !== 'ArrowRight') return sortableKeyboardCoordinates(event, args);
    event.preventDefault();
    const { active, over, collisionRect, droppableRects, droppableContainers } = args.context;
    if (!active || !collisionRect) return undefined;
    const here = (over?.data.current ?? active.data.current) as DropData | undefined;
    if (!here) return undefined;
    const order = columnOrder();
    const next = order[order.indexOf(here.columnId) + (event.code === 'ArrowRight' ? 1 : -1)];
    if (!next) return undefined;
    let best: { left: number; top: number } | null = null;
    let distance = Number.POSITIVE_INFINITY;
    for (const entry of droppableContainers.getEnabled()) {
      const data = entry.data.current as DropData | undefined;
      if (entry.id === active.id || data?.type !== 'card' || data.laneKey !== here.laneKey || data.columnId !== next)
        continue;
      const rect = droppableRects.get(entry.id);
      if (!rect) continue;
      const d = Math.abs(rect.top - collisionRect.top);
      if (d < distance) {
        distance = d;
        best = rect;
      }
    }
    best ??= droppableRects.get(cellId(here.laneKey, next)) ?? null;
    return best ? { x: best.left, y: best.top } : undefined;
  };
}

/**
 * The kanban: column headers with counts and WIP limits, then one row per lane, each cell a
 * virtualised drop zone. Cards move by mouse, touch (press and hold) and keyboard; every step of a
 * drag is said in words ("Moved ‘Daily weight’ to In progress, position 2 of 5").
 */
export function KanbanBoard(props: KanbanProps) {
  const { columns, tasks, lanes, counts, readOnly } = props;
  const ordered = useMemo(() => [...columns].sort(byPosition), [columns]);
  const names = useMemo(() => new Map(ordered.map((c) => [c.id, c.name])), [ordered]);
  const byId = useMemo(() => new Map(tasks.map((t) => [t.id, t])), [tasks]);
  const columnOrder = useMemo(() => {
    const map = new Map<string, string[]>(ordered.map((c) => [c.id, []]));
    for (const t of [...tasks].sort(byPosition)) map.get(t.columnId)?.push(t.id);
    return map;
  }, [ordered, tasks]);
  const cells = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const lane of lanes)
      for (const [columnId, list] of lane.cells)
        map.set(
          `${lane.key}|${columnId}`,
          list.map((t) => t.id),
        );
    return map;
  }, [lanes]);
  const order = useRef<string[]>([]);
  order.current = ordered.map((c) => c.id);
  const keyboard = useMemo(() => boardKeyboardCoordinates(() => order.current), []);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** Whether the dragged card has been over anything but its own place (so "is over" is said only after a move). */
  const wandered = useRef(false);
  const still = useReducedMotion();
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // Press and hold, so a finger can still scroll the column.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboard }),
  );

  /** Where the active card would go if dropped over `over` now; null when nowhere (or another patient's lane). */
  function resolve(
    active: Active,
    over: Over | null,
  ): { target: DropTarget; from: CardData; sameLane: boolean } | null {
    const from = active.data.current as CardData | undefined;
    const to = over?.data.current as DropData | undefined;
    if (!from || !to || !over) return null;
    const visible = cells.get(`${to.laneKey}|${to.columnId}`) ?? [];
    const activeId = String(active.id);
    const translated = active.rect.current.translated;
    const pastMiddle = !!translated && translated.top + translated.height / 2 > over.rect.top + over.rect.height / 2;
    const index =
      to.type === 'card'
        ? dropIndex(activeId, visible, String(over.id), pastMiddle)
        : dropIndex(activeId, visible, null, false);
    const target = dropTarget(activeId, to.columnId, visible, index, columnOrder.get(to.columnId) ?? []);
    return { target, from, sameLane: from.laneKey === to.laneKey };
  }

  const titleOf = (id: unknown) => byId.get(String(id))?.title ?? 'the task';
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const from = active.data.current as CardData | undefined;
      const visible = from ? (cells.get(`${from.laneKey}|${from.columnId}`) ?? []) : [];
      return say.pickedUp(
        titleOf(active.id),
        names.get(from?.columnId ?? '') ?? 'its column',
        visible.indexOf(String(active.id)) + 1,
        visible.length,
      );
    },
    onDragOver: ({ active, over }) => {
      // dnd-kit reports the card over its own place as the drag starts: "Picked up …" is what to hear then.
      if (!wandered.current && over?.id === active.id) return undefined;
      wandered.current = true;
      const drop = resolve(active, over);
      if (!drop) return say.notOverColumn(titleOf(active.id));
      if (!drop.sameLane) return `${say.quote(titleOf(active.id))} stays with its patient: drop it in its own row.`;
      const { target } = drop;
      return say.over(titleOf(active.id), names.get(target.columnId) ?? '', target.position, target.of);
    },
    onDragEnd: ({ active, over }) => {
      const drop = resolve(active, over);
      const from = active.data.current as CardData | undefined;
      if (!drop?.sameLane) return say.cancelled(titleOf(active.id), names.get(from?.columnId ?? '') ?? '');
      const { target } = drop;
      return say.moved(titleOf(active.id), names.get(target.columnId) ?? '', target.position, target.of);
    },
    onDragCancel: ({ active }) => {
      const from = active.data.current as CardData | undefined;
      return say.cancelled(titleOf(active.id), names.get(from?.columnId ?? '') ?? '');
    },
  };

  function end({ active, over }: DragEndEvent) {
    setActiveId(null);
    props.onDragging?.(null);
    const task = byId.get(String(active.id));
    const drop = resolve(active, over);
    if (!task || !drop) return;
    if (!drop.sameLane) {
      props.onRefuse?.(`${say.quote(task.title)} stays with its patient: drop it in its own row.`);
      return;
    }
    if (isNoOp(drop.target, task.columnId, columnOrder.get(task.columnId) ?? [], task.id)) return;
    props.onMove(task, drop.target, names.get(drop.target.columnId) ?? '');
  }

  const active = activeId ? byId.get(activeId) : undefined;
  const card = {
    zone: props.zone,
    now: props.now,
    showPatient: props.showPatient,
    readOnly,
    formatDue: props.formatDue,
    onOpen: props.onOpen,
    draggedBy: props.draggedBy,
  };
  const laneMode = lanes.length > 1 || lanes[0]?.key !== 'all';
  const template = { gridTemplateColumns: `repeat(${ordered.length}, minmax(15rem, 1fr))` };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collide}
      accessibility={{ announcements, screenReaderInstructions: { draggable: say.DRAG_INSTRUCTIONS } }}
      onDragStart={({ active }) => {
        wandered.current = false;
        setActiveId(String(active.id));
        props.onDragging?.(String(active.id));
      }}
      onDragEnd={end}
      onDragCancel={() => {
        setActiveId(null);
        props.onDragging?.(null);
      }}
    >
      <div className="kanban">
        <div className="kanban-row kanban-head" style={template}>
          {ordered.map((c) => (
            <ColumnHeader key={c.id} column={c} count={counts.get(c.id)} />
          ))}
        </div>
        {lanes.map((lane) => (
          <section
            key={lane.key}
            className="kanban-lane"
            aria-label={laneMode ? `${lane.label}, ${lane.total} ${lane.total === 1 ? 'task' : 'tasks'}` : 'Columns'}
          >
            {laneMode ? (
              <Title order={2} className="kanban-lane-title">
                {lane.label}{' '}
                <Text span c="dimmed" size="sm">
                  {lane.total}
                </Text>
              </Title>
            ) : null}
            <div className="kanban-row" style={template}>
              {ordered.map((c) => (
                <TaskCell
                  key={c.id}
                  laneKey={lane.key}
                  columnId={c.id}
                  columnName={c.name}
                  tasks={lane.cells.get(c.id) ?? []}
                  card={{ ...card, finished: !!c.done }}
                  maxHeight={laneMode ? '24rem' : 'calc(100vh - 16rem)'}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
      <DragOverlay dropAnimation={still ? null : undefined}>
        {active ? (
          <TaskCardView {...card} task={active} laneKey="" finished={false} overlay draggedBy={null} handle={null} />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

function ColumnHeader({ column, count }: { column: LayoutColumn; count: ColumnCount | undefined }) {
  const total = count?.total ?? 0;
  const shown = count?.shown ?? 0;
  return (
    <div className={`kanban-column-head${count?.over ? ' kanban-over-limit' : ''}`}>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text fw={700}>{column.name}</Text>
        <Group gap={4} wrap="nowrap">
          <Badge
            color="gray"
            variant="light"
            aria-label={`${total} ${total === 1 ? 'task' : 'tasks'}${shown !== total ? `, ${shown} shown` : ''}`}
          >
            {shown !== total ? `${shown} of ${total}` : total}
          </Badge>
          {count?.wipLimit != null ? (
            <Badge
              color={count.over ? 'danger' : count.full ? 'warn' : 'gray'}
              variant={count.over || count.full ? 'filled' : 'outline'}
              aria-label={`Work-in-progress limit ${count.wipLimit}${count.over ? ', over the limit' : count.full ? ', at the limit' : ''}`}
            >
              WIP {total}/{count.wipLimit}
            </Badge>
          ) : null}
        </Group>
      </Group>
    </div>
  );
}
