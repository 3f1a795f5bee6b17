import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { usePageTitle } from '../../ui/page-title.js';
import { useDates } from '../../ui/use-dates.js';
import { formatDuration } from './rounds-clock.js';
import { useRoundsSession } from './useRoundsSession.js';
import './rounds.css';

export function RoundsSummaryRoute() {
  const { id = '' } = useParams();
  return <RoundsSummary key={id} sessionId={id} />;
}

/**
 * After rounds, per patient: decisions, the new tasks made from action items, and barriers with
 * owner and due date — for the chart or the huddle board; `?patient=<id>` shows one patient.
 * It prints cleanly (rounds.css: no chrome, no buttons, one block per patient).
 */
function RoundsSummary({ sessionId }: { sessionId: string }) {
  const dates = useDates();
  const [search] = useSearchParams();
  const only = search.get('patient');
  const { session, agenda, error } = useRoundsSession(sessionId);
  usePageTitle(session ? `Rounds summary ${dates.date(session.date)}` : 'Rounds summary');
  if (!session) return <ErrorBanner error={apiError(error)} />;
  const items = agenda.filter((i) => !only || i.patientId === only);
  return (
    <Stack className="rounds-summary">
      <Group justify="space-between">
        <div>
          <Title order={1}>Rounds summary · {dates.date(session.date)}</Title>
          <Text c="dimmed">
            Facilitator {session.facilitator.name} · {session.status.replace('_', ' ').toLowerCase()}
          </Text>
        </div>
        <Group className="no-print">
          {only ? (
            <Anchor component={Link} to={paths.roundsSummary(sessionId)}>
              All patients
            </Anchor>
          ) : null}
          <Button onClick={() => window.print()}>Print</Button>
        </Group>
      </Group>
      {items.map((item) => {
        const tasks = (item.decisions ?? []).filter((d) => d.taskId);
        const decisions = (item.decisions ?? []).filter((d) => !d.taskId);
        return (
          <section key={item.id} className="rounds-summary-patient" aria-label={`Summary: ${item.patient.name}`}>
            <Group justify="space-between">
              <Title order={2} size="h3">
                {item.patient.name} · {item.patient.bed}
              </Title>
              <Group gap="sm">
                <Text size="sm" c="dimmed">
                  {item.discussedAt ? 'discussed' : 'not discussed'} · {formatDuration(item.spentSeconds)}
                </Text>
                <Anchor
                  component={Link}
                  to={`${paths.roundsSummary(sessionId)}?patient=${item.patientId}`}
                  size="sm"
                  className="no-print"
                >
                  This patient only
                </Anchor>
              </Group>
            </Group>
            <Part title="Decisions" lines={decisions.map((d) => `${d.text} (${d.author.name})`)} />
            <Part title="New tasks" lines={tasks.map((d) => `${d.text} (${d.author.name})`)} />
            <Part
              title="Barriers to discharge"
              lines={(item.barriers ?? []).map(
                (b) =>
                  `${b.description} — ${b.owner?.name ?? 'no owner'}, due ${dates.date(b.dueDate)}${b.status === 'RESOLVED' ? ' (resolved)' : ''}`,
              )}
            />
          </section>
        );
      })}
    </Stack>
  );
}

/** One part of a patient's summary: its lines, or "None." */
function Part({ title, lines }: { title: string; lines: string[] }) {
  return (
    <>
      <Title order={3} size="h5">
        {title}
      </Title>
      {lines.length ? (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : (
        <Text size="sm">None.</Text>
      )}
    </>
  );
}
