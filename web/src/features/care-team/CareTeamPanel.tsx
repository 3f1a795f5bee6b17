import { useQuery } from '@apollo/client/react';
import {
  AddCareTeamMemberDocument,
  type CareTeamMemberFieldsFragment,
  CareTeamRole,
  RemoveCareTeamMemberDocument,
  StaffDocument,
} from '@carehub/schema/graphql';
import { Anchor, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { useConfirm } from '../../ui/confirm.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { FormActions } from '../../ui/FormActions.js';
import { ShareToggle } from '../family/ShareToggle.js';
import { addCareTeamMemberLive, removeCareTeamMemberLive } from './care-team.optimistic.js';

const roleLabel = (role: string) => role.charAt(0) + role.slice(1).toLowerCase().replaceAll('_', ' ');

/** Who is on the patient's team; members are added and removed live for everyone viewing. */
export function CareTeamPanel({ patientId, members }: { patientId: string; members: CareTeamMemberFieldsFragment[] }) {
  const [adding, setAdding] = useState(false);
  const [remove, removal] = useLiveMutation(RemoveCareTeamMemberDocument, removeCareTeamMemberLive);
  const confirm = useConfirm();
  return (
    <Paper component="section" aria-labelledby="care-team-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="care-team-title">
            Care team
          </Title>
          {adding ? null : (
            <Button variant="default" onClick={() => setAdding(true)}>
              Add member
            </Button>
          )}
        </Group>
        <ErrorBanner error={apiError(removal.error)} />
        {adding ? <AddMember patientId={patientId} onDone={() => setAdding(false)} /> : null}
        <Table aria-labelledby="care-team-title">
          <Table.Tbody>
            {members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Text span fw={700}>
                    {m.user.name}
                  </Text>{' '}
                  <Text span c="dimmed" size="sm">
                    {m.user.discipline}
                  </Text>
                </Table.Td>
                <Table.Td fz="sm">
                  {roleLabel(m.role)}
                  <ShareToggle
                    patientId={patientId}
                    entityType="CareTeamMember"
                    id={m.id}
                    version={m.version}
                    visibility={m.visibility}
                    scope="CONTACTS"
                    name={`${m.user.name} as a contact`}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    aria-label={`Remove ${m.user.name}`}
                    onClick={async () => {
                      const ok = await confirm({
                        title: 'Remove from the care team',
                        message: `Remove ${m.user.name} from the care team? They lose access unless they are on the unit.`,
                        confirmLabel: 'Remove',
                      });
                      if (ok) {
                        void remove({ variables: { input: { id: m.id, expectedVersion: m.version } } }).catch(
                          () => null,
                        );
                      }
                    }}
                  >
                    Remove
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function AddMember({ patientId, onDone }: { patientId: string; onDone: () => void }) {
  const staff = useQuery(StaffDocument);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<CareTeamRole>('CONSULTING');
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const [add, { loading, error }] = useLiveMutation(AddCareTeamMemberDocument, addCareTeamMemberLive);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!userId) return;
    const result = await add({ variables: { input: { clientMutationId, patientId, userId, role } } }).catch(() => null);
    if (result?.data) onDone();
  }

  return (
    <Stack component="form" onSubmit={submit} aria-label="Add care team member" gap="sm">
      <ErrorBanner error={apiError(error)} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NativeSelect
          label="Staff member"
          value={userId}
          onChange={(e) => setUserId(e.currentTarget.value)}
          required
          data={[
            { value: '', label: 'Choose…' },
            ...(staff.data?.staff ?? []).map((s) => ({
              value: s.id,
              label: `${s.name}${s.discipline ? ` (${s.discipline})` : ''}`,
            })),
          ]}
        />
        <NativeSelect
          label="Role"
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as CareTeamRole)}
          data={Object.values(CareTeamRole).map((r) => ({ value: r, label: roleLabel(r) }))}
        />
      </SimpleGrid>
      <FormActions submit="Add" busy={loading} disabled={!userId} onCancel={onDone} />
    </Stack>
  );
}
