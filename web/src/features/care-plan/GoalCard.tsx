import { useLazyQuery, useMutation } from '@apollo/client/react';
import {
  type GoalFieldsFragment,
  type GoalStatus,
  type InterventionFieldsFragment,
  ItemHistoryDocument,
  UpdateGoalDocument,
  UpdateInterventionDocument,
} from '@carehub/schema/graphql';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { ConflictPanel } from '../../ui/ConflictPanel.js';
import { ErrorBanner, Field, formatDate, formatDateTime, SelectField } from '../../ui/controls.js';
import { AddIntervention } from './AddItem.js';

type Goal = GoalFieldsFragment & { interventions?: InterventionFieldsFragment[] | null };
const STATUSES: GoalStatus[] = ['PROPOSED', 'ACTIVE', 'ACHIEVED', 'NOT_ACHIEVED', 'CANCELLED'];
const label = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replaceAll('_', ' ');
const statusBadge = (s: string) =>
  s === 'ACHIEVED' ? 'badge' : s === 'CANCELLED' || s === 'NOT_ACHIEVED' ? 'badge muted' : 'badge warn';

/** One goal with its interventions: edit in place, see its history, add interventions. */
export function GoalCard({ goal, carePlanId, editable }: { goal: Goal; carePlanId: string; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [loadHistory, history] = useLazyQuery(ItemHistoryDocument, { fetchPolicy: 'network-only' });
  return (
    <article className="goal" aria-label={`Goal: ${goal.description}`}>
      {editing ? (
        <GoalEditor goal={goal} onDone={() => setEditing(false)} />
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
          <InterventionRow key={i.id} intervention={i} editable={editable} />
        ))}
      </ul>
      {editable ? <AddIntervention carePlanId={carePlanId} goalId={goal.id} /> : null}
    </article>
  );
}

function InterventionRow({ intervention, editable }: { intervention: InterventionFieldsFragment; editable: boolean }) {
  const [update, { error }] = useMutation(UpdateInterventionDocument);
  const done = intervention.status === 'DONE';
  return (
    <li>
      <label className="row small">
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
      <ErrorBanner error={apiError(error)} />
    </li>
  );
}

type Draft = { description: string; targetValue: string; targetDate: string; status: GoalStatus };
const draftOf = (g: {
  description: string;
  targetValue?: string | null;
  targetDate?: string | null;
  status: string;
}): Draft => ({
  description: g.description,
  targetValue: g.targetValue ?? '',
  targetDate: g.targetDate ?? '',
  status: g.status as GoalStatus,
});
const FIELDS: [keyof Draft, string][] = [
  ['description', 'Goal'],
  ['targetValue', 'Target'],
  ['targetDate', 'Target date'],
  ['status', 'Status'],
];

/** Edits a goal from the version on screen; a CONFLICT shows both versions and lets the user choose. */
function GoalEditor({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const [base, setBase] = useState({ version: goal.version, values: draftOf(goal) });
  const [draft, setDraft] = useState(base.values);
  const [theirs, setTheirs] = useState<{ version: number; values: Draft } | null>(null);
  const [update, { loading, error, reset }] = useMutation(UpdateGoalDocument);
  const changed = FIELDS.filter(([k]) => draft[k] !== base.values[k]).map(([k]) => k);

  async function save(expectedVersion: number) {
    if (changed.length === 0) return onDone();
    const patch = Object.fromEntries(changed.map((k) => [k, draft[k] === '' ? null : draft[k]]));
    try {
      await update({ variables: { input: { id: goal.id, expectedVersion, ...patch } } });
      onDone();
    } catch (failure) {
      const problem = apiError(failure);
      if (problem?.code === 'CONFLICT') {
        const current = problem.extensions.current as Draft & { version: number };
        setTheirs({ version: current.version, values: draftOf(current) });
      }
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(base.version);
  };

  return (
    <form className={`stack${theirs ? ' conflict card' : ''}`} onSubmit={submit} aria-label="Edit goal">
      {theirs ? (
        <ConflictPanel
          who="Someone else"
          busy={loading}
          rows={FIELDS.map(([k, l]) => ({
            label: l,
            theirs: theirs.values[k],
            mine: draft[k],
            theyChanged: theirs.values[k] !== base.values[k],
            youChanged: changed.includes(k),
          }))}
          onKeepMine={() => {
            reset();
            setBase({ version: theirs.version, values: theirs.values });
            setTheirs(null);
            void save(theirs.version);
          }}
          onTakeTheirs={() => {
            reset();
            setBase({ version: theirs.version, values: theirs.values });
            setDraft(theirs.values);
            setTheirs(null);
            onDone();
          }}
        />
      ) : (
        <ErrorBanner error={apiError(error)} />
      )}
      <div className="form-grid">
        <Field
          label="Goal"
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
        <Field
          label="Target"
          value={draft.targetValue}
          onChange={(e) => setDraft({ ...draft, targetValue: e.target.value })}
        />
        <Field
          label="Target date"
          type="date"
          value={draft.targetDate}
          onChange={(e) => setDraft({ ...draft, targetDate: e.target.value })}
        />
        <SelectField
          label="Status"
          value={draft.status}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as GoalStatus })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </SelectField>
      </div>
      {theirs ? null : (
        <div className="row">
          <button type="submit" disabled={loading}>
            Save goal
          </button>
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}
