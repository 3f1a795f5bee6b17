import { useQuery } from '@apollo/client/react';
import { UnitPatientsDocument } from '@carehub/schema/graphql';
import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { useAnnounce } from '../../ui/announcer.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { LiveIndicator } from '../../ui/LiveIndicator.js';
import { usePageTitle } from '../../ui/page-title.js';
import { TableNotice } from '../../ui/TableNotice.js';
import { useDates } from '../../ui/use-dates.js';
import { useViewer } from '../identity/viewer.js';
import { ExpectedDischarge } from './ExpectedDischarge.js';
import { NewPatientForm } from './NewPatientForm.js';
import { useUnitLive } from './patient.live.js';

/** The unit's patients, live: a change anyone makes appears here within a second, without reloading. */
export function PatientList() {
  const viewer = useViewer();
  const dates = useDates();
  const announce = useAnnounce();
  const unit = viewer.units[0] ?? null;
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [flash, setFlash] = useState<Set<string>>(new Set());
  const { data, loading, error } = useQuery(UnitPatientsDocument, {
    variables: { unitId: unit?.id ?? '' },
    skip: !unit,
  });
  const [changed, setChanged] = useState<string[]>([]);
  const live = useUnitLive(unit?.id ?? null, data?.unit.lastEventId, (id) => {
    setFlash((s) => new Set(s).add(id));
    setChanged((ids) => [...ids, id]);
  });
  // Announced once the list shows the change, by the name now on the row.
  useEffect(() => {
    if (changed.length === 0) return;
    for (const id of new Set(changed)) {
      const name = data?.unit.patients.find((p) => p.id === id)?.name;
      if (name) announce(`${name} updated`);
    }
    setChanged([]);
  }, [changed, data, announce]);
  useEffect(() => {
    if (flash.size === 0) return;
    const t = setTimeout(() => setFlash(new Set()), 1600);
    return () => clearTimeout(t);
  }, [flash]);
  usePageTitle(unit ? `${unit.code} patients` : 'Patients');

  if (!unit) return <Text c="dimmed">You are not on a unit's staff list yet.</Text>;
  const term = search.trim().toLowerCase();
  const patients = (data?.unit.patients ?? []).filter(
    (p) =>
      !term ||
      p.name.toLowerCase().includes(term) ||
      p.mrn.toLowerCase().includes(term) ||
      (p.bed ?? '').toLowerCase().includes(term),
  );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>
            {unit.code} · {unit.name}
          </Title>
          <Group gap="sm">
            <Text c="dimmed">{data ? `${data.unit.patients.length} patients` : ''}</Text>
            <LiveIndicator state={live} />
          </Group>
        </div>
        <Group align="flex-end">
          <TextInput
            aria-label="Search patients"
            placeholder="Search name, MRN or bed"
            w={{ base: '100%', xs: 260 }}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <Button onClick={() => setAdding(true)}>New patient</Button>
        </Group>
      </Group>
      {adding ? <NewPatientForm unitId={unit.id} onDone={() => setAdding(false)} /> : null}
      <ErrorBanner error={apiError(error)} />
      <Paper p={0}>
        <Table aria-label="Patients">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Bed</Table.Th>
              <Table.Th>Patient</Table.Th>
              <Table.Th visibleFrom="sm">MRN</Table.Th>
              <Table.Th visibleFrom="sm">Born</Table.Th>
              <Table.Th>Day</Table.Th>
              <Table.Th visibleFrom="sm">Expected discharge</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading && !data ? <TableNotice columns={6}>Loading…</TableNotice> : null}
            {patients.map((p) => (
              <Table.Tr key={p.id} className={flash.has(p.id) ? 'flash' : undefined} data-patient-id={p.id}>
                <Table.Td fw={700}>{p.bed ?? '—'}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={paths.patient(p.id)}>
                    {p.name}
                  </Anchor>
                </Table.Td>
                <Table.Td visibleFrom="sm">{p.mrn}</Table.Td>
                <Table.Td visibleFrom="sm">{dates.date(p.dateOfBirth)}</Table.Td>
                <Table.Td>{dates.hospitalDay(p.admittedAt, p.dischargedAt)}</Table.Td>
                <Table.Td visibleFrom="sm">
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
