import { useQuery } from '@apollo/client/react';
import {
  AddProgressNoteDocument,
  CreateCarePlanDocument,
  PatientCarePlanDocument,
  SignOffCarePlanDocument,
} from '@carehub/schema/graphql';
import { Badge, Box, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { useAnnounce } from '../../ui/announcer.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { LiveIndicator } from '../../ui/LiveIndicator.js';
import { useDates } from '../../ui/use-dates.js';
import { useViewer } from '../identity/viewer.js';
import { AddGoal, AddProblem } from './AddItem.js';
import { useCarePlanLive } from './care-plan.live.js';
import { addProgressNoteLive, createCarePlanLive, signOffLive } from './care-plan.optimistic.js';
import { describeCarePlanChange } from './care-plan-announcement.js';
import { GoalCard } from './GoalCard.js';
import { ProblemHeading } from './ProblemHeading.js';

/** The shared care plan of one patient, edited live by the whole team. */
export function CarePlanView({ patientId }: { patientId: string }) {
  const { data, loading, error } = useQuery(PatientCarePlanDocument, { variables: { patientId } });
  const plan = data?.patient.carePlan ?? null;
  const viewer = useViewer();
  const announce = useAnnounce();
  const live = useCarePlanLive(plan?.id ?? null, data ? (plan?.lastEventId ?? null) : undefined, (event) => {
    const message = describeCarePlanChange(event, viewer.id);
    if (message) announce(message);
  });
  const dates = useDates();
  const [signOff, signing] = useLiveMutation(SignOffCarePlanDocument, signOffLive);
  const [createPlan, creating] = useLiveMutation(CreateCarePlanDocument, createCarePlanLive, {
    refetchQueries: ['PatientCarePlan'],
  });

  if (loading && !data) return <Paper c="dimmed">Loading care plan…</Paper>;
  if (!plan) {
    return (
      <Paper component="section" aria-labelledby="care-plan-title">
        <Stack>
          <Title order={2} id="care-plan-title">
            Care plan
          </Title>
          <ErrorBanner error={apiError(error ?? creating.error)} />
          <Text c="dimmed">No care plan yet.</Text>
          <div>
            <Button
              loading={creating.loading}
              onClick={() =>
                void createPlan({
                  // The plan starts today on the unit's clock, not in UTC (already tomorrow on a US evening).
                  variables: { input: { patientId, periodStart: dates.today } },
                }).catch(() => null)
              }
            >
              Start a care plan
            </Button>
          </div>
        </Stack>
      </Paper>
    );
  }
  const editable = plan.status !== 'COMPLETED';
  const mine = plan.signOffs.find((s) => s.discipline === viewer.discipline);
  return (
    <Paper component="section" aria-labelledby="care-plan-title">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} id="care-plan-title">
              Care plan
            </Title>
            <Text c="dimmed" size="sm">
              {plan.status.toLowerCase()} · from {dates.date(plan.periodStart)} · last reviewed{' '}
              {dates.dateTime(plan.lastReviewedAt)}
            </Text>
          </div>
          <Group gap="sm">
            <LiveIndicator state={live} />
            {viewer.discipline && editable ? (
              <Button
                variant="default"
                loading={signing.loading}
                onClick={() => void signOff({ variables: { input: { carePlanId: plan.id } } }).catch(() => null)}
              >
                {mine && !mine.stale ? `Signed off (${viewer.discipline})` : `Sign off as ${viewer.discipline}`}
              </Button>
            ) : null}
          </Group>
        </Group>
        <Group component="section" gap="xs" aria-label="Sign-offs">
          {plan.signOffs.map((s) => (
            <Badge
              key={s.id}
              color={s.stale ? 'warn' : 'brand'}
              title={`${s.user.name}, ${dates.dateTime(s.createdAt)}`}
            >
              {s.discipline} {s.stale ? 'needs re-review' : 'reviewed'}
            </Badge>
          ))}
        </Group>
        <ErrorBanner error={apiError(signing.error)} />
        {plan.problems.map((problem) => (
          <Box component="section" key={problem.id} className="problem" aria-label={`Problem: ${problem.statement}`}>
            <ProblemHeading problem={problem} siblings={plan.problems} editable={editable} />
            {(problem.goals ?? []).map((goal) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                patientId={patientId}
                carePlanId={plan.id}
                editable={editable}
                siblings={problem.goals ?? []}
              />
            ))}
            {editable ? <AddGoal carePlanId={plan.id} problemId={problem.id} /> : null}
          </Box>
        ))}
        {editable ? <AddProblem carePlanId={plan.id} /> : null}
        <ProgressNotes carePlanId={plan.id} notes={plan.notes} editable={editable} />
      </Stack>
    </Paper>
  );
}

function ProgressNotes({
  carePlanId,
  notes,
  editable,
}: {
  carePlanId: string;
  notes: { id: string; text: string; createdAt: string; author: { name: string; discipline?: string | null } }[];
  editable: boolean;
}) {
  const dates = useDates();
  const [text, setText] = useState('');
  const [clientMutationId, setClientMutationId] = useState(() => crypto.randomUUID());
  const [add, { error, loading }] = useLiveMutation(AddProgressNoteDocument, addProgressNoteLive);
  // What the box holds now, for a submit that finishes after the user has typed on.
  const current = useRef(text);
  current.current = text;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const note = { clientMutationId, carePlanId, text };
    // The note shows in the list at once (kept in the browser, then sent), so the box clears at
    // once too, ready for the next one; storing it and the hub's answer come later.
    setText('');
    setClientMutationId(crypto.randomUUID());
    const ok = await add({ variables: { input: note } }).catch(() => null);
    // Not taken: the words come back with their id (a retry cannot add the note twice), unless
    // the next note is being written already.
    if (!ok && !current.current) {
      setText(note.text);
      setClientMutationId(note.clientMutationId);
    }
  }
  return (
    <Stack component="section" aria-labelledby="notes-title" gap="sm">
      <Title order={3} id="notes-title">
        Progress notes
      </Title>
      {editable ? (
        <Stack component="form" onSubmit={submit} gap="sm">
          <ErrorBanner error={apiError(error)} />
          <Textarea
            label="New note"
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            required
            maxLength={4000}
          />
          <div>
            <Button type="submit" loading={loading} disabled={!text.trim()}>
              Add note
            </Button>
          </div>
        </Stack>
      ) : null}
      <Stack component="ul" className="notes" gap="xs">
        {notes.map((n) => (
          <li key={n.id}>
            <Text c="dimmed" size="sm">
              {dates.dateTime(n.createdAt)} · {n.author.name}
              {n.author.discipline ? ` (${n.author.discipline})` : ''}
            </Text>
            <Text>{n.text}</Text>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
