import { useQuery } from '@apollo/client/react';
import { MyWorkDocument, type TaskFieldsFragment } from '@carehub/schema/graphql';
import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { usePageTitle } from '../../ui/page-title.js';
import { useDates } from '../../ui/use-dates.js';
import { useViewer } from '../identity/viewer.js';
import { type DueState, dueState } from './task-board.layout.js';

/** How often "My work" reads again: it spans every board, so no one board's stream covers it. */
const REFRESH_MS = 30_000;

const GROUPS: { key: DueState | 'open'; title: string }[] = [
  { key: 'overdue', title: 'Overdue' },
  { key: 'due-soon', title: 'Due in the next two hours' },
  { key: 'due-today', title: 'Later today' },
  { key: 'open', title: 'Later, or no due time' },
];

/**
 * `/my-work`: the open cards assigned to me, and unassigned cards for my discipline, on every
 * board I may see, soonest due first, grouped by urgency on the unit's clock. Each opens on its
 * board.
 */
export function MyWork() {
  usePageTitle('My work');
  const viewer = useViewer();
  const dates = useDates();
  const { data, loading, error, refetch } = useQuery(MyWorkDocument, { pollInterval: REFRESH_MS });
  useEffect(() => {
    const again = () => void refetch().catch(() => null);
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, [refetch]);
  const tasks = data?.myWork ?? [];
  const now = Date.now();
  const group = (t: TaskFieldsFragment): DueState | 'open' => {
    const state = dueState(t, dates.zone, now);
    return state === 'later' || state === 'none' ? 'open' : state;
  };
  return (
    <Stack>
      <Title order={1}>My work</Title>
      <Text c="dimmed" size="sm">
        Open tasks assigned to you{viewer.discipline ? `, and unassigned ${viewer.discipline} tasks` : ''}, on every
        board.
      </Text>
      <ErrorBanner error={apiError(error)} />
      {loading && !data ? <Text c="dimmed">Loading…</Text> : null}
      {data && tasks.length === 0 ? <Text>Nothing open for you. </Text> : null}
      {GROUPS.map(({ key, title }) => {
        const list = tasks.filter((t) => group(t) === key);
        if (list.length === 0) return null;
        return (
          <Paper component="section" key={key} aria-labelledby={`work-${key}`}>
            <Title order={2} size="h4" id={`work-${key}`}>
              {title}{' '}
              <Badge color={key === 'overdue' ? 'danger' : 'gray'} variant="light">
                {list.length}
              </Badge>
            </Title>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Task</Table.Th>
                  <Table.Th>Patient</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>For</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`${paths.board(t.boardId)}?task=${encodeURIComponent(t.id)}`}>
                        {t.title}
                      </Anchor>
                      {t.priority === 'HIGH' ? (
                        <Badge ml="xs" size="sm" color="warn">
                          high priority
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {t.patient ? (
                        <Anchor component={Link} to={paths.patient(t.patient.id)}>
                          {t.patient.name}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>{dates.dateTime(t.dueAt)}</Table.Td>
                    <Table.Td>{t.assignee ? 'You' : (t.discipline ?? '—')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        );
      })}
    </Stack>
  );
}
