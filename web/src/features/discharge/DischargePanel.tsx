import { useQuery } from '@apollo/client/react';
import {
  AddDischargeBarrierDocument,
  AddDischargeChecklistItemDocument,
  type ChecklistItemFieldsFragment,
  CreateDischargePlanDocument,
  CreateTaskForDischargeChecklistItemDocument,
  type DischargeChecklistKind,
  type DischargePlanFieldsFragment,
  PatientDischargeDocument,
  type PlannedDisposition,
  RecordEducationDocument,
  StaffDocument,
  type TeachBackResult,
  UpdateDischargeBarrierDocument,
  UpdateDischargeChecklistItemDocument,
  UpdateDischargePlanDocument,
} from '@carehub/schema/graphql';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { paths } from '../../platform/paths.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { FormActions } from '../../ui/FormActions.js';
import { useDates } from '../../ui/use-dates.js';
import { useDischargeLive } from './discharge.live.js';
import {
  addBarrierLive,
  addChecklistItemLive,
  createDischargePlanLive,
  createTaskForChecklistItemLive,
  recordEducationLive,
  updateBarrierLive,
  updateChecklistItemLive,
  updateDischargePlanLive,
} from './discharge.optimistic.js';

const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

const DISPOSITIONS: PlannedDisposition[] = [
  'HOME',
  'HOME_WITH_HOME_HEALTH',
  'SKILLED_NURSING_FACILITY',
  'INPATIENT_REHAB',
  'LONG_TERM_ACUTE_CARE',
  'HOSPICE',
  'OTHER',
];
const KINDS: DischargeChecklistKind[] = [
  'FOLLOW_UP_APPOINTMENT',
  'HOME_HEALTH_REFERRAL',
  'DURABLE_MEDICAL_EQUIPMENT',
  'TRANSPORTATION',
  'MEDICATION_RECONCILIATION',
  'PATIENT_FAMILY_EDUCATION',
  'COMMUNITY_SUPPORTS',
];

/**
 * Discharge planning for the current stay: expected date and disposition, the checklist with the
 * readiness it gives, barriers with owners and due dates, and education with teach-back. Live.
 */
export function DischargePanel({ patientId, after }: { patientId: string; after: string | null | undefined }) {
  const { data, error, refetch } = useQuery(PatientDischargeDocument, { variables: { id: patientId } });
  useDischargeLive(data ? after : undefined, () => void refetch());
  const [create, creating] = useLiveMutation(CreateDischargePlanDocument, createDischargePlanLive);
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const plan = data?.patient.dischargePlan;
  return (
    <Paper component="section" aria-labelledby="discharge-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="discharge-title">
            Discharge plan
          </Title>
          {data && !plan ? (
            <Button
              variant="default"
              loading={creating.loading}
              onClick={() => void create({ variables: { input: { clientMutationId, patientId } } }).catch(() => null)}
            >
              Start discharge plan
            </Button>
          ) : null}
        </Group>
        <ErrorBanner error={apiError(error ?? creating.error)} />
        {plan ? <PlanView plan={plan} /> : null}
        {data ? <Education patientId={patientId} plan={plan ?? null} records={data.patient.educationRecords} /> : null}
      </Stack>
    </Paper>
  );
}

function PlanView({ plan }: { plan: DischargePlanFieldsFragment }) {
  const [update, updating] = useLiveMutation(UpdateDischargePlanDocument, updateDischargePlanLive);
  const save = (patch: { expectedDate?: string | null; disposition?: PlannedDisposition | null }) =>
    void update({ variables: { input: { id: plan.id, expectedVersion: plan.version, ...patch } } }).catch(() => null);
  return (
    <Stack gap="sm">
      <ErrorBanner error={apiError(updating.error)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label="Expected discharge"
          defaultValue={plan.expectedDate ?? ''}
          key={`${plan.id}-${plan.version}`}
          onBlur={(e) => {
            const value = e.currentTarget.value || null;
            if (value !== plan.expectedDate) save({ expectedDate: value });
          }}
        />
        <NativeSelect
          label="Planned disposition"
          value={plan.disposition ?? ''}
          onChange={(e) => save({ disposition: (e.currentTarget.value || null) as PlannedDisposition | null })}
          data={[{ value: '', label: 'Not decided' }, ...DISPOSITIONS.map((d) => ({ value: d, label: words(d) }))]}
        />
      </SimpleGrid>
      <div>
        <Text size="sm" fw={700} id={`readiness-${plan.id}`}>
          Readiness {plan.readiness === null ? '— (no checklist yet)' : `${plan.readiness}%`}
        </Text>
        <Progress.Root>
          <Progress.Section value={plan.readiness ?? 0} aria-labelledby={`readiness-${plan.id}`} />
        </Progress.Root>
      </div>
      <Checklist plan={plan} />
      <Barriers plan={plan} />
    </Stack>
  );
}

function itemDetails(i: ChecklistItemFieldsFragment, dateTime: (iso: string) => string) {
  return [
    i.appointmentAt ? dateTime(i.appointmentAt) : null,
    i.provider,
    i.equipment,
    i.vendor,
    i.equipmentStatus ? words(i.equipmentStatus) : null,
    i.note,
  ]
    .filter(Boolean)
    .join(' · ');
}

function Checklist({ plan }: { plan: DischargePlanFieldsFragment }) {
  const dates = useDates();
  const [update, updating] = useLiveMutation(UpdateDischargeChecklistItemDocument, updateChecklistItemLive);
  const [makeTask, making] = useLiveMutation(
    CreateTaskForDischargeChecklistItemDocument,
    createTaskForChecklistItemLive,
  );
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={700}>Checklist</Text>
        {adding ? null : (
          <Button variant="default" size="xs" onClick={() => setAdding(true)}>
            Add item
          </Button>
        )}
      </Group>
      <ErrorBanner error={apiError(updating.error ?? making.error)} />
      {adding ? <AddItem planId={plan.id} onDone={() => setAdding(false)} /> : null}
      <Table aria-label="Discharge checklist">
        <Table.Tbody>
          {plan.checklist.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td fw={700}>{words(i.kind)}</Table.Td>
              <Table.Td fz="sm">{itemDetails(i, dates.dateTime)}</Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={`Status of ${words(i.kind).toLowerCase()}`}
                  value={i.status}
                  onChange={(e) =>
                    void update({
                      variables: {
                        input: {
                          id: i.id,
                          expectedVersion: i.version,
                          status: e.currentTarget.value as ChecklistItemFieldsFragment['status'],
                        },
                      },
                    }).catch(() => null)
                  }
                  data={[
                    { value: 'OPEN', label: 'Open' },
                    { value: 'DONE', label: 'Done' },
                    { value: 'NOT_NEEDED', label: 'Not needed' },
                  ]}
                />
              </Table.Td>
              <Table.Td>
                {/* A card tracks the work; the item's status stays the team's call (completing the card leaves it). */}
                {i.taskId ? (
                  <Anchor component={Link} to={paths.patientTask(plan.patientId, i.taskId)}>
                    Open task
                  </Anchor>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`Make a task for ${words(i.kind).toLowerCase()}`}
                    loading={making.loading}
                    onClick={() =>
                      void makeTask({ variables: { input: { id: i.id, expectedVersion: i.version } } }).catch(
                        () => null,
                      )
                    }
                  >
                    Make a task
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function AddItem({ planId, onDone }: { planId: string; onDone: () => void }) {
  const [kind, setKind] = useState<DischargeChecklistKind>('FOLLOW_UP_APPOINTMENT');
  const [fields, setFields] = useState({ appointmentAt: '', provider: '', equipment: '', vendor: '', note: '' });
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const [add, { loading, error }] = useLiveMutation(AddDischargeChecklistItemDocument, addChecklistItemLive);
  const set = (field: keyof typeof fields) => (e: { currentTarget: { value: string } }) =>
    setFields((f) => ({ ...f, [field]: e.currentTarget.value }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const appointment = kind === 'FOLLOW_UP_APPOINTMENT';
    const equipment = kind === 'DURABLE_MEDICAL_EQUIPMENT';
    const result = await add({
      variables: {
        input: {
          clientMutationId,
          planId,
          kind,
          note: fields.note || null,
          ...(appointment && {
            appointmentAt: fields.appointmentAt ? new Date(fields.appointmentAt).toISOString() : null,
            provider: fields.provider || null,
          }),
          ...(equipment && {
            equipment: fields.equipment || null,
            vendor: fields.vendor || null,
            equipmentStatus: 'NEEDED',
          }),
        },
      },
    }).catch(() => null);
    if (result) onDone();
  }
  return (
    <Stack component="form" onSubmit={submit} aria-label="Add checklist item" gap="xs">
      <ErrorBanner error={apiError(error)} />
      <NativeSelect
        label="Item"
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as DischargeChecklistKind)}
        data={KINDS.map((k) => ({ value: k, label: words(k) }))}
      />
      {kind === 'FOLLOW_UP_APPOINTMENT' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label="Appointment"
            value={fields.appointmentAt}
            onChange={set('appointmentAt')}
          />
          <TextInput label="Provider" value={fields.provider} onChange={set('provider')} />
        </SimpleGrid>
      ) : null}
      {kind === 'DURABLE_MEDICAL_EQUIPMENT' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Equipment" value={fields.equipment} onChange={set('equipment')} />
          <TextInput label="Vendor" value={fields.vendor} onChange={set('vendor')} />
        </SimpleGrid>
      ) : null}
      <TextInput label="Note" value={fields.note} onChange={set('note')} />
      <FormActions submit="Add item" busy={loading} onCancel={onDone} />
    </Stack>
  );
}

/** Staff as owner choices, with "no owner" first. */
function useOwnerChoices() {
  const { data } = useQuery(StaffDocument);
  return [{ value: '', label: 'No owner' }, ...(data?.staff ?? []).map((u) => ({ value: u.id, label: u.name }))];
}

function Barriers({ plan }: { plan: DischargePlanFieldsFragment }) {
  const owners = useOwnerChoices();
  const [description, setDescription] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [clientMutationId, setCmid] = useState(() => crypto.randomUUID());
  const [add, adding] = useLiveMutation(AddDischargeBarrierDocument, addBarrierLive);
  const [update, updating] = useLiveMutation(UpdateDischargeBarrierDocument, updateBarrierLive);
  const edit = (b: DischargePlanFieldsFragment['barriers'][number], patch: Record<string, unknown>) =>
    void update({ variables: { input: { id: b.id, expectedVersion: b.version, ...patch } } }).catch(() => null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!description.trim()) return;
    const result = await add({
      variables: {
        input: { clientMutationId, planId: plan.id, description, ownerId: ownerId || null, dueDate: dueDate || null },
      },
    }).catch(() => null);
    if (result) {
      setDescription('');
      setOwnerId('');
      setDueDate('');
      setCmid(crypto.randomUUID());
    }
  }
  return (
    <Stack gap="xs">
      <Text fw={700}>Barriers</Text>
      <ErrorBanner error={apiError(adding.error ?? updating.error)} />
      <List size="sm" aria-label="Discharge barriers" listStyleType="none">
        {plan.barriers.map((b) => (
          <List.Item key={b.id}>
            <Group gap="xs" align="flex-end">
              <Checkbox
                label={b.description}
                checked={b.status === 'RESOLVED'}
                onChange={(e) => edit(b, { status: e.currentTarget.checked ? 'RESOLVED' : 'OPEN' })}
              />
              <NativeSelect
                size="xs"
                aria-label={`Owner of ${b.description}`}
                value={b.owner?.id ?? ''}
                onChange={(e) => edit(b, { ownerId: e.currentTarget.value || null })}
                data={owners}
              />
              <TextInput
                size="xs"
                type="date"
                aria-label={`Due date of ${b.description}`}
                value={b.dueDate ?? ''}
                onChange={(e) => edit(b, { dueDate: e.currentTarget.value || null })}
              />
            </Group>
          </List.Item>
        ))}
      </List>
      <Group component="form" onSubmit={submit} aria-label="Add barrier" align="flex-end" gap="xs">
        <TextInput label="New barrier" value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <NativeSelect label="Owner" value={ownerId} onChange={(e) => setOwnerId(e.currentTarget.value)} data={owners} />
        <TextInput type="date" label="Due" value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} />
        <Button type="submit" variant="default" loading={adding.loading}>
          Add barrier
        </Button>
      </Group>
    </Stack>
  );
}

const LEARNERS = [
  { value: 'PATIENT', label: 'Patient' },
  { value: 'FAMILY_MEMBER', label: 'Family member' },
  { value: 'CAREGIVER', label: 'Caregiver' },
] as const;
const METHODS = [
  { value: 'VERBAL', label: 'Verbal' },
  { value: 'WRITTEN', label: 'Written' },
  { value: 'DEMONSTRATION', label: 'Demonstration' },
  { value: 'VIDEO', label: 'Video' },
] as const;
type Learner = (typeof LEARNERS)[number]['value'];
type Method = (typeof METHODS)[number]['value'];
const labelOf = (list: readonly { value: string; label: string }[], value: string) =>
  list.find((x) => x.value === value)?.label ?? words(value);

/**
 * Teaching recorded with whom it was for (the patient, or a family member or caregiver by name),
 * how it was taught and the teach-back result; each learner gets their own record.
 */
function Education({
  patientId,
  plan,
  records,
}: {
  patientId: string;
  plan: DischargePlanFieldsFragment | null;
  records: {
    id: string;
    topic: string;
    taughtTo: string;
    learnerName?: string | null;
    method: string;
    teachBack: string;
    followUpNeeded: boolean;
    taughtBy: { name: string };
  }[];
}) {
  const [topic, setTopic] = useState('');
  const [taughtTo, setTaughtTo] = useState<Learner>('PATIENT');
  const [learnerName, setLearnerName] = useState('');
  const [method, setMethod] = useState<Method>('VERBAL');
  const [teachBack, setTeachBack] = useState<TeachBackResult>('MET');
  const [followUpNeeded, setFollowUp] = useState(false);
  const [clientMutationId, setCmid] = useState(() => crypto.randomUUID());
  const [record, { loading, error }] = useLiveMutation(RecordEducationDocument, recordEducationLive);
  const educationItem = plan?.checklist.find((i) => i.kind === 'PATIENT_FAMILY_EDUCATION');
  const named = taughtTo !== 'PATIENT';
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!topic.trim() || (named && !learnerName.trim())) return;
    const result = await record({
      variables: {
        input: {
          clientMutationId,
          patientId,
          checklistItemId: educationItem?.id ?? null,
          topic,
          taughtTo,
          learnerName: named ? learnerName : null,
          method,
          teachBack,
          followUpNeeded,
        },
      },
    }).catch(() => null);
    if (result) {
      setTopic('');
      setLearnerName('');
      setCmid(crypto.randomUUID());
    }
  }
  return (
    <Stack gap="xs">
      <Text fw={700}>Education</Text>
      <List size="sm" aria-label="Education records">
        {records.map((r) => (
          <List.Item key={r.id}>
            {r.topic} · {labelOf(LEARNERS, r.taughtTo).toLowerCase()}
            {r.learnerName ? ` ${r.learnerName}` : ''} · {labelOf(METHODS, r.method).toLowerCase()} · teach-back{' '}
            {words(r.teachBack).toLowerCase()}
            {r.followUpNeeded ? ' · follow-up needed' : ''} ({r.taughtBy.name})
          </List.Item>
        ))}
      </List>
      <ErrorBanner error={apiError(error)} />
      <Group component="form" onSubmit={submit} aria-label="Record education" align="flex-end" gap="xs">
        <TextInput label="Topic taught" value={topic} required onChange={(e) => setTopic(e.currentTarget.value)} />
        <NativeSelect
          label="Taught to"
          value={taughtTo}
          onChange={(e) => setTaughtTo(e.currentTarget.value as Learner)}
          data={[...LEARNERS]}
        />
        {named ? (
          <TextInput
            label="Learner’s name"
            value={learnerName}
            required
            onChange={(e) => setLearnerName(e.currentTarget.value)}
          />
        ) : null}
        <NativeSelect
          label="Method"
          value={method}
          onChange={(e) => setMethod(e.currentTarget.value as Method)}
          data={[...METHODS]}
        />
        <NativeSelect
          label="Teach-back"
          value={teachBack}
          onChange={(e) => setTeachBack(e.currentTarget.value as TeachBackResult)}
          data={[
            { value: 'MET', label: 'Met' },
            { value: 'PARTIALLY_MET', label: 'Partially met' },
            { value: 'NOT_MET', label: 'Not met' },
          ]}
        />
        <Checkbox
          label="Follow-up needed"
          checked={followUpNeeded}
          onChange={(e) => setFollowUp(e.currentTarget.checked)}
        />
        <Button type="submit" variant="default" loading={loading}>
          Record teaching
        </Button>
      </Group>
    </Stack>
  );
}
