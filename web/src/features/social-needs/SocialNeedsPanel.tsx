import { useQuery } from '@apollo/client/react';
import {
  AnswerScreeningDocument,
  CompleteScreeningDocument,
  CreateTaskForNeedDocument,
  type NeedFieldsFragment,
  PatientCarePlanDocument,
  PatientSocialNeedsDocument,
  type ScreeningFieldsFragment,
  type ScreeningLanguage,
  ScreeningToolDocument,
  type ScreeningToolQuery,
  StartScreeningDocument,
  UpdateNeedDocument,
} from '@carehub/schema/graphql';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { useDates } from '../../ui/use-dates.js';
import { useSocialNeedsLive } from './social-needs.live.js';
import {
  answerScreeningLive,
  completeScreeningLive,
  createTaskForNeedLive,
  DOMAIN_LABELS,
  startScreeningLive,
  updateNeedLive,
} from './social-needs.optimistic.js';

type Question = ScreeningToolQuery['socialNeedsScreeningTool'][number];

const LANGUAGES: { value: ScreeningLanguage; label: string }[] = [
  { value: 'ENGLISH', label: 'English' },
  { value: 'SPANISH', label: 'Spanish (Español)' },
];

/**
 * Health-related social needs on the patient page: the AHC HRSN screening (a draft saved answer
 * by answer, offline-tolerant) and the needs its positive domains raised, with their status and
 * care-plan link. Live for the whole team.
 */
export function SocialNeedsPanel({ patientId, after }: { patientId: string; after: string | null | undefined }) {
  const { data, error } = useQuery(PatientSocialNeedsDocument, { variables: { id: patientId } });
  useSocialNeedsLive(patientId, data ? after : undefined);
  const p = data?.patient;
  const draft = p?.socialNeedsScreenings.find((s) => s.status === 'DRAFT');
  const last = p?.socialNeedsScreenings.find((s) => s.status === 'COMPLETED');
  return (
    <Paper component="section" aria-labelledby="social-needs-title">
      <Stack gap="sm">
        <Title order={2} id="social-needs-title">
          Social needs
        </Title>
        <ErrorBanner error={apiError(error)} />
        {p ? <Needs patientId={patientId} needs={p.socialNeeds} /> : null}
        {p && draft ? <ScreeningForm screening={draft} /> : null}
        {p && !draft ? (
          <StartScreening
            patientId={patientId}
            suggested={/^span|^esp/i.test(p.primaryLanguage ?? '') ? 'SPANISH' : 'ENGLISH'}
            interpreterNeeded={p.interpreterNeeded}
          />
        ) : null}
        {last ? <ScreeningResult screening={last} /> : null}
      </Stack>
    </Paper>
  );
}

function Needs({ patientId, needs }: { patientId: string; needs: NeedFieldsFragment[] }) {
  const plan = useQuery(PatientCarePlanDocument, { variables: { patientId } });
  const problems = plan.data?.patient?.carePlan?.problems ?? [];
  const [update, { error }] = useLiveMutation(UpdateNeedDocument, updateNeedLive);
  const [makeTask, making] = useLiveMutation(CreateTaskForNeedDocument, createTaskForNeedLive);
  if (needs.length === 0) return <Text c="dimmed">No social needs identified.</Text>;
  const change = (n: NeedFieldsFragment, patch: { status?: NeedFieldsFragment['status']; problemId?: string | null }) =>
    void update({ variables: { input: { id: n.id, expectedVersion: n.version, ...patch } } }).catch(() => null);
  return (
    <>
      <ErrorBanner error={apiError(error ?? making.error)} />
      <Table aria-label="Social needs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Need</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Care-plan problem</Table.Th>
            <Table.Th>Task</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {needs.map((n) => {
            const label = DOMAIN_LABELS[n.domain] ?? n.domain;
            return (
              <Table.Tr key={n.id} data-need={n.domain}>
                <Table.Td fw={700}>{label}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`Status of the ${label.toLowerCase()} need`}
                    value={n.status}
                    onChange={(e) => change(n, { status: e.currentTarget.value as NeedFieldsFragment['status'] })}
                    data={[
                      { value: 'IDENTIFIED', label: 'Identified' },
                      { value: 'ADDRESSED', label: 'Addressed' },
                      { value: 'DECLINED', label: 'Declined by the patient' },
                    ]}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`Care-plan problem for the ${label.toLowerCase()} need`}
                    value={n.problemId ?? ''}
                    onChange={(e) => change(n, { problemId: e.currentTarget.value || null })}
                    data={[
                      { value: '', label: problems.length ? 'Not linked' : 'No care-plan problem yet' },
                      ...problems.map((pr) => ({ value: pr.id, label: pr.statement })),
                    ]}
                  />
                </Table.Td>
                <Table.Td>
                  {n.taskId ? (
                    <Anchor component={Link} to={paths.patientTask(patientId, n.taskId)}>
                      Open task
                    </Anchor>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={`Make a task for the ${label.toLowerCase()} need`}
                      loading={making.loading}
                      onClick={() =>
                        void makeTask({
                          // The same need at the same version is the same request: a retry makes no second card.
                          variables: {
                            input: {
                              id: n.id,
                              expectedVersion: n.version,
                              clientMutationId: `need-task-${n.id}-${n.version}`,
                            },
                          },
                        }).catch(() => null)
                      }
                    >
                      Make a task
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}

function StartScreening({
  patientId,
  suggested,
  interpreterNeeded,
}: {
  patientId: string;
  suggested: ScreeningLanguage;
  interpreterNeeded: boolean;
}) {
  const [language, setLanguage] = useState<ScreeningLanguage>(suggested);
  const [interpreterUsed, setInterpreterUsed] = useState(interpreterNeeded);
  const [clientMutationId] = useState(() => crypto.randomUUID());
  // Read ahead: a screening started offline opens with its questions (in the language chosen, and in
  // English beside a translation), and is answered offline too.
  useQuery(ScreeningToolDocument, { variables: { language } });
  useQuery(ScreeningToolDocument, { variables: { language: 'ENGLISH' }, skip: language === 'ENGLISH' });
  // The draft opens at once and waits out a lost connection (social-needs.optimistic.ts).
  const [start, { error }] = useLiveMutation(StartScreeningDocument, startScreeningLive);
  async function submit(event: FormEvent) {
    event.preventDefault();
    await start({ variables: { input: { clientMutationId, patientId, language, interpreterUsed } } }).catch(() => null);
  }
  return (
    <Stack component="form" onSubmit={submit} aria-label="Start a social-needs screening" gap="xs">
      <ErrorBanner error={apiError(error)} />
      <Group align="flex-end">
        <NativeSelect
          label="Offer the screening in"
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value as ScreeningLanguage)}
          data={LANGUAGES}
        />
        <Checkbox
          label="Interpreter used"
          checked={interpreterUsed}
          onChange={(e) => setInterpreterUsed(e.currentTarget.checked)}
        />
        <Button type="submit">Start screening</Button>
      </Group>
    </Stack>
  );
}

/** The ten questions as native radio groups and checkboxes: Tab between questions, arrows between answers. */
function ScreeningForm({ screening }: { screening: ScreeningFieldsFragment }) {
  // Offered in Spanish, the form shows the tool's Spanish wording (marked lang="es" for screen
  // readers), with the English under each line for a clinician who reads it through an interpreter.
  const spanish = screening.language === 'SPANISH';
  const tool = useQuery(ScreeningToolDocument, { variables: { language: screening.language } });
  const english = useQuery(ScreeningToolDocument, { variables: { language: 'ENGLISH' }, skip: !spanish });
  const inEnglish = new Map((english.data?.socialNeedsScreeningTool ?? []).map((q) => [q.id, q]));
  const [answer, answering] = useLiveMutation(AnswerScreeningDocument, answerScreeningLive);
  const [complete, completing] = useLiveMutation(CompleteScreeningDocument, completeScreeningLive);
  const answers = new Map(screening.answers.map((a) => [a.question, a.values]));
  const questions = tool.data?.socialNeedsScreeningTool ?? [];
  const unanswered = questions.filter((q) => !answers.get(q.id)?.length).map((q) => q.number);
  const save = (question: string, values: string[]) =>
    void answer({
      variables: { input: { id: screening.id, expectedVersion: screening.version, answers: [{ question, values }] } },
    }).catch(() => null);
  return (
    <Stack gap="sm" aria-label="Social-needs screening" role="group">
      <Text size="sm">
        AHC health-related social needs screening · offered in{' '}
        {LANGUAGES.find((l) => l.value === screening.language)?.label ?? screening.language}
        {screening.interpreterUsed ? ' with an interpreter' : ''}. Answers are saved as you go.
      </Text>
      {screening.interpreterUsed ? (
        <Text size="sm" fw={500}>
          Interpreter used for this screening.
        </Text>
      ) : null}
      <ErrorBanner error={apiError(tool.error ?? english.error ?? answering.error ?? completing.error)} />
      <Stack gap="sm" lang={spanish ? 'es' : undefined}>
        {questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            english={spanish ? inEnglish.get(q.id) : undefined}
            values={answers.get(q.id) ?? []}
            onChange={(v) => save(q.id, v)}
          />
        ))}
      </Stack>
      <Group>
        <Button
          disabled={unanswered.length > 0}
          loading={completing.loading}
          onClick={() =>
            void complete({ variables: { input: { id: screening.id, expectedVersion: screening.version } } }).catch(
              () => null,
            )
          }
        >
          Complete screening
        </Button>
        {unanswered.length ? (
          <Text size="sm" c="dimmed">
            Still to answer: {unanswered.join(', ')}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}

function QuestionField({
  question: q,
  english,
  values,
  onChange,
}: {
  question: Question;
  /** The question in English, shown under a translated one. */
  english?: Question | undefined;
  values: string[];
  onChange: (values: string[]) => void;
}) {
  const [shown, pick] = usePickedAnswer(values);
  const label = `${q.number}. ${q.text}`;
  const description = english ? <span lang="en">{english.text}</span> : undefined;
  const optionNote = (value: string) => {
    const text = english?.options.find((o) => o.value === value)?.label;
    return text ? <span lang="en">{text}</span> : undefined;
  };
  if (q.multiple) {
    return (
      <Checkbox.Group
        label={label}
        description={description}
        value={shown}
        onChange={(next) => {
          // "None of the above" and a problem exclude each other, as the tool asks.
          const added = next.find((v) => !shown.includes(v));
          const answer = added === 'NONE' ? ['NONE'] : next.filter((v) => v !== 'NONE' || added === undefined);
          pick(answer);
          onChange(answer);
        }}
      >
        <Stack gap={4} mt={4}>
          {q.options.map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} description={optionNote(o.value)} />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  }
  return (
    <Radio.Group
      label={label}
      description={description}
      value={shown[0] ?? ''}
      onChange={(v) => {
        pick([v]);
        onChange([v]);
      }}
      name={q.id}
    >
      <Group gap="md" mt={4}>
        {q.options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} description={optionNote(o.value)} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/**
 * The answer as the person just picked it, until the saved answer moves: the pick shows in the same
 * click, not only once the saved change reaches the cache (which may be a moment later), so a
 * radio never looks as if it ignored the click. Once the saved answer changes — the change shown,
 * the hub's answer, or a refusal rolling it back — the pick gives way to it.
 */
function usePickedAnswer(saved: string[]) {
  const key = saved.join('\n');
  const [picked, setPicked] = useState<{ over: string; values: string[] } | null>(null);
  // Dropped for good once the saved answer moves, so a rollback to the old answer does not bring it back.
  if (picked && picked.over !== key) setPicked(null);
  const shown = picked && picked.over === key ? picked.values : saved;
  return [shown, (values: string[]) => setPicked({ over: key, values })] as const;
}

function ScreeningResult({ screening }: { screening: ScreeningFieldsFragment }) {
  const dates = useDates();
  return (
    <div>
      <Text size="sm">
        Last screening {screening.completedAt ? dates.dateTime(screening.completedAt) : ''} by{' '}
        {screening.screenedBy.name}
      </Text>
      <Group gap="xs" mt={4}>
        {screening.domains.map((d) => (
          <Badge key={d.domain} color={d.positive ? 'warn' : 'gray'} variant={d.positive ? 'filled' : 'light'}>
            {DOMAIN_LABELS[d.domain]}: {d.positive ? 'positive' : 'negative'}
            {d.score !== null && d.score !== undefined ? ` (${d.score})` : ''}
          </Badge>
        ))}
      </Group>
    </div>
  );
}
