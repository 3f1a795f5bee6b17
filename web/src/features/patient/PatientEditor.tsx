import { type PatientQuery, UpdatePatientDocument } from '@carehub/schema/graphql';
import { Paper, Title } from '@mantine/core';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { type FormField, VersionedForm } from '../../ui/VersionedForm.js';
import { updatePatientLive } from './patient.optimistic.js';

type Patient = NonNullable<PatientQuery['patient']>;

const FIELDS: FormField[] = [
  { key: 'name', label: 'Name', required: true },
  { key: 'bed', label: 'Bed' },
  { key: 'dateOfBirth', label: 'Date of birth', type: 'date', required: true },
  { key: 'expectedDischargeDate', label: 'Expected discharge', type: 'date' },
  { key: 'admittingDiagnosis', label: 'Admitting diagnosis' },
  { key: 'allergies', label: 'Allergies' },
  { key: 'primaryLanguage', label: 'Primary language' },
];

/** Edits the patient record; conflicts are shown, never overwritten (see VersionedForm). */
export function PatientEditor({ patient, onDone }: { patient: Patient; onDone: () => void }) {
  const [update] = useLiveMutation(UpdatePatientDocument, updatePatientLive);
  return (
    <Paper>
      <Title order={2} mb="sm">
        Edit record
      </Title>
      <VersionedForm
        label="Edit patient"
        fields={FIELDS}
        item={patient}
        onDone={onDone}
        onSave={(patch, expectedVersion) =>
          update({ variables: { input: { id: patient.id, expectedVersion, ...patch } } })
        }
      />
    </Paper>
  );
}
