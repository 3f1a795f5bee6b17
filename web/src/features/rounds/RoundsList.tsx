import { useQuery } from '@apollo/client/react';
import { CreateRoundsSessionDocument, RoundsSessionsDocument } from '@carehub/schema/graphql';
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { usePageTitle } from '../../ui/page-title.js';
import { useDates } from '../../ui/use-dates.js';
import { useViewer } from '../identity/viewer.js';
import { createRoundsSessionLive } from './rounds.optimistic.js';

const STATUS_COLOR = { PLANNED: 'brand', IN_PROGRESS: 'ok', FINISHED: 'gray' } as const;

/** The unit's rounds: today's first, and planning today's when there is none. */
export function RoundsList() {
  usePageTitle('Rounds');
  const viewer = useViewer();
  const unit = viewer.units[0];
  const dates = useDates();
  const navigate = useNavigate();
  const { data, error } = useQuery(RoundsSessionsDocument, { variables: { unitId: unit?.id ?? '' }, skip: !unit });
  const [create, creating] = useLiveMutation(CreateRoundsSessionDocument, createRoundsSessionLive, {
    refetchQueries: ['RoundsSessions'],
  });
  if (!unit) return <Paper>You are on no unit's staff list, so there are no rounds to show.</Paper>;
  const sessions = data?.roundsSessions ?? [];
  const today = sessions.find((s) => s.date === dates.today);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Rounds · {unit.code}</Title>
        {today ? null : (
          <Button
            loading={creating.loading}
            onClick={async () => {
              const result = await create({ variables: { input: { unitId: unit.id, date: dates.today } } }).catch(
                () => null,
              );
              const id = result?.data?.createRoundsSession.id;
              if (id) void navigate(paths.roundsSession(id));
            }}
          >
            Plan today’s rounds
          </Button>
        )}
      </Group>
      <ErrorBanner error={apiError(error ?? creating.error)} />
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Facilitator</Table.Th>
            <Table.Th>Screens</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.roundsSession(s.id)}>
                  {dates.date(s.date)}
                  {s.date === dates.today ? ' (today)' : ''}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[s.status]}>{s.status.replace('_', ' ').toLowerCase()}</Badge>
              </Table.Td>
              <Table.Td>{s.facilitator.name}</Table.Td>
              <Table.Td>
                <Group gap="sm">
                  <Anchor component={Link} to={paths.roundsDisplay(s.id)}>
                    Room display
                  </Anchor>
                  <Anchor component={Link} to={paths.roundsSummary(s.id)}>
                    Summary
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {sessions.length === 0 && data ? <Text c="dimmed">No rounds planned yet.</Text> : null}
    </Stack>
  );
}
