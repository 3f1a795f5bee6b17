import { useQuery } from '@apollo/client/react';
import { AddRoundsPatientDocument, MoveRoundsPatientDocument, RoundsUnitCensusDocument } from '@carehub/schema/graphql';
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Button, Group, NativeSelect, Paper, Text, Title, UnstyledButton } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { afterIdFor } from './agenda-move.js';
import { Timer } from './RoundsParts.js';
import { addRoundsPatientLive, moveRoundsPatientLive } from './rounds.optimistic.js';
import type { AgendaItem, RoundsSessionData } from './useRoundsSession.js';

const DRAG_INSTRUCTIONS =
  'To move a patient on the agenda, press space or enter on their grip to pick them up, use the up and down ' +
  'arrow keys to move, and press space or enter again to drop, or escape to cancel.';

/**
 * The agenda in order: the patient now discussed, the time on each, and who is done. Before
 * rounds anyone on the unit reorders it (drag, or the keyboard from a patient's grip) and adds a
 * patient of the unit; once rounds run, only the facilitator does; a finished agenda stays as it was.
 */
export function Agenda({
  agenda,
  session,
  serverNow,
  viewingId,
  facilitates,
  onPick,
}: {
  agenda: AgendaItem[];
  session: RoundsSessionData;
  serverNow: number;
  viewingId: string | null;
  facilitates: boolean;
  onPick: (item: AgendaItem) => void;
}) {
  const editable = session.status === 'PLANNED' || (session.status === 'IN_PROGRESS' && facilitates);
  const [move, moving] = useLiveMutation(MoveRoundsPatientDocument, moveRoundsPatientLive);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = agenda.map((i) => i.id);
  const nameOf = (id: unknown) => agenda.find((i) => i.id === String(id))?.patient.name ?? 'the patient';
  const placeOf = (id: unknown) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, position ${placeOf(active.id)} of ${ids.length}.`,
    // dnd-kit reports the patient over their own place as the drag starts: "Picked up …" is what to hear then.
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id
        ? `${nameOf(active.id)} is over position ${placeOf(over.id)} of ${ids.length}.`
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `Moved ${nameOf(active.id)} to position ${placeOf(over.id)} of ${ids.length}.`
        : `Move cancelled. ${nameOf(active.id)} stays where they were.`,
    onDragCancel: ({ active }) => `Move cancelled. ${nameOf(active.id)} stays where they were.`,
  };
  const drop = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const item = agenda.find((i) => i.id === String(active.id));
    if (!item) return;
    const afterId = afterIdFor(ids, String(active.id), String(over.id));
    void move({ variables: { input: { id: item.id, expectedVersion: item.version, afterId } } }).catch(() => null);
  };
  return (
    <Paper component="nav" aria-label="Agenda">
      <Title order={2} size="h4" mb="xs">
        Agenda ({agenda.length})
      </Title>
      <ErrorBanner error={apiError(moving.error)} />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={drop}
        accessibility={{ announcements, screenReaderInstructions: { draggable: DRAG_INSTRUCTIONS } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="rounds-agenda">
            {agenda.map((item) => (
              <AgendaRow
                key={item.id}
                item={item}
                session={session}
                serverNow={serverNow}
                viewing={item.id === viewingId}
                editable={editable}
                onPick={onPick}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {editable ? <AddPatient session={session} agenda={agenda} /> : null}
    </Paper>
  );
}

function AgendaRow({
  item,
  session,
  serverNow,
  viewing,
  editable,
  onPick,
}: {
  item: AgendaItem;
  session: RoundsSessionData;
  serverNow: number;
  viewing: boolean;
  editable: boolean;
  onPick: (item: AgendaItem) => void;
}) {
  const sortable = useSortable({ id: item.id, disabled: !editable });
  const now = item.id === session.currentItemId;
  return (
    <li
      ref={sortable.setNodeRef}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      className={now ? 'rounds-agenda-now' : undefined}
      data-now={now || undefined}
      data-patient={item.patient.name}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        {editable ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            ref={sortable.setActivatorNodeRef}
            {...sortable.attributes}
            {...sortable.listeners}
            aria-label={`Move ${item.patient.name} on the agenda`}
          >
            ⠿
          </ActionIcon>
        ) : null}
        <UnstyledButton
          onClick={() => onPick(item)}
          aria-current={viewing ? 'true' : undefined}
          className="rounds-agenda-pick"
        >
          <Text fw={now ? 700 : 500}>
            {item.patient.name}{' '}
            <Text span c="dimmed" size="sm">
              {item.patient.bed}
            </Text>
          </Text>
          <Group gap={6}>
            {now ? <Badge color="ok">Now discussing</Badge> : null}
            {item.discussedAt ? <Badge color="gray">✓ discussed</Badge> : null}
            {now || item.spentSeconds > 0 ? <Timer item={item} session={session} serverNow={serverNow} /> : null}
          </Group>
        </UnstyledButton>
      </Group>
    </li>
  );
}

/** Adds an admitted patient of the unit who is not on the agenda yet, at its end. */
function AddPatient({ session, agenda }: { session: RoundsSessionData; agenda: AgendaItem[] }) {
  const { data } = useQuery(RoundsUnitCensusDocument, { variables: { unitId: session.unitId } });
  const [patientId, setPatientId] = useState('');
  const [clientMutationId, setCmid] = useState(() => crypto.randomUUID());
  const [add, adding] = useLiveMutation(AddRoundsPatientDocument, addRoundsPatientLive);
  const onAgenda = new Set(agenda.map((i) => i.patientId));
  const choices = (data?.unit?.patients ?? []).filter((p) => p.status === 'ADMITTED' && !onAgenda.has(p.id));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!patientId) return;
    const done = await add({
      variables: { input: { sessionId: session.id, patientId, clientMutationId } },
    }).catch(() => null);
    if (done) {
      setPatientId('');
      setCmid(crypto.randomUUID());
    }
  };
  return (
    <form onSubmit={submit} aria-label="Add a patient to the agenda">
      <ErrorBanner error={apiError(adding.error)} />
      <Group align="flex-end" gap="xs" mt="xs">
        <NativeSelect
          label="Add a patient"
          value={patientId}
          onChange={(e) => setPatientId(e.currentTarget.value)}
          data={[
            { value: '', label: choices.length ? 'Choose a patient' : 'Everyone is on the agenda' },
            ...choices.map((p) => ({ value: p.id, label: `${p.name}${p.bed ? ` · ${p.bed}` : ''}` })),
          ]}
        />
        <Button type="submit" size="sm" disabled={!patientId} loading={adding.loading}>
          Add
        </Button>
      </Group>
    </form>
  );
}
