import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { memo } from 'react';
import { type DueState, dueState, type LayoutTask } from './task-board.layout.js';

/** What a card shows of a task. */
export interface CardTask extends LayoutTask {
  priority?: string | null;
  version: number;
  checklist?: readonly { done: boolean }[] | null;
  commentCount?: number | null;
}

export interface CardData {
  type: 'card';
  laneKey: string;
  columnId: string;
}

const DUE_WORDS: Record<DueState, string | null> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'due-today': 'Due today',
  later: null,
  none: null,
};
const PRIORITY_COLOR: Record<string, string> = { HIGH: 'warn', MEDIUM: 'gray', LOW: 'gray' };
const sentence = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replaceAll('_', ' ');

export interface TaskCardProps {
  task: CardTask;
  laneKey: string;
  zone: string;
  now: number;
  finished: boolean;
  showPatient: boolean;
  /** Someone else is dragging this card right now. */
  draggedBy?: string | null;
  readOnly?: boolean;
  /** `MMM D h:mm A` of the due time on the unit's clock. */
  formatDue(value: string): string;
  onOpen(id: string): void;
}

/**
 * One task on the board. Mouse and touch drag the whole card; the keyboard picks it up from its
 * grip button (space or enter), so the title stays a plain button that opens the task.
 */
export const SortableTaskCard = memo(function SortableTaskCard(props: TaskCardProps) {
  const { task, laneKey, readOnly } = props;
  const sortable = useSortable({
    id: task.id,
    data: { type: 'card', laneKey, columnId: task.columnId } satisfies CardData,
    disabled: readOnly,
  });
  const { onKeyDown, ...pointer } = (sortable.listeners ?? {}) as Record<string, (event: unknown) => void>;
  // Cards slide aside while one is dragged, unless the user asked for less motion.
  const still = useReducedMotion();
  return (
    <TaskCardView
      {...props}
      ref={sortable.setNodeRef}
      handleRef={sortable.setActivatorNodeRef}
      style={{
        transform: CSS.Translate.toString(sortable.transform),
        transition: still ? undefined : sortable.transition,
      }}
      lifted={sortable.isDragging}
      pointer={pointer}
      handle={readOnly ? null : { ...sortable.attributes, onKeyDown }}
    />
  );
});

/** The card as drawn: on the board, and under the pointer while it is dragged. */
export function TaskCardView({
  task,
  zone,
  now,
  finished,
  showPatient,
  draggedBy,
  formatDue,
  onOpen,
  ref,
  handleRef,
  style,
  lifted,
  overlay,
  pointer,
  handle,
}: TaskCardProps & {
  ref?: (node: HTMLElement | null) => void;
  handleRef?: (node: HTMLElement | null) => void;
  style?: React.CSSProperties;
  lifted?: boolean;
  overlay?: boolean;
  pointer?: Record<string, (event: never) => void>;
  handle?: Record<string, unknown> | null;
}) {
  const due = dueState(task, zone, now, finished);
  const dueWords = DUE_WORDS[due];
  const checklist = task.checklist ?? [];
  const ticked = checklist.filter((c) => c.done).length;
  const className = [
    'task-card',
    due === 'overdue' ? 'task-overdue' : due === 'due-soon' ? 'task-due-soon' : '',
    lifted && !overlay ? 'task-lifted' : '',
    overlay ? 'task-overlay' : '',
    draggedBy ? 'task-remote-drag' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article
      ref={ref}
      className={className}
      style={style}
      aria-label={task.title}
      data-task-id={task.id}
      {...(pointer as Record<string, unknown>)}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        {handle ? (
          <UnstyledButton
            ref={handleRef}
            className="task-grip"
            {...handle}
            aria-label={`Move ${task.title}`}
            aria-roledescription="draggable task"
          >
            <span aria-hidden="true">⠿</span>
          </UnstyledButton>
        ) : null}
        <div className="task-card-body">
          <UnstyledButton className="task-title" onClick={() => onOpen(task.id)}>
            {task.title}
          </UnstyledButton>
          {showPatient && task.patient ? (
            <Text size="xs" c="dimmed">
              {task.patient.name}
              {task.patient.bed ? ` · Bed ${task.patient.bed}` : ''}
            </Text>
          ) : null}
          <Group gap={4} mt={4}>
            {dueWords ? (
              <Badge size="sm" color={due === 'overdue' ? 'danger' : 'warn'} variant="light">
                {dueWords}
              </Badge>
            ) : null}
            {task.dueAt ? (
              <Text size="xs" c="dimmed">
                Due {formatDue(task.dueAt)}
              </Text>
            ) : null}
            {task.priority && task.priority !== 'MEDIUM' ? (
              <Badge size="sm" color={PRIORITY_COLOR[task.priority] ?? 'gray'} variant="outline">
                {sentence(task.priority)}
              </Badge>
            ) : null}
          </Group>
          <Group gap={4} mt={4}>
            {task.assignee ? (
              <Text size="xs">{task.assignee.name}</Text>
            ) : (
              <Text size="xs" c="dimmed">
                Unassigned
              </Text>
            )}
            {task.discipline ? (
              <Badge size="sm" color="gray" variant="light">
                {task.discipline}
              </Badge>
            ) : null}
            {(task.labels ?? []).map((label) => (
              <Badge key={label} size="sm" color="brand" variant="light">
                {label}
              </Badge>
            ))}
            {checklist.length > 0 ? (
              <Text size="xs" c="dimmed">
                ☑ {ticked}/{checklist.length}
              </Text>
            ) : null}
          </Group>
          {draggedBy ? (
            <Text size="xs" className="task-remote-note">
              {draggedBy} is moving this
            </Text>
          ) : null}
        </div>
      </Group>
    </article>
  );
}
