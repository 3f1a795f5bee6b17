import { useMutation } from '@apollo/client/react';
import {
  AnswerFamilyQuestionDocument,
  type FamilyQuestionFieldsFragment,
  type FamilyShareScope,
  WriteFamilyUpdateDocument,
} from '@carehub/schema/graphql';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { useDates } from '../../ui/use-dates.js';
import { writeFamilyUpdateLive } from './family.optimistic.js';
import { SCOPE_LABELS, ShareToggle, useFamilySharing } from './ShareToggle.js';

const TEXT_MAX = 4000;

/**
 * The team's side of the family portal on the patient page: what the consent allows, a box to
 * write an update for the family, the updates written (shared or taken back, one click each
 * way), and the family's questions with their answers.
 */
export function FamilySharingPanel({ patientId }: { patientId: string }) {
  const dates = useDates();
  const { patient, error } = useFamilySharing(patientId);
  const scopes = patient?.familySharing ?? [];
  return (
    <Paper component="section" aria-labelledby="family-sharing-title">
      <Stack gap="sm">
        <Title order={2} id="family-sharing-title">
          Shared with the family
        </Title>
        <ErrorBanner error={apiError(error)} />
        <Text size="sm" c="dimmed">
          {scopes.length === 0
            ? 'No family consent is recorded: nothing can be shared yet.'
            : `Consent covers: ${scopes.map((s: FamilyShareScope) => SCOPE_LABELS[s]).join(', ')}.`}
        </Text>
        {scopes.includes('DISCHARGE') ? (
          <Text size="sm">The family sees the expected discharge date in their portal while one is set.</Text>
        ) : null}
        {scopes.includes('UPDATES') ? <WriteUpdate patientId={patientId} /> : null}
        {patient && patient.familyUpdates.length > 0 ? (
          <Stack component="ul" gap="xs" className="plain-list" aria-label="Updates written for the family">
            {patient.familyUpdates.map((u) => (
              <li key={u.id}>
                <Text className="typed-text">{u.text}</Text>
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    {u.authorName} · {dates.dateTime(u.createdAt)}
                  </Text>
                  {u.visibility === 'TEAM' ? <Badge color="gray">Taken back</Badge> : null}
                  <ShareToggle
                    patientId={patientId}
                    entityType="FamilyUpdate"
                    id={u.id}
                    version={u.version}
                    visibility={u.visibility}
                    scope="UPDATES"
                    name={`update of ${dates.dateTime(u.createdAt)}`}
                  />
                </Group>
              </li>
            ))}
          </Stack>
        ) : null}
        <Title order={3} size="h4">
          Questions from the family
        </Title>
        {patient && patient.familyQuestions.length === 0 ? <Text c="dimmed">No questions yet.</Text> : null}
        <Stack component="ul" gap="sm" className="plain-list">
          {(patient?.familyQuestions ?? []).map((q) => (
            <li key={q.id}>
              <Question question={q} patientId={patientId} />
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function WriteUpdate({ patientId }: { patientId: string }) {
  const [text, setText] = useState('');
  // One id per update, kept until it is taken: a second click sends the same update, not another.
  const [clientMutationId, setClientMutationId] = useState(() => crypto.randomUUID());
  const typed = useRef(text);
  typed.current = text;
  // Shows at the top of the list at once and waits out a lost connection (family.optimistic.ts).
  const [write, { error }] = useLiveMutation(WriteFamilyUpdateDocument, writeFamilyUpdateLive);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const update = { patientId, text, clientMutationId };
    setText('');
    setClientMutationId(crypto.randomUUID());
    const result = await write({ variables: { input: update } }).catch(() => null);
    // Not taken (refused at once): the words come back to the box unless something new was typed there.
    if (!result?.data && typed.current === '') setText(update.text);
  }
  return (
    <Stack component="form" onSubmit={submit} gap="xs" aria-label="Write an update for the family">
      <ErrorBanner error={apiError(error)} />
      <Textarea
        label="Write an update for the family"
        description="Plain words, no abbreviations: the family sees it at once."
        autosize
        minRows={2}
        maxLength={TEXT_MAX}
        required
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group>
        <Button type="submit" disabled={!text.trim()}>
          Share with family
        </Button>
      </Group>
    </Stack>
  );
}

function Question({ question: q, patientId }: { question: FamilyQuestionFieldsFragment; patientId: string }) {
  const dates = useDates();
  const [reply, setReply] = useState(q.reply ?? '');
  const [answering, setAnswering] = useState(false);
  const [answer, { loading, error }] = useMutation(AnswerFamilyQuestionDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await answer({
      variables: { input: { id: q.id, expectedVersion: q.version, reply } },
    }).catch(() => null);
    if (result?.data) setAnswering(false);
  }
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={700}>{q.askedByName}</Text>
        <Text size="sm" c="dimmed">
          to {q.discipline ?? 'the lead case manager'} · {dates.dateTime(q.createdAt)}
        </Text>
        <Badge color={q.status === 'OPEN' ? 'warn' : 'ok'}>{q.status === 'OPEN' ? 'Waiting' : 'Answered'}</Badge>
        {q.taskId ? (
          <Anchor component={Link} to={paths.patientTask(patientId, q.taskId)} size="sm">
            Open task
          </Anchor>
        ) : null}
      </Group>
      <Text className="typed-text">{q.text}</Text>
      {q.reply && !answering ? (
        <Text size="sm" className="typed-text">
          <strong>{q.repliedByName}:</strong> {q.reply}
        </Text>
      ) : null}
      {answering || !q.reply ? (
        <Stack component="form" onSubmit={submit} gap="xs" aria-label={`Answer ${q.askedByName}`}>
          <ErrorBanner error={apiError(error)} />
          <Textarea
            label="Answer"
            autosize
            minRows={2}
            maxLength={TEXT_MAX}
            required
            value={reply}
            onChange={(e) => setReply(e.currentTarget.value)}
          />
          <Group>
            <Button type="submit" size="xs" loading={loading} disabled={!reply.trim()}>
              Send answer
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => setAnswering(true)}>
            Correct the answer
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** For the patient's header: how many family questions wait for an answer, linking to them; nothing when none do. */
export function OpenFamilyQuestions({ patientId }: { patientId: string }) {
  const { patient } = useFamilySharing(patientId);
  const open = patient?.familyQuestions.filter((q) => q.status === 'OPEN').length ?? 0;
  if (open === 0) return null;
  return (
    <Anchor href="#family-sharing-title" size="sm">
      <Badge color="warn">{open === 1 ? '1 family question waiting' : `${open} family questions waiting`}</Badge>
    </Anchor>
  );
}
