import { useQuery } from '@apollo/client/react';
import { PatientTasksDocument } from '@carehub/schema/graphql';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { useDates } from '../../ui/use-dates.js';
import { usePatientTaskLive } from './patient-tasks.live.js';
import { dueState } from './task-board.layout.js';

/**
 * The patient page's "Tasks" section: the patient's open cards on every board (theirs and the
 * unit's), soonest due first, live from the patient's stream, each opening on its board.
 */
export function PatientTasks({ patientId }: { patientId: string }) {
  const dates = useDates();
  const { data, error } = useQuery(PatientTasksDocument, { variables: { patientId } });
  usePatientTaskLive(patientId, data ? (data.patient.lastEventId ?? null) : undefined);
  const tasks = [...(data?.patient.tasks ?? [])].sort((a, b) => (a.dueAt ?? '~').localeCompare(b.dueAt ?? '~'));
  const now = Date.now();
  return (
    <Paper component="section" aria-labelledby="patient-tasks-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} id="patient-tasks-title">
            Tasks
          </Title>
          <Anchor component={Link} to={paths.patientBoard(patientId)}>
            Open task board
          </Anchor>
        </Group>
        <ErrorBanner error={apiError(error)} />
        {data && tasks.length === 0 ? <Text c="dimmed">No open tasks.</Text> : null}
        <ul className="plain-list">
          {tasks.map((t) => {
            const due = dueState(t, dates.zone, now);
            return (
              <li key={t.id}>
                <Group gap="xs">
                  <Anchor component={Link} to={`${paths.board(t.boardId)}?task=${encodeURIComponent(t.id)}`}>
                    {t.title}
                  </Anchor>
                  {due === 'overdue' ? (
                    <Badge color="danger" size="sm">
                      Overdue
                    </Badge>
                  ) : null}
                  {due === 'due-soon' ? (
                    <Badge color="warn" size="sm">
                      Due soon
                    </Badge>
                  ) : null}
                  <Text size="sm" c="dimmed">
                    {t.assignee?.name ?? t.discipline ?? 'Unassigned'}
                    {t.dueAt ? ` · due ${dates.dateTime(t.dueAt)}` : ''}
                  </Text>
                </Group>
              </li>
            );
          })}
        </ul>
      </Stack>
    </Paper>
  );
}
