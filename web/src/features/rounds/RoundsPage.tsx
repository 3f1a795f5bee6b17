import { useQuery } from '@apollo/client/react';
import {
  AddRoundsBarrierDocument,
  CreateRoundsActionItemDocument,
  FinishRoundsDocument,
  MarkRoundsPatientDiscussedDocument,
  MoveRoundsPointerDocument,
  RecordRoundsDecisionDocument,
  RoundsUnitStaffDocument,
  SaveRoundsUpdateDocument,
  StartRoundsDocument,
  UpdateRoundsBarrierDocument,
} from '@carehub/schema/graphql';
import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { paths } from '../../platform/paths.js';
import { DateField, DateTimeField } from '../../ui/DateField.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { LiveIndicator } from '../../ui/LiveIndicator.js';
import { usePageTitle } from '../../ui/page-title.js';
import { useDates } from '../../ui/use-dates.js';
import { useViewer } from '../identity/viewer.js';
import { Agenda } from './RoundsAgenda.js';
import { PresenceList, Timer } from './RoundsParts.js';
import {
  addBarrierLive,
  createRoundsActionItemLive,
  finishRoundsLive,
  markDiscussedLive,
  moveRoundsPointerLive,
  recordDecisionLive,
  saveRoundsUpdateLive,
  startRoundsLive,
  updateBarrierLive,
} from './rounds.optimistic.js';
import { useRoundsPresence } from './useRoundsPresence.js';
import { type AgendaItem, type RoundsSessionData, useRoundsSession } from './useRoundsSession.js';
import './rounds.css';

export function RoundsRoute() {
  const { id = '' } = useParams();
  return <RoundsPage key={id} sessionId={id} />;
}

const newId = () => crypto.randomUUID();

/**
 * A participant's own screen in rounds: the agenda with the "now discussing" pointer and its
 * timer, the patient's prepared updates, barriers and decisions, and who is here. The facilitator
 * drives the pointer; everyone else follows it or browses on their own, raises a hand, and adds
 * their discipline's update, decisions, barriers and action items (tasks on the unit's board).
 */
function RoundsPage({ sessionId }: { sessionId: string }) {
  const viewer = useViewer();
  const dates = useDates();
  const { session, agenda, loading, error, live, serverNow } = useRoundsSession(sessionId);
  const presence = useRoundsPresence(sessionId);
  usePageTitle(session ? `Rounds ${dates.date(session.date)}` : 'Rounds');
  const facilitates = session?.facilitator.id === viewer.id;
  const following = presence.place.following;
  const viewingId =
    (following ? session?.currentItemId : null) ?? presence.place.itemId ?? session?.currentItemId ?? agenda[0]?.id;
  const viewing = agenda.find((i) => i.id === viewingId) ?? null;
  const { setPlace } = presence;
  useEffect(() => {
    if (viewing) setPlace({ itemId: viewing.id });
  }, [viewing, setPlace]);

  const [start, starting] = useLiveMutation(StartRoundsDocument, startRoundsLive);
  const [finish, finishing] = useLiveMutation(FinishRoundsDocument, finishRoundsLive);
  const [move, moving] = useLiveMutation(MoveRoundsPointerDocument, moveRoundsPointerLive);
  const [mark, marking] = useLiveMutation(MarkRoundsPatientDiscussedDocument, markDiscussedLive);

  if (loading && !session) return <Paper c="dimmed">Loading rounds…</Paper>;
  if (!session) return <ErrorBanner error={apiError(error)} />;
  const running = session.status === 'IN_PROGRESS';
  const finished = session.status === 'FINISHED';
  const pointerAt = agenda.findIndex((i) => i.id === session.currentItemId);
  const nameOf = (itemId: string | null) => agenda.find((i) => i.id === itemId)?.patient.name ?? null;
  const controlsError = apiError(starting.error ?? finishing.error ?? moving.error ?? marking.error);
  const pointer = (to: 'NEXT' | 'PREVIOUS' | 'ITEM', itemId?: string) => {
    // Driving the pointer means following it again.
    setPlace({ following: true });
    void move({ variables: { input: { sessionId, to, itemId: itemId ?? null } } }).catch(() => null);
  };

  return (
    <Stack className="rounds-page">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Rounds · {dates.date(session.date)}</Title>
          <Text c="dimmed">
            Facilitator {session.facilitator.name} ·{' '}
            <span data-testid="rounds-status">{session.status.replace('_', ' ').toLowerCase()}</span>
          </Text>
        </div>
        <Group gap="sm">
          <LiveIndicator state={live} />
          <Anchor component={Link} to={paths.roundsDisplay(sessionId)}>
            Room display
          </Anchor>
          <Anchor component={Link} to={paths.roundsSummary(sessionId)}>
            After-rounds summary
          </Anchor>
        </Group>
      </Group>
      <ErrorBanner error={controlsError} />
      <Group gap="sm" component="section" aria-label="Running rounds">
        {facilitates && session.status === 'PLANNED' ? (
          <Button
            loading={starting.loading}
            onClick={() =>
              void start({ variables: { input: { id: sessionId, expectedVersion: session.version } } }).catch(
                () => null,
              )
            }
          >
            Start rounds
          </Button>
        ) : null}
        {facilitates && running ? (
          <>
            <Button variant="default" disabled={pointerAt <= 0} onClick={() => pointer('PREVIOUS')}>
              ← Previous patient
            </Button>
            <Button disabled={pointerAt >= agenda.length - 1} onClick={() => pointer('NEXT')}>
              Next patient →
            </Button>
            {viewing && viewing.id !== session.currentItemId ? (
              <Button variant="light" onClick={() => pointer('ITEM', viewing.id)}>
                Discuss {viewing.patient.name} now
              </Button>
            ) : null}
            {viewing ? (
              <Button
                variant="default"
                onClick={() =>
                  void mark({
                    variables: {
                      input: { id: viewing.id, expectedVersion: viewing.version, discussed: !viewing.discussedAt },
                    },
                  }).catch(() => null)
                }
              >
                {viewing.discussedAt ? 'Not discussed yet' : 'Mark discussed'}
              </Button>
            ) : null}
            <Button
              color="danger"
              variant="outline"
              loading={finishing.loading}
              onClick={() =>
                void finish({ variables: { input: { id: sessionId, expectedVersion: session.version } } }).catch(
                  () => null,
                )
              }
            >
              Finish rounds
            </Button>
          </>
        ) : null}
        {!facilitates && !finished ? (
          <>
            <Button
              variant={presence.place.following ? 'filled' : 'default'}
              aria-pressed={presence.place.following}
              onClick={() => setPlace({ following: !presence.place.following })}
            >
              {presence.place.following ? 'Following the facilitator' : 'Follow the facilitator'}
            </Button>
            <Button
              variant={presence.place.handRaised ? 'filled' : 'default'}
              color="warn"
              aria-pressed={presence.place.handRaised}
              onClick={() => setPlace({ handRaised: !presence.place.handRaised })}
            >
              {presence.place.handRaised ? 'Lower hand' : 'Raise hand'}
            </Button>
          </>
        ) : null}
      </Group>
      {presence.ended === 'FINISHED' ? <Text c="dimmed">These rounds are finished.</Text> : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Agenda
            agenda={agenda}
            session={session}
            serverNow={serverNow}
            viewingId={viewing?.id ?? null}
            facilitates={facilitates}
            onPick={(item) => setPlace({ itemId: item.id, following: false })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {viewing ? (
            <PatientPanel
              key={viewing.id}
              item={viewing}
              session={session}
              serverNow={serverNow}
              onTyping={(field) => presence.typing(viewing.id, field)}
            />
          ) : (
            <Paper c="dimmed">The agenda is empty.</Paper>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper>
            <PresenceList participants={presence.participants} patientName={nameOf} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** One patient: prepared updates (the viewer's own discipline editable), barriers, decisions, action items. */
function PatientPanel({
  item,
  session,
  serverNow,
  onTyping,
}: {
  item: AgendaItem;
  session: RoundsSessionData;
  serverNow: number;
  onTyping: (field: string) => void;
}) {
  const dates = useDates();
  const editable = session.status !== 'FINISHED';
  return (
    <Stack component="section" aria-label={`Patient: ${item.patient.name}`} data-testid="rounds-patient">
      <Paper>
        <Group justify="space-between">
          <div>
            <Title order={2} data-testid="rounds-patient-name">
              {item.patient.name}
            </Title>
            <Text c="dimmed">
              {item.patient.bed} · {item.patient.admittingDiagnosis ?? 'no admitting diagnosis'} · expected discharge{' '}
              {dates.date(item.patient.expectedDischargeDate)}
            </Text>
          </div>
          <Timer item={item} session={session} serverNow={serverNow} />
        </Group>
      </Paper>
      <Updates item={item} editable={editable} onTyping={onTyping} />
      <Barriers item={item} editable={editable} unitId={session.unitId} onTyping={onTyping} />
      <Decisions item={item} editable={editable} unitId={session.unitId} onTyping={onTyping} />
    </Stack>
  );
}

const UPDATE_FIELDS = [
  ['statusSinceLast', 'Status since last rounds'],
  ['concerns', 'Concerns'],
  ['planForToday', 'Plan for today'],
] as const;

function Updates({ item, editable, onTyping }: { item: AgendaItem; editable: boolean; onTyping: (f: string) => void }) {
  const viewer = useViewer();
  const mine = item.updates?.find((u) => u.discipline === viewer.discipline) ?? null;
  const others = (item.updates ?? []).filter((u) => u !== mine);
  return (
    <Paper component="section" aria-label="Discipline updates">
      <Title order={3} size="h4">
        Updates
      </Title>
      {others.map((u) => (
        <div key={u.id} className="rounds-update">
          <Text fw={600}>
            {u.discipline} · {u.author.name}
          </Text>
          {UPDATE_FIELDS.map(([field, label]) =>
            u[field] ? (
              <Text key={field} size="sm">
                <b>{label}:</b> {u[field]}
              </Text>
            ) : null,
          )}
        </div>
      ))}
      {viewer.discipline && editable ? (
        <MyUpdate key={mine?.version ?? 0} item={item} mine={mine} onTyping={onTyping} />
      ) : null}
      {others.length === 0 && !viewer.discipline ? <Text c="dimmed">No updates yet.</Text> : null}
    </Paper>
  );
}

function MyUpdate({
  item,
  mine,
  onTyping,
}: {
  item: AgendaItem;
  mine: NonNullable<AgendaItem['updates']>[number] | null;
  onTyping: (f: string) => void;
}) {
  const viewer = useViewer();
  const [values, setValues] = useState({
    statusSinceLast: mine?.statusSinceLast ?? '',
    concerns: mine?.concerns ?? '',
    planForToday: mine?.planForToday ?? '',
  });
  const [save, { loading, error }] = useLiveMutation(SaveRoundsUpdateDocument, saveRoundsUpdateLive);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save({
      variables: { input: { itemId: item.id, expectedVersion: mine?.version ?? null, ...values } },
    }).catch(() => null);
  };
  return (
    <form onSubmit={submit} aria-label={`${viewer.discipline} update`}>
      <Stack gap="xs" mt="sm">
        <Text fw={600}>Your {viewer.discipline} update</Text>
        {UPDATE_FIELDS.map(([field, label]) => (
          <Textarea
            key={field}
            label={label}
            autosize
            minRows={1}
            value={values[field]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setValues((v) => ({ ...v, [field]: value }));
              onTyping(`update.${field}`);
            }}
          />
        ))}
        <ErrorBanner error={apiError(error)} />
        <Group>
          <Button type="submit" size="xs" loading={loading}>
            Save update
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Barriers({
  item,
  editable,
  unitId,
  onTyping,
}: {
  item: AgendaItem;
  editable: boolean;
  unitId: string;
  onTyping: (f: string) => void;
}) {
  const dates = useDates();
  const staff = useUnitStaff(unitId);
  const [description, setDescription] = useState('');
  const [ownerId, setOwner] = useState('');
  const [dueDate, setDue] = useState('');
  const [clientMutationId, setCmid] = useState(newId);
  const [add, adding] = useLiveMutation(AddRoundsBarrierDocument, addBarrierLive);
  const [update, updating] = useLiveMutation(UpdateRoundsBarrierDocument, updateBarrierLive);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await add({
      variables: {
        input: { clientMutationId, itemId: item.id, description, ownerId: ownerId || null, dueDate: dueDate || null },
      },
    }).catch(() => null);
    if (done) {
      setDescription('');
      setCmid(newId());
    }
  };
  return (
    <Paper component="section" aria-label="Discharge barriers">
      <Title order={3} size="h4">
        Barriers to discharge
      </Title>
      <ul className="rounds-list">
        {(item.barriers ?? []).map((b) => (
          <li key={b.id}>
            <Group gap={6}>
              <Text td={b.status === 'RESOLVED' ? 'line-through' : undefined}>{b.description}</Text>
              <Text size="sm" c="dimmed">
                {b.owner?.name ?? 'no owner'} · due {dates.date(b.dueDate)}
              </Text>
              {editable ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() =>
                    void update({
                      variables: {
                        input: {
                          id: b.id,
                          itemId: item.id,
                          expectedVersion: b.version,
                          status: b.status === 'OPEN' ? 'RESOLVED' : 'OPEN',
                        },
                      },
                    }).catch(() => null)
                  }
                >
                  {b.status === 'OPEN' ? 'Resolved' : 'Reopen'}
                </Button>
              ) : null}
            </Group>
          </li>
        ))}
      </ul>
      <ErrorBanner error={apiError(adding.error ?? updating.error)} />
      {editable ? (
        <form onSubmit={submit} aria-label="Add a barrier">
          <Group align="flex-end" gap="xs">
            <TextInput
              label="New barrier"
              value={description}
              required
              onChange={(e) => {
                setDescription(e.currentTarget.value);
                onTyping('barrier');
              }}
            />
            <NativeSelect
              label="Owner"
              value={ownerId}
              onChange={(e) => setOwner(e.currentTarget.value)}
              data={staff}
            />
            <DateField label="Due" value={dueDate} onChange={setDue} />
            <Button type="submit" size="sm" loading={adding.loading}>
              Add barrier
            </Button>
          </Group>
        </form>
      ) : null}
    </Paper>
  );
}

/** The unit's staff as choices, with "nobody" first. */
function useUnitStaff(unitId: string) {
  const { data } = useQuery(RoundsUnitStaffDocument, { variables: { unitId } });
  return [
    { value: '', label: '—' },
    ...(data?.unit.staff ?? []).map((s) => ({
      value: s.id,
      label: `${s.name}${s.discipline ? ` (${s.discipline})` : ''}`,
    })),
  ];
}

function Decisions({
  item,
  editable,
  unitId,
  onTyping,
}: {
  item: AgendaItem;
  editable: boolean;
  unitId: string;
  onTyping: (f: string) => void;
}) {
  const staff = useUnitStaff(unitId);
  const [text, setText] = useState('');
  const [decisionId, setDecisionId] = useState(newId);
  const [title, setTitle] = useState('');
  const [assigneeId, setAssignee] = useState('');
  const [due, setDue] = useState('');
  const [actionId, setActionId] = useState(newId);
  const [record, recording] = useLiveMutation(RecordRoundsDecisionDocument, recordDecisionLive);
  const [act, acting] = useLiveMutation(CreateRoundsActionItemDocument, createRoundsActionItemLive);
  const decide = async (event: FormEvent) => {
    event.preventDefault();
    const done = await record({ variables: { input: { clientMutationId: decisionId, itemId: item.id, text } } }).catch(
      () => null,
    );
    if (done) {
      setText('');
      setDecisionId(newId());
    }
  };
  const addAction = async (event: FormEvent) => {
    event.preventDefault();
    const done = await act({
      variables: {
        input: {
          clientMutationId: actionId,
          itemId: item.id,
          title,
          assigneeId: assigneeId || null,
          // The board reads "2026-11-25T14:00" on the unit's clock.
          dueAt: due ? due.replace(' ', 'T').slice(0, 16) : null,
        },
      },
    }).catch(() => null);
    if (done) {
      setTitle('');
      setActionId(newId());
    }
  };
  return (
    <Paper component="section" aria-label="Decisions and action items">
      <Title order={3} size="h4">
        Decisions
      </Title>
      <ul className="rounds-list" data-testid="rounds-decisions">
        {(item.decisions ?? []).map((d) => (
          <li key={d.id}>
            <Text>
              {d.text}{' '}
              {d.taskId ? (
                <Badge size="sm" color="brand">
                  task on the board
                </Badge>
              ) : null}{' '}
              <Text span size="sm" c="dimmed">
                — {d.author.name}
              </Text>
            </Text>
          </li>
        ))}
      </ul>
      <ErrorBanner error={apiError(recording.error ?? acting.error)} />
      {editable ? (
        <Stack gap="xs">
          <form onSubmit={decide} aria-label="Record a decision">
            <Group align="flex-end" gap="xs">
              <TextInput
                label="Decision"
                value={text}
                required
                style={{ flex: 1 }}
                onChange={(e) => {
                  setText(e.currentTarget.value);
                  onTyping('decision');
                }}
              />
              <Button type="submit" size="sm" loading={recording.loading}>
                Record decision
              </Button>
            </Group>
          </form>
          <form onSubmit={addAction} aria-label="Add an action item">
            <Group align="flex-end" gap="xs">
              <TextInput
                label="Action item"
                value={title}
                required
                style={{ flex: 1 }}
                onChange={(e) => {
                  setTitle(e.currentTarget.value);
                  onTyping('actionItem');
                }}
              />
              <NativeSelect
                label="Assignee"
                value={assigneeId}
                onChange={(e) => setAssignee(e.currentTarget.value)}
                data={staff}
              />
              <DateTimeField label="Due" value={due} onChange={setDue} />
              <Button type="submit" size="sm" loading={acting.loading}>
                Add to the board
              </Button>
            </Group>
          </form>
        </Stack>
      ) : null}
    </Paper>
  );
}
