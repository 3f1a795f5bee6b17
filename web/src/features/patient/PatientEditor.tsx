import { type PatientQuery, UpdatePatientDocument } from '@carehub/schema/graphql';
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
    <div className="card">
      <h2>Edit record</h2>
      <VersionedForm
        label="Edit patient"
        fields={FIELDS}
        item={patient}
        onDone={onDone}
        onSave={(patch, expectedVersion) =>
          update({ variables: { input: { id: patient.id, expectedVersion, ...patch } } })
        }
      />
    </div>
  );
}
