import { useQuery } from '@apollo/client/react';
import { PatientTaskBoardDocument, TaskBoardDocument, UnitTaskBoardDocument } from '@carehub/schema/graphql';
import { Anchor, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { usePageTitle } from '../../ui/page-title.js';
import { TimeZoneProvider } from '../../ui/time-zone.js';
import { useViewer } from '../identity/viewer.js';
import { type Board, BoardScreen } from './BoardScreen.js';
import type { Mentionable } from './task-board.mentions.js';

/** `/board`: the task board of the viewer's unit. */
export function UnitBoardRoute() {
  const viewer = useViewer();
  const unit = viewer.units[0];
  usePageTitle(unit ? `${unit.code} board` : 'Unit board');
  const { data, loading, error } = useQuery(UnitTaskBoardDocument, {
    variables: { unitId: unit?.id ?? '' },
    skip: !unit,
  });
  if (!unit) return <Text>You are on no unit’s staff list, so there is no unit board to show.</Text>;
  return (
    <Loaded
      board={data?.unit.taskBoard}
      loading={loading}
      error={error}
      heading={`${unit.code} · ${unit.name} board`}
      patients={data?.unit.patients}
      team={data?.unit.staff}
    />
  );
}

/** `/boards/:id`: any board the viewer may see, by id. */
export function BoardRoute() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(TaskBoardDocument, { variables: { id } });
  usePageTitle(data?.taskBoard.name ?? 'Task board');
  return (
    <Loaded key={id} board={data?.taskBoard} loading={loading} error={error} heading={data?.taskBoard.name ?? ''} />
  );
}

/** `/patients/:id/tasks`: one patient's board, with their care team to assign and mention. */
export function PatientBoardRoute() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PatientTaskBoardDocument, { variables: { patientId: id } });
  const patient = data?.patient;
  usePageTitle(patient ? `${patient.name} · tasks` : 'Patient tasks');
  const team = useMemo(() => (patient?.careTeam ?? []).map((m) => m.user), [patient?.careTeam]);
  return (
    <Stack gap="xs">
      {patient ? (
        <Anchor component={Link} to={paths.patient(patient.id)} size="sm">
          ← {patient.name}
        </Anchor>
      ) : null}
      <Loaded
        key={id}
        board={patient?.taskBoard}
        loading={loading}
        error={error}
        heading={patient ? `Tasks for ${patient.name}` : ''}
        team={team}
      />
    </Stack>
  );
}

function Loaded({
  board,
  loading,
  error,
  heading,
  team = [],
  patients,
}: {
  board: Board | undefined;
  loading: boolean;
  error: unknown;
  heading: string;
  team?: readonly Mentionable[];
  /** The unit's patients, for a new card on a unit board. */
  patients?: readonly { id: string; name: string }[];
}) {
  // `team`: who may be assigned and @mentioned — the unit's staff on its board, the care team on a patient's.
  // Each person once (a care team can list someone in two roles).
  const people = useMemo(() => [...new Map(team.map((p) => [p.id, p])).values()], [team]);
  if (loading && !board) return <Text c="dimmed">Loading board…</Text>;
  if (!board) return <ErrorBanner error={apiError(error)} />;
  return (
    <TimeZoneProvider zone={board.timeZone}>
      <BoardScreen board={board} heading={heading} people={people} patients={patients ?? []} />
    </TimeZoneProvider>
  );
}
