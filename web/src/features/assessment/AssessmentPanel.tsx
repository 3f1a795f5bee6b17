import { useMutation, useQuery } from '@apollo/client/react';
import {
  type AssessmentFieldsFragment,
  PatientAssessmentsDocument,
  SignAssessmentDocument,
  StartAssessmentDocument,
  UpdateAssessmentDocument,
} from '@carehub/schema/graphql';
import {
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { useDates } from '../../ui/use-dates.js';
import { useAssessmentLive } from './assessment.live.js';
import { DOMAINS, type Domain, updateAssessmentLive } from './assessment.optimistic.js';

type Field =
  | { name: string; label: string; kind: 'choice'; options: [string, string][]; required?: boolean }
  | { name: string; label: string; kind: 'yesNo'; required?: boolean }
  | { name: string; label: string; kind: 'count' };

const TITLES: Record<Domain, string> = {
  clinical: 'Clinical',
  psychosocial: 'Psychosocial',
  financial: 'Financial',
  environmental: 'Environmental: home, caregiver, function',
};

/** The structured fields of each domain (the narrative follows them); `required` ones are needed to sign. */
const FIELDS: Record<Domain, Field[]> = {
  clinical: [
    {
      name: 'cognition',
      label: 'Cognition',
      kind: 'choice',
      required: true,
      options: [
        ['INTACT', 'Intact'],
        ['MILD_IMPAIRMENT', 'Mild impairment'],
        ['SEVERE_IMPAIRMENT', 'Severe impairment'],
      ],
    },
    { name: 'medicationCount', label: 'Regular medications', kind: 'count' },
    { name: 'fallsInPastYear', label: 'Falls in the past year', kind: 'yesNo' },
    { name: 'painConcern', label: 'Pain a concern', kind: 'yesNo' },
  ],
  psychosocial: [
    {
      name: 'supportSystem',
      label: 'Support system',
      kind: 'choice',
      required: true,
      options: [
        ['STRONG', 'Strong'],
        ['LIMITED', 'Limited'],
        ['NONE', 'None'],
      ],
    },
    { name: 'moodConcern', label: 'Mood a concern', kind: 'yesNo' },
    { name: 'substanceUseConcern', label: 'Substance use a concern', kind: 'yesNo' },
  ],
  financial: [
    { name: 'coverageAdequate', label: 'Coverage adequate', kind: 'yesNo', required: true },
    { name: 'medicationCostConcern', label: 'Medication cost a concern', kind: 'yesNo' },
    { name: 'incomeConcern', label: 'Income a concern', kind: 'yesNo' },
  ],
  environmental: [
    {
      name: 'livingArrangement',
      label: 'Lives',
      kind: 'choice',
      required: true,
      options: [
        ['ALONE', 'Alone'],
        ['WITH_FAMILY', 'With family'],
        ['WITH_OTHERS', 'With others'],
        ['FACILITY', 'In a facility'],
        ['NO_STEADY_HOUSING', 'No steady housing'],
      ],
    },
    { name: 'homeAccessBarriers', label: 'Barriers at home (stairs, doors)', kind: 'yesNo' },
    {
      name: 'caregiver',
      label: 'Caregiver',
      kind: 'choice',
      required: true,
      options: [
        ['AVAILABLE', 'Available'],
        ['PART_TIME', 'Part time'],
        ['NONE', 'None'],
      ],
    },
    {
      name: 'functionalStatus',
      label: 'Functional status',
      kind: 'choice',
      required: true,
      options: [
        ['INDEPENDENT', 'Independent'],
        ['NEEDS_ASSISTANCE', 'Needs assistance'],
        ['DEPENDENT', 'Dependent'],
      ],
    },
  ],
};

const show = (value: unknown) =>
  value === null || value === undefined ? '—' : value === true ? 'yes' : value === false ? 'no' : String(value);

/**
 * The holistic assessment on the patient page: the draft (saved field by field, offline-tolerant)
 * across four domains, signed by the assessor; earlier signed versions, and what the latest
 * reassessment changed. Live for the team.
 */
export function AssessmentPanel({ patientId, after }: { patientId: string; after: string | null | undefined }) {
  const { data, error } = useQuery(PatientAssessmentsDocument, { variables: { id: patientId } });
  useAssessmentLive(patientId, data ? after : undefined);
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const [start, starting] = useMutation(StartAssessmentDocument, { refetchQueries: ['PatientAssessments'] });
  const dates = useDates();
  const all = data?.patient.assessments ?? [];
  const draft = all.find((a) => a.status === 'DRAFT');
  const signed = all.filter((a) => a.status === 'SIGNED');
  return (
    <Paper component="section" aria-labelledby="assessment-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="assessment-title">
            Holistic assessment
          </Title>
          {data && !draft ? (
            <Button
              variant="default"
              loading={starting.loading}
              onClick={() => void start({ variables: { input: { clientMutationId, patientId } } }).catch(() => null)}
            >
              {signed.length ? 'Start reassessment' : 'Start assessment'}
            </Button>
          ) : null}
        </Group>
        <ErrorBanner error={apiError(error ?? starting.error)} />
        {draft ? <DraftEditor assessment={draft} /> : null}
        {signed.map((a, i) => (
          <details key={a.id} open={i === 0 && !draft}>
            <summary>
              Assessment {a.sequence} · signed by {a.signedBy?.name ?? '—'}{' '}
              {a.signedAt ? dates.dateTime(a.signedAt) : ''}
            </summary>
            <Summary assessment={a} />
          </details>
        ))}
        {data && all.length === 0 ? <Text c="dimmed">Not assessed yet.</Text> : null}
      </Stack>
    </Paper>
  );
}

function Changes({ assessment }: { assessment: AssessmentFieldsFragment }) {
  if (!assessment.previousId) return null;
  if (assessment.changesSincePrevious.length === 0) {
    return <Text size="sm">No change since assessment {assessment.sequence - 1}.</Text>;
  }
  return (
    <div>
      <Text size="sm" fw={700}>
        Changed since assessment {assessment.sequence - 1}
      </Text>
      <List size="sm" aria-label={`Changes in assessment ${assessment.sequence}`}>
        {assessment.changesSincePrevious.map((c) => {
          const field = FIELDS[c.domain as Domain]?.find((f) => f.name === c.field);
          return (
            <List.Item key={`${c.domain}.${c.field}`}>
              {TITLES[c.domain as Domain]?.split(':')[0]} · {field?.label ?? c.field}: {show(c.before)} →{' '}
              {show(c.after)}
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}

function Summary({ assessment }: { assessment: AssessmentFieldsFragment }) {
  return (
    <Stack gap="xs" mt="xs">
      <Changes assessment={assessment} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {DOMAINS.map((d) => {
          const values = assessment[d] as Record<string, unknown>;
          return (
            <div key={d}>
              <Text size="sm" fw={700}>
                {TITLES[d]}
              </Text>
              {FIELDS[d].map((f) => (
                <Text key={f.name} size="sm">
                  {f.label}: {show(values[f.name])}
                </Text>
              ))}
              {values.narrative ? <Text size="sm">{String(values.narrative)}</Text> : null}
            </div>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

function DraftEditor({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const [update, updating] = useLiveMutation(UpdateAssessmentDocument, updateAssessmentLive);
  const [sign, signing] = useMutation(SignAssessmentDocument);
  const save = (domain: Domain, field: string, value: unknown) =>
    void update({
      variables: {
        input: { id: assessment.id, expectedVersion: assessment.version, [domain]: { [field]: value } },
      },
    }).catch(() => null);
  const missing = DOMAINS.flatMap((d) =>
    FIELDS[d]
      .filter((f) => f.kind !== 'count' && f.required && (assessment[d] as Record<string, unknown>)[f.name] == null)
      .map((f) => f.label),
  );
  return (
    <Stack gap="sm" role="group" aria-label={`Assessment ${assessment.sequence} draft`}>
      <Text size="sm">
        Draft {assessment.sequence === 1 ? 'assessment' : `reassessment ${assessment.sequence}`} started by{' '}
        {assessment.startedBy.name}. Every answer is saved as you go.
      </Text>
      <ErrorBanner error={apiError(updating.error ?? signing.error)} />
      <Changes assessment={assessment} />
      {DOMAINS.map((d) => {
        const values = assessment[d] as Record<string, unknown>;
        return (
          <fieldset key={d} className="domain">
            <legend>{TITLES[d]}</legend>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {FIELDS[d].map((f) => (
                <FieldInput key={f.name} field={f} value={values[f.name]} onChange={(v) => save(d, f.name, v)} />
              ))}
            </SimpleGrid>
            <Narrative
              key={`${assessment.id}-${d}`}
              label={`${TITLES[d].split(':')[0]} narrative`}
              value={(values.narrative as string | null) ?? ''}
              onSave={(text) => save(d, 'narrative', text)}
            />
          </fieldset>
        );
      })}
      <Group>
        <Button
          disabled={missing.length > 0}
          loading={signing.loading}
          onClick={() =>
            void sign({ variables: { input: { id: assessment.id, expectedVersion: assessment.version } } }).catch(
              () => null,
            )
          }
        >
          Sign as assessor
        </Button>
        {missing.length ? (
          <Text size="sm" c="dimmed">
            To sign, answer: {missing.join(', ')}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}

function FieldInput({ field: f, value, onChange }: { field: Field; value: unknown; onChange: (v: unknown) => void }) {
  const label = `${f.label}${'required' in f && f.required ? ' *' : ''}`;
  if (f.kind === 'count') {
    return (
      <NumberInput
        label={label}
        min={0}
        max={100}
        value={typeof value === 'number' ? value : ''}
        onBlur={(e) => {
          const text = e.currentTarget.value.trim();
          const next = text === '' ? null : Number(text);
          if (next !== value && (next === null || Number.isInteger(next))) onChange(next);
        }}
      />
    );
  }
  const options =
    f.kind === 'yesNo'
      ? ([
          ['true', 'Yes'],
          ['false', 'No'],
        ] as [string, string][])
      : f.options;
  return (
    <NativeSelect
      label={label}
      value={value === null || value === undefined ? '' : String(value)}
      onChange={(e) => {
        const v = e.currentTarget.value;
        onChange(v === '' ? null : f.kind === 'yesNo' ? v === 'true' : v);
      }}
      data={[{ value: '', label: 'Not answered' }, ...options.map(([v, l]) => ({ value: v, label: l }))]}
    />
  );
}

/** A narrative saved when the writer leaves the box (not on every key), so a draft holds whole sentences. */
function Narrative({ label, value, onSave }: { label: string; value: string; onSave: (text: string) => void }) {
  const [text, setText] = useState(value);
  return (
    <Textarea
      label={label}
      autosize
      minRows={2}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        if (text !== value) onSave(text);
      }}
    />
  );
}
