import { useQuery } from '@apollo/client/react';
import { HighRiskCaseloadDocument, type HighRiskCaseloadQuery } from '@carehub/schema/graphql';
import { Anchor, Group, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { LiveIndicator } from '../../ui/LiveIndicator.js';
import { usePageTitle } from '../../ui/page-title.js';
import { TableNotice } from '../../ui/TableNotice.js';
import { useDates } from '../../ui/use-dates.js';
import { useViewer } from '../identity/viewer.js';
import { ExpectedDischarge } from '../patient/ExpectedDischarge.js';
import { useUnitLive } from '../patient/patient.live.js';
import { RiskScore } from './RiskPanel.js';

/** LACE at or above which a patient is on the worklist (van Walraven et al., CMAJ 2010). */
const HIGH_RISK = 10;

type Row = HighRiskCaseloadQuery['myCaseload'][number];
type SortKey = 'score' | 'name' | 'day' | 'discharge';

const compare: Record<SortKey, (a: Row, b: Row) => number> = {
  score: (a, b) => (b.readmissionRisk.score ?? 0) - (a.readmissionRisk.score ?? 0),
  name: (a, b) => a.name.localeCompare(b.name),
  day: (a, b) => b.lengthOfStayDays - a.lengthOfStayDays,
  discharge: (a, b) => (a.expectedDischargeDate ?? '9999').localeCompare(b.expectedDischargeDate ?? '9999'),
};

/** Sorts by the chosen column, then by score and name, so equal rows keep a stable order. */
export function sortWorklist(rows: readonly Row[], by: SortKey): Row[] {
  return rows
    .filter((p) => p.status === 'ADMITTED' && (p.readmissionRisk.score ?? -1) >= HIGH_RISK)
    .sort((a, b) => compare[by](a, b) || compare.score(a, b) || compare.name(a, b));
}

/**
 * My caseload's patients at high readmission risk (LACE ≥ 10), sortable. Live: every change to a
 * LACE input arrives on the unit's stream with the recomputed score, so a patient joins, leaves
 * or moves in the list as it happens.
 */
export function HighRiskWorklist() {
  const viewer = useViewer();
  const dates = useDates();
  const { data, loading, error } = useQuery(HighRiskCaseloadDocument, { fetchPolicy: 'cache-and-network' });
  const live = useUnitLive(viewer.units[0]?.id ?? null, null);
  const [by, setBy] = useState<SortKey>('score');
  usePageTitle('High readmission risk');
  const rows = sortWorklist(data?.myCaseload ?? [], by);
  const header = (key: SortKey, label: string) => (
    <Table.Th aria-sort={by === key ? (key === 'name' || key === 'discharge' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => setBy(key)} fw={700}>
        {label}
        {by === key ? ' ▾' : ''}
      </UnstyledButton>
    </Table.Th>
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>High readmission risk</Title>
        <LiveIndicator state={live} />
      </Group>
      <Text size="sm" c="dimmed">
        Patients on my caseload with a LACE index of {HIGH_RISK} or more. Patients whose score is incomplete are not
        listed; their missing inputs show on the caseload.
      </Text>
      <ErrorBanner error={apiError(error)} />
      <Paper p={0}>
        <Table aria-label="High readmission risk">
          <Table.Thead>
            <Table.Tr>
              {header('score', 'LACE')}
              {header('name', 'Patient')}
              <Table.Th>Unit · bed</Table.Th>
              {header('day', 'Day')}
              {header('discharge', 'Expected discharge')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading && !data ? <TableNotice columns={5}>Loading…</TableNotice> : null}
            {data && rows.length === 0 ? (
              <TableNotice columns={5}>No patient on your caseload is at high risk.</TableNotice>
            ) : null}
            {rows.map((p) => (
              <Table.Tr key={p.id} data-patient={p.id}>
                <Table.Td>
                  <RiskScore risk={p.readmissionRisk} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={paths.patient(p.id)}>
                    {p.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {p.unit.code} · {p.bed ?? '—'}
                </Table.Td>
                <Table.Td>{dates.hospitalDay(p.admittedAt, p.dischargedAt)}</Table.Td>
                <Table.Td>
                  <ExpectedDischarge date={p.expectedDischargeDate} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
