import '@mantine/core/styles/Drawer.css';
import { useQuery } from '@apollo/client/react';
import {
  AddChecklistItemDocument,
  ArchiveTaskDocument,
  AssignTaskDocument,
  CompleteTaskDocument,
  MoveTaskDocument,
  RemoveChecklistItemDocument,
  ReopenTaskDocument,
  TaskDocument,
  type TaskFieldsFragment,
  ToggleChecklistItemDocument,
  UpdateTaskDocument,
} from '@carehub/schema/graphql';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Drawer,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { instantOf, unitWallClock } from '../../platform/dates.js';
import { editKey, useEditSession } from '../../platform/edit-sessions.js';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { useConfirm } from '../../ui/confirm.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { useDates } from '../../ui/use-dates.js';
import { enumOptions, type FormField, VersionedForm } from '../../ui/VersionedForm.js';
import { DISCIPLINES } from '../identity/disciplines.js';
import type { Board } from './BoardScreen.js';
import { TaskComments } from './TaskComments.js';
import type { Mentionable } from './task-board.mentions.js';
import {
  addChecklistItemLive,
  archiveTaskLive,
  assignTaskLive,
  completeTaskLive,
  moveTaskLive,
  removeChecklistItemLive,
  reopenTaskLive,
  toggleChecklistItemLive,
  updateTaskLive,
} from './task-board.optimistic.js';

type Task = TaskFieldsFragment & { patient?: { id: string; name: string; bed?: string | null } | null };
const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH'];
const DETAIL_FIELDS: FormField[] = [
  { key: 'title', label: 'Title', required: true },
  { key: 'dueAt', label: 'Due', type: 'datetime' },
  { key: 'priority', label: 'Priority', type: 'select', options: enumOptions(PRIORITIES) },
  { key: 'visibility', label: 'Visible to', type: 'select', options: enumOptions(['TEAM', 'FAMILY']) },
  { key: 'description', label: 'Description', type: 'textarea' },
];

/**
 * The task drawer (`?task=<id>`): details edited from the version on screen (a conflict shows
 * both versions, as everywhere), who and which discipline, the column, labels, checklist and
 * comments with @mentions. Every change shows at once and is sent through the offline queue.
 */
export function TaskDrawer({
  taskId,
  board,
  people,
  onClose,
}: {
  taskId: string | null;
  board: Board;
  people: readonly Mentionable[];
  onClose(): void;
}) {
  const cached = board.tasks.find((t) => t.id === taskId);
  return (
    <Drawer
      opened={!!taskId}
      onClose={onClose}
      position="right"
      size="lg"
      title={cached?.title ?? 'Task'}
      closeButtonProps={{ 'aria-label': 'Close task' }}
    >
      {taskId ? <TaskDetail key={taskId} id={taskId} board={board} people={people} onGone={onClose} /> : null}
    </Drawer>
  );
}

function TaskDetail({
  id,
  board,
  people,
  onGone,
}: {
  id: string;
  board: Board;
  people: readonly Mentionable[];
  onGone(): void;
}) {
  const { data, error, loading } = useQuery(TaskDocument, { variables: { id } });
  const task = data?.task;
  if (loading && !task) return <Text c="dimmed">Loading task…</Text>;
  if (!task)
    return (
      <ErrorBanner
        error={
          apiError(error) ?? { code: 'NOT_FOUND', message: 'This task is no longer on the board.', extensions: {} }
        }
      />
    );
  return (
    <Stack gap="lg">
      <Details task={task} board={board} onGone={onGone} />
      <Assignment task={task} people={people} />
      <Labels task={task} />
      <Checklist task={task} />
      <TaskComments taskId={task.id} comments={task.comments} people={people} />
    </Stack>
  );
}

function Details({ task, board, onGone }: { task: Task; board: Board; onGone(): void }) {
  const dates = useDates();
  const confirm = useConfirm();
  const [editing, setEditing] = useEditSession(editKey(task));
  const [update] = useLiveMutation(UpdateTaskDocument, updateTaskLive);
  const [move, moving] = useLiveMutation(MoveTaskDocument, moveTaskLive);
  const [complete, completing] = useLiveMutation(CompleteTaskDocument, completeTaskLive);
  const [reopen, reopening] = useLiveMutation(ReopenTaskDocument, reopenTaskLive);
  const [archive, archiving] = useLiveMutation(ArchiveTaskDocument, archiveTaskLive);
  const column = board.columns.find((c) => c.id === task.columnId);
  const error = apiError(moving.error ?? completing.error ?? reopening.error ?? archiving.error);
  const input = { id: task.id, expectedVersion: task.version };
  // The form edits the due time on the unit's clock; the hub is sent the instant.
  const item = { ...task, dueAt: task.dueAt ? unitWallClock(dates.zone, Date.parse(task.dueAt)) : null };
  return (
    <Stack component="section" aria-labelledby="task-details" gap="sm">
      <Title order={2} id="task-details" size="h4">
        Details
      </Title>
      <ErrorBanner error={error} />
      {editing ? (
        <VersionedForm
          label="Edit task"
          submitLabel="Save task"
          fields={DETAIL_FIELDS}
          item={item}
          onDone={() => setEditing(false)}
          onSave={(patch, expectedVersion) => {
            const dueAt = patch.dueAt ? instantOf(patch.dueAt, dates.zone) : patch.dueAt;
            return update({
              variables: {
                input: { id: task.id, expectedVersion, ...patch, ...(dueAt !== undefined ? { dueAt } : {}) } as never,
              },
            });
          }}
        />
      ) : (
        <>
          <dl className="record">
            <dt>Patient</dt>
            <dd>
              {task.patient ? `${task.patient.name}${task.patient.bed ? ` · Bed ${task.patient.bed}` : ''}` : '—'}
            </dd>
            <dt>Due</dt>
            <dd>{dates.dateTime(task.dueAt)}</dd>
            <dt>Priority</dt>
            <dd>{task.priority.charAt(0) + task.priority.slice(1).toLowerCase()}</dd>
            <dt>Visible to</dt>
            <dd>{task.visibility === 'FAMILY' ? 'Team and family' : 'Team'}</dd>
            <dt>Status</dt>
            <dd>
              {column?.name ?? '—'}
              {task.completedAt ? (
                <Badge color="ok" ml="xs">
                  Completed {dates.dateTime(task.completedAt)}
                </Badge>
              ) : null}
              {task.occurrenceAt ? (
                <Badge color="gray" ml="xs">
                  Recurring
                </Badge>
              ) : null}
            </dd>
            <dt>Description</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{task.description || '—'}</dd>
          </dl>
          <Group gap="sm">
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit details
            </Button>
            <NativeSelect
              aria-label="Move to column"
              value={task.columnId}
              data={board.columns.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(e) => {
                const columnId = e.currentTarget.value;
                const last = board.tasks
                  .filter((t) => t.columnId === columnId && t.id !== task.id)
                  .sort((a, b) => (a.position < b.position ? -1 : 1))
                  .at(-1);
                void move({ variables: { input: { ...input, columnId, afterId: last?.id ?? null } } }).catch(
                  () => null,
                );
              }}
            />
            {task.completedAt ? (
              <Button variant="default" onClick={() => void reopen({ variables: { input } }).catch(() => null)}>
                Reopen
              </Button>
            ) : (
              <Button onClick={() => void complete({ variables: { input } }).catch(() => null)}>Mark complete</Button>
            )}
            <Anchor
              component="button"
              type="button"
              c="danger"
              onClick={async () => {
                const ok = await confirm({
                  title: 'Archive this task?',
                  message: `“${task.title}” leaves the board. Its history stays on the timeline.`,
                  confirmLabel: 'Archive task',
                });
                if (!ok) return;
                onGone();
                void archive({ variables: { input } }).catch(() => null);
              }}
            >
              Archive
            </Anchor>
          </Group>
        </>
      )}
    </Stack>
  );
}

function Assignment({ task, people }: { task: Task; people: readonly Mentionable[] }) {
  const [assign, { error }] = useLiveMutation(AssignTaskDocument, assignTaskLive);
  const base = { id: task.id, expectedVersion: task.version };
  const options = [
    { value: '', label: 'Nobody' },
    ...people.map((p) => ({ value: p.id, label: `${p.name}${p.discipline ? ` (${p.discipline})` : ''}` })),
  ];
  if (task.assignee && !people.some((p) => p.id === task.assignee?.id))
    options.push({ value: task.assignee.id, label: task.assignee.name });
  return (
    <Stack component="section" aria-labelledby="task-assignment" gap="xs">
      <Title order={2} id="task-assignment" size="h4">
        Assigned to
      </Title>
      <ErrorBanner error={apiError(error)} />
      <Group grow>
        <NativeSelect
          label="Person"
          value={task.assignee?.id ?? ''}
          data={options}
          onChange={(e) => {
            const assigneeId = e.currentTarget.value || null;
            void assign({ variables: { input: { ...base, assigneeId } } }).catch(() => null);
          }}
        />
        <NativeSelect
          label="Discipline"
          value={task.discipline ?? ''}
          data={[{ value: '', label: 'None' }, ...DISCIPLINES.map((d) => ({ value: d, label: d }))]}
          onChange={(e) => {
            const discipline = (e.currentTarget.value || null) as Task['discipline'];
            void assign({ variables: { input: { ...base, discipline } } }).catch(() => null);
          }}
        />
      </Group>
    </Stack>
  );
}

function Labels({ task }: { task: Task }) {
  const [update] = useLiveMutation(UpdateTaskDocument, updateTaskLive);
  const save = (labels: string[]) =>
    void update({ variables: { input: { id: task.id, expectedVersion: task.version, labels } } }).catch(() => null);
  function add(text: string) {
    const label = text.trim();
    if (label && !task.labels.includes(label)) save([...task.labels, label]);
  }
  return (
    <Stack component="section" aria-labelledby="task-labels" gap="xs">
      <Title order={2} id="task-labels" size="h4">
        Labels
      </Title>
      <Group gap={6}>
        {task.labels.length === 0 ? (
          <Text c="dimmed" size="sm">
            No labels
          </Text>
        ) : null}
        {task.labels.map((label) => (
          <Badge
            key={label}
            variant="light"
            rightSection={
              <Anchor
                component="button"
                type="button"
                size="xs"
                aria-label={`Remove label ${label}`}
                onClick={() => save(task.labels.filter((l) => l !== label))}
              >
                ×
              </Anchor>
            }
          >
            {label}
          </Badge>
        ))}
      </Group>
      <AddInline label="New label" button="Add label" maxLength={40} onAdd={add} />
    </Stack>
  );
}

function Checklist({ task }: { task: Task }) {
  const [add] = useLiveMutation(AddChecklistItemDocument, addChecklistItemLive);
  const [toggle] = useLiveMutation(ToggleChecklistItemDocument, toggleChecklistItemLive);
  const [remove] = useLiveMutation(RemoveChecklistItemDocument, removeChecklistItemLive);
  const base = { id: task.id, expectedVersion: task.version };
  const done = task.checklist.filter((c) => c.done).length;
  return (
    <Stack component="section" aria-labelledby="task-checklist" gap="xs">
      <Title order={2} id="task-checklist" size="h4">
        Checklist{' '}
        <Text span c="dimmed" size="sm">
          {done} of {task.checklist.length} done
        </Text>
      </Title>
      <ul className="plain-list">
        {task.checklist.map((item) => (
          <li key={item.id}>
            <Group gap="xs" wrap="nowrap">
              <Checkbox
                label={item.text}
                checked={item.done}
                onChange={() =>
                  void toggle({ variables: { input: { ...base, itemId: item.id, done: !item.done } } }).catch(
                    () => null,
                  )
                }
              />
              {item.done && item.doneByName ? (
                <Text size="xs" c="dimmed">
                  {item.doneByName}
                </Text>
              ) : null}
              <Anchor
                component="button"
                type="button"
                size="xs"
                aria-label={`Remove checklist item ${item.text}`}
                onClick={() => void remove({ variables: { input: { ...base, itemId: item.id } } }).catch(() => null)}
              >
                Remove
              </Anchor>
            </Group>
          </li>
        ))}
      </ul>
      <AddInline
        label="New checklist item"
        button="Add item"
        maxLength={200}
        onAdd={(text) => void add({ variables: { input: { ...base, text } } }).catch(() => null)}
      />
    </Stack>
  );
}

/** A one-line form that adds something (a label, a checklist item) and clears itself. */
function AddInline({
  label,
  button,
  maxLength,
  onAdd,
}: {
  label: string;
  button: string;
  maxLength: number;
  onAdd(text: string): void;
}) {
  const [text, setText] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value) return;
    setText('');
    onAdd(value);
  }
  return (
    <Group component="form" onSubmit={submit} gap="xs" align="flex-end">
      <TextInput
        label={label}
        size="xs"
        value={text}
        maxLength={maxLength}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Button type="submit" size="xs" variant="default" disabled={!text.trim()}>
        {button}
      </Button>
    </Group>
  );
}
