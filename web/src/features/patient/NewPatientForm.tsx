import { CreatePatientDocument } from '@carehub/schema/graphql';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { href } from '../../platform/router.js';
import { ErrorBanner, Field } from '../../ui/controls.js';
import { createPatientLive } from './patient.optimistic.js';

const localNow = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

/**
 * Admits a patient to the unit. The form keeps one clientMutationId, so pressing Save again
 * after a dropped connection cannot create the patient twice.
 */
export function NewPatientForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({ mrn: '', name: '', dateOfBirth: '', bed: '', admittedAt: localNow() });
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading, error }] = useLiveMutation(CreatePatientDocument, createPatientLive);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^[A-Za-z0-9][A-Za-z0-9-]{2,31}$/.test(form.mrn))
      return setProblem('MRN must be 3 to 32 letters, digits or dashes.');
    if (!form.name.trim()) return setProblem('Enter the patient’s name.');
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
          admittedAt: new Date(form.admittedAt).toISOString(),
        },
      },
    }).catch(() => null);
    const created = result?.data?.createPatient;
    if (created) {
      onDone();
      location.hash = href({ name: 'patient', id: created.id });
    }
  }

  return (
    <form className="card stack" onSubmit={submit} aria-label="New patient">
      <h2>New patient</h2>
      <ErrorBanner error={problem ? { code: 'BAD_USER_INPUT', message: problem, extensions: {} } : apiError(error)} />
      <div className="form-grid">
        <Field label="MRN" required value={form.mrn} onChange={set('mrn')} />
        <Field label="Name" required value={form.name} onChange={set('name')} />
        <Field label="Date of birth" type="date" required value={form.dateOfBirth} onChange={set('dateOfBirth')} />
        <Field label="Bed" value={form.bed} onChange={set('bed')} />
        <Field label="Admitted" type="datetime-local" required value={form.admittedAt} onChange={set('admittedAt')} />
      </div>
      <div className="row">
        <button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Admit patient'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
