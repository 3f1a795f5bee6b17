import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddUnitMemberDocument,
  AdminDirectoryDocument,
  CreateStaffUserDocument,
  type Discipline,
  RemoveUnitMemberDocument,
  type Role,
  SetUserActiveDocument,
} from '@carehub/schema/graphql';
import {
  Anchor,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useConfirm } from '../../ui/confirm.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { notify } from '../../ui/notify.js';
import { usePageTitle } from '../../ui/page-title.js';
import { DISCIPLINES } from '../identity/disciplines.js';

/** For administrators: staff accounts and unit staff lists (which decide who sees a unit's patients). */
export function AdminPage() {
  const { data, error, refetch } = useQuery(AdminDirectoryDocument, { fetchPolicy: 'network-only' });
  const refresh = { onCompleted: () => void refetch() };
  const [addMember, adding] = useMutation(AddUnitMemberDocument, refresh);
  const [removeMember, removing] = useMutation(RemoveUnitMemberDocument, refresh);
  const [setActive, deactivating] = useMutation(SetUserActiveDocument, refresh);
  const [pick, setPick] = useState<Record<string, string>>({});
  const confirm = useConfirm();
  const problem = apiError(error ?? adding.error ?? removing.error ?? deactivating.error);
  usePageTitle('Administration');
  return (
    <Stack>
      <Title order={1}>Administration</Title>
      <ErrorBanner error={problem} />
      {data?.units.map((unit) => (
        <Paper component="section" key={unit.id} aria-label={`Unit ${unit.code}`}>
          <Stack gap="sm">
            <Title order={2}>
              {unit.code} · {unit.name}{' '}
              <Text span c="dimmed" size="sm">
                {unit.staff.length} staff
              </Text>
            </Title>
            <List size="sm">
              {unit.staff.map((s) => (
                <List.Item key={s.id}>
                  {s.name}{' '}
                  <Text span c="dimmed" size="sm">
                    {s.discipline}
                  </Text>{' '}
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() =>
                      void removeMember({ variables: { input: { unitId: unit.id, userId: s.id } } }).catch(() => null)
                    }
                  >
                    Remove from {unit.code}
                  </Anchor>
                </List.Item>
              ))}
            </List>
            <Group
              component="form"
              align="flex-end"
              onSubmit={(e) => {
                e.preventDefault();
                const userId = pick[unit.id];
                if (userId) void addMember({ variables: { input: { unitId: unit.id, userId } } }).catch(() => null);
              }}
            >
              <NativeSelect
                label={`Add to ${unit.code}`}
                value={pick[unit.id] ?? ''}
                onChange={(e) => setPick({ ...pick, [unit.id]: e.currentTarget.value })}
                data={[
                  { value: '', label: 'Choose…' },
                  ...data.staff
                    .filter((s) => !unit.staff.some((m) => m.id === s.id) && s.role !== 'ADMIN')
                    .map((s) => ({ value: s.id, label: `${s.name}${s.discipline ? ` (${s.discipline})` : ''}` })),
                ]}
              />
              <Button type="submit" variant="default">
                Add
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Paper component="section" aria-label="Staff accounts">
        <Stack>
          <Title order={2}>Staff accounts</Title>
          <NewStaffForm onCreated={() => void refetch()} />
          <Table aria-label="Staff accounts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th visibleFrom="sm">Email</Table.Th>
                <Table.Th>Discipline</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.staff.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td visibleFrom="sm" c="dimmed">
                    {s.email}
                  </Table.Td>
                  <Table.Td>{s.discipline ?? '—'}</Table.Td>
                  <Table.Td fz="sm">{s.role.toLowerCase()}</Table.Td>
                  <Table.Td ta="right">
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      aria-label={`Deactivate ${s.name}`}
                      onClick={async () => {
                        const ok = await confirm({
                          title: 'Deactivate account',
                          message: `Deactivate ${s.name}? Their sessions end at once.`,
                          confirmLabel: 'Deactivate',
                        });
                        if (!ok) return;
                        const done = await setActive({
                          variables: { input: { userId: s.id, expectedVersion: s.version, active: false } },
                        }).catch(() => null);
                        if (done?.data) notify(`${s.name} deactivated`, 'brand');
                      }}
                    >
                      Deactivate
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Paper>
    </Stack>
  );
}

function NewStaffForm({ onCreated }: { onCreated: () => void }) {
  const [clientMutationId, setClientMutationId] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({
    name: '',
    email: '',
    password: '',
    discipline: 'RN' as Discipline | '',
    role: 'MEMBER' as Role,
  });
  const [create, { loading, error }] = useMutation(CreateStaffUserDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({
      variables: { input: { clientMutationId, ...form, discipline: form.discipline || null } },
    }).catch(() => null);
    if (result?.data) {
      notify(`Account created for ${form.name}`);
      setForm({ name: '', email: '', password: '', discipline: 'RN', role: 'MEMBER' });
      setClientMutationId(crypto.randomUUID());
      onCreated();
    }
  }
  return (
    <Stack component="form" onSubmit={submit} aria-label="New staff account" gap="sm">
      <ErrorBanner error={apiError(error)} />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <TextInput
          label="Name"
          required
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
        />
        <TextInput
          label="Email"
          type="email"
          required
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
        />
        <PasswordInput
          label="Initial password"
          required
          minLength={10}
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
        />
        <NativeSelect
          label="Discipline"
          value={form.discipline}
          onChange={(e) => setForm({ ...form, discipline: e.currentTarget.value as Discipline | '' })}
          data={[{ value: '', label: 'None (administrator)' }, ...DISCIPLINES]}
        />
        <NativeSelect
          label="Role"
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.currentTarget.value as Role })}
          data={[
            { value: 'MEMBER', label: 'Member' },
            { value: 'LEAD', label: 'Lead' },
            { value: 'ADMIN', label: 'Admin' },
          ]}
        />
      </SimpleGrid>
      <div>
        <Button type="submit" loading={loading}>
          Create account
        </Button>
      </div>
    </Stack>
  );
}
