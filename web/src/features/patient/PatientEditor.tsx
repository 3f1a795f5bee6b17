import { useMutation } from '@apollo/client/react';
import { type PatientQuery, UpdatePatientDocument } from '@carehub/schema/graphql';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { ConflictPanel } from '../../ui/ConflictPanel.js';
import { ErrorBanner, Field } from '../../ui/controls.js';

type Patient = NonNullable<PatientQuery['patient']>;

const FIELDS = [
  ['name', 'Name'],
  ['bed', 'Bed'],
  ['dateOfBirth', 'Date of birth'],
  ['expectedDischargeDate', 'Expected discharge'],
  ['admittingDiagnosis', 'Admitting diagnosis'],
  ['allergies', 'Allergies'],
  ['primaryLanguage', 'Primary language'],
] as const;
type Key = (typeof FIELDS)[number][0];
type Draft = Record<Key, string>;

const draftOf = (p: Record<string, unknown>): Draft =>
  Object.fromEntries(FIELDS.map(([key]) => [key, (p[key] as string | null) ?? ''])) as Draft;

/**
 * Edits the patient record from the version on screen. When someone else saved first, the
 * server refuses with CONFLICT; the editor then shows their version beside yours and lets you
 * keep yours (saved over theirs, knowingly) or take theirs — it never overwrites silently.
 */
export function PatientEditor({ patient, onDone }: { patient: Patient; onDone: () => void }) {
  const [base, setBase] = useState({ version: patient.version, values: draftOf(patient) });
  const [draft, setDraft] = useState<Draft>(base.values);
  const [theirs, setTheirs] = useState<{ version: number; values: Draft } | null>(null);
  const [update, { loading, error, reset }] = useMutation(UpdatePatientDocument);

  const changed = FIELDS.filter(([key]) => draft[key] !== base.values[key]).map(([key]) => key);

  async function save(expectedVersion: number) {
    if (changed.length === 0) return onDone();
    const patch = Object.fromEntries(
      changed.map((key) => [key, draft[key].trim() === '' && key !== 'name' ? null : draft[key]]),
    );
    try {
      await update({ variables: { input: { id: patient.id, expectedVersion, ...patch } } });
      onDone();
    } catch (failure) {
      const problem = apiError(failure);
      if (problem?.code === 'CONFLICT') {
        const current = problem.extensions.current as Record<string, unknown> & { version: number };
        setTheirs({ version: current.version, values: draftOf(current) });
      }
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(base.version);
  }

  function keepMine() {
    if (!theirs) return;
    reset();
    setBase({ version: theirs.version, values: theirs.values });
    setTheirs(null);
    void save(theirs.version);
  }

  function takeTheirs() {
    if (!theirs) return;
    reset();
    setBase({ version: theirs.version, values: theirs.values });
    setDraft(theirs.values);
    setTheirs(null);
  }

  const problem = apiError(error);
  return (
    <form className={`card stack${theirs ? ' conflict' : ''}`} onSubmit={submit} aria-label="Edit patient">
      <h2>Edit record</h2>
      {theirs ? (
        <ConflictPanel
          who="Someone else"
          busy={loading}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
          rows={FIELDS.map(([key, label]) => ({
            label,
            theirs: theirs.values[key],
            mine: draft[key],
            theyChanged: theirs.values[key] !== base.values[key],
            youChanged: changed.includes(key),
          }))}
        />
      ) : (
        <ErrorBanner error={problem} />
      )}
      <div className="form-grid">
        {FIELDS.map(([key, label]) => (
          <Field
            key={key}
            label={label}
            type={key === 'dateOfBirth' || key === 'expectedDischargeDate' ? 'date' : 'text'}
            value={draft[key]}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          />
        ))}
      </div>
      {theirs ? null : (
        <div className="row">
          <button type="submit" disabled={loading}>
            {loading ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}
