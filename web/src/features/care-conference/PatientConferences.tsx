import { useQuery } from '@apollo/client/react';
import { PatientConferencesDocument, ScheduleCareConferenceDocument } from '@carehub/schema/graphql';
import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { instantOf } from '../../platform/dates.js';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { paths } from '../../platform/paths.js';
import { DateTimeField } from '../../ui/DateField.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { useDates } from '../../ui/use-dates.js';
import { scheduleConferenceLive } from './conference.optimistic.js';

/** A patient's care conferences, and scheduling a new one (on the unit's clock). */
export function PatientConferences({ patientId }: { patientId: string }) {
  const dates = useDates();
  const navigate = useNavigate();
  const { data } = useQuery(PatientConferencesDocument, { variables: { patientId } });
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [location, setLocation] = useState('');
  const [schedule, { loading, error }] = useLiveMutation(ScheduleCareConferenceDocument, scheduleConferenceLive, {
    refetchQueries: ['PatientConferences'],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await schedule({
      variables: {
        input: {
          clientMutationId: crypto.randomUUID(),
          patientId,
          title,
          scheduledAt: instantOf(when, dates.zone),
          location: location || null,
        },
      },
    }).catch(() => null);
    const id = done?.data?.scheduleCareConference.id;
    if (id) void navigate(paths.careConference(id));
  };
  return (
    <Paper component="section" aria-labelledby="conferences-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="conferences-title">
          Care conferences
        </Title>
        {(data?.patient.careConferences ?? []).map((c) => (
          <Text key={c.id}>
            <Anchor component={Link} to={paths.careConference(c.id)}>
              {c.title}
            </Anchor>{' '}
            · {dates.dateTime(c.scheduledAt)} · {c.status.replace('_', ' ').toLowerCase()}
          </Text>
        ))}
        <form onSubmit={submit} aria-label="Schedule a care conference">
          <Group align="flex-end" gap="xs">
            <TextInput label="Title" value={title} required onChange={(e) => setTitle(e.currentTarget.value)} />
            <DateTimeField label="When" value={when} onChange={setWhen} required />
            <TextInput label="Where" value={location} onChange={(e) => setLocation(e.currentTarget.value)} />
            <Button type="submit" size="sm" loading={loading}>
              Schedule
            </Button>
          </Group>
        </form>
        <ErrorBanner error={apiError(error)} />
      </Stack>
    </Paper>
  );
}
