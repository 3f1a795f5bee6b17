import { useQuery } from '@apollo/client/react';
import { MyCaseloadDocument } from '@carehub/schema/graphql';
import { Anchor, Badge, Group, Paper, Stack, Table, Title } from '@mantine/core';
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

const RISK_COLOR: Record<string, string> = { HIGH: 'danger', MODERATE: 'warn', LOW: 'gray' };

/** The patients whose care team I am on, with what a case manager scans first. */
export function MyCaseload() {
  const viewer = useViewer();
  const dates = useDates();
  const { data, loading, error } = useQuery(MyCaseloadDocument, { fetchPolicy: 'cache-and-network' });
  // The caseload spans units: its first read carries no unit position, so the stream runs from now.
  const live = useUnitLive(viewer.units[0]?.id ?? null, null);
  usePageTitle('My caseload');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>My caseload</Title>
        <LiveIndicator state={live} />
      </Group>
      <ErrorBanner error={apiError(error)} />
      <Paper p={0}>
        <Table aria-label="My caseload">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Unit · bed</Table.Th>
              <Table.Th>Day</Table.Th>
              <Table.Th visibleFrom="sm">Expected discharge</Table.Th>
              <Table.Th visibleFrom="sm">Risk</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading && !data ? <TableNotice columns={5}>Loading…</TableNotice> : null}
            {data?.myCaseload.length === 0 ? (
              <TableNotice columns={5}>You are not on any patient's care team.</TableNotice>
            ) : null}
            {data?.myCaseload.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={paths.patient(p.id)}>
                    {p.name}
                  </Anchor>
                  {p.status === 'DISCHARGED' ? (
                    <Badge color="gray" ml="xs">
                      discharged
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {p.unit.code} · {p.bed ?? '—'}
                </Table.Td>
                <Table.Td>{dates.hospitalDay(p.admittedAt, p.dischargedAt)}</Table.Td>
                <Table.Td visibleFrom="sm">
                  <ExpectedDischarge date={p.expectedDischargeDate} />
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  {p.readmissionRisk.score === null ? (
                    <Badge color="gray" title={`Missing: ${p.readmissionRisk.missing.join(' ')}`}>
                      LACE incomplete
                    </Badge>
                  ) : (
                    <Badge color={RISK_COLOR[p.readmissionRisk.level ?? 'LOW']}>LACE {p.readmissionRisk.score}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
