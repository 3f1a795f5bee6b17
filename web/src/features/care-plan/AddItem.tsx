import {
  CreateGoalDocument,
  CreateInterventionDocument,
  CreateProblemDocument,
  type Discipline,
} from '@carehub/schema/graphql';
import { Anchor, NativeSelect, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { DateField } from '../../ui/DateField.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { FormActions } from '../../ui/FormActions.js';
import { DISCIPLINES } from '../identity/disciplines.js';
import { useViewer } from '../identity/viewer.js';
import { createGoalLive, createInterventionLive, createProblemLive } from './care-plan.optimistic.js';

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
      <Anchor component="button" type="button" size="sm" onClick={() => setOpen(true)} className="add-link">
        {button}
      </Anchor>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit()) setOpen(false);
  };
  return (
    <Paper component="form" onSubmit={submit} aria-label={label} bg="var(--mantine-color-gray-0)" p="sm">
      <Stack gap="sm">
        <ErrorBanner error={apiError(error)} />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>{children}</SimpleGrid>
        <FormActions submit="Add" busy={busy} onCancel={() => setOpen(false)} />
      </Stack>
    </Paper>
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
      <TextInput label="Problem" required value={statement} onChange={(e) => setStatement(e.currentTarget.value)} />
      <NativeSelect
        label="Owning discipline"
        value={discipline}
        data={DISCIPLINES}
        onChange={(e) => setDiscipline(e.currentTarget.value as Discipline)}
      />
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
      <TextInput
        label="Measurable goal"
        required
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
      />
      <DateField label="Target date" value={targetDate} onChange={setTargetDate} />
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
      <TextInput label="Intervention" required value={action} onChange={(e) => setAction(e.currentTarget.value)} />
      <NativeSelect
        label="Owner"
        value={ownerDiscipline}
        data={DISCIPLINES}
        onChange={(e) => setOwner(e.currentTarget.value as Discipline)}
      />
      <TextInput label="Frequency" value={frequency} onChange={(e) => setFrequency(e.currentTarget.value)} />
    </AddForm>
  );
}
