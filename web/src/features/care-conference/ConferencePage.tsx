import { useQuery } from '@apollo/client/react';
import {
  AddConferenceAttendeeDocument,
  CareConferenceDocument,
  type CareConferenceQuery,
  CreateConferenceFollowUpDocument,
  PublishConferenceSummaryDocument,
  RecordConferenceDecisionDocument,
  RemoveConferenceAttendeeDocument,
  StaffDocument,
  UpdateCareConferenceDocument,
} from '@carehub/schema/graphql';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { LiveIndicator } from '../../ui/LiveIndicator.js';
import { usePageTitle } from '../../ui/page-title.js';
import { useDates } from '../../ui/use-dates.js';
import { useConferenceLive } from './conference.live.js';
import {
  addAttendeeLive,
  followUpLive,
  publishSummaryLive,
  recordConferenceDecisionLive,
  removeAttendeeLive,
  updateConferenceLive,
} from './conference.optimistic.js';

type Conference = NonNullable<CareConferenceQuery['careConference']>;

export function ConferenceRoute() {
  const { id = '' } = useParams();
  return <ConferencePage key={id} conferenceId={id} />;
}

const newId = () => crypto.randomUUID();
const STATUSES = ['SCHEDULED', 'IN_PROGRESS', 'HELD', 'CANCELLED'] as const;

/**
 * A care conference about one patient: when and where, who attends (staff and family, in person
 * or remote), the agenda and notes, decisions and follow-up tasks, and the summary the lead case
 * manager publishes to the family (it then shows in the family portal).
 */
function ConferencePage({ conferenceId }: { conferenceId: string }) {
  const dates = useDates();
  const { data, loading, error } = useQuery(CareConferenceDocument, { variables: { id: conferenceId } });
  const conference = data?.careConference ?? null;
  const live = useConferenceLive(conferenceId, data ? (conference?.lastEventId ?? null) : undefined);
  usePageTitle(conference?.title ?? 'Care conference');
  if (loading && !conference) return <Paper c="dimmed">Loading the conference…</Paper>;
  if (!conference) return <ErrorBanner error={apiError(error)} />;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{conference.title}</Title>
          <Group gap="xs">
            <Anchor component={Link} to={paths.patient(conference.patient.id)}>
              {conference.patient.name}
            </Anchor>
            <Text c="dimmed">
              · {dates.dateTime(conference.scheduledAt)} · {conference.location ?? 'no place set'} · called by{' '}
              {conference.organizer.name}
            </Text>
          </Group>
        </div>
        <Group gap="sm">
          <Badge>{conference.status.replace('_', ' ').toLowerCase()}</Badge>
          <LiveIndicator state={live} />
        </Group>
      </Group>
      <Attendees conference={conference} />
      <AgendaAndNotes key={conference.version} conference={conference} />
      <Decisions conference={conference} />
      <FamilySummary key={conference.summary?.version ?? 0} conference={conference} />
    </Stack>
  );
}

function Attendees({ conference }: { conference: Conference }) {
  const { data } = useQuery(StaffDocument);
  const [kind, setKind] = useState<'STAFF' | 'FAMILY'>('STAFF');
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [relationship, setRelationship] = useState('');
  const [mode, setMode] = useState<'IN_PERSON' | 'REMOTE'>('IN_PERSON');
  const [add, adding] = useLiveMutation(AddConferenceAttendeeDocument, addAttendeeLive);
  const [remove, removing] = useLiveMutation(RemoveConferenceAttendeeDocument, removeAttendeeLive);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await add({
      variables: {
        input: {
          clientMutationId: newId(),
          conferenceId: conference.id,
          kind,
          mode,
          userId: kind === 'STAFF' ? userId || null : null,
          name: kind === 'FAMILY' ? name : null,
          relationship: kind === 'FAMILY' ? relationship || null : null,
        },
      },
    }).catch(() => null);
    if (done) {
      setName('');
      setRelationship('');
    }
  };
  return (
    <Paper component="section" aria-label="Attendees">
      <Title order={2} size="h4">
        Attendees
      </Title>
      <ul data-testid="conference-attendees">
        {(conference.attendees ?? []).map((a) => (
          <li key={a.id}>
            {a.name}
            {a.relationship ? ` (${a.relationship})` : ''} · {a.kind === 'FAMILY' ? 'family' : 'staff'} ·{' '}
            {a.mode === 'REMOTE' ? 'remote' : 'in person'}{' '}
            <Button
              size="compact-xs"
              variant="subtle"
              color="danger"
              aria-label={`Remove ${a.name}`}
              onClick={() =>
                void remove({ variables: { input: { id: a.id, expectedVersion: a.version } } }).catch(() => null)
              }
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <ErrorBanner error={apiError(adding.error ?? removing.error)} />
      <form onSubmit={submit} aria-label="Add an attendee">
        <Group align="flex-end" gap="xs">
          <NativeSelect
            label="Who"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as 'STAFF' | 'FAMILY')}
            data={[
              { value: 'STAFF', label: 'Staff' },
              { value: 'FAMILY', label: 'Family member' },
            ]}
          />
          {kind === 'STAFF' ? (
            <NativeSelect
              label="Staff member"
              value={userId}
              onChange={(e) => setUserId(e.currentTarget.value)}
              data={[{ value: '', label: '—' }, ...(data?.staff ?? []).map((s) => ({ value: s.id, label: s.name }))]}
            />
          ) : (
            <>
              <TextInput label="Name" value={name} required onChange={(e) => setName(e.currentTarget.value)} />
              <TextInput
                label="Relationship"
                value={relationship}
                onChange={(e) => setRelationship(e.currentTarget.value)}
              />
            </>
          )}
          <NativeSelect
            label="Attends"
            value={mode}
            onChange={(e) => setMode(e.currentTarget.value as 'IN_PERSON' | 'REMOTE')}
            data={[
              { value: 'IN_PERSON', label: 'In person' },
              { value: 'REMOTE', label: 'Remote' },
            ]}
          />
          <Button type="submit" size="sm" loading={adding.loading}>
            Add attendee
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

function AgendaAndNotes({ conference }: { conference: Conference }) {
  const [agenda, setAgenda] = useState(conference.agenda.join('\n'));
  const [notes, setNotes] = useState(conference.notes ?? '');
  const [status, setStatus] = useState(conference.status);
  const [save, { loading, error }] = useLiveMutation(UpdateCareConferenceDocument, updateConferenceLive);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save({
      variables: {
        input: {
          id: conference.id,
          expectedVersion: conference.version,
          agenda: agenda
            .split('\n')
            .map((t) => t.trim())
            .filter(Boolean),
          notes,
          status,
        },
      },
    }).catch(() => null);
  };
  return (
    <Paper component="section" aria-label="Agenda and notes">
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            Agenda and notes
          </Title>
          <Textarea
            label="Agenda (one topic a line)"
            autosize
            minRows={2}
            value={agenda}
            onChange={(e) => setAgenda(e.currentTarget.value)}
          />
          <Textarea
            label="Notes"
            autosize
            minRows={3}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
          />
          <NativeSelect
            label="Status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as Conference['status'])}
            data={STATUSES.map((s) => ({ value: s, label: s.replace('_', ' ').toLowerCase() }))}
          />
          <ErrorBanner error={apiError(error)} />
          <Group>
            <Button type="submit" size="sm" loading={loading}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Decisions({ conference }: { conference: Conference }) {
  const [text, setText] = useState('');
  const [decisionId, setDecisionId] = useState(newId);
  const [title, setTitle] = useState('');
  const [record, recording] = useLiveMutation(RecordConferenceDecisionDocument, recordConferenceDecisionLive);
  const [followUp, following] = useLiveMutation(CreateConferenceFollowUpDocument, followUpLive);
  return (
    <Paper component="section" aria-label="Decisions and follow-ups">
      <Title order={2} size="h4">
        Decisions and follow-ups
      </Title>
      <ul>
        {(conference.decisions ?? []).map((d) => (
          <li key={d.id}>
            {d.text} {d.taskId ? <Badge size="sm">task</Badge> : null}{' '}
            <Text span size="sm" c="dimmed">
              — {d.author.name}
            </Text>
          </li>
        ))}
      </ul>
      <ErrorBanner error={apiError(recording.error ?? following.error)} />
      <form
        aria-label="Record a decision"
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await record({
            variables: { input: { clientMutationId: decisionId, conferenceId: conference.id, text } },
          }).catch(() => null);
          if (done) {
            setText('');
            setDecisionId(newId());
          }
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput
            label="Decision"
            value={text}
            required
            style={{ flex: 1 }}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Button type="submit" size="sm">
            Record decision
          </Button>
        </Group>
      </form>
      <form
        aria-label="Add a follow-up task"
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await followUp({
            variables: { input: { clientMutationId: newId(), conferenceId: conference.id, title } },
          }).catch(() => null);
          if (done) setTitle('');
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput
            label="Follow-up task"
            value={title}
            required
            style={{ flex: 1 }}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Button type="submit" size="sm" loading={following.loading}>
            Add to the patient’s board
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

function FamilySummary({ conference }: { conference: Conference }) {
  const dates = useDates();
  const [text, setText] = useState(conference.summary?.text ?? '');
  const [publish, { loading, error }] = useLiveMutation(PublishConferenceSummaryDocument, publishSummaryLive);
  return (
    <Paper component="section" aria-label="Summary for the family">
      <Title order={2} size="h4">
        Summary for the family
      </Title>
      {conference.summary ? (
        <Text size="sm" c="dimmed">
          Published {dates.dateTime(conference.summary.publishedAt)} by {conference.summary.publishedByName}; the family
          sees it in the portal.
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Written in plain words; the patient’s lead case manager publishes it to the family.
        </Text>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void publish({ variables: { input: { conferenceId: conference.id, text } } }).catch(() => null);
        }}
      >
        <Stack gap="xs">
          <Textarea
            label="Summary"
            autosize
            minRows={3}
            value={text}
            required
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <ErrorBanner error={apiError(error)} />
          <Group>
            <Button type="submit" size="sm" loading={loading}>
              {conference.summary ? 'Publish the new text' : 'Publish to the family'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
