import { type ProblemFieldsFragment, UpdateProblemDocument } from '@carehub/schema/graphql';
import { editKey, useEditSession } from '../../platform/edit-sessions.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { enumOptions, type FormField, VersionedForm } from '../../ui/VersionedForm.js';
import { DISCIPLINES } from './AddItem.js';
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
    <h3 className="spread">
      <span className={problem.status === 'ACTIVE' ? undefined : 'muted'}>
        {problem.statement} <span className="badge muted">{problem.discipline}</span>{' '}
        {problem.priority === 'HIGH' ? <span className="badge danger">high</span> : null}{' '}
        {problem.status !== 'ACTIVE' ? <span className="badge muted">{problem.status.toLowerCase()}</span> : null}
      </span>
      {editable ? (
        <span className="row small">
          <MoveUp kind="problem" id={problem.id} version={problem.version} siblings={siblings} />
          <button
            type="button"
            className="link"
            onClick={() => setEditing(true)}
            aria-label={`Edit problem: ${problem.statement}`}
          >
            Edit
          </button>
        </span>
      ) : null}
    </h3>
  );
}
