import { useLazyQuery } from '@apollo/client/react';
import {
  type GoalFieldsFragment,
  type GoalStatus,
  type InterventionFieldsFragment,
  ItemHistoryDocument,
  UpdateGoalDocument,
  UpdateInterventionDocument,
} from '@carehub/schema/graphql';
import { useState } from 'react';
import { editKey, useEditSession } from '../../platform/edit-sessions.js';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner, formatDate, formatDateTime } from '../../ui/controls.js';
import { enumOptions, type FormField, VersionedForm } from '../../ui/VersionedForm.js';
import { AddIntervention, DISCIPLINES } from './AddItem.js';
import { updateGoalLive, updateInterventionLive } from './care-plan.optimistic.js';
import { MoveUp } from './MoveUp.js';

type Goal = GoalFieldsFragment & { interventions?: InterventionFieldsFragment[] | null };
const GOAL_STATUSES: GoalStatus[] = ['PROPOSED', 'ACTIVE', 'ACHIEVED', 'NOT_ACHIEVED', 'CANCELLED'];
const GOAL_FIELDS: FormField[] = [
  { key: 'description', label: 'Goal', required: true },
  { key: 'targetValue', label: 'Target' },
  { key: 'targetDate', label: 'Target date', type: 'date' },
  { key: 'status', label: 'Status', type: 'select', options: enumOptions(GOAL_STATUSES) },
];
const INTERVENTION_FIELDS: FormField[] = [
  { key: 'action', label: 'Intervention', required: true },
  { key: 'frequency', label: 'Frequency' },
  { key: 'ownerDiscipline', label: 'Owner', type: 'select', options: enumOptions(DISCIPLINES) },
  {
    key: 'status',
    label: 'Status',
    type: 'select',
    options: enumOptions(['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED']),
  },
];
const label = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replaceAll('_', ' ');
const statusBadge = (s: string) =>
  s === 'ACHIEVED' ? 'badge' : s === 'CANCELLED' || s === 'NOT_ACHIEVED' ? 'badge muted' : 'badge warn';

/** One goal with its interventions: edit in place, see its history, add interventions. */
export function GoalCard({
  goal,
  carePlanId,
  editable,
  siblings,
}: {
  goal: Goal;
  carePlanId: string;
  editable: boolean;
  siblings: { id: string }[];
}) {
  const [editing, setEditing] = useEditSession(editKey(goal));
  const [showHistory, setShowHistory] = useState(false);
  const [loadHistory, history] = useLazyQuery(ItemHistoryDocument, { fetchPolicy: 'network-only' });
  const [updateGoal] = useLiveMutation(UpdateGoalDocument, updateGoalLive);
  return (
    <article className="goal" aria-label={`Goal: ${goal.description}`}>
      {editing ? (
        <VersionedForm
          label="Edit goal"
          submitLabel="Save goal"
          fields={GOAL_FIELDS}
          item={goal}
          onDone={() => setEditing(false)}
          onSave={(patch, expectedVersion) =>
            updateGoal({ variables: { input: { id: goal.id, expectedVersion, ...patch } } })
          }
        />
      ) : (
        <div className="spread">
          <div>
            <strong>{goal.description}</strong> <span className={statusBadge(goal.status)}>{label(goal.status)}</span>
            <div className="muted small">
              {goal.targetValue ? `Target ${goal.targetValue}` : null}
              {goal.targetDate ? ` by ${formatDate(goal.targetDate)}` : null}
            </div>
          </div>
          {editable ? (
            <div className="row small">
              <MoveUp kind="goal" id={goal.id} version={goal.version} siblings={siblings} />
              <button type="button" className="link" onClick={() => setEditing(true)}>
                Edit goal
              </button>
              <button
                type="button"
                className="link"
                onClick={() => {
                  setShowHistory(!showHistory);
                  void loadHistory({ variables: { entityType: 'Goal', id: goal.id } });
                }}
              >
                History
              </button>
            </div>
          ) : null}
        </div>
      )}
      {showHistory ? (
        <ol className="small muted" aria-label="Goal history">
          {history.data?.itemHistory.map((h) => (
            <li key={h.eventId}>
              {formatDateTime(h.at)} · {h.actorName} · {h.kind.toLowerCase()}
              {Array.isArray(h.changes)
                ? ` — ${(h.changes as { field: string; before: unknown; after: unknown }[])
                    .map((c) => `${c.field}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`)
                    .join('; ')}`
                : ''}
            </li>
          ))}
        </ol>
      ) : null}
      <ul className="interventions">
        {(goal.interventions ?? []).map((i) => (
          <InterventionRow key={i.id} intervention={i} editable={editable} siblings={goal.interventions ?? []} />
        ))}
      </ul>
      {editable ? <AddIntervention carePlanId={carePlanId} goalId={goal.id} /> : null}
    </article>
  );
}

function InterventionRow({
  intervention,
  editable,
  siblings,
}: {
  intervention: InterventionFieldsFragment;
  editable: boolean;
  siblings: { id: string }[];
}) {
  const [update, { error }] = useLiveMutation(UpdateInterventionDocument, updateInterventionLive);
  const [editing, setEditing] = useEditSession(editKey(intervention));
  const done = intervention.status === 'DONE';
  if (editing) {
    return (
      <li>
        <VersionedForm
          label="Edit intervention"
          fields={INTERVENTION_FIELDS}
          item={intervention}
          onDone={() => setEditing(false)}
          onSave={(patch, expectedVersion) =>
            update({ variables: { input: { id: intervention.id, expectedVersion, ...patch } } })
          }
        />
      </li>
    );
  }
  return (
    <li>
      <div className="row small">
        <label className="row">
          <input
            type="checkbox"
            checked={done}
            disabled={!editable}
            aria-label={`Done: ${intervention.action}`}
            onChange={() =>
              void update({
                variables: {
                  input: {
                    id: intervention.id,
                    expectedVersion: intervention.version,
                    status: done ? 'IN_PROGRESS' : 'DONE',
                  },
                },
              }).catch(() => null)
            }
          />
          <span className={done ? 'muted' : undefined}>
            {intervention.action} <span className="badge muted">{intervention.ownerDiscipline}</span>
            {intervention.frequency ? <span className="muted"> · {intervention.frequency}</span> : null}
          </span>
        </label>
        {editable ? (
          <MoveUp kind="intervention" id={intervention.id} version={intervention.version} siblings={siblings} />
        ) : null}
        {editable ? (
          <button
            type="button"
            className="link"
            onClick={() => setEditing(true)}
            aria-label={`Edit intervention: ${intervention.action}`}
          >
            Edit
          </button>
        ) : null}
      </div>
      <ErrorBanner error={apiError(error)} />
    </li>
  );
}
