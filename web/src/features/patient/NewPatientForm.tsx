import { CreatePatientDocument } from '@carehub/schema/graphql';
import { Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { instantOf, unitWallClock } from '../../platform/dates.js';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { paths } from '../../platform/paths.js';
import { DateField, DateTimeField } from '../../ui/DateField.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { FormActions } from '../../ui/FormActions.js';
import { notify } from '../../ui/notify.js';
import { useDates } from '../../ui/use-dates.js';
import { createPatientLive } from './patient.optimistic.js';

/**
 * Admits a patient to the unit. The form keeps one clientMutationId, so pressing Save again
 * after a dropped connection cannot create the patient twice. The admission time is read on
 * the unit's clock, whatever zone this device is in.
 */
export function NewPatientForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const { zone } = useDates();
  const navigate = useNavigate();
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({ mrn: '', name: '', dateOfBirth: '', bed: '', admittedAt: unitWallClock(zone) });
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading, error }] = useLiveMutation(CreatePatientDocument, createPatientLive);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const text = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => set(key)(e.currentTarget.value);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^[A-Za-z0-9][A-Za-z0-9-]{2,31}$/.test(form.mrn))
      return setProblem('MRN must be 3 to 32 letters, digits or dashes.');
    if (!form.name.trim()) return setProblem('Enter the patient’s name.');
    if (!form.dateOfBirth) return setProblem('Enter the date of birth.');
    if (!form.admittedAt) return setProblem('Enter when the patient was admitted.');
    setProblem(null);
    const result = await create({
      variables: {
        input: {
          clientMutationId,
          mrn: form.mrn.trim(),
          name: form.name.trim(),
          dateOfBirth: form.dateOfBirth,
          unitId,
          bed: form.bed.trim() || null,
          admittedAt: instantOf(form.admittedAt, zone),
        },
      },
    }).catch(() => null);
    const created = result?.data?.createPatient;
    if (created) {
      notify(`${created.name} admitted`);
      onDone();
      void navigate(paths.patient(created.id));
    }
  }

  return (
    <Paper component="form" onSubmit={submit} aria-labelledby="new-patient-title">
      <Stack>
        <Title order={2} id="new-patient-title">
          New patient
        </Title>
        <ErrorBanner error={problem ? { code: 'BAD_USER_INPUT', message: problem, extensions: {} } : apiError(error)} />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          <TextInput label="MRN" required value={form.mrn} onChange={text('mrn')} />
          <TextInput label="Name" required value={form.name} onChange={text('name')} />
          <DateField label="Date of birth" required value={form.dateOfBirth} onChange={set('dateOfBirth')} />
          <TextInput label="Bed" value={form.bed} onChange={text('bed')} />
          <DateTimeField label="Admitted" required value={form.admittedAt} onChange={set('admittedAt')} />
        </SimpleGrid>
        <FormActions submit="Admit patient" busy={loading} onCancel={onDone} />
      </Stack>
    </Paper>
  );
}
