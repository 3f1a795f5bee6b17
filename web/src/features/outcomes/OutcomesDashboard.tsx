import { useApolloClient } from '@apollo/client/react';
import { OutcomesEventsDocument, type OutcomesFieldsFragment } from '@carehub/schema/graphql';
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { apiError } from '../../platform/errors.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { LiveIndicator } from '../../ui/LiveIndicator.js';
import { usePageTitle } from '../../ui/page-title.js';
import { useViewer } from '../identity/viewer.js';
import { downloadCsv, toCsv } from './csv.js';

type Outcomes = OutcomesFieldsFragment;
interface Row {
  label: string;
  value: number | null;
}

const DAY_MS = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const percent = (rate: number | null | undefined) => (rate == null ? '—' : `${Math.round(rate * 1000) / 10} %`);

/** Merges a live answer into what the screen holds: a figure the answer does not carry is unchanged. */
export function mergeOutcomes(held: Outcomes | null, next: Outcomes): Outcomes {
  if (!held) return next;
  const merged: Outcomes = { ...held, computedAt: next.computedAt };
  for (const [key, value] of Object.entries(next)) {
    if (value !== null && value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** Each figure as the rows its chart draws and its table lists (and its CSV holds). */
export function figureRows(o: Outcomes) {
  const counts = (rows: { label: string; value: number }[] | null | undefined): Row[] =>
    (rows ?? []).map((r) => ({ label: r.label, value: r.value }));
  return [
    { id: 'caseload', title: 'Caseload per case manager', unit: 'Patients', rows: counts(o.caseload) },
    { id: 'lace', title: 'Patients by LACE band', unit: 'Patients', rows: counts(o.laceBands) },
    { id: 'goals', title: 'Care-plan goals', unit: 'Goals', rows: counts(o.goals) },
    {
      id: 'los',
      title: 'Length of stay against expected',
      unit: 'Days',
      note: o.lengthOfStay ? `${o.lengthOfStay.overExpected} of ${o.lengthOfStay.discharged} stays ran over` : null,
      rows: [
        { label: 'Average stay', value: o.lengthOfStay?.averageDays ?? null },
        { label: 'Average expected', value: o.lengthOfStay?.averageExpectedDays ?? null },
      ],
    },
    { id: 'avoidable', title: 'Avoidable days by reason', unit: 'Days', rows: counts(o.avoidableDays) },
    {
      id: 'authorizations',
      title: 'Authorizations',
      unit: 'Decisions',
      note: o.authorizations
        ? `Denial rate ${percent(o.authorizations.denialRate)} · turnaround ${o.authorizations.averageTurnaroundHours ?? '—'} h`
        : null,
      rows: [
        { label: 'Decided', value: o.authorizations?.decided ?? null },
        { label: 'Denied', value: o.authorizations?.denied ?? null },
      ],
    },
    {
      id: 'referrals',
      title: 'Referral loop closure',
      unit: 'Referrals',
      note: o.referrals ? `Loop closed for ${percent(o.referrals.closureRate)}` : null,
      rows: [
        { label: 'Sent', value: o.referrals?.sent ?? null },
        { label: 'Closed', value: o.referrals?.closed ?? null },
      ],
    },
    { id: 'overdue', title: 'Overdue tasks by discipline', unit: 'Tasks', rows: counts(o.overdueTasks) },
    {
      id: 'readmissions',
      title: '30-day readmissions',
      unit: 'Stays',
      note: o.readmissions ? `Readmission rate ${percent(o.readmissions.rate)}` : null,
      rows: [
        { label: 'Discharged', value: o.readmissions?.discharged ?? null },
        { label: 'Readmitted', value: o.readmissions?.readmitted ?? null },
      ],
    },
  ];
}

/**
 * The outcomes of the viewer's unit over a date range, live: the server sends every figure, then
 * only the figures a change on the unit moved. Each chart has the table it draws and a CSV of it.
 */
export function OutcomesDashboard() {
  usePageTitle('Outcomes');
  const viewer = useViewer();
  const unitId = viewer.units[0]?.id ?? '';
  const [from, setFrom] = useState(() => isoDay(Date.now() - 30 * DAY_MS));
  const [to, setTo] = useState(() => isoDay(Date.now() + DAY_MS));
  const [held, setHeld] = useState<{ key: string; outcomes: Outcomes } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const client = useApolloClient();
  const key = `${unitId}|${from}|${to}`;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from < to;
  // The client's own subscribe (not the React hook, whose code would land on the first screen).
  useEffect(() => {
    if (!unitId || !valid) return;
    setError(null);
    const input = { unitId, from: `${from}T00:00:00Z`, to: `${to}T00:00:00Z` };
    const subscription = client.subscribe({ query: OutcomesEventsDocument, variables: { input } }).subscribe({
      next: (result) => {
        const next = result.data?.outcomesEvents;
        if (next) setHeld((h) => ({ key, outcomes: mergeOutcomes(h?.key === key ? h.outcomes : null, next) }));
        if (result.error) setError(result.error);
      },
      error: setError,
    });
    return () => subscription.unsubscribe();
  }, [client, unitId, from, to, valid, key]);
  const outcomes = held?.key === key ? held.outcomes : null;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Outcomes · {viewer.units[0]?.name ?? 'no unit'}</Title>
        <LiveIndicator state={outcomes ? 'live' : 'connecting'} />
      </Group>
      <Group align="flex-end">
        <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label="To (not included)" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </Group>
      {valid ? null : <Text c="danger">The range must end after it starts.</Text>}
      <ErrorBanner error={apiError(error)} />
      {outcomes ? (
        <div className="outcome-figures">
          {figureRows(outcomes).map((f) => (
            <Figure key={f.id} {...f} range={`${from}_${to}`} />
          ))}
        </div>
      ) : (
        <Text c="dimmed">Loading figures…</Text>
      )}
    </Stack>
  );
}

function Figure(props: { id: string; title: string; unit: string; note?: string | null; rows: Row[]; range: string }) {
  const { id, title, unit, note, rows, range } = props;
  const titleId = `figure-${id}`;
  return (
    <Paper component="section" aria-labelledby={titleId} data-figure={id}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              downloadCsv(`${id}_${range}.csv`, toCsv([[title, unit], ...rows.map((r) => [r.label, r.value])]))
            }
          >
            CSV
          </Button>
        </Group>
        {note ? <Text size="sm">{note}</Text> : null}
        <div role="img" aria-label={`${title}: ${rows.map((r) => `${r.label} ${r.value ?? '—'}`).join(', ')}`}>
          <BarChart width={440} height={200} data={rows} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
            <YAxis allowDecimals width={36} />
            <Bar dataKey="value" name={unit} fill="var(--mantine-primary-color-filled)" isAnimationActive={false} />
          </BarChart>
        </div>
        <Table aria-label={`${title} (table)`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{title}</Table.Th>
              <Table.Th scope="col">{unit}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={2}>Nothing in this range.</Table.Td>
              </Table.Tr>
            ) : null}
            {rows.map((r) => (
              <Table.Tr key={r.label}>
                <Table.Td>{r.label}</Table.Td>
                <Table.Td>{r.value ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
