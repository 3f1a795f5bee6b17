import {
  CreateGoalDocument,
  CreateInterventionDocument,
  CreateProblemDocument,
  type Discipline,
} from '@carehub/schema/graphql';
import { type FormEvent, type ReactNode, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner, Field, SelectField } from '../../ui/controls.js';
import { useViewer } from '../identity/viewer.js';
import { createGoalLive, createInterventionLive, createProblemLive } from './care-plan.optimistic.js';

export const DISCIPLINES: Discipline[] = ['RN', 'LPN', 'SW', 'MD', 'PT', 'OT', 'SLP', 'PHARM', 'RD', 'CM'];

/**
 * Small "add" forms for plan items. Each keeps one clientMutationId while open, so a retried
 * save cannot add the item twice. The new item reaches every screen through the plan's events.
 */
function AddForm({
  button,
  label,
  children,
  onSubmit,
  error,
  busy,
}: {
  button: string;
  label: string;
  children: ReactNode;
  onSubmit: () => Promise<boolean>;
  error: unknown;
  busy: boolean;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="link small" onClick={() => setOpen(true)}>
        {button}
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit()) setOpen(false);
  };
  return (
    <form className="stack add-form" onSubmit={submit} aria-label={label}>
      <ErrorBanner error={apiError(error)} />
      <div className="form-grid">{children}</div>
      <div className="row">
        <button type="submit" disabled={busy}>
          Add
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const useClientMutationId = () => useState(() => crypto.randomUUID())[0];

export function AddProblem({ carePlanId }: { carePlanId: string }) {
  const viewer = useViewer();
  const clientMutationId = useClientMutationId();
  const [statement, setStatement] = useState('');
  const [discipline, setDiscipline] = useState<Discipline>(viewer.discipline ?? 'CM');
  const [create, { error, loading }] = useLiveMutation(CreateProblemDocument, createProblemLive);
  return (
    <AddForm
      button="+ Add problem"
      label="Add problem"
      error={error}
      busy={loading}
      onSubmit={async () =>
        !!(await create({ variables: { input: { clientMutationId, carePlanId, statement, discipline } } }).catch(
          () => null,
        ))
      }
    >
      <Field label="Problem" required value={statement} onChange={(e) => setStatement(e.target.value)} />
      <SelectField
        label="Owning discipline"
        value={discipline}
        onChange={(e) => setDiscipline(e.target.value as Discipline)}
      >
        {DISCIPLINES.map((d) => (
          <option key={d}>{d}</option>
        ))}
      </SelectField>
    </AddForm>
  );
}

export function AddGoal({ carePlanId, problemId }: { carePlanId: string; problemId: string }) {
  const clientMutationId = useClientMutationId();
  const [description, setDescription] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [create, { error, loading }] = useLiveMutation(CreateGoalDocument, createGoalLive);
  return (
    <AddForm
      button="+ Add goal"
      label="Add goal"
      error={error}
      busy={loading}
      onSubmit={async () =>
        !!(await create({
          variables: {
            input: { clientMutationId, carePlanId, problemId, description, targetDate: targetDate || null },
          },
        }).catch(() => null))
      }
    >
      <Field label="Measurable goal" required value={description} onChange={(e) => setDescription(e.target.value)} />
      <Field label="Target date" type="date" value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />
    </AddForm>
  );
}

export function AddIntervention({ carePlanId, goalId }: { carePlanId: string; goalId: string }) {
  const viewer = useViewer();
  const clientMutationId = useClientMutationId();
  const [action, setAction] = useState('');
  const [frequency, setFrequency] = useState('');
  const [ownerDiscipline, setOwner] = useState<Discipline>(viewer.discipline ?? 'RN');
  const [create, { error, loading }] = useLiveMutation(CreateInterventionDocument, createInterventionLive);
  return (
    <AddForm
      button="+ Add intervention"
      label="Add intervention"
      error={error}
      busy={loading}
      onSubmit={async () =>
        !!(await create({
          variables: {
            input: { clientMutationId, carePlanId, goalId, action, ownerDiscipline, frequency: frequency || null },
          },
        }).catch(() => null))
      }
    >
      <Field label="Intervention" required value={action} onChange={(e) => setAction(e.target.value)} />
      <SelectField label="Owner" value={ownerDiscipline} onChange={(e) => setOwner(e.target.value as Discipline)}>
        {DISCIPLINES.map((d) => (
          <option key={d}>{d}</option>
        ))}
      </SelectField>
      <Field label="Frequency" value={frequency} onChange={(e) => setFrequency(e.target.value)} />
    </AddForm>
  );
}
