import { useQuery } from '@apollo/client/react';
import { type PayerWorkKind, PayerWorklistDocument, type PayerWorklistSort } from '@carehub/schema/graphql';
import {
  Anchor,
  Badge,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { LiveIndicator } from '../../ui/LiveIndicator.js';
import { usePageTitle } from '../../ui/page-title.js';
import { useDates } from '../../ui/use-dates.js';
import { useViewer } from '../identity/viewer.js';
import { usePayerUnitLive } from './payer.live.js';

const KIND_LABEL: Record<PayerWorkKind, string> = {
  NEXT_REVIEW: 'Next review',
  APPEAL_DEADLINE: 'Appeal deadline',
  PENDING_AUTHORIZATION: 'Awaiting payer',
  PEER_TO_PEER: 'Peer-to-peer',
};

/**
 * What is due with payers across my caseload or my unit: next reviews, appeal deadlines,
 * authorizations awaiting the payer and peer-to-peers — overdue first when sorted by date.
 * Live: a review or authorization change on the unit reads the list again.
 */
export function PayerWorklist() {
  const viewer = useViewer();
  const dates = useDates();
  const unitId = viewer.units[0]?.id ?? null;
  const [scope, setScope] = useState<'caseload' | 'unit'>('caseload');
  const [sort, setSort] = useState<PayerWorklistSort>('DUE_DATE');
  const { data, error, refetch } = useQuery(PayerWorklistDocument, {
    variables: { unitId: scope === 'unit' ? unitId : null, sort, withinDays: 7 },
    fetchPolicy: 'cache-and-network',
  });
  const live = usePayerUnitLive(unitId, () => {
    void refetch();
  });
  usePageTitle('Payer worklist');
  const header = (key: PayerWorklistSort, label: string) => (
    <Table.Th aria-sort={sort === key ? 'ascending' : 'none'}>
      <UnstyledButton onClick={() => setSort(key)} fw={700}>
        {label}
        {sort === key ? ' ▴' : ''}
      </UnstyledButton>
    </Table.Th>
  );
  const rows = data?.payerWorklist ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Payer worklist</Title>
        <LiveIndicator state={live} />
      </Group>
      <Text size="sm" c="dimmed">
        Next utilization reviews, appeal deadlines, authorizations awaiting the payer and peer-to-peers: everything
        overdue, and what falls due in the next 7 days.
      </Text>
      <SegmentedControl
        aria-label="Whose patients"
        value={scope}
        onChange={(v) => setScope(v as 'caseload' | 'unit')}
        data={[
          { value: 'caseload', label: 'My caseload' },
          { value: 'unit', label: 'My unit' },
        ]}
        w="fit-content"
      />
      <ErrorBanner error={apiError(error)} />
      <Paper p={0}>
        <Table aria-label="Payer worklist">
          <Table.Thead>
            <Table.Tr>
              {header('DUE_DATE', 'Due')}
              {header('KIND', 'What')}
              {header('PATIENT', 'Patient')}
              <Table.Th>Details</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={4}>Nothing due with payers.</Table.Td>
              </Table.Tr>
            ) : null}
            {rows.map((item) => (
              <Table.Tr key={item.id} data-testid="payer-work-item">
                <Table.Td>
                  <Group gap="xs">
                    {dates.date(item.dueDate)}
                    {item.overdue ? <Badge color="danger">Overdue</Badge> : null}
                    {item.dueToday ? <Badge color="warn">Today</Badge> : null}
                  </Group>
                </Table.Td>
                <Table.Td>{KIND_LABEL[item.kind]}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={paths.patient(item.patient.id)}>
                    {item.patient.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {item.patient.unit.name}
                    {item.patient.bed ? ` · ${item.patient.bed}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{item.summary}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
