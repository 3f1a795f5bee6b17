import { useMutation, useQuery } from '@apollo/client/react';
import {
  type AuthorizationFieldsFragment,
  type AuthorizationStatus,
  type AuthorizationUnit,
  type AuthorizedService,
  type AvoidableDayReason,
  ChangeAuthorizationStatusDocument,
  CreateAuthorizationDocument,
  type LevelOfCare,
  PatientPayerDocument,
  type PatientPayerQuery,
  RecordUtilizationReviewDocument,
  ScheduleAuthorizationPeerToPeerDocument,
  UpdateUtilizationReviewDocument,
  type UtilizationReviewFieldsFragment,
  type UtilizationReviewType,
} from '@carehub/schema/graphql';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { instantOf } from '../../platform/dates.js';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { FormActions } from '../../ui/FormActions.js';
import { LiveIndicator } from '../../ui/LiveIndicator.js';
import { useDates } from '../../ui/use-dates.js';
import { usePayerLive } from './payer.live.js';
import { changeAuthorizationStatusLive, updateUtilizationReviewLive } from './payer.optimistic.js';

type Patient = NonNullable<PatientPayerQuery['patient']>;

const words = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', ' ');
const options = (codes: readonly string[]) => codes.map((value) => ({ value, label: words(value) }));

const REVIEW_TYPES: UtilizationReviewType[] = ['ADMISSION', 'CONTINUED_STAY', 'RETROSPECTIVE'];
const LEVELS: LevelOfCare[] = [
  'INPATIENT',
  'OBSERVATION',
  'INTENSIVE_CARE',
  'STEP_DOWN',
  'SKILLED_NURSING',
  'INPATIENT_REHAB',
  'LONG_TERM_ACUTE_CARE',
];
const SERVICES: AuthorizedService[] = [
  'INPATIENT_STAY',
  'POST_ACUTE_PLACEMENT',
  'HOME_HEALTH',
  'DURABLE_MEDICAL_EQUIPMENT',
  'THERAPY',
];
const UNITS: AuthorizationUnit[] = ['DAYS', 'VISITS', 'ITEMS', 'SESSIONS'];
const AVOIDABLE_REASONS: AvoidableDayReason[] = [
  'PHYSICIAN_DELAY',
  'TEST_OR_PROCEDURE_DELAY',
  'PAYER_AUTHORIZATION_DELAY',
  'POST_ACUTE_BED_UNAVAILABLE',
  'HOME_SERVICES_UNAVAILABLE',
  'PATIENT_OR_FAMILY_DECISION',
  'TRANSPORTATION',
  'OTHER',
];

/** A choice among a fixed list of codes, shown in words. */
function CodeSelect<T extends string>(props: {
  label: string;
  codes: readonly T[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <Select
      label={props.label}
      data={options(props.codes)}
      value={props.value}
      onChange={(v) => v && props.onChange(v as T)}
      allowDeselect={false}
    />
  );
}

export const STATUS_COLOR: Record<AuthorizationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'brand',
  PENDING: 'brand',
  APPROVED: 'ok',
  PARTIALLY_APPROVED: 'warn',
  DENIED: 'danger',
  APPEALED: 'brand',
  APPEAL_WON: 'ok',
  APPEAL_LOST: 'danger',
};

/**
 * A patient's utilization reviews and payer authorizations (a section of the patient page, loaded
 * with it lazily), live on the patient screen's one stream: a status step made on another screen shows here as
 * it happens; one's own steps show at once.
 */
export function PayerSection({ patientId }: { patientId: string }) {
  const { data, error, refetch } = useQuery(PatientPayerDocument, {
    variables: { id: patientId },
    fetchPolicy: 'cache-and-network',
  });
  const patient = data?.patient;
  const held = new Set([
    ...(patient?.utilizationReviews.map((r) => r.id) ?? []),
    ...(patient?.authorizations.map((a) => a.id) ?? []),
  ]);
  const live = usePayerLive(
    patient ? patient.lastEventId : undefined,
    (id) => held.has(id),
    () => {
      void refetch();
    },
  );
  return (
    <Paper component="section" aria-labelledby="payer-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} id="payer-title">
            Utilization review and authorizations
          </Title>
          <LiveIndicator state={live} />
        </Group>
        <ErrorBanner error={apiError(error)} />
        {patient ? (
          <>
            <Reviews patient={patient} />
            <Authorizations patient={patient} />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Reviews({ patient }: { patient: Patient }) {
  const dates = useDates();
  const [adding, setAdding] = useState(false);
  return (
    <Stack component="section" aria-labelledby="ur-heading" gap="xs">
      <Group justify="space-between" mb="sm">
        <Title order={3} id="ur-heading">
          Utilization reviews
        </Title>
        {adding ? null : <Button onClick={() => setAdding(true)}>Record review</Button>}
      </Group>
      {adding ? <RecordReview patientId={patient.id} onDone={() => setAdding(false)} /> : null}
      <Table aria-label="Utilization reviews">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Review</Table.Th>
            <Table.Th>Criteria set</Table.Th>
            <Table.Th>Level of care</Table.Th>
            <Table.Th>Criteria</Table.Th>
            <Table.Th>Next review</Table.Th>
            <Table.Th>Avoidable days</Table.Th>
            <Table.Th>Physician advisor</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patient.utilizationReviews.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={8}>No reviews yet.</Table.Td>
            </Table.Tr>
          ) : null}
          {patient.utilizationReviews.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{dates.date(r.reviewDate)}</Table.Td>
              <Table.Td>{words(r.reviewType)}</Table.Td>
              <Table.Td>
                {r.criteriaSet}
                {r.notes ? (
                  <Text size="sm" c="dimmed">
                    {r.notes}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{words(r.levelOfCare)}</Table.Td>
              <Table.Td>
                <Badge color={r.criteriaMet ? 'ok' : 'danger'}>{r.criteriaMet ? 'Met' : 'Not met'}</Badge>
              </Table.Td>
              <Table.Td>
                {r.nextReviewDate ? (
                  <Text c={dates.isOverdue(r.nextReviewDate) ? 'danger.8' : undefined}>
                    {dates.date(r.nextReviewDate)}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {r.avoidableDays.length === 0
                  ? '—'
                  : r.avoidableDays.map((d) => `${dates.date(d.date)}: ${words(d.reason)}`).join('; ')}
              </Table.Td>
              <Table.Td>
                {r.advisorReferral ? `${words(r.advisorReferral.outcome)} — ${r.advisorReferral.reason}` : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {patient.utilizationReviews[0] ? <ReviewFollowUp review={patient.utilizationReviews[0]} /> : null}
    </Stack>
  );
}

/** The latest review's follow-up: an avoidable day with its reason, a referral to the physician advisor. */
function ReviewFollowUp({ review }: { review: UtilizationReviewFieldsFragment }) {
  const dates = useDates();
  const [day, setDay] = useState('');
  const [reason, setReason] = useState<AvoidableDayReason>('POST_ACUTE_BED_UNAVAILABLE');
  const [referral, setReferral] = useState('');
  const [update, updating] = useLiveMutation(UpdateUtilizationReviewDocument, updateUtilizationReviewLive);
  const save = (patch: Record<string, unknown>, done: () => void) =>
    void update({ variables: { input: { id: review.id, expectedVersion: review.version, ...patch } } })
      .then(done)
      .catch(() => null);
  const kept = review.avoidableDays.map((d) => ({ date: d.date, reason: d.reason, note: d.note }));
  return (
    <Stack gap="xs">
      <Title order={4}>Latest review ({dates.date(review.reviewDate)})</Title>
      <ErrorBanner error={apiError(updating.error)} />
      <form
        aria-label="Add an avoidable day"
        onSubmit={(e) => {
          e.preventDefault();
          save({ avoidableDays: [...kept, { date: day, reason, note: null }] }, () => setDay(''));
        }}
      >
        <Group align="end" gap="xs">
          <TextInput
            type="date"
            label="Avoidable day"
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
            required
          />
          <CodeSelect label="Reason" codes={AVOIDABLE_REASONS} value={reason} onChange={setReason} />
          <Button type="submit" variant="default">
            Add avoidable day
          </Button>
        </Group>
      </form>
      {review.advisorReferral ? null : (
        <form
          aria-label="Refer to the physician advisor"
          onSubmit={(e) => {
            e.preventDefault();
            save({ advisorReferral: { reason: referral } }, () => setReferral(''));
          }}
        >
          <Group align="end" gap="xs">
            <TextInput
              label="Why refer to the physician advisor"
              value={referral}
              onChange={(e) => setReferral(e.currentTarget.value)}
              required
              w={360}
            />
            <Button type="submit" variant="default">
              Refer
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}

function RecordReview({ patientId, onDone }: { patientId: string; onDone: () => void }) {
  const [reviewType, setReviewType] = useState<UtilizationReviewType>('CONTINUED_STAY');
  const [criteriaSet, setCriteriaSet] = useState('');
  const [levelOfCare, setLevelOfCare] = useState<LevelOfCare>('INPATIENT');
  const [criteriaMet, setCriteriaMet] = useState(true);
  const [notes, setNotes] = useState('');
  const [nextReviewDate, setNextReviewDate] = useState('');
  const [record, recording] = useMutation(RecordUtilizationReviewDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      patientId,
      clientMutationId: crypto.randomUUID(),
      reviewType,
      criteriaSet,
      levelOfCare,
      criteriaMet,
      notes: notes || null,
      nextReviewDate: nextReviewDate || null,
    };
    if (await record({ variables: { input } }).catch(() => null)) onDone();
  }
  return (
    <form onSubmit={submit} aria-label="Record a utilization review">
      <Stack gap="xs" mb="md">
        <ErrorBanner error={apiError(recording.error)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <CodeSelect label="Review type" codes={REVIEW_TYPES} value={reviewType} onChange={setReviewType} />
          <TextInput
            label="Criteria set"
            description="By name only, e.g. InterQual 2026 Acute Adult"
            value={criteriaSet}
            onChange={(e) => setCriteriaSet(e.currentTarget.value)}
            required
          />
          <CodeSelect label="Level of care" codes={LEVELS} value={levelOfCare} onChange={setLevelOfCare} />
        </SimpleGrid>
        <Checkbox
          label="Criteria met"
          checked={criteriaMet}
          onChange={(e) => setCriteriaMet(e.currentTarget.checked)}
        />
        <Textarea label="Reviewer notes" value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <TextInput
          type="date"
          label="Next review"
          description="A card goes on the patient's board for it"
          value={nextReviewDate}
          onChange={(e) => setNextReviewDate(e.currentTarget.value)}
        />
        <FormActions submit="Save review" busy={recording.loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function Authorizations({ patient }: { patient: Patient }) {
  const [adding, setAdding] = useState(false);
  return (
    <Stack component="section" aria-labelledby="auth-heading" gap="xs">
      <Group justify="space-between" mb="sm">
        <Title order={3} id="auth-heading">
          Payer authorizations
        </Title>
        {adding || patient.coverages.length === 0 ? null : (
          <Button onClick={() => setAdding(true)}>New authorization</Button>
        )}
      </Group>
      {adding ? <NewAuthorization patient={patient} onDone={() => setAdding(false)} /> : null}
      <Stack gap="sm">
        {patient.authorizations.length === 0 ? <Text>No authorizations yet.</Text> : null}
        {patient.authorizations.map((a) => (
          <AuthorizationCard key={a.id} auth={a} />
        ))}
      </Stack>
    </Stack>
  );
}

function AuthorizationCard({ auth }: { auth: AuthorizationFieldsFragment }) {
  const dates = useDates();
  return (
    <Paper withBorder p="sm" component="article" aria-label={`${auth.payer} ${words(auth.service)}`}>
      <Group justify="space-between">
        <Text fw={700}>
          {words(auth.service)}
          {auth.serviceDetail ? ` — ${auth.serviceDetail}` : ''}
        </Text>
        <Badge color={STATUS_COLOR[auth.status]} data-testid="authorization-status">
          {words(auth.status)}
        </Badge>
      </Group>
      <Text size="sm">
        {auth.payer}
        {auth.memberId ? ` · member ${auth.memberId}` : ''}
        {auth.payerReference ? ` · ref ${auth.payerReference}` : ''}
      </Text>
      <Text size="sm">
        Requested {auth.requestedUnits} {auth.unitOfService.toLowerCase()}, {dates.date(auth.requestedFrom)} –{' '}
        {dates.date(auth.requestedTo)}
        {auth.approvedUnits != null ? ` · approved ${auth.approvedUnits}` : ''}
      </Text>
      {auth.denialReason ? <Text size="sm">Denied: {auth.denialReason}</Text> : null}
      {auth.appealDeadline ? (
        <Text size="sm" c={dates.isOverdue(auth.appealDeadline) ? 'danger.8' : undefined}>
          Appeal deadline {dates.date(auth.appealDeadline)}
        </Text>
      ) : null}
      {auth.peerToPeer ? <Text size="sm">Peer-to-peer {dates.dateTime(auth.peerToPeer.scheduledAt)}</Text> : null}
      <Text size="xs" c="dimmed">
        {auth.history
          .map((h) => `${words(h.status)} ${dates.dateTime(h.at)}${h.note ? ` (${h.note})` : ''}`)
          .join(' → ')}
      </Text>
      {auth.nextStatuses.length > 0 ? <StatusStep auth={auth} /> : null}
      {PEER_TO_PEER_STATUSES.has(auth.status) ? <SchedulePeerToPeer auth={auth} /> : null}
    </Paper>
  );
}

/** The next step of the status machine, with what that step needs (approved units, a denial's reason and deadline). */
function StatusStep({ auth }: { auth: AuthorizationFieldsFragment }) {
  const [status, setStatus] = useState<AuthorizationStatus | null>(null);
  const [note, setNote] = useState('');
  const [units, setUnits] = useState<number | string>('');
  const [denialReason, setDenialReason] = useState('');
  const [appealDeadline, setAppealDeadline] = useState('');
  const [change, changing] = useLiveMutation(ChangeAuthorizationStatusDocument, changeAuthorizationStatusLive);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!status) return;
    const input = {
      id: auth.id,
      expectedVersion: auth.version,
      status,
      note: note || null,
      ...(status === 'PARTIALLY_APPROVED' || status === 'APPROVED'
        ? { approvedUnits: units === '' ? null : Number(units) }
        : {}),
      ...(status === 'DENIED' ? { denialReason } : {}),
      ...((status === 'DENIED' || status === 'PARTIALLY_APPROVED') && appealDeadline ? { appealDeadline } : {}),
    };
    void change({ variables: { input } })
      .then(() => {
        setStatus(null);
        setNote('');
      })
      .catch(() => null);
  }
  return (
    <form onSubmit={submit} aria-label={`Change status of ${auth.payer} ${words(auth.service)}`}>
      <ErrorBanner error={apiError(changing.error)} />
      <Group align="end" gap="xs" mt="xs">
        <Select
          label="Next status"
          placeholder="Choose"
          data={options(auth.nextStatuses)}
          value={status}
          onChange={(v) => setStatus(v as AuthorizationStatus | null)}
          w={200}
        />
        {status === 'PARTIALLY_APPROVED' || status === 'APPROVED' ? (
          <NumberInput label="Approved units" value={units} onChange={setUnits} min={1} w={140} />
        ) : null}
        {status === 'DENIED' ? (
          <TextInput
            label="Denial reason"
            value={denialReason}
            onChange={(e) => setDenialReason(e.currentTarget.value)}
            required
          />
        ) : null}
        {status === 'DENIED' || status === 'PARTIALLY_APPROVED' ? (
          <TextInput
            type="date"
            label="Appeal deadline"
            value={appealDeadline}
            onChange={(e) => setAppealDeadline(e.currentTarget.value)}
            required={status === 'DENIED'}
          />
        ) : null}
        <TextInput label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Button type="submit" disabled={!status}>
          Save status
        </Button>
      </Group>
    </form>
  );
}

/** Where a peer-to-peer still makes sense (the hub refuses the rest). */
const PEER_TO_PEER_STATUSES = new Set<AuthorizationStatus>([
  'SUBMITTED',
  'PENDING',
  'PARTIALLY_APPROVED',
  'DENIED',
  'APPEALED',
]);

/** A peer-to-peer with the payer's medical director, at a time on the unit's clock. */
function SchedulePeerToPeer({ auth }: { auth: AuthorizationFieldsFragment }) {
  const dates = useDates();
  const [at, setAt] = useState('');
  const [contact, setContact] = useState(auth.peerToPeer?.payerContact ?? '');
  const [schedule, scheduling] = useMutation(ScheduleAuthorizationPeerToPeerDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      id: auth.id,
      expectedVersion: auth.version,
      scheduledAt: instantOf(at, dates.zone),
      payerContact: contact || null,
    };
    if (await schedule({ variables: { input } }).catch(() => null)) setAt('');
  }
  return (
    <form onSubmit={submit} aria-label={`Schedule a peer-to-peer for ${auth.payer} ${words(auth.service)}`}>
      <ErrorBanner error={apiError(scheduling.error)} />
      <Group align="end" gap="xs" mt="xs">
        <TextInput
          type="datetime-local"
          label="Peer-to-peer at"
          value={at}
          onChange={(e) => setAt(e.currentTarget.value)}
          required
        />
        <TextInput label="Payer contact" value={contact} onChange={(e) => setContact(e.currentTarget.value)} />
        <Button type="submit" variant="default" loading={scheduling.loading}>
          Schedule
        </Button>
      </Group>
    </form>
  );
}

function NewAuthorization({ patient, onDone }: { patient: Patient; onDone: () => void }) {
  const coverage = patient.coverages.find((c) => c.primary) ?? patient.coverages[0];
  const [payer, setPayer] = useState(coverage ? `${coverage.payer}|${coverage.memberId ?? ''}` : '');
  const [service, setService] = useState<AuthorizedService>('POST_ACUTE_PLACEMENT');
  const [serviceDetail, setServiceDetail] = useState('');
  const [unitOfService, setUnitOfService] = useState<AuthorizationUnit>('DAYS');
  const [requestedUnits, setRequestedUnits] = useState<number | string>(1);
  const [requestedFrom, setRequestedFrom] = useState('');
  const [requestedTo, setRequestedTo] = useState('');
  const [create, creating] = useMutation(CreateAuthorizationDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const [payerName = '', memberId = ''] = payer.split('|');
    const input = {
      patientId: patient.id,
      clientMutationId: crypto.randomUUID(),
      payer: payerName,
      memberId: memberId || null,
      service,
      serviceDetail: serviceDetail || null,
      unitOfService,
      requestedUnits: Number(requestedUnits),
      requestedFrom,
      requestedTo,
    };
    if (await create({ variables: { input } }).catch(() => null)) onDone();
  }
  return (
    <form onSubmit={submit} aria-label="New authorization">
      <Stack gap="xs" mb="md">
        <ErrorBanner error={apiError(creating.error)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Coverage"
            data={patient.coverages.map((c) => ({
              value: `${c.payer}|${c.memberId ?? ''}`,
              label: `${c.payer} (${words(c.type)})`,
            }))}
            value={payer}
            onChange={(v) => v && setPayer(v)}
            allowDeselect={false}
          />
          <CodeSelect label="Service" codes={SERVICES} value={service} onChange={setService} />
          <TextInput label="Detail" value={serviceDetail} onChange={(e) => setServiceDetail(e.currentTarget.value)} />
          <NumberInput label="Units requested" value={requestedUnits} onChange={setRequestedUnits} min={1} required />
          <CodeSelect label="Counted in" codes={UNITS} value={unitOfService} onChange={setUnitOfService} />
          <Group grow>
            <TextInput
              type="date"
              label="From"
              value={requestedFrom}
              onChange={(e) => setRequestedFrom(e.currentTarget.value)}
              required
            />
            <TextInput
              type="date"
              label="To"
              value={requestedTo}
              onChange={(e) => setRequestedTo(e.currentTarget.value)}
              required
            />
          </Group>
        </SimpleGrid>
        <FormActions submit="Save as draft" busy={creating.loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}
