import { type ProblemFieldsFragment, UpdateProblemDocument } from '@carehub/schema/graphql';
import { Anchor, Badge, Group, Title } from '@mantine/core';
import { editKey, useEditSession } from '../../platform/edit-sessions.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { enumOptions, type FormField, VersionedForm } from '../../ui/VersionedForm.js';
import { DISCIPLINES } from '../identity/disciplines.js';
import { updateProblemLive } from './care-plan.optimistic.js';
import { MoveUp } from './MoveUp.js';

const FIELDS: FormField[] = [
  { key: 'statement', label: 'Problem', required: true },
  { key: 'discipline', label: 'Owning discipline', type: 'select', options: enumOptions(DISCIPLINES) },
  { key: 'priority', label: 'Priority', type: 'select', options: enumOptions(['HIGH', 'MEDIUM', 'LOW']) },
  { key: 'status', label: 'Status', type: 'select', options: enumOptions(['ACTIVE', 'RESOLVED', 'CANCELLED']) },
];

/** A problem's heading: statement, owner and priority, with edit and move for the team. */
export function ProblemHeading({
  problem,
  siblings,
  editable,
}: {
  problem: ProblemFieldsFragment;
  siblings: { id: string }[];
  editable: boolean;
}) {
  const [editing, setEditing] = useEditSession(editKey(problem));
  const [update] = useLiveMutation(UpdateProblemDocument, updateProblemLive);
  if (editing) {
    return (
      <VersionedForm
        label="Edit problem"
        fields={FIELDS}
        item={problem}
        onDone={() => setEditing(false)}
        onSave={(patch, expectedVersion) =>
          update({ variables: { input: { id: problem.id, expectedVersion, ...patch } } })
        }
      />
    );
  }
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start">
      <Title order={3} c={problem.status === 'ACTIVE' ? undefined : 'dimmed'}>
        {problem.statement} <Badge color="gray">{problem.discipline}</Badge>{' '}
        {problem.priority === 'HIGH' ? <Badge color="danger">high</Badge> : null}{' '}
        {problem.status !== 'ACTIVE' ? <Badge color="gray">{problem.status.toLowerCase()}</Badge> : null}
      </Title>
      {editable ? (
        <Group gap="sm" wrap="nowrap">
          <MoveUp kind="problem" id={problem.id} version={problem.version} siblings={siblings} />
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => setEditing(true)}
            aria-label={`Edit problem: ${problem.statement}`}
          >
            Edit
          </Anchor>
        </Group>
      ) : null}
    </Group>
  );
}
