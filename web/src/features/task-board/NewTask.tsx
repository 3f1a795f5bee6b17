import { CreateTaskDocument } from '@carehub/schema/graphql';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { DISCIPLINES } from '../identity/disciplines.js';
import type { Board } from './BoardScreen.js';
import { byPosition } from './task-board.layout.js';
import { createTaskLive } from './task-board.optimistic.js';

/**
 * Adds a card at the end of a column (the first by default). On a unit board the card may name a
 * patient; on a patient's board it is that patient's. Shown at once, sent through the offline
 * queue with its clientMutationId, so a retry never makes two.
 */
export function NewTask({ board, patients }: { board: Board; patients: readonly { id: string; name: string }[] }) {
  const columns = [...board.columns].sort(byPosition);
  const [title, setTitle] = useState('');
  const [columnId, setColumnId] = useState(columns[0]?.id ?? '');
  const [patientId, setPatientId] = useState('');
  const [discipline, setDiscipline] = useState('');
  const [create, { error }] = useLiveMutation(CreateTaskDocument, createTaskLive);
  function submit(event: FormEvent) {
    event.preventDefault();
    const text = title.trim();
    if (!text) return;
    const column = columnId || columns[0]?.id;
    const last = board.tasks
      .filter((t) => t.columnId === column)
      .sort(byPosition)
      .at(-1);
    setTitle('');
    void create({
      variables: {
        input: {
          clientMutationId: crypto.randomUUID(),
          boardId: board.id,
          columnId: column ?? null,
          afterId: last?.id ?? null,
          title: text,
          patientId: board.kind === 'PATIENT' ? board.patientId : patientId || null,
          discipline: (discipline || null) as never,
        },
      },
    }).catch(() => setTitle(text));
  }
  return (
    <Group component="form" onSubmit={submit} aria-label="New task" gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        label="New task"
        size="xs"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.currentTarget.value)}
        style={{ flex: '1 1 14rem' }}
      />
      <NativeSelect
        label="Column"
        size="xs"
        value={columnId}
        data={columns.map((c) => ({ value: c.id, label: c.name }))}
        onChange={(e) => setColumnId(e.currentTarget.value)}
      />
      {board.kind === 'UNIT' ? (
        <NativeSelect
          label="For patient"
          size="xs"
          value={patientId}
          data={[{ value: '', label: 'No patient' }, ...patients.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(e) => setPatientId(e.currentTarget.value)}
        />
      ) : null}
      <NativeSelect
        label="Discipline"
        size="xs"
        value={discipline}
        data={[{ value: '', label: 'Any' }, ...DISCIPLINES.map((d) => ({ value: d, label: d }))]}
        onChange={(e) => setDiscipline(e.currentTarget.value)}
      />
      <Button type="submit" size="xs" disabled={!title.trim()}>
        Add task
      </Button>
      <ErrorBanner error={apiError(error)} />
    </Group>
  );
}
