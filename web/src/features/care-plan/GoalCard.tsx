import { useLazyQuery } from '@apollo/client/react';
import {
  type GoalFieldsFragment,
  type GoalStatus,
  type InterventionFieldsFragment,
  ItemHistoryDocument,
  UpdateGoalDocument,
  UpdateInterventionDocument,
} from '@carehub/schema/graphql';
import { Anchor, Badge, Box, Checkbox, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { editKey, useEditSession } from '../../platform/edit-sessions.js';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { useDates } from '../../ui/use-dates.js';
import { enumOptions, type FormField, VersionedForm } from '../../ui/VersionedForm.js';
import { ShareToggle } from '../family/ShareToggle.js';
import { DISCIPLINES } from '../identity/disciplines.js';
import { AddIntervention } from './AddItem.js';
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
const statusColor = (s: string) =>
  s === 'ACHIEVED' ? 'ok' : s === 'CANCELLED' || s === 'NOT_ACHIEVED' ? 'gray' : 'warn';

/** One goal with its interventions: edit in place, see its history, add interventions. */
export function GoalCard({
  goal,
  patientId,
  carePlanId,
  editable,
  siblings,
}: {
  goal: Goal;
  patientId: string;
  carePlanId: string;
  editable: boolean;
  siblings: { id: string }[];
}) {
  const dates = useDates();
  const [editing, setEditing] = useEditSession(editKey(goal));
  const [showHistory, setShowHistory] = useState(false);
  const [loadHistory, history] = useLazyQuery(ItemHistoryDocument, { fetchPolicy: 'network-only' });
  const [updateGoal] = useLiveMutation(UpdateGoalDocument, updateGoalLive);
  const overdue = goal.status !== 'ACHIEVED' && goal.status !== 'CANCELLED' && dates.isOverdue(goal.targetDate);
  return (
    <Box component="article" className="goal" aria-label={`Goal: ${goal.description}`}>
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
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text span fw={700}>
              {goal.description}
            </Text>{' '}
            <Badge color={statusColor(goal.status)}>{label(goal.status)}</Badge>
            <Text c="dimmed" size="sm">
              {goal.targetValue ? `Target ${goal.targetValue}` : null}
              {goal.targetDate ? ` by ${dates.date(goal.targetDate)}` : null}
              {overdue ? (
                <Badge color="warn" ml="xs">
                  overdue
                </Badge>
              ) : null}
            </Text>
            <ShareToggle
              patientId={patientId}
              entityType="Goal"
              id={goal.id}
              version={goal.version}
              visibility={goal.visibility}
              scope="CARE_PLAN"
              name={`goal ${goal.description}`}
            />
          </div>
          {editable ? (
            <Group gap="sm" wrap="nowrap">
              <MoveUp kind="goal" id={goal.id} version={goal.version} siblings={siblings} />
              <Anchor component="button" type="button" size="sm" onClick={() => setEditing(true)}>
                Edit goal
              </Anchor>
              <Anchor
                component="button"
                type="button"
                size="sm"
                aria-expanded={showHistory}
                onClick={() => {
                  setShowHistory(!showHistory);
                  void loadHistory({ variables: { entityType: 'Goal', id: goal.id } });
                }}
              >
                History
              </Anchor>
            </Group>
          ) : null}
        </Group>
      )}
      {showHistory ? (
        <List type="ordered" size="sm" c="dimmed" aria-label="Goal history">
          {history.data?.itemHistory.map((h) => (
            <List.Item key={h.eventId}>
              {dates.dateTime(h.at)} · {h.actorName} · {h.kind.toLowerCase()}
              {Array.isArray(h.changes)
                ? ` — ${(h.changes as { field: string; before: unknown; after: unknown }[])
                    .map((c) => `${c.field}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`)
                    .join('; ')}`
                : ''}
            </List.Item>
          ))}
        </List>
      ) : null}
      <ul className="interventions">
        {(goal.interventions ?? []).map((i) => (
          <InterventionRow
            key={i.id}
            intervention={i}
            patientId={patientId}
            editable={editable}
            siblings={goal.interventions ?? []}
          />
        ))}
      </ul>
      {editable ? <AddIntervention carePlanId={carePlanId} goalId={goal.id} /> : null}
    </Box>
  );
}

function InterventionRow({
  intervention,
  patientId,
  editable,
  siblings,
}: {
  intervention: InterventionFieldsFragment;
  patientId: string;
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
      <Group gap="sm" wrap="nowrap">
        <Checkbox
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
        <Text size="sm" c={done ? 'dimmed' : undefined} td={done ? 'line-through' : undefined} style={{ flex: 1 }}>
          {intervention.action} <Badge color="gray">{intervention.ownerDiscipline}</Badge>
          {intervention.frequency ? (
            <Text span c="dimmed" size="sm">
              {' '}
              · {intervention.frequency}
            </Text>
          ) : null}
        </Text>
        <ShareToggle
          patientId={patientId}
          entityType="Intervention"
          id={intervention.id}
          version={intervention.version}
          visibility={intervention.visibility}
          scope="CARE_PLAN"
          name={`intervention ${intervention.action}`}
        />
        {editable ? (
          <MoveUp kind="intervention" id={intervention.id} version={intervention.version} siblings={siblings} />
        ) : null}
        {editable ? (
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => setEditing(true)}
            aria-label={`Edit intervention: ${intervention.action}`}
          >
            Edit
          </Anchor>
        ) : null}
      </Group>
      <ErrorBanner error={apiError(error)} />
    </li>
  );
}
