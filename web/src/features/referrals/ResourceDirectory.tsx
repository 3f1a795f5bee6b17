import { useMutation, useQuery } from '@apollo/client/react';
import { CommunityResourcesDocument, CreateReferralDocument } from '@carehub/schema/graphql';
import { Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { notify } from '../../ui/notify.js';
import { usePageTitle } from '../../ui/page-title.js';
import { TableNotice } from '../../ui/TableNotice.js';
import { CATEGORY_LABELS } from './referral-steps.js';

/**
 * The community resource directory: search by words (each a prefix, all required) and category.
 * Opened from a patient's need (`?patientId&needId&category`), each resource can take the referral,
 * sent at once; the patient page shows it live.
 */
export function ResourceDirectory() {
  usePageTitle('Community resources');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const patientId = params.get('patientId');
  const needId = params.get('needId');
  const [text, setText] = useState('');
  const [category, setCategory] = useState<string | null>(params.get('category'));
  const { data, loading, error } = useQuery(CommunityResourcesDocument, {
    variables: { search: { text: text.trim() || null, category: (category as never) ?? null } },
  });
  const [refer, referring] = useMutation(CreateReferralDocument);
  const resources = data?.communityResources ?? [];

  const send = async (resourceId: string, name: string) => {
    if (!patientId || !needId) return;
    await refer({ variables: { input: { needId, resourceId, send: true, clientMutationId: crypto.randomUUID() } } });
    notify(`Referral sent to ${name}.`);
    void navigate(paths.patient(patientId));
  };

  return (
    <Stack>
      <Title order={1}>Community resources</Title>
      {needId && patientId ? (
        <Group>
          <Text>Choose a resource to refer the patient’s need to.</Text>
          <Button component={Link} to={paths.patient(patientId)} variant="default" size="xs">
            Back to the patient
          </Button>
        </Group>
      ) : null}
      <Group align="flex-end">
        <TextInput
          label="Search"
          description="Name, services, eligibility, area, language"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={360}
        />
        <NativeSelect
          label="Category"
          data={[
            { value: '', label: 'Any category' },
            ...Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label })),
          ]}
          value={category ?? ''}
          onChange={(e) => setCategory(e.currentTarget.value || null)}
        />
      </Group>
      <ErrorBanner error={apiError(error) ?? apiError(referring.error)} />
      <Paper p={0}>
        <Table aria-label="Community resources">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Resource</Table.Th>
              <Table.Th>Categories</Table.Th>
              <Table.Th>Contact and hours</Table.Th>
              <Table.Th>Eligibility and area</Table.Th>
              <Table.Th>Languages</Table.Th>
              {needId ? <Table.Th>Refer</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {resources.length === 0 ? (
              <TableNotice columns={needId ? 6 : 5}>{loading ? 'Searching…' : 'No resource matches.'}</TableNotice>
            ) : null}
            {resources.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text fw={600}>{r.name}</Text>
                  <Text size="sm">{r.description}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {r.categories.map((c) => (
                      <Badge key={c} variant="light">
                        {CATEGORY_LABELS[c] ?? c}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.phone}</Text>
                  <Text size="sm">{r.address}</Text>
                  <Text size="sm" c="dimmed">
                    {r.hours}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.eligibility}</Text>
                  <Text size="sm" c="dimmed">
                    {r.serviceArea}
                  </Text>
                </Table.Td>
                <Table.Td>{r.languages.join(', ')}</Table.Td>
                {needId ? (
                  <Table.Td>
                    <Button
                      size="xs"
                      disabled={referring.loading}
                      onClick={() => void send(r.id, r.name).catch(() => {})}
                      aria-label={`Refer to ${r.name}`}
                    >
                      Refer
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
