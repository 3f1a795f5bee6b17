import { useLazyQuery, useQuery } from '@apollo/client/react';
import { type AuditAccess, AuditTrailDocument, VerifyAuditChainDocument } from '@carehub/schema/graphql';
import { Alert, Anchor, Badge, Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { usePageTitle } from '../../ui/page-title.js';
import { TableNotice } from '../../ui/TableNotice.js';
import { useDates } from '../../ui/use-dates.js';

const PAGE = 50;

/** `/patients/:id/audit`. */
export function AuditRoute() {
  const { id = '' } = useParams();
  return <AuditPage key={id} patientId={id} />;
}

/** Every read and write of one patient's data, newest first; for the lead case manager and admins. */
export function AuditPage({ patientId }: { patientId: string }) {
  const dates = useDates();
  const [access, setAccess] = useState<AuditAccess | ''>('');
  const [breakGlassOnly, setBreakGlassOnly] = useState(false);
  const filter = { access: access || null, breakGlassOnly };
  const { data, loading, error, fetchMore } = useQuery(AuditTrailDocument, {
    variables: { patientId, filter, page: { first: PAGE } },
    fetchPolicy: 'network-only',
  });
  const [verify, verification] = useLazyQuery(VerifyAuditChainDocument, { fetchPolicy: 'network-only' });
  const trail = data?.auditTrail;
  usePageTitle('Audit trail');

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Anchor component={Link} to={paths.patient(patientId)} size="sm">
            <span aria-hidden="true">← </span>Patient
          </Anchor>
          <Title order={1}>Audit trail</Title>
        </div>
        <Group align="flex-end">
          <NativeSelect
            label="Access"
            value={access}
            onChange={(e) => setAccess(e.currentTarget.value as AuditAccess | '')}
            data={[
              { value: '', label: 'Everything' },
              { value: 'READ', label: 'Reads' },
              { value: 'WRITE', label: 'Writes' },
              { value: 'DENIED', label: 'Refused attempts' },
            ]}
          />
          <Checkbox
            mb={8}
            checked={breakGlassOnly}
            onChange={(e) => setBreakGlassOnly(e.currentTarget.checked)}
            label="Break-the-glass only"
          />
          <Button variant="default" onClick={() => void verify({ variables: { patientId } })}>
            Verify chain
          </Button>
        </Group>
      </Group>
      {verification.data ? (
        <Alert color={verification.data.verifyAuditChain.intact ? 'ok' : 'danger'} role="status">
          {verification.data.verifyAuditChain.intact
            ? `Intact: ${verification.data.verifyAuditChain.checked} entries checked.`
            : `Broken at entry ${verification.data.verifyAuditChain.firstBrokenId}: the trail was altered after it was written.`}
        </Alert>
      ) : null}
      <ErrorBanner error={apiError(error ?? verification.error)} />
      <Paper p={0}>
        <Table aria-label="Audit trail">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th visibleFrom="sm">Fields</Table.Th>
              <Table.Th visibleFrom="sm">From</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading && !trail ? <TableNotice columns={5}>Loading…</TableNotice> : null}
            {trail?.entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td fz="sm">{dates.dateTime(e.at)}</Table.Td>
                <Table.Td>{e.actorName ?? 'CareHub'}</Table.Td>
                <Table.Td>
                  <Badge color={e.access === 'WRITE' ? 'brand' : 'gray'}>{e.access.toLowerCase()}</Badge> {e.operation}
                  {e.breakGlass ? (
                    <Badge color="danger" ml="xs">
                      break-the-glass
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td visibleFrom="sm" fz="sm">
                  {e.fields?.join(', ') ?? ''}
                </Table.Td>
                <Table.Td visibleFrom="sm" fz="sm" c="dimmed">
                  {e.ip ?? ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {trail?.nextCursor ? (
          <Group p="sm">
            <Button
              variant="default"
              onClick={() =>
                void fetchMore({
                  variables: { page: { first: PAGE, before: trail.nextCursor } },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    auditTrail: {
                      ...fetchMoreResult.auditTrail,
                      entries: [...previous.auditTrail.entries, ...fetchMoreResult.auditTrail.entries],
                    },
                  }),
                })
              }
            >
              Older entries
            </Button>
          </Group>
        ) : null}
      </Paper>
    </Stack>
  );
}
