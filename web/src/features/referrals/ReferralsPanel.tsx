import type { Reference } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  ChangeReferralStatusDocument,
  PatientReferralsDocument,
  type PatientReferralsQuery,
  type ReferralEventFragment,
} from '@carehub/schema/graphql';
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { usePatientEvents } from '../../platform/patient-events.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { useDates } from '../../ui/use-dates.js';
import { CATEGORY_FOR_DOMAIN, CATEGORY_LABELS, STEP_LABELS } from './referral-steps.js';

type Referral = NonNullable<PatientReferralsQuery['patient']>['referrals'][number];

/**
 * A patient's referrals to community resources and where each loop stands, live: a referral made
 * or moved on another screen shows here at once. Each open need links to the directory to refer it.
 */
export function ReferralsPanel({ patientId }: { patientId: string }) {
  const client = useApolloClient();
  const { data, error } = useQuery(PatientReferralsDocument, { variables: { id: patientId } });
  // The patient screen's one stream: the platform has written the changed referral; a new one joins the list.
  usePatientEvents<ReferralEventFragment>(['Referral'], data?.patient.lastEventId, (event) => {
    const { referralNode: node, kind } = event;
    if (node?.__typename !== 'Referral' || kind !== 'CREATED') return;
    const ref = client.cache.identify(node);
    client.cache.modify({
      id: client.cache.identify({ __typename: 'Patient', id: patientId }),
      fields: {
        referrals: (existing: readonly Reference[] | null) =>
          !existing || existing.some((r) => r.__ref === ref) ? existing : [{ __ref: ref } as Reference, ...existing],
      },
    });
  });
  const [change, changing] = useMutation(ChangeReferralStatusDocument);
  const referrals = data?.patient.referrals ?? [];
  const openNeeds = (data?.patient.socialNeeds ?? []).filter((n) => n.status === 'IDENTIFIED');
  return (
    <Paper component="section" aria-labelledby="referrals-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} id="referrals-title">
            Community referrals
          </Title>
          <Anchor component={Link} to={paths.resources()}>
            Resource directory
          </Anchor>
        </Group>
        <ErrorBanner error={apiError(error) ?? apiError(changing.error)} />
        {openNeeds.length ? (
          <Group gap="xs">
            {openNeeds.map((need) => (
              <Button
                key={need.id}
                component={Link}
                size="xs"
                variant="light"
                to={`${paths.resources()}?${new URLSearchParams({ patientId, needId: need.id, category: CATEGORY_FOR_DOMAIN[need.domain] ?? '' })}`}
              >
                Refer {CATEGORY_LABELS[CATEGORY_FOR_DOMAIN[need.domain] ?? '']?.toLowerCase() ?? ''} need
              </Button>
            ))}
          </Group>
        ) : null}
        {referrals.length === 0 ? (
          <Text size="sm" c="dimmed">
            No referrals yet.
          </Text>
        ) : (
          <Table aria-label="Referrals">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Resource</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>History</Table.Th>
                <Table.Th>Next step</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.map((r) => (
                <ReferralRow
                  key={r.id}
                  referral={r}
                  busy={changing.loading}
                  onStep={(status) =>
                    void change({ variables: { input: { id: r.id, expectedVersion: r.version, status } } }).catch(
                      () => {},
                    )
                  }
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function ReferralRow({ referral: r, busy, onStep }: { referral: Referral; busy: boolean; onStep: (s: never) => void }) {
  const dates = useDates();
  const step = STEP_LABELS[r.status];
  return (
    <Table.Tr>
      <Table.Td>
        {r.resource.name}
        {r.resource.phone ? (
          <Text size="xs" c="dimmed">
            {r.resource.phone}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Badge color={step?.color}>{step?.badge ?? r.status}</Badge>
        {r.followUpDueAt ? <Text size="xs">Follow up {dates.dateTime(r.followUpDueAt)}</Text> : null}
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          {r.history.map((h) => (
            <Text size="xs" key={`${h.status}-${h.at}`}>
              {STEP_LABELS[h.status]?.badge ?? h.status} · {dates.dateTime(h.at)} · {h.byName}
            </Text>
          ))}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {r.nextStatuses.map((next) => (
            <Button key={next} size="xs" variant="default" disabled={busy} onClick={() => onStep(next as never)}>
              {STEP_LABELS[next]?.action ?? next}
            </Button>
          ))}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
