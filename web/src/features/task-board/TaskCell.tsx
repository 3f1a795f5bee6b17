import { useDndContext, useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef } from 'react';
import { type CardTask, SortableTaskCard, type TaskCardProps } from './TaskCard.js';

export interface CellData {
  type: 'cell';
  laneKey: string;
  columnId: string;
}

export const cellId = (laneKey: string, columnId: string) => `cell:${laneKey}:${columnId}`;

/** A card's height before it is measured; real heights replace it as cards render. */
const ESTIMATE = 96;
/** Cards kept rendered above and below what is visible, so a quick scroll or a keyboard move finds them. */
const OVERSCAN = 6;

/**
 * One lane's part of a column: a drop zone and a virtualised list. Only the cards in view (and a
 * few around) are in the page, so a column of hundreds stays as light as a column of ten; the
 * card being dragged stays rendered even when scrolled away, so the drag never loses it.
 */
export function TaskCell({
  laneKey,
  columnId,
  columnName,
  tasks,
  card,
  maxHeight,
}: {
  laneKey: string;
  columnId: string;
  columnName: string;
  tasks: readonly CardTask[];
  card: Omit<TaskCardProps, 'task' | 'laneKey' | 'draggedBy'> & { draggedBy(id: string): string | null };
  maxHeight: string;
}) {
  const { setNodeRef, isOver } = useDroppable({
    id: cellId(laneKey, columnId),
    data: { type: 'cell', laneKey, columnId } satisfies CellData,
  });
  const { active } = useDndContext();
  const ids = useMemo(() => tasks.map((t) => t.id), [tasks]);
  const activeIndex = active ? ids.indexOf(String(active.id)) : -1;
  const scroller = useRef<HTMLDivElement | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return activeIndex >= 0 && !indexes.includes(activeIndex)
        ? [...indexes, activeIndex].sort((a, b) => a - b)
        : indexes;
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATE,
    overscan: OVERSCAN,
    getItemKey: (index) => tasks[index]?.id ?? index,
    rangeExtractor,
    gap: 8,
  });
  const setRefs = useCallback(
    (node: HTMLDivElement | null) => {
      scroller.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );
  return (
    <section
      className={`task-cell${isOver ? ' task-cell-over' : ''}`}
      aria-label={`${columnName}, ${tasks.length} ${tasks.length === 1 ? 'task' : 'tasks'}`}
    >
      <div ref={setRefs} className="task-cell-scroll" style={{ maxHeight }}>
        <SortableContext id={cellId(laneKey, columnId)} items={ids} strategy={verticalListSortingStrategy}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const task = tasks[item.index];
              if (!task) return null;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="task-slot"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <SortableTaskCard {...card} task={task} laneKey={laneKey} draggedBy={card.draggedBy(task.id)} />
                </div>
              );
            })}
          </div>
        </SortableContext>
        {tasks.length === 0 ? <p className="task-cell-empty">No tasks</p> : null}
      </div>
    </section>
  );
}
