import { useMutation, useQuery } from '@apollo/client/react';
import {
  type EmergencyVisitHistoryFieldsFragment,
  PatientRiskDocument,
  type ReadmissionRiskFieldsFragment,
  RecordEmergencyVisitsDocument,
  SetAdmissionAcuityDocument,
} from '@carehub/schema/graphql';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { FormActions } from '../../ui/FormActions.js';
import { useDates } from '../../ui/use-dates.js';
import { useRiskLive } from './risk.live.js';
import { setAdmissionAcuityLive } from './risk.optimistic.js';

export const RISK_COLOR: Record<string, string> = { HIGH: 'danger', MODERATE: 'warn', LOW: 'ok' };

/** The LACE score, its level, or that it is incomplete. */
export function RiskScore({ risk }: { risk: Pick<ReadmissionRiskFieldsFragment, 'score' | 'level' | 'missing'> }) {
  if (risk.score === null) {
    return (
      <Badge color="gray" title={`Missing: ${risk.missing.join(' ')}`}>
        LACE incomplete
      </Badge>
    );
  }
  return (
    <Badge color={RISK_COLOR[risk.level ?? 'LOW']}>
      LACE {risk.score} · {(risk.level ?? '').toLowerCase()}
    </Badge>
  );
}

/**
 * Readmission risk on the patient page: LACE with each component's input and points, the inputs
 * still missing (named), the Charlson conditions found in the coded problem list, and the two
 * inputs the team records here (the admission's acuity, the reviewed ED history). Live.
 */
export function RiskPanel({ patientId, after }: { patientId: string; after: string | null | undefined }) {
  const { data, error } = useQuery(PatientRiskDocument, { variables: { id: patientId } });
  useRiskLive(data ? after : undefined);
  const [editingVisits, setEditingVisits] = useState(false);
  const [setAcuity, acuityState] = useLiveMutation(SetAdmissionAcuityDocument, setAdmissionAcuityLive);
  const p = data?.patient;
  return (
    <Paper component="section" aria-labelledby="risk-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="risk-title">
            Readmission risk
          </Title>
          {p ? <RiskScore risk={p.readmissionRisk} /> : null}
        </Group>
        <ErrorBanner error={apiError(error ?? acuityState.error)} />
        {p ? (
          <>
            <Components risk={p.readmissionRisk} />
            <NativeSelect
              label="Admission acuity"
              description="Emergent: unplanned, e.g. through the emergency department (A = 3)."
              value={p.admissionAcuity ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (!value) return;
                void setAcuity({
                  variables: {
                    input: { id: p.id, expectedVersion: p.version, admissionAcuity: value as 'EMERGENT' | 'ELECTIVE' },
                  },
                }).catch(() => null);
              }}
              data={[
                { value: '', label: 'Not recorded' },
                { value: 'EMERGENT', label: 'Emergent' },
                { value: 'ELECTIVE', label: 'Elective' },
              ]}
            />
            <Comorbidities risk={p.readmissionRisk} />
            {editingVisits ? (
              <VisitsEditor
                patientId={p.id}
                history={p.emergencyVisitHistory ?? null}
                onDone={() => setEditingVisits(false)}
              />
            ) : (
              <Visits history={p.emergencyVisitHistory ?? null} onEdit={() => setEditingVisits(true)} />
            )}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Components({ risk }: { risk: ReadmissionRiskFieldsFragment }) {
  return (
    <Table aria-label="LACE components">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Component</Table.Th>
          <Table.Th>From the record</Table.Th>
          <Table.Th ta="right">Points</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {risk.components.map((c) => (
          <Table.Tr key={c.letter}>
            <Table.Td>
              <Text span fw={700}>
                {c.letter}
              </Text>{' '}
              {c.label}
            </Table.Td>
            <Table.Td>{c.missing ? <Text c="warn.9">Missing: {c.missing}</Text> : c.value}</Table.Td>
            <Table.Td ta="right">{c.points ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td colSpan={2} fw={700}>
            Total (0–19; 10 or more is high risk)
          </Table.Td>
          <Table.Td ta="right" fw={700}>
            {risk.score ?? '—'}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

function Comorbidities({ risk }: { risk: ReadmissionRiskFieldsFragment }) {
  if (!risk.comorbidities.length) return null;
  return (
    <div>
      <Text size="sm" fw={700}>
        Charlson conditions from coded diagnoses (Charlson index {risk.charlsonIndex ?? '—'})
      </Text>
      <List size="sm">
        {risk.comorbidities.map((c) => (
          <List.Item key={c.category}>
            {c.label} ({c.codes.join(', ')}) · LACE weight {c.laceWeight}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

function Visits({ history, onEdit }: { history: EmergencyVisitHistoryFieldsFragment | null; onEdit: () => void }) {
  const dates = useDates();
  return (
    <div>
      <Group justify="space-between">
        <Text size="sm" fw={700}>
          Emergency department visits
        </Text>
        <Anchor component="button" type="button" size="sm" onClick={onEdit}>
          {history ? 'Review again' : 'Review ED history'}
        </Anchor>
      </Group>
      {history ? (
        <Text size="sm" c="dimmed">
          Reviewed {dates.dateTime(history.reviewedAt)}
          {history.visits.length === 0 ? ' · no visits' : ''}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Not reviewed yet.
        </Text>
      )}
      <List size="sm">
        {history?.visits.map((v, i) => (
          <List.Item key={`${v.date}-${i}`}>
            {dates.date(v.date)} {v.facility ? `· ${v.facility}` : ''}{' '}
            {v.ledToAdmission ? '(led to this admission)' : ''}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

interface VisitRow {
  key: string;
  date: string;
  facility: string;
  ledToAdmission: boolean;
}

/** Records the reviewed ED history as a whole (the first review, or a new one on the latest version). */
function VisitsEditor({
  patientId,
  history,
  onDone,
}: {
  patientId: string;
  history: EmergencyVisitHistoryFieldsFragment | null;
  onDone: () => void;
}) {
  const [rows, setRows] = useState<VisitRow[]>(() =>
    (history?.visits ?? []).map((v) => ({
      key: crypto.randomUUID(),
      date: v.date,
      facility: v.facility ?? '',
      ledToAdmission: v.ledToAdmission,
    })),
  );
  const [record, { loading, error }] = useMutation(RecordEmergencyVisitsDocument);
  const update = (key: string, patch: Partial<VisitRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await record({
      variables: {
        input: {
          patientId,
          expectedVersion: history?.version ?? null,
          visits: rows.map((r) => ({ date: r.date, facility: r.facility || null, ledToAdmission: r.ledToAdmission })),
        },
      },
    }).catch(() => null);
    if (result?.data) onDone();
  }

  return (
    <Stack component="form" onSubmit={submit} aria-label="Emergency department history" gap="xs">
      <ErrorBanner error={apiError(error)} />
      <Text size="sm">
        Every ED visit in the six months before this admission; none is a valid answer. Mark the visit that led to this
        admission (LACE does not count it).
      </Text>
      {rows.map((r, i) => (
        <Group key={r.key} align="flex-end" gap="xs">
          <TextInput
            type="date"
            label={`Visit ${i + 1} date`}
            value={r.date}
            required
            onChange={(e) => update(r.key, { date: e.currentTarget.value })}
          />
          <TextInput
            label="Facility"
            value={r.facility}
            onChange={(e) => update(r.key, { facility: e.currentTarget.value })}
          />
          <Checkbox
            label="Led to this admission"
            checked={r.ledToAdmission}
            onChange={(e) => update(r.key, { ledToAdmission: e.currentTarget.checked })}
          />
          <Button
            variant="subtle"
            aria-label={`Remove visit ${i + 1}`}
            onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
          >
            Remove
          </Button>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() =>
            setRows((all) => [...all, { key: crypto.randomUUID(), date: '', facility: '', ledToAdmission: false }])
          }
        >
          Add visit
        </Button>
      </Group>
      <FormActions submit="Save ED history" busy={loading} onCancel={onDone} />
    </Stack>
  );
}
