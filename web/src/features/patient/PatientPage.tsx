import { useQuery } from '@apollo/client/react';
import { PatientDocument, type PatientQuery } from '@carehub/schema/graphql';
import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { editKey, useEditSession } from '../../platform/edit-sessions.js';
import { apiError } from '../../platform/errors.js';
import { paths } from '../../platform/paths.js';
import { PatientStreamProvider, usePatientStream } from '../../platform/patient-events.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { LiveIndicator } from '../../ui/LiveIndicator.js';
import { usePageTitle } from '../../ui/page-title.js';
import { TimeZoneProvider } from '../../ui/time-zone.js';
import { useDates } from '../../ui/use-dates.js';
import { AssessmentPanel } from '../assessment/AssessmentPanel.js';
import { BreakGlass } from '../audit/BreakGlass.js';
import { PatientConferences } from '../care-conference/PatientConferences.js';
import { CarePlanView } from '../care-plan/CarePlanView.js';
import { CareTeamPanel } from '../care-team/CareTeamPanel.js';
import { DischargePanel } from '../discharge/DischargePanel.js';
import { FamilyPanel } from '../family/FamilyPanel.js';
import { FamilySharingPanel, OpenFamilyQuestions } from '../family/FamilySharingPanel.js';
import { FhirDownloadButton } from '../fhir/FhirDownloadButton.js';
import { PresenceBar } from '../presence/PresenceBar.js';
import { RiskPanel } from '../risk/RiskPanel.js';
import { SocialNeedsPanel } from '../social-needs/SocialNeedsPanel.js';
import { PatientTasks } from '../task-board/PatientTasks.js';
import { ExpectedDischarge } from './ExpectedDischarge.js';
import { PatientEditor } from './PatientEditor.js';
import { usePatientLive } from './patient-record.live.js';
import { SinceLastLooked } from './SinceLastLooked.js';

// Payer work is a case manager's, read less often than the rest: its code loads after the page's.
const PayerSection = lazy(() => import('../payer/PayerSection.js').then((m) => ({ default: m.PayerSection })));

/** `/patients/:id`: a fresh page per patient, so nothing of the previous one (a form, presence) carries over. */
export function PatientRoute() {
  const { id = '' } = useParams();
  return <PatientPage key={id} id={id} />;
}

/**
 * One patient: header, record, care team and family, all live; dates on the patient's unit clock.
 * The screen follows the patient once, from its first read's position; every feature on it takes
 * its events from that one stream (platform/patient-events.ts).
 */
export function PatientPage({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(PatientDocument, { variables: { id } });
  const stream = usePatientStream(id, data?.patient.lastEventId);
  const problem = apiError(error);
  const p = data?.patient;
  usePageTitle(p?.name ?? 'Patient');

  if (problem?.code === 'FORBIDDEN') return <BreakGlass patientId={id} onGranted={() => void refetch()} />;
  if (loading && !data) return <Text c="dimmed">Loading…</Text>;
  if (!p) return <ErrorBanner error={problem} />;
  return (
    <PatientStreamProvider value={stream}>
      <TimeZoneProvider zone={p.unit.timeZone}>
        <PatientScreen patient={p} />
      </TimeZoneProvider>
    </PatientStreamProvider>
  );
}

type Patient = NonNullable<PatientQuery['patient']>;

function PatientScreen({ patient: p }: { patient: Patient }) {
  const live = usePatientLive(p.id, p.lastEventId);
  const dates = useDates();
  const [editing, setEditing] = useEditSession(editKey(p));
  return (
    <Stack>
      <Paper component="header">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={1}>
              {p.name}{' '}
              <Text span c="dimmed" size="sm">
                {p.mrn}
              </Text>
            </Title>
            <Group gap="sm" mt={4}>
              <Badge size="lg">
                {p.unit.code} · Bed {p.bed ?? '—'}
              </Badge>
              {p.status === 'DISCHARGED' ? (
                <Badge color="gray">Discharged</Badge>
              ) : (
                <Text size="sm">Day {dates.hospitalDay(p.admittedAt, p.dischargedAt)}</Text>
              )}
              <Text size="sm">Born {dates.date(p.dateOfBirth)}</Text>
              <Text size="sm">
                Expected discharge <ExpectedDischarge date={p.expectedDischargeDate} />
              </Text>
              {p.allergies ? <Badge color="danger">Allergies: {p.allergies}</Badge> : null}
              {p.interpreterNeeded ? <Badge color="warn">Interpreter: {p.primaryLanguage ?? 'needed'}</Badge> : null}
              <OpenFamilyQuestions patientId={p.id} />
            </Group>
          </div>
          <Group gap="sm">
            <PresenceBar patientId={p.id} />
            <LiveIndicator state={live} />
            <Anchor component={Link} to={paths.audit(p.id)}>
              Audit trail
            </Anchor>
            <FhirDownloadButton patientId={p.id} mrn={p.mrn} />
            {editing ? null : <Button onClick={() => setEditing(true)}>Edit record</Button>}
          </Group>
        </Group>
      </Paper>
      <SinceLastLooked patientId={p.id} version={p.version} />
      {editing ? <PatientEditor patient={p} onDone={() => setEditing(false)} /> : null}
      <CarePlanView patientId={p.id} />
      <PatientTasks patientId={p.id} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <RiskPanel patientId={p.id} after={p.lastEventId} />
        <SocialNeedsPanel patientId={p.id} after={p.lastEventId} />
      </SimpleGrid>
      <AssessmentPanel patientId={p.id} after={p.lastEventId} />
      <DischargePanel patientId={p.id} after={p.lastEventId} />
      <Suspense fallback={null}>
        <PayerSection patientId={p.id} />
      </Suspense>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper component="section" aria-labelledby="record-title">
          <Stack gap="xs">
            <Title order={2} id="record-title">
              Record
            </Title>
            <dl className="record">
              <dt>Admitting diagnosis</dt>
              <dd>{p.admittingDiagnosis ?? '—'}</dd>
              <dt>Admitted</dt>
              <dd>{dates.dateTime(p.admittedAt)}</dd>
              <dt>Attending</dt>
              <dd>{p.attending?.name ?? '—'}</dd>
              <dt>Problem list</dt>
              <dd>
                {p.conditions.length === 0 ? '—' : null}
                <List size="sm">
                  {p.conditions.map((c) => (
                    <List.Item key={`${c.code}-${c.description}`}>
                      {c.description}{' '}
                      {c.code ? (
                        <Text span c="dimmed" size="sm">
                          ({c.code})
                        </Text>
                      ) : null}
                    </List.Item>
                  ))}
                </List>
              </dd>
              <dt>Coverage</dt>
              <dd>
                {p.coverages.map((c) => (
                  <div key={`${c.payer}-${c.memberId}`}>
                    {c.payer} {c.plan ? `· ${c.plan}` : ''}{' '}
                    <Text span c="dimmed" size="sm">
                      ({c.type.replace('_', ' ').toLowerCase()})
                    </Text>
                  </div>
                ))}
              </dd>
              <dt>Emergency contacts</dt>
              <dd>
                {p.emergencyContacts.map((c) => (
                  <div key={c.name}>
                    {c.name} ({c.relationship}) · {c.phone}{' '}
                    {c.isLegalRepresentative ? <Badge>Legal representative</Badge> : null}
                  </div>
                ))}
              </dd>
            </dl>
          </Stack>
        </Paper>
        <Stack>
          <CareTeamPanel patientId={p.id} members={p.careTeam} />
          <FamilyPanel patientId={p.id} links={p.familyLinks} />
          <PatientConferences patientId={p.id} />
          <FamilySharingPanel patientId={p.id} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
