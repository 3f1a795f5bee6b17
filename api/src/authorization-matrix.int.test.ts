/**
 * The authorization matrix: every query, mutation and subscription of the schema, run as every
 * kind of caller, against what the policy says each may do. A new operation without a row here
 * fails the first test — access is decided for every operation, never by omission.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DischargeBarrier } from './modules/discharge/discharge.entity.js';
import { FamilyQuestion } from './modules/portal/family-question.entity.js';
import { RoundsAgendaItem } from './modules/rounds/rounds.entity.js';
import { hubModules } from './modules.js';
import { carehubSchema } from './platform/graphql/schema.js';
import { patientBundle } from './testing/fhir.js';
import { CASEY, collect, DEMO_PASSWORD, pause, startTestHub, type TestHub } from './testing/test-hub.js';

const STAFF_PASSWORD = 'a-long-password';

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT';

const TEAM = {
  RN: 'riley.chen@demo.carehub.test',
  LPN: 'jamie.ortiz@demo.carehub.test',
  SW: 'avery.patel@demo.carehub.test',
  MD: 'dr.nguyen@demo.carehub.test',
  PT: 'taylor.brooks@demo.carehub.test',
  OT: 'morgan.lee@demo.carehub.test',
  SLP: 'alex.kim@demo.carehub.test',
  PHARM: 'jordan.reyes@demo.carehub.test',
  RD: 'quinn.harper@demo.carehub.test',
  CM: CASEY,
} as const;

type PersonaKind = 'team' | 'outsider' | 'breakGlass' | 'admin' | 'family' | 'revokedFamily' | 'anonymous';

interface Persona {
  name: string;
  kind: PersonaKind;
  discipline?: keyof typeof TEAM;
  token: string | null;
}

/** What each kind of caller gets; a discipline (`CM`, the lead case manager; `SW`) overrides `team` for that member. */
type Expected = Record<Exclude<PersonaKind, 'team'>, Outcome> & { team: Outcome } & Partial<
    Record<keyof typeof TEAM, Outcome>
  >;

interface Row {
  /** The GraphQL document, with variables the prepare step fills. */
  document: string;
  /** Makes the operation's target for this persona (fresh where the operation changes state). */
  prepare?: (persona: Persona) => Promise<Record<string, unknown>>;
  expected: Expected;
}

const deny = {
  outsider: 'FORBIDDEN',
  admin: 'FORBIDDEN',
  family: 'FORBIDDEN',
  revokedFamily: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
} as const;
const staffOnly = {
  team: 'ok',
  outsider: 'ok',
  breakGlass: 'ok',
  admin: 'ok',
  family: 'FORBIDDEN',
  revokedFamily: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
} as const;
const adminOnly = {
  team: 'FORBIDDEN',
  outsider: 'FORBIDDEN',
  breakGlass: 'FORBIDDEN',
  admin: 'ok',
  family: 'FORBIDDEN',
  revokedFamily: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
} as const;
/** Operations only a family member linked to the patient may do (staff read the patient page instead). */
const familyOnly = {
  team: 'FORBIDDEN',
  outsider: 'FORBIDDEN',
  breakGlass: 'FORBIDDEN',
  admin: 'FORBIDDEN',
  family: 'FORBIDDEN',
  revokedFamily: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
} as const;
/** The community resource directory is kept by case managers, social workers and admins. */
const directoryKeepers = {
  team: 'FORBIDDEN',
  CM: 'ok',
  SW: 'ok',
  outsider: 'FORBIDDEN',
  breakGlass: 'FORBIDDEN',
  admin: 'ok',
  family: 'FORBIDDEN',
  revokedFamily: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
} as const;
/** Operations on a patient the persona reaches as unit staff (or not at all). */
const unitPatient = { team: 'ok', breakGlass: 'FORBIDDEN', ...deny } as const;
/** Operations on the target patient, where the break-glass persona has broken the glass. */
const targetPatient = { team: 'ok', breakGlass: 'ok', ...deny } as const;

describe('authorization matrix', () => {
  let hub: TestHub;
  let casey: string;
  let admin: string;
  let unitId: string;
  let targetId: string;
  const personas: Persona[] = [];
  /** Staff user ids by email. */
  const staffIds = new Map<string, string>();
  const rows: Record<string, Row> = {};
  /** Rounds and care-conference operations: checked in a test of their own (each test has its own time budget). */
  const teamworkOperations = new Set<string>();

  const gqlAs = (token: string | null, doc: string, vars: Record<string, unknown> = {}) => hub.gql(doc, vars, token);
  const must = async <T>(token: string | null, doc: string, vars: Record<string, unknown>): Promise<T> => {
    const r = await hub.gql<T>(doc, vars, token);
    if (!r.data || r.errors) throw new Error(`setup failed: ${JSON.stringify(r.errors)}`);
    return r.data;
  };
  const newStaff = async (discipline: string | null, role = 'MEMBER') => {
    const email = `u-${randomUUID().slice(0, 8)}@staff.test`;
    const created = await must<{ createStaffUser: { id: string; version: number } }>(
      admin,
      'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id version } }',
      { i: { email, name: 'Test Staff', discipline, role, password: STAFF_PASSWORD } },
    );
    return { ...created.createStaffUser, email };
  };
  const freshPatient = async (persona?: Persona, extra: Record<string, unknown> = {}) => {
    const created = await must<{ createPatient: { id: string; version: number } }>(
      casey,
      'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id version } }',
      {
        i: {
          mrn: `MRN-M${randomUUID().slice(0, 8)}`,
          name: 'Matrix Patient',
          dateOfBirth: '1960-01-01',
          unitId,
          admittedAt: new Date(Date.now() - 86_400_000).toISOString(),
          ...extra,
        },
      },
    );
    const patient = created.createPatient;
    if (persona?.kind === 'breakGlass') {
      await must(persona.token, 'mutation($p: ID!, $r: String!) { breakGlass(patientId: $p, reason: $r) { id } }', {
        p: patient.id,
        r: 'Covering the rapid response call',
      });
    }
    return patient;
  };
  const freshLink = async () => {
    const patient = await freshPatient();
    const linked = await must<{ linkFamilyMember: { link: { id: string; version: number }; invitationCode: string } }>(
      casey,
      `mutation($i: LinkFamilyMemberInput!) { linkFamilyMember(input: $i) { link { id version } invitationCode } }`,
      {
        i: {
          patientId: patient.id,
          name: 'Matrix Family',
          email: `f-${randomUUID().slice(0, 8)}@family.test`,
          relationship: 'Daughter',
          consent: { given: true, source: 'PATIENT', scope: 'Care plan updates' },
        },
      },
    );
    return linked.linkFamilyMember;
  };

  /** A fresh patient with a plan holding one problem, goal and intervention (made by the lead case manager). */
  const freshPlan = async (persona?: Persona) => {
    const patient = await freshPatient(persona);
    return planOn(patient.id);
  };
  const planOn = async (patientId: string) => {
    const plan = await must<{ createCarePlan: { id: string; version: number } }>(
      casey,
      'mutation($i: CreateCarePlanInput!) { createCarePlan(input: $i) { id version } }',
      { i: { patientId, periodStart: '2026-01-01' } },
    );
    const carePlanId = plan.createCarePlan.id;
    const problem = await must<{ createProblem: { id: string; version: number } }>(
      casey,
      'mutation($i: CreateProblemInput!) { createProblem(input: $i) { id version } }',
      { i: { carePlanId, statement: 'Fluid overload', discipline: 'RN' } },
    );
    const goal = await must<{ createGoal: { id: string; version: number } }>(
      casey,
      'mutation($i: CreateGoalInput!) { createGoal(input: $i) { id version } }',
      { i: { carePlanId, problemId: problem.createProblem.id, description: 'Weight back to 70 kg' } },
    );
    const intervention = await must<{ createIntervention: { id: string; version: number } }>(
      casey,
      'mutation($i: CreateInterventionInput!) { createIntervention(input: $i) { id version } }',
      { i: { carePlanId, goalId: goal.createGoal.id, action: 'Daily weights', ownerDiscipline: 'RN' } },
    );
    return {
      plan: plan.createCarePlan,
      problem: problem.createProblem,
      goal: goal.createGoal,
      intervention: intervention.createIntervention,
    };
  };
  /** A card on a fresh patient's board (the break-glass persona broke the glass for that patient), with its board. */
  const freshTask = async (persona?: Persona, extra: Record<string, unknown> = {}) => {
    const patient = await freshPatient(persona);
    const created = await must<{ createTask: { id: string; version: number; boardId: string } }>(
      casey,
      'mutation($i: CreateTaskInput!) { createTask(input: $i) { id version boardId } }',
      { i: { patientId: patient.id, title: 'Matrix card', checklist: ['First step'], ...extra } },
    );
    const task = created.createTask;
    const read = await must<{
      taskBoard: { columns: { id: string; version: number; completes: boolean }[] };
      task: { checklist: { id: string }[] };
    }>(
      casey,
      'query($b: ID!, $t: ID!) { taskBoard(id: $b) { columns { id version completes } } task(id: $t) { checklist { id } } }',
      {
        b: task.boardId,
        t: task.id,
      },
    );
    return { task, columns: read.taskBoard.columns, itemId: read.task.checklist[0]?.id ?? '' };
  };
  const ref = (t: { id: string; version: number }) => ({ id: t.id, expectedVersion: t.version });
  /** The target patient's board and a card on it, for the read rows. */
  let targetBoard: { boardId: string; taskId: string };

  /** The demo plan of the target patient, for the read rows. */
  let targetPlan: { planId: string; goalId: string };
  /** A draft social-needs screening on a fresh patient (started by the lead case manager). */
  const freshScreening = async (persona: Persona, answers: { question: string; values: string[] }[] = []) => {
    const patient = await freshPatient(persona);
    const started = await must<{ startScreening: { id: string; version: number } }>(
      casey,
      'mutation($i: StartScreeningInput!) { startScreening(input: $i) { id version } }',
      { i: { patientId: patient.id, language: 'ENGLISH', interpreterUsed: false } },
    );
    if (!answers.length) return { ...started.startScreening, patientId: patient.id };
    const answered = await must<{ answerScreening: { id: string; version: number } }>(
      casey,
      'mutation($i: AnswerScreeningInput!) { answerScreening(input: $i) { id version } }',
      { i: { id: started.startScreening.id, expectedVersion: started.startScreening.version, answers } },
    );
    return { ...answered.answerScreening, patientId: patient.id };
  };
  /** Every screening question answered; only transportation is positive. */
  const transportOnly = [
    ['LIVING_SITUATION', 'STEADY'],
    ['HOUSING_PROBLEMS', 'NONE'],
    ['FOOD_WORRY', 'NEVER_TRUE'],
    ['FOOD_DID_NOT_LAST', 'NEVER_TRUE'],
    ['TRANSPORTATION', 'YES'],
    ['UTILITIES', 'NO'],
    ['SAFETY_PHYSICALLY_HURT', 'NEVER'],
    ['SAFETY_INSULT', 'NEVER'],
    ['SAFETY_THREATEN', 'NEVER'],
    ['SAFETY_SCREAM', 'NEVER'],
  ].map(([question, value]) => ({ question: question as string, values: [value as string] }));
  /** A resource in the directory, fresh for an edit. */
  const freshResource = async (categories = ['TRANSPORTATION']) =>
    (
      await must<{ createCommunityResource: { id: string; version: number } }>(
        casey,
        'mutation($i: CreateCommunityResourceInput!) { createCommunityResource(input: $i) { id version } }',
        { i: { name: `Matrix Rides ${randomUUID().slice(0, 6)}`, categories } },
      )
    ).createCommunityResource;
  /** A transportation need on a fresh patient (reached by the persona as `freshPatient` gives it). */
  const freshNeed = async (persona: Persona) => {
    const s = await freshScreening(persona, transportOnly);
    await must(casey, 'mutation($i: CompleteScreeningInput!) { completeScreening(input: $i) { id } }', {
      i: { id: s.id, expectedVersion: s.version },
    });
    const needs = await must<{ patient: { socialNeeds: { id: string }[] } }>(
      casey,
      'query($id: ID!) { patient(id: $id) { socialNeeds { id } } }',
      { id: s.patientId },
    );
    return needs.patient.socialNeeds[0]?.id ?? '';
  };
  /** A draft assessment on a fresh patient, filled enough to sign when `complete`. */
  const freshAssessment = async (persona: Persona, complete = false) => {
    const patient = await freshPatient(persona);
    const started = await must<{ startAssessment: { id: string; version: number } }>(
      casey,
      'mutation($i: StartAssessmentInput!) { startAssessment(input: $i) { id version } }',
      { i: { patientId: patient.id } },
    );
    if (!complete) return started.startAssessment;
    const filled = await must<{ updateAssessment: { id: string; version: number } }>(
      casey,
      'mutation($i: UpdateAssessmentInput!) { updateAssessment(input: $i) { id version } }',
      {
        i: {
          id: started.startAssessment.id,
          expectedVersion: started.startAssessment.version,
          clinical: { cognition: 'INTACT' },
          psychosocial: { supportSystem: 'STRONG' },
          financial: { coverageAdequate: true },
          environmental: { livingArrangement: 'WITH_FAMILY', caregiver: 'AVAILABLE', functionalStatus: 'INDEPENDENT' },
        },
      },
    );
    return filled.updateAssessment;
  };
  /** A discharge plan on a fresh patient (made by the lead case manager), with a checklist item or barrier if asked. */
  const freshDischarge = async (persona: Persona, with_: { item?: boolean; barrier?: boolean } = {}) => {
    const patient = await freshPatient(persona);
    const created = await must<{ createDischargePlan: { id: string; version: number } }>(
      casey,
      'mutation($i: CreateDischargePlanInput!) { createDischargePlan(input: $i) { id version } }',
      { i: { patientId: patient.id, disposition: 'HOME' } },
    );
    const plan = created.createDischargePlan;
    const item = with_.item
      ? (
          await must<{ addDischargeChecklistItem: { id: string; version: number } }>(
            casey,
            'mutation($i: AddDischargeChecklistItemInput!) { addDischargeChecklistItem(input: $i) { id version } }',
            { i: { planId: plan.id, kind: 'PATIENT_FAMILY_EDUCATION' } },
          )
        ).addDischargeChecklistItem
      : null;
    const barrier = with_.barrier
      ? (
          await must<{ addDischargeBarrier: { id: string; version: number } }>(
            casey,
            'mutation($i: AddDischargeBarrierInput!) { addDischargeBarrier(input: $i) { id version } }',
            { i: { planId: plan.id, description: 'Awaiting home oxygen' } },
          )
        ).addDischargeBarrier
      : null;
    return { patientId: patient.id, plan, item, barrier };
  };
  /** A fresh patient with a coverage, a utilization review and a submitted authorization (made by the lead case manager). */
  const freshPayer = async (persona: Persona) => {
    const coverages = [{ type: 'COMMERCIAL', payer: 'Aetna', memberId: 'AE-1', primary: true }];
    const patient = await freshPatient(persona, { coverages });
    const review = await must<{ recordUtilizationReview: { id: string; version: number } }>(
      casey,
      'mutation($i: RecordUtilizationReviewInput!) { recordUtilizationReview(input: $i) { id version } }',
      {
        i: {
          patientId: patient.id,
          reviewType: 'ADMISSION',
          criteriaSet: 'MCG',
          levelOfCare: 'INPATIENT',
          criteriaMet: true,
        },
      },
    );
    const today = new Date().toISOString().slice(0, 10);
    const draft = await must<{ createAuthorization: { id: string; version: number } }>(
      casey,
      'mutation($i: CreateAuthorizationInput!) { createAuthorization(input: $i) { id version } }',
      {
        i: {
          patientId: patient.id,
          payer: 'Aetna',
          service: 'HOME_HEALTH',
          unitOfService: 'VISITS',
          requestedUnits: 6,
          requestedFrom: today,
          requestedTo: today,
        },
      },
    );
    const submitted = await must<{ changeAuthorizationStatus: { id: string; version: number } }>(
      casey,
      'mutation($i: ChangeAuthorizationStatusInput!) { changeAuthorizationStatus(input: $i) { id version } }',
      {
        i: {
          id: draft.createAuthorization.id,
          expectedVersion: draft.createAuthorization.version,
          status: 'SUBMITTED',
        },
      },
    );
    return {
      patientId: patient.id,
      review: review.recordUtilizationReview,
      authorization: submitted.changeAuthorizationStatus,
    };
  };
  /** An assessment on the target patient, for the read row. */
  let targetAssessmentId = '';

  beforeAll(async () => {
    hub = await startTestHub({ LOGIN_MAX_FAILURES: '1000' });
    casey = await hub.login(CASEY);
    admin = await hub.login('admin@demo.carehub.test');
    const me = await must<{ me: { units: { id: string }[] } }>(casey, '{ me { units { id } } }', {});
    unitId = me.me.units[0]?.id ?? '';
    const list = await must<{ patients: { id: string; mrn: string }[] }>(casey, '{ patients { id mrn } }', {});
    targetId = list.patients.find((p) => p.mrn === 'MRN-100231')?.id ?? '';
    const staff = await must<{ staff: { id: string; email: string }[] }>(casey, '{ staff { id email } }', {});
    for (const s of staff.staff) staffIds.set(s.email, s.id);
    const onTeam = await must<{ patient: { careTeam: { user: { email: string } }[] } }>(
      casey,
      'query($id: ID!) { patient(id: $id) { careTeam { user { email } } } }',
      { id: targetId },
    );
    const teamEmails = new Set(onTeam.patient.careTeam.map((m) => m.user.email));
    for (const [discipline, email] of Object.entries(TEAM)) {
      if (!teamEmails.has(email)) {
        await must(casey, 'mutation($i: AddCareTeamMemberInput!) { addCareTeamMember(input: $i) { id } }', {
          i: { patientId: targetId, userId: staff.staff.find((s) => s.email === email)?.id, role: 'CONSULTING' },
        });
      }
      personas.push({
        name: `${discipline} on the team`,
        kind: 'team',
        discipline: discipline as keyof typeof TEAM,
        token: await hub.login(email),
      });
    }
    const outsider = await newStaff('RN');
    personas.push({
      name: 'staff not on the team',
      kind: 'outsider',
      token: await hub.login(outsider.email, STAFF_PASSWORD),
    });
    const glass = await newStaff('MD');
    const glassToken = await hub.login(glass.email, STAFF_PASSWORD);
    await must(glassToken, 'mutation($p: ID!, $r: String!) { breakGlass(patientId: $p, reason: $r) { id } }', {
      p: targetId,
      r: 'Covering the rapid response call',
    });
    personas.push({ name: 'staff after break-glass', kind: 'breakGlass', token: glassToken });
    personas.push({ name: 'an admin', kind: 'admin', token: admin });
    personas.push({
      name: 'an active family member',
      kind: 'family',
      token: await hub.login('jordan.family@demo.carehub.test'),
    });
    const revoked = await freshLinkOn(targetId);
    personas.push({ name: 'a revoked family member', kind: 'revokedFamily', token: revoked });
    personas.push({ name: 'an anonymous caller', kind: 'anonymous', token: null });
    const seeded = await must<{ patient: { carePlan: { id: string; problems: { goals: { id: string }[] }[] } } }>(
      casey,
      'query($id: ID!) { patient(id: $id) { carePlan { id problems { goals { id } } } } }',
      { id: targetId },
    );
    targetPlan = {
      planId: seeded.patient.carePlan.id,
      goalId: seeded.patient.carePlan.problems[0]?.goals?.[0]?.id ?? '',
    };
    targetAssessmentId = (
      await must<{ startAssessment: { id: string } }>(
        casey,
        'mutation($i: StartAssessmentInput!) { startAssessment(input: $i) { id } }',
        { i: { patientId: targetId } },
      )
    ).startAssessment.id;

    const targetCard = await must<{ createTask: { id: string; boardId: string } }>(
      casey,
      'mutation($i: CreateTaskInput!) { createTask(input: $i) { id boardId } }',
      { i: { patientId: targetId, title: 'Matrix read card' } },
    );
    targetBoard = { boardId: targetCard.createTask.boardId, taskId: targetCard.createTask.id };

    Object.assign(rows, {
      me: {
        document: '{ me { id } }',
        expected: {
          team: 'ok',
          outsider: 'ok',
          breakGlass: 'ok',
          admin: 'ok',
          family: 'ok',
          revokedFamily: 'ok',
          anonymous: 'ok',
        },
      },
      patients: { document: '{ patients { id } }', expected: { ...staffOnly, family: 'ok', revokedFamily: 'ok' } },
      patient: {
        // Nested patient data checks access like the root field.
        document: `query($id: ID!) { patient(id: $id) { id name familyUpdates { id } familyQuestions { id } familySharing
          readmissionRisk { score missing } emergencyVisitHistory { id } assessments { id } socialNeedsScreenings { id }
          socialNeeds { id } referrals { id resource { id } } dischargePlan { id readiness checklist { id } barriers { id } } educationRecords { id }
          utilizationReviews { id } authorizations { id nextStatuses peerToPeer { physician { id } } } } }`,
        prepare: async () => ({ id: targetId }),
        expected: targetPatient,
      },
      fhirBundle: {
        document: 'query($id: ID!) { fhirBundle(patientId: $id) }',
        prepare: async () => ({ id: targetId }),
        expected: targetPatient,
      },
      myCaseload: { document: '{ myCaseload { id } }', expected: { ...staffOnly, family: 'ok', revokedFamily: 'ok' } },
      staff: { document: '{ staff { id } }', expected: staffOnly },
      units: { document: '{ units { id code } }', expected: { ...staffOnly, family: 'ok', revokedFamily: 'ok' } },
      // Admins may read the unit itself, not its patient list (a nested field checks access too).
      unit: {
        document: 'query($id: ID!) { unit(id: $id) { id lastEventId patients { id } } }',
        prepare: async () => ({ id: unitId }),
        expected: { team: 'ok', breakGlass: 'FORBIDDEN', ...deny },
      },
      auditTrail: {
        document: 'query($id: ID!) { auditTrail(patientId: $id) { entries { id } } }',
        prepare: async () => ({ id: targetId }),
        expected: { team: 'FORBIDDEN', CM: 'ok', breakGlass: 'FORBIDDEN', ...deny, admin: 'ok' },
      },
      verifyAuditChain: {
        document: 'query($id: ID) { verifyAuditChain(patientId: $id) { intact } }',
        prepare: async () => ({ id: targetId }),
        expected: { team: 'FORBIDDEN', CM: 'ok', breakGlass: 'FORBIDDEN', ...deny, admin: 'ok' },
      },
      login: {
        document: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        prepare: async () => ({ e: TEAM.RN, p: DEMO_PASSWORD }),
        expected: {
          team: 'ok',
          outsider: 'ok',
          breakGlass: 'ok',
          admin: 'ok',
          family: 'ok',
          revokedFamily: 'ok',
          anonymous: 'ok',
        },
      },
      logout: {
        document: 'mutation { logout }',
        expected: {
          team: 'ok',
          outsider: 'ok',
          breakGlass: 'ok',
          admin: 'ok',
          family: 'ok',
          revokedFamily: 'ok',
          anonymous: 'UNAUTHENTICATED',
        },
      },
      createPatient: {
        document: 'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
        prepare: async () => ({
          i: {
            mrn: `MRN-C${randomUUID().slice(0, 8)}`,
            name: 'New',
            dateOfBirth: '1970-01-01',
            unitId,
            admittedAt: new Date().toISOString(),
          },
        }),
        expected: unitPatient,
      },
      updatePatient: {
        document: 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const patient = await freshPatient(p);
          return { i: { id: patient.id, expectedVersion: patient.version, bed: 'M-1' } };
        },
        expected: targetPatient,
      },
      dischargePatient: {
        document: 'mutation($i: DischargePatientInput!) { dischargePatient(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const patient = await freshPatient(p);
          return {
            i: {
              id: patient.id,
              expectedVersion: patient.version,
              dischargedAt: new Date().toISOString(),
              disposition: 'HOME',
            },
          };
        },
        // Discharge decides where the patient is: not under break-the-glass.
        expected: unitPatient,
      },
      readmitPatient: {
        document: 'mutation($i: ReadmitPatientInput!) { readmitPatient(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const patient = await freshPatient(p);
          const out = await must<{ dischargePatient: { version: number } }>(
            casey,
            'mutation($i: DischargePatientInput!) { dischargePatient(input: $i) { version } }',
            {
              i: {
                id: patient.id,
                expectedVersion: patient.version,
                dischargedAt: new Date().toISOString(),
                disposition: 'HOME',
              },
            },
          );
          return {
            i: {
              id: patient.id,
              expectedVersion: out.dischargePatient.version,
              admittedAt: new Date(Date.now() + 1000).toISOString(),
              unitId,
            },
          };
        },
        // Readmission places the patient on a unit: only that unit's staff may.
        expected: unitPatient,
      },
      addCareTeamMember: {
        document: 'mutation($i: AddCareTeamMemberInput!) { addCareTeamMember(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const patient = await freshPatient(p);
          const member = await newStaff('RN');
          return { i: { patientId: patient.id, userId: member.id, role: 'NURSE' } };
        },
        expected: unitPatient,
      },
      removeCareTeamMember: {
        document: 'mutation($i: RemoveCareTeamMemberInput!) { removeCareTeamMember(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const patient = await freshPatient(p);
          const member = await newStaff('RN');
          const added = await must<{ addCareTeamMember: { id: string; version: number } }>(
            casey,
            'mutation($i: AddCareTeamMemberInput!) { addCareTeamMember(input: $i) { id version } }',
            { i: { patientId: patient.id, userId: member.id, role: 'NURSE' } },
          );
          return { i: { id: added.addCareTeamMember.id, expectedVersion: added.addCareTeamMember.version } };
        },
        expected: unitPatient,
      },
      assignLeadCaseManager: {
        document: 'mutation($i: AssignLeadCaseManagerInput!) { assignLeadCaseManager(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const patient = await freshPatient(p);
          const casey = staffIds.get(CASEY);
          await must(admin, 'mutation($i: AssignLeadCaseManagerInput!) { assignLeadCaseManager(input: $i) { id } }', {
            i: { patientId: patient.id, userId: casey },
          });
          return { i: { patientId: patient.id, userId: staffIds.get(TEAM.RD) } };
        },
        // The lead role passes from the current lead (the case manager here) or by an admin's hand.
        expected: { team: 'FORBIDDEN', CM: 'ok', breakGlass: 'FORBIDDEN', ...deny, admin: 'ok' },
      },
      linkFamilyMember: {
        document: 'mutation($i: LinkFamilyMemberInput!) { linkFamilyMember(input: $i) { invitationCode } }',
        prepare: async (p: Persona) => {
          const patient = await freshPatient(p);
          return {
            i: {
              patientId: patient.id,
              name: 'Someone',
              email: `x-${randomUUID().slice(0, 8)}@family.test`,
              relationship: 'Son',
              consent: { given: true, source: 'PATIENT', scope: 'Updates' },
            },
          };
        },
        expected: unitPatient,
      },
      revokeFamilyLink: {
        document: 'mutation($i: RevokeFamilyLinkInput!) { revokeFamilyLink(input: $i) { id } }',
        prepare: async () => {
          const { link } = await freshLink();
          return { i: { id: link.id, expectedVersion: link.version } };
        },
        expected: unitPatient,
      },
      acceptFamilyInvitation: {
        document: 'mutation($i: AcceptFamilyInvitationInput!) { acceptFamilyInvitation(input: $i) { token } }',
        prepare: async () => ({
          i: { invitationCode: (await freshLink()).invitationCode, password: 'family-password-1' },
        }),
        // Holding the one-time code is the proof; no session is needed.
        expected: {
          team: 'ok',
          outsider: 'ok',
          breakGlass: 'ok',
          admin: 'ok',
          family: 'ok',
          revokedFamily: 'ok',
          anonymous: 'ok',
        },
      },
      breakGlass: {
        document: 'mutation($p: ID!, $r: String!) { breakGlass(patientId: $p, reason: $r) { id } }',
        // A fresh patient each time, so no grant made here widens access for the rows that follow.
        prepare: async () => ({ p: (await freshPatient()).id, r: 'Covering the rapid response call' }),
        // Unit staff can already see the patient and are told so; admins have no clinical discipline.
        expected: {
          team: 'BAD_USER_INPUT',
          outsider: 'ok',
          breakGlass: 'ok',
          admin: 'FORBIDDEN',
          family: 'FORBIDDEN',
          revokedFamily: 'FORBIDDEN',
          anonymous: 'UNAUTHENTICATED',
        },
      },
      createStaffUser: {
        document: 'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
        prepare: async () => ({
          i: {
            email: `n-${randomUUID().slice(0, 8)}@staff.test`,
            name: 'N',
            discipline: 'RN',
            role: 'MEMBER',
            password: 'a-long-password',
          },
        }),
        expected: adminOnly,
      },
      setUserActive: {
        document: 'mutation($i: SetUserActiveInput!) { setUserActive(input: $i) { id } }',
        prepare: async () => {
          const user = await newStaff('OT');
          return { i: { userId: user.id, expectedVersion: user.version, active: false } };
        },
        expected: adminOnly,
      },
      addUnitMember: {
        document: 'mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { id } }',
        prepare: async () => ({ i: { unitId, userId: (await newStaff('PT')).id } }),
        expected: adminOnly,
      },
      removeUnitMember: {
        document: 'mutation($i: UnitMemberInput!) { removeUnitMember(input: $i) { id } }',
        prepare: async () => {
          const user = await newStaff('PT');
          await must(admin, 'mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { id } }', {
            i: { unitId, userId: user.id },
          });
          return { i: { unitId, userId: user.id } };
        },
        expected: adminOnly,
      },
      carePlan: {
        document: 'query($id: ID!) { carePlan(id: $id) { id problems { goals { id } } } }',
        prepare: async () => ({ id: targetPlan.planId }),
        expected: targetPatient,
      },
      itemHistory: {
        document: 'query($id: ID!) { itemHistory(entityType: "Goal", id: $id) { version } }',
        prepare: async () => ({ id: targetPlan.goalId }),
        expected: targetPatient,
      },
      createCarePlan: {
        document: 'mutation($i: CreateCarePlanInput!) { createCarePlan(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { patientId: (await freshPatient(p)).id, periodStart: '2026-01-01' } }),
        expected: targetPatient,
      },
      updateCarePlan: {
        document: 'mutation($i: UpdateCarePlanInput!) { updateCarePlan(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { plan } = await freshPlan(p);
          return { i: { id: plan.id, expectedVersion: plan.version, status: 'ACTIVE' } };
        },
        expected: targetPatient,
      },
      signOffCarePlan: {
        document: 'mutation($i: SignOffCarePlanInput!) { signOffCarePlan(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { carePlanId: (await freshPlan(p)).plan.id } }),
        expected: targetPatient,
      },
      createProblem: {
        document: 'mutation($i: CreateProblemInput!) { createProblem(input: $i) { id } }',
        prepare: async (p: Persona) => ({
          i: { carePlanId: (await freshPlan(p)).plan.id, statement: 'Fall risk', discipline: 'PT' },
        }),
        expected: targetPatient,
      },
      updateProblem: {
        document: 'mutation($i: UpdateProblemInput!) { updateProblem(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { problem } = await freshPlan(p);
          return { i: { id: problem.id, expectedVersion: problem.version, priority: 'HIGH' } };
        },
        expected: targetPatient,
      },
      moveProblem: {
        document: 'mutation($i: MovePlanItemInput!) { moveProblem(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { problem } = await freshPlan(p);
          return { i: { id: problem.id, expectedVersion: problem.version, afterId: null } };
        },
        expected: targetPatient,
      },
      createGoal: {
        document: 'mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { plan, problem } = await freshPlan(p);
          return { i: { carePlanId: plan.id, problemId: problem.id, description: 'Walks 50 m with a frame' } };
        },
        expected: targetPatient,
      },
      updateGoal: {
        document: 'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { goal } = await freshPlan(p);
          return { i: { id: goal.id, expectedVersion: goal.version, status: 'ACTIVE' } };
        },
        expected: targetPatient,
      },
      moveGoal: {
        document: 'mutation($i: MovePlanItemInput!) { moveGoal(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { goal } = await freshPlan(p);
          return { i: { id: goal.id, expectedVersion: goal.version } };
        },
        expected: targetPatient,
      },
      createIntervention: {
        document: 'mutation($i: CreateInterventionInput!) { createIntervention(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { plan, goal } = await freshPlan(p);
          return { i: { carePlanId: plan.id, goalId: goal.id, action: 'Gait training', ownerDiscipline: 'PT' } };
        },
        expected: targetPatient,
      },
      updateIntervention: {
        document: 'mutation($i: UpdateInterventionInput!) { updateIntervention(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { intervention } = await freshPlan(p);
          return { i: { id: intervention.id, expectedVersion: intervention.version, status: 'IN_PROGRESS' } };
        },
        expected: targetPatient,
      },
      moveIntervention: {
        document: 'mutation($i: MovePlanItemInput!) { moveIntervention(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { intervention } = await freshPlan(p);
          return { i: { id: intervention.id, expectedVersion: intervention.version } };
        },
        expected: targetPatient,
      },
      addProgressNote: {
        document: 'mutation($i: AddProgressNoteInput!) { addProgressNote(input: $i) { id } }',
        prepare: async (p: Persona) => ({
          i: { carePlanId: (await freshPlan(p)).plan.id, text: 'Weight down 1.2 kg overnight.' },
        }),
        expected: targetPatient,
      },
      markPatientSeen: {
        document: 'mutation($p: ID!, $e: ID!) { markPatientSeen(patientId: $p, upToEventId: $e) { latestEventId } }',
        prepare: async () => {
          const events = await hub.app.services.orm.em
            .fork()
            .getConnection()
            .execute<{ id: string | number }[]>('select max(id) as id from change_event where stream = ?', [
              `patient:${targetId}`,
            ]);
          return { p: targetId, e: String(events[0]?.id) };
        },
        expected: targetPatient,
      },
      worklist: {
        document: '{ worklist(kind: HIGH_READMISSION_RISK) { id readmissionRisk { score } } }',
        expected: { ...staffOnly, family: 'ok', revokedFamily: 'ok' },
      },
      recordEmergencyVisits: {
        document: 'mutation($i: RecordEmergencyVisitsInput!) { recordEmergencyVisits(input: $i) { id } }',
        prepare: async (p: Persona) => ({
          i: { patientId: (await freshPatient(p)).id, expectedVersion: null, visits: [] },
        }),
        expected: targetPatient,
      },
      socialNeedsScreeningTool: { document: '{ socialNeedsScreeningTool { id } }', expected: staffOnly },
      startScreening: {
        document: 'mutation($i: StartScreeningInput!) { startScreening(input: $i) { id } }',
        prepare: async (p: Persona) => ({
          i: { patientId: (await freshPatient(p)).id, language: 'SPANISH', interpreterUsed: true },
        }),
        expected: targetPatient,
      },
      answerScreening: {
        document: 'mutation($i: AnswerScreeningInput!) { answerScreening(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const s = await freshScreening(p);
          return {
            i: { id: s.id, expectedVersion: s.version, answers: [{ question: 'TRANSPORTATION', values: ['YES'] }] },
          };
        },
        expected: targetPatient,
      },
      completeScreening: {
        document: 'mutation($i: CompleteScreeningInput!) { completeScreening(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const s = await freshScreening(p, transportOnly);
          return { i: { id: s.id, expectedVersion: s.version } };
        },
        expected: targetPatient,
      },
      updateNeed: {
        document: 'mutation($i: UpdateNeedInput!) { updateNeed(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const s = await freshScreening(p, transportOnly);
          await must(casey, 'mutation($i: CompleteScreeningInput!) { completeScreening(input: $i) { id } }', {
            i: { id: s.id, expectedVersion: s.version },
          });
          const needs = await must<{ patient: { socialNeeds: { id: string; version: number }[] } }>(
            casey,
            'query($id: ID!) { patient(id: $id) { socialNeeds { id version } } }',
            { id: s.patientId },
          );
          const need = needs.patient.socialNeeds[0];
          return { i: { id: need?.id, expectedVersion: need?.version, status: 'ADDRESSED' } };
        },
        expected: targetPatient,
      },
      createTaskForNeed: {
        document: 'mutation($i: TaskForItemInput!) { createTaskForNeed(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const s = await freshScreening(p, transportOnly);
          await must(casey, 'mutation($i: CompleteScreeningInput!) { completeScreening(input: $i) { id } }', {
            i: { id: s.id, expectedVersion: s.version },
          });
          const needs = await must<{ patient: { socialNeeds: { id: string; version: number }[] } }>(
            casey,
            'query($id: ID!) { patient(id: $id) { socialNeeds { id version } } }',
            { id: s.patientId },
          );
          const need = needs.patient.socialNeeds[0];
          return { i: { id: need?.id, expectedVersion: need?.version } };
        },
        expected: targetPatient,
      },
      communityResources: {
        document: '{ communityResources(search: { text: "rides", category: TRANSPORTATION }) { id } }',
        expected: staffOnly,
      },
      communityResource: {
        document: 'query($id: ID!) { communityResource(id: $id) { id } }',
        prepare: async () => ({ id: (await freshResource()).id }),
        expected: staffOnly,
      },
      createCommunityResource: {
        document: 'mutation($i: CreateCommunityResourceInput!) { createCommunityResource(input: $i) { id } }',
        prepare: async () => ({ i: { name: 'Matrix Pantry', categories: ['FOOD'] } }),
        expected: directoryKeepers,
      },
      updateCommunityResource: {
        document: 'mutation($i: UpdateCommunityResourceInput!) { updateCommunityResource(input: $i) { id } }',
        prepare: async () => ({
          i: { ...ref(await freshResource()), name: 'Matrix Rides', categories: ['TRANSPORTATION'] },
        }),
        expected: directoryKeepers,
      },
      archiveCommunityResource: {
        document: 'mutation($i: ArchiveCommunityResourceInput!) { archiveCommunityResource(input: $i) { id } }',
        prepare: async () => ({ i: ref(await freshResource()) }),
        expected: directoryKeepers,
      },
      createReferral: {
        document: 'mutation($i: CreateReferralInput!) { createReferral(input: $i) { id resource { id } } }',
        prepare: async (p: Persona) => ({ i: { needId: await freshNeed(p), resourceId: (await freshResource()).id } }),
        expected: targetPatient,
      },
      changeReferralStatus: {
        document: 'mutation($i: ChangeReferralStatusInput!) { changeReferralStatus(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const draft = await must<{ createReferral: { id: string; version: number } }>(
            casey,
            'mutation($i: CreateReferralInput!) { createReferral(input: $i) { id version } }',
            { i: { needId: await freshNeed(p), resourceId: (await freshResource()).id } },
          );
          return { i: { ...ref(draft.createReferral), status: 'SENT' } };
        },
        expected: targetPatient,
      },
      assessment: {
        document: 'query($id: ID!) { assessment(id: $id) { id changesSincePrevious { field } } }',
        prepare: async () => ({ id: targetAssessmentId }),
        expected: targetPatient,
      },
      startAssessment: {
        document: 'mutation($i: StartAssessmentInput!) { startAssessment(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { patientId: (await freshPatient(p)).id } }),
        expected: targetPatient,
      },
      updateAssessment: {
        document: 'mutation($i: UpdateAssessmentInput!) { updateAssessment(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const a = await freshAssessment(p);
          return { i: { id: a.id, expectedVersion: a.version, clinical: { cognition: 'INTACT' } } };
        },
        expected: targetPatient,
      },
      signAssessment: {
        document: 'mutation($i: SignAssessmentInput!) { signAssessment(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const a = await freshAssessment(p, true);
          return { i: { id: a.id, expectedVersion: a.version } };
        },
        expected: targetPatient,
      },
      payerWorklist: {
        document: '{ payerWorklist { id patient { id } authorization { id } utilizationReview { id } } }',
        expected: staffOnly,
      },
      recordUtilizationReview: {
        document: 'mutation($i: RecordUtilizationReviewInput!) { recordUtilizationReview(input: $i) { id } }',
        prepare: async (p: Persona) => ({
          i: {
            patientId: (await freshPatient(p)).id,
            reviewType: 'CONTINUED_STAY',
            criteriaSet: 'InterQual',
            levelOfCare: 'OBSERVATION',
            criteriaMet: false,
          },
        }),
        expected: targetPatient,
      },
      updateUtilizationReview: {
        document: 'mutation($i: UpdateUtilizationReviewInput!) { updateUtilizationReview(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { review } = await freshPayer(p);
          return { i: { id: review.id, expectedVersion: review.version, criteriaMet: false } };
        },
        expected: targetPatient,
      },
      createAuthorization: {
        document: 'mutation($i: CreateAuthorizationInput!) { createAuthorization(input: $i) { id } }',
        prepare: async (p: Persona) => ({
          i: {
            patientId: (await freshPayer(p)).patientId,
            payer: 'Aetna',
            service: 'DURABLE_MEDICAL_EQUIPMENT',
            unitOfService: 'ITEMS',
            requestedUnits: 1,
            requestedFrom: '2026-12-01',
            requestedTo: '2026-12-01',
          },
        }),
        expected: targetPatient,
      },
      updateAuthorization: {
        document: 'mutation($i: UpdateAuthorizationInput!) { updateAuthorization(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { authorization } = await freshPayer(p);
          return { i: { id: authorization.id, expectedVersion: authorization.version, payerReference: 'REF-1' } };
        },
        expected: targetPatient,
      },
      changeAuthorizationStatus: {
        document: 'mutation($i: ChangeAuthorizationStatusInput!) { changeAuthorizationStatus(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { authorization } = await freshPayer(p);
          return { i: { id: authorization.id, expectedVersion: authorization.version, status: 'PENDING' } };
        },
        expected: targetPatient,
      },
      scheduleAuthorizationPeerToPeer: {
        document:
          'mutation($i: ScheduleAuthorizationPeerToPeerInput!) { scheduleAuthorizationPeerToPeer(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { authorization } = await freshPayer(p);
          const scheduledAt = new Date(Date.now() + 86_400_000).toISOString();
          return { i: { id: authorization.id, expectedVersion: authorization.version, scheduledAt } };
        },
        expected: targetPatient,
      },
      createDischargePlan: {
        document: 'mutation($i: CreateDischargePlanInput!) { createDischargePlan(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { patientId: (await freshPatient(p)).id, disposition: 'HOSPICE' } }),
        expected: targetPatient,
      },
      updateDischargePlan: {
        document: 'mutation($i: UpdateDischargePlanInput!) { updateDischargePlan(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { plan } = await freshDischarge(p);
          return { i: { id: plan.id, expectedVersion: plan.version, disposition: 'SKILLED_NURSING_FACILITY' } };
        },
        expected: targetPatient,
      },
      addDischargeChecklistItem: {
        document: 'mutation($i: AddDischargeChecklistItemInput!) { addDischargeChecklistItem(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { planId: (await freshDischarge(p)).plan.id, kind: 'TRANSPORTATION' } }),
        expected: targetPatient,
      },
      updateDischargeChecklistItem: {
        document: 'mutation($i: UpdateDischargeChecklistItemInput!) { updateDischargeChecklistItem(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { item } = await freshDischarge(p, { item: true });
          return { i: { id: item?.id, expectedVersion: item?.version, status: 'DONE' } };
        },
        expected: targetPatient,
      },
      createTaskForDischargeChecklistItem: {
        document: 'mutation($i: TaskForItemInput!) { createTaskForDischargeChecklistItem(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { item } = await freshDischarge(p, { item: true });
          return { i: { id: item?.id, expectedVersion: item?.version } };
        },
        expected: targetPatient,
      },
      addDischargeBarrier: {
        document: 'mutation($i: AddDischargeBarrierInput!) { addDischargeBarrier(input: $i) { id } }',
        prepare: async (p: Persona) => ({
          i: { planId: (await freshDischarge(p)).plan.id, description: 'Ride home not arranged' },
        }),
        expected: targetPatient,
      },
      updateDischargeBarrier: {
        document: 'mutation($i: UpdateDischargeBarrierInput!) { updateDischargeBarrier(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { barrier } = await freshDischarge(p, { barrier: true });
          return { i: { id: barrier?.id, expectedVersion: barrier?.version, status: 'RESOLVED' } };
        },
        expected: targetPatient,
      },
      recordEducation: {
        document: 'mutation($i: RecordEducationInput!) { recordEducation(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { patientId, item } = await freshDischarge(p, { item: true });
          return {
            i: {
              patientId,
              checklistItemId: item?.id,
              topic: 'Low-sodium diet',
              taughtTo: 'PATIENT',
              method: 'WRITTEN',
              teachBack: 'MET',
              followUpNeeded: false,
            },
          };
        },
        expected: targetPatient,
      },
      patientEvents: {
        document: 'subscription($id: ID!) { patientEvents(patientId: $id, after: "0") { id } }',
        prepare: async () => ({ id: targetId }),
        expected: targetPatient,
      },
      taskBoard: {
        document: 'query($id: ID!) { taskBoard(id: $id) { id lastEventId tasks { id patient { id } } } }',
        prepare: async () => ({ id: targetBoard.boardId }),
        expected: targetPatient,
      },
      task: {
        document: 'query($id: ID!) { task(id: $id) { id comments { id } } }',
        prepare: async () => ({ id: targetBoard.taskId }),
        expected: targetPatient,
      },
      myWork: { document: '{ myWork { id } }', expected: staffOnly },
      boardEvents: {
        document: 'subscription($id: ID!) { boardEvents(boardId: $id, after: "0") { id } }',
        prepare: async () => ({ id: targetBoard.boardId }),
        expected: targetPatient,
      },
      createTask: {
        document: 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { patientId: (await freshPatient(p)).id, title: 'Walk to the window' } }),
        expected: targetPatient,
      },
      updateTask: {
        document: 'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { ...ref((await freshTask(p)).task), title: 'Walk twice' } }),
        expected: targetPatient,
      },
      moveTask: {
        document: 'mutation($i: MoveTaskInput!) { moveTask(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { task, columns } = await freshTask(p);
          return { i: { ...ref(task), columnId: columns[1]?.id } };
        },
        expected: targetPatient,
      },
      assignTask: {
        document: 'mutation($i: AssignTaskInput!) { assignTask(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { ...ref((await freshTask(p)).task), discipline: 'PT' } }),
        expected: targetPatient,
      },
      completeTask: {
        document: 'mutation($i: TaskVersionInput!) { completeTask(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: ref((await freshTask(p)).task) }),
        expected: targetPatient,
      },
      reopenTask: {
        document: 'mutation($i: TaskVersionInput!) { reopenTask(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { task, columns } = await freshTask(p);
          const done = await must<{ moveTask: { id: string; version: number } }>(
            casey,
            'mutation($i: MoveTaskInput!) { moveTask(input: $i) { id version } }',
            { i: { ...ref(task), columnId: columns.find((c) => c.completes)?.id } },
          );
          return { i: ref(done.moveTask) };
        },
        expected: targetPatient,
      },
      archiveTask: {
        document: 'mutation($i: TaskVersionInput!) { archiveTask(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: ref((await freshTask(p)).task) }),
        expected: targetPatient,
      },
      addTaskComment: {
        document: 'mutation($i: AddTaskCommentInput!) { addTaskComment(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { taskId: (await freshTask(p)).task.id, text: 'Family brings shoes.' } }),
        expected: targetPatient,
      },
      addChecklistItem: {
        document: 'mutation($i: AddChecklistItemInput!) { addChecklistItem(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { ...ref((await freshTask(p)).task), text: 'Second step' } }),
        expected: targetPatient,
      },
      toggleChecklistItem: {
        document: 'mutation($i: ToggleChecklistItemInput!) { toggleChecklistItem(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { task, itemId } = await freshTask(p);
          return { i: { ...ref(task), itemId, done: true } };
        },
        expected: targetPatient,
      },
      removeChecklistItem: {
        document: 'mutation($i: RemoveChecklistItemInput!) { removeChecklistItem(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { task, itemId } = await freshTask(p);
          return { i: { ...ref(task), itemId } };
        },
        expected: targetPatient,
      },
      bulkMoveTasks: {
        document: 'mutation($i: BulkMoveTasksInput!) { bulkMoveTasks(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { task, columns } = await freshTask(p);
          return { i: { tasks: [ref(task)], columnId: columns[2]?.id } };
        },
        expected: targetPatient,
      },
      bulkAssignTasks: {
        document: 'mutation($i: BulkAssignTasksInput!) { bulkAssignTasks(input: $i) { id } }',
        prepare: async (p: Persona) => ({ i: { tasks: [ref((await freshTask(p)).task)], discipline: 'OT' } }),
        expected: targetPatient,
      },
      addBoardColumn: {
        document: 'mutation($i: AddBoardColumnInput!) { addBoardColumn(input: $i) { id } }',
        prepare: async (p: Persona) => ({
          i: { boardId: (await freshTask(p)).task.boardId, name: 'Waiting on family' },
        }),
        expected: targetPatient,
      },
      updateBoardColumn: {
        document: 'mutation($i: UpdateBoardColumnInput!) { updateBoardColumn(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { columns } = await freshTask(p);
          return { i: { ...ref(columns[1] ?? { id: '', version: 0 }), wipLimit: 3 } };
        },
        expected: targetPatient,
      },
      moveBoardColumn: {
        document: 'mutation($i: MoveBoardColumnInput!) { moveBoardColumn(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { columns } = await freshTask(p);
          return { i: { ...ref(columns[2] ?? { id: '', version: 0 }), afterId: null } };
        },
        expected: targetPatient,
      },
      archiveBoardColumn: {
        document: 'mutation($i: ArchiveBoardColumnInput!) { archiveBoardColumn(input: $i) { id } }',
        prepare: async (p: Persona) => {
          const { columns } = await freshTask(p);
          return { i: ref(columns[2] ?? { id: '', version: 0 }) };
        },
        expected: targetPatient,
      },
      outcomes: {
        document: `query($id: ID!) { outcomes(input: { unitId: $id, from: "2026-10-01T00:00:00Z", to: "2026-11-01T00:00:00Z" }) { figures } }`,
        prepare: async () => ({ id: unitId }),
        expected: { team: 'ok', breakGlass: 'FORBIDDEN', ...deny },
      },
      outcomesEvents: {
        document: `subscription($id: ID!) { outcomesEvents(input: { unitId: $id, from: "2026-10-01T00:00:00Z", to: "2026-11-01T00:00:00Z" }) { figures } }`,
        prepare: async () => ({ id: unitId }),
        expected: { team: 'ok', breakGlass: 'FORBIDDEN', ...deny },
      },
      unitEvents: {
        document: 'subscription($id: ID!) { unitEvents(unitId: $id, after: "0") { id } }',
        prepare: async () => ({ id: unitId }),
        expected: { team: 'ok', breakGlass: 'FORBIDDEN', ...deny },
      },
      // The family portal: family members read and ask about their own patient; staff share and answer.
      portal: {
        document: 'query($id: ID!) { portal { patient(patientId: $id) { patientId items { id } } } }',
        prepare: async () => ({ id: targetId }),
        expected: { ...familyOnly, family: 'ok' },
      },
      portalEvents: {
        document: 'subscription($id: ID!) { portalEvents(patientId: $id, after: "0") { id } }',
        prepare: async () => ({ id: targetId }),
        expected: { ...familyOnly, family: 'ok' },
      },
      askCareTeam: {
        document: 'mutation($i: AskCareTeamInput!) { askCareTeam(input: $i) { id } }',
        prepare: async () => ({ i: { patientId: targetId, text: 'When is the next family meeting?' } }),
        expected: { ...familyOnly, family: 'ok' },
      },
      setFamilySharing: {
        document: 'mutation($i: SetFamilySharingInput!) { setFamilySharing(input: $i) { id } }',
        prepare: async () => ({ i: { entityType: 'Goal', id: targetPlan.goalId, shared: true } }),
        expected: unitPatient,
      },
      writeFamilyUpdate: {
        document: 'mutation($i: WriteFamilyUpdateInput!) { writeFamilyUpdate(input: $i) { id } }',
        prepare: async () => ({ i: { patientId: targetId, text: 'Eleanor walked to the window today.' } }),
        expected: unitPatient,
      },
      answerFamilyQuestion: {
        document: 'mutation($i: AnswerFamilyQuestionInput!) { answerFamilyQuestion(input: $i) { id } }',
        prepare: async () => {
          const question = await hub.app.services.orm.em
            .fork()
            .findOneOrFail(FamilyQuestion, { patientId: targetId }, { orderBy: { createdAt: 'asc' } });
          return { i: { id: question.id, expectedVersion: question.version, reply: 'We will call you today.' } };
        },
        expected: unitPatient,
      },
    } satisfies Record<string, Row>);
    const teamwork = await roundsAndConferenceRows();
    for (const name of Object.keys(teamwork)) teamworkOperations.add(name);
    Object.assign(rows, teamwork);
  }, 120_000);
  afterAll(() => hub?.stop());

  /**
   * Rounds are for the unit's staff (break-the-glass on one patient does not open the unit's
   * rounds); only the facilitator (here the lead case manager, who plans them) starts, drives and
   * finishes them. Conferences are the patient's: whoever may document the patient, break-the-glass
   * included; only the lead case manager publishes the family summary, which linked family read.
   */
  async function roundsAndConferenceRows(): Promise<Record<string, Row>> {
    let day = 0;
    /** A date no other session of the unit has (one session per unit and date). */
    const nextDate = () => new Date(Date.UTC(2031, 0, 1) + ++day * 86_400_000).toISOString().slice(0, 10);
    const newSession = async () => {
      const date = nextDate();
      const created = await must<{ createRoundsSession: { id: string; version: number } }>(
        casey,
        'mutation($i: CreateRoundsSessionInput!) { createRoundsSession(input: $i) { id version } }',
        { i: { unitId, date } },
      );
      return created.createRoundsSession;
    };
    /** A session's agenda (ids and versions) straight from the database: the rows below need only that. */
    const agendaOf = (sessionId: string) =>
      hub.app.services.orm.em
        .fork()
        .find(RoundsAgendaItem, { sessionId }, { orderBy: { position: 'asc' }, fields: ['id', 'version'] });
    // Sessions are drawn now, while the unit's census is still the demo's (the rows below add many patients).
    const pool = await Promise.all(Array.from({ length: 3 * 16 }, () => newSession()));
    const fromPool = () => {
      const session = pool.pop();
      if (!session) throw new Error('the pool of planned rounds sessions ran out');
      return session;
    };
    const running = await newSession();
    await must(casey, 'mutation($i: RoundsSessionTransitionInput!) { startRounds(input: $i) { id } }', {
      i: { id: running.id, expectedVersion: running.version },
    });
    const firstItem = async () => {
      const item = (await agendaOf(running.id))[0];
      if (!item) throw new Error('the rounds agenda is empty');
      return item;
    };
    const barrierItemId = (await firstItem()).id;
    const barrier = await must<{ addRoundsBarrier: { id: string } }>(
      casey,
      'mutation($i: AddRoundsBarrierInput!) { addRoundsBarrier(input: $i) { id } }',
      { i: { itemId: barrierItemId, description: 'Home oxygen not delivered' } },
    );
    const barrierVersion = async () =>
      (await hub.app.services.orm.em.fork().findOneOrFail(DischargeBarrier, { id: barrier.addRoundsBarrier.id }))
        .version;
    const newConference = async () =>
      (
        await must<{ scheduleCareConference: { id: string; version: number } }>(
          casey,
          'mutation($i: ScheduleCareConferenceInput!) { scheduleCareConference(input: $i) { id version } }',
          { i: { patientId: targetId, title: 'Matrix conference', scheduledAt: new Date().toISOString() } },
        )
      ).scheduleCareConference;
    const conference = await newConference();
    const facilitatorOnly = { team: 'FORBIDDEN', CM: 'ok', breakGlass: 'FORBIDDEN', ...deny } as const;
    const unitStaff = { team: 'ok', breakGlass: 'FORBIDDEN', ...deny } as const;
    return {
      roundsSession: {
        document: 'query($id: ID!) { roundsSession(id: $id) { id agenda { patient { name } updates { id } } } }',
        prepare: async () => ({ id: running.id }),
        expected: unitStaff,
      },
      roundsSessions: {
        document: 'query($u: ID!) { roundsSessions(unitId: $u) { id } }',
        prepare: async () => ({ u: unitId }),
        expected: unitStaff,
      },
      roundsEvents: {
        document: 'subscription($id: ID!) { roundsEvents(sessionId: $id, after: "0") { id } }',
        prepare: async () => ({ id: running.id }),
        expected: unitStaff,
      },
      createRoundsSession: {
        document: 'mutation($i: CreateRoundsSessionInput!) { createRoundsSession(input: $i) { id } }',
        prepare: async () => ({ i: { unitId, date: nextDate() } }),
        expected: unitStaff,
      },
      addRoundsPatient: {
        document: 'mutation($i: AddRoundsPatientInput!) { addRoundsPatient(input: $i) { id } }',
        prepare: async () => ({ i: { sessionId: running.id, patientId: (await freshPatient()).id } }),
        expected: unitStaff,
      },
      moveRoundsPatient: {
        document: 'mutation($i: MoveRoundsPatientInput!) { moveRoundsPatient(input: $i) { id } }',
        prepare: async () => {
          const [a, b] = await agendaOf(fromPool().id);
          return { i: { id: a?.id, expectedVersion: a?.version, afterId: b?.id } };
        },
        expected: unitStaff,
      },
      updateRoundsAgendaItem: {
        document: 'mutation($i: UpdateRoundsAgendaItemInput!) { updateRoundsAgendaItem(input: $i) { id } }',
        prepare: async () => {
          const item = await firstItem();
          return { i: { id: item.id, expectedVersion: item.version, timeBoxSeconds: 240 } };
        },
        expected: unitStaff,
      },
      saveRoundsUpdate: {
        document: 'mutation($i: SaveRoundsUpdateInput!) { saveRoundsUpdate(input: $i) { id } }',
        // One update per discipline and patient: each persona writes on a patient added for them.
        prepare: async () => {
          const added = await must<{ addRoundsPatient: { id: string } }>(
            casey,
            'mutation($i: AddRoundsPatientInput!) { addRoundsPatient(input: $i) { id } }',
            { i: { sessionId: running.id, patientId: (await freshPatient()).id } },
          );
          return { i: { itemId: added.addRoundsPatient.id, concerns: 'Falls risk at night' } };
        },
        expected: unitStaff,
      },
      addRoundsBarrier: {
        document: 'mutation($i: AddRoundsBarrierInput!) { addRoundsBarrier(input: $i) { id } }',
        prepare: async () => ({ i: { itemId: (await firstItem()).id, description: 'Awaiting SNF acceptance' } }),
        expected: unitStaff,
      },
      updateRoundsBarrier: {
        document: 'mutation($i: UpdateRoundsBarrierInput!) { updateRoundsBarrier(input: $i) { id } }',
        prepare: async () => ({
          i: {
            id: barrier.addRoundsBarrier.id,
            itemId: barrierItemId,
            expectedVersion: await barrierVersion(),
            dueDate: nextDate(),
          },
        }),
        expected: unitStaff,
      },
      startRounds: {
        document: 'mutation($i: RoundsSessionTransitionInput!) { startRounds(input: $i) { id } }',
        prepare: async () => {
          const planned = fromPool();
          return { i: { id: planned.id, expectedVersion: planned.version } };
        },
        expected: facilitatorOnly,
      },
      moveRoundsPointer: {
        document: 'mutation($i: MoveRoundsPointerInput!) { moveRoundsPointer(input: $i) { id } }',
        prepare: async () => {
          const agenda = await agendaOf(running.id);
          return { i: { sessionId: running.id, to: 'ITEM', itemId: agenda[++day % 2]?.id } };
        },
        expected: facilitatorOnly,
      },
      markRoundsPatientDiscussed: {
        document: 'mutation($i: MarkRoundsPatientDiscussedInput!) { markRoundsPatientDiscussed(input: $i) { id } }',
        prepare: async () => {
          const item = await firstItem();
          return { i: { id: item.id, expectedVersion: item.version, discussed: day++ % 2 === 0 } };
        },
        expected: facilitatorOnly,
      },
      recordRoundsDecision: {
        document: 'mutation($i: RecordRoundsDecisionInput!) { recordRoundsDecision(input: $i) { id } }',
        prepare: async () => ({ i: { itemId: (await firstItem()).id, text: 'Continue IV antibiotics' } }),
        expected: unitStaff,
      },
      createRoundsActionItem: {
        document: 'mutation($i: CreateRoundsActionItemInput!) { createRoundsActionItem(input: $i) { taskId } }',
        prepare: async () => ({ i: { itemId: (await firstItem()).id, title: 'Order walker' } }),
        expected: unitStaff,
      },
      finishRounds: {
        document: 'mutation($i: RoundsSessionTransitionInput!) { finishRounds(input: $i) { id } }',
        prepare: async () => {
          const planned = fromPool();
          const started = await must<{ startRounds: { id: string; version: number } }>(
            casey,
            'mutation($i: RoundsSessionTransitionInput!) { startRounds(input: $i) { id version } }',
            { i: { id: planned.id, expectedVersion: planned.version } },
          );
          return { i: { id: started.startRounds.id, expectedVersion: started.startRounds.version } };
        },
        expected: facilitatorOnly,
      },
      careConference: {
        document: 'query($id: ID!) { careConference(id: $id) { id attendees { name } decisions { text } } }',
        prepare: async () => ({ id: conference.id }),
        expected: targetPatient,
      },
      conferenceSummaries: {
        document: 'query($p: ID!) { conferenceSummaries(patientId: $p) { id text } }',
        prepare: async () => ({ p: targetId }),
        expected: { ...targetPatient, family: 'ok' },
      },
      conferenceEvents: {
        document: 'subscription($id: ID!) { conferenceEvents(conferenceId: $id, after: "0") { id } }',
        prepare: async () => ({ id: conference.id }),
        expected: targetPatient,
      },
      scheduleCareConference: {
        document: 'mutation($i: ScheduleCareConferenceInput!) { scheduleCareConference(input: $i) { id } }',
        prepare: async () => ({
          i: { patientId: targetId, title: 'Goals of care', scheduledAt: new Date().toISOString() },
        }),
        expected: targetPatient,
      },
      updateCareConference: {
        document: 'mutation($i: UpdateCareConferenceInput!) { updateCareConference(input: $i) { id } }',
        prepare: async () => {
          const c = await newConference();
          return { i: { id: c.id, expectedVersion: c.version, notes: 'Son joins by phone' } };
        },
        expected: targetPatient,
      },
      addConferenceAttendee: {
        document: 'mutation($i: AddConferenceAttendeeInput!) { addConferenceAttendee(input: $i) { id } }',
        prepare: async () => ({
          i: { conferenceId: conference.id, kind: 'FAMILY', name: 'Sam Whitfield', mode: 'REMOTE' },
        }),
        expected: targetPatient,
      },
      removeConferenceAttendee: {
        document: 'mutation($i: RemoveConferenceAttendeeInput!) { removeConferenceAttendee(input: $i) { id } }',
        prepare: async () => {
          const added = await must<{ addConferenceAttendee: { id: string; version: number } }>(
            casey,
            'mutation($i: AddConferenceAttendeeInput!) { addConferenceAttendee(input: $i) { id version } }',
            { i: { conferenceId: conference.id, kind: 'FAMILY', name: 'Pat Whitfield', mode: 'IN_PERSON' } },
          );
          return { i: { id: added.addConferenceAttendee.id, expectedVersion: added.addConferenceAttendee.version } };
        },
        expected: targetPatient,
      },
      recordConferenceDecision: {
        document: 'mutation($i: RecordConferenceDecisionInput!) { recordConferenceDecision(input: $i) { id } }',
        prepare: async () => ({ i: { conferenceId: conference.id, text: 'Hospice information to family' } }),
        expected: targetPatient,
      },
      createConferenceFollowUp: {
        document: 'mutation($i: CreateConferenceFollowUpInput!) { createConferenceFollowUp(input: $i) { id } }',
        prepare: async () => ({ i: { conferenceId: conference.id, title: 'Book interpreter' } }),
        expected: targetPatient,
      },
      publishConferenceSummary: {
        document: 'mutation($i: PublishConferenceSummaryInput!) { publishConferenceSummary(input: $i) { id } }',
        prepare: async () => ({ i: { conferenceId: conference.id, text: 'We agreed on the plan for going home.' } }),
        expected: { team: 'FORBIDDEN', CM: 'ok', breakGlass: 'FORBIDDEN', ...deny },
      },
    };
  }

  /** Links, activates and revokes a family member on the patient; returns a session they signed in with afterwards. */
  async function freshLinkOn(patientId: string): Promise<string> {
    const email = `r-${randomUUID().slice(0, 8)}@family.test`;
    const linked = await must<{ linkFamilyMember: { link: { id: string }; invitationCode: string } }>(
      casey,
      `mutation($i: LinkFamilyMemberInput!) { linkFamilyMember(input: $i) { link { id } invitationCode } }`,
      {
        i: {
          patientId,
          name: 'Revoked Family',
          email,
          relationship: 'Son',
          consent: { given: true, source: 'PATIENT', scope: 'Updates' },
        },
      },
    );
    await must(null, 'mutation($i: AcceptFamilyInvitationInput!) { acceptFamilyInvitation(input: $i) { token } }', {
      i: { invitationCode: linked.linkFamilyMember.invitationCode, password: 'family-password-1' },
    });
    const current = await must<{ patient: { familyLinks: { id: string; version: number }[] } }>(
      casey,
      'query($id: ID!) { patient(id: $id) { familyLinks { id version } } }',
      { id: patientId },
    );
    const link = current.patient.familyLinks.find((l) => l.id === linked.linkFamilyMember.link.id);
    await must(casey, 'mutation($i: RevokeFamilyLinkInput!) { revokeFamilyLink(input: $i) { id } }', {
      i: { id: link?.id, expectedVersion: link?.version },
    });
    const signIn = await must<{ login: { token: string } }>(
      null,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: 'family-password-1' },
    );
    return signIn.login.token;
  }

  it('has a policy decision for every operation of the schema', async () => {
    const schema = await carehubSchema(hubModules);
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect(Object.keys(rows).sort()).toEqual(operations.sort());
  });

  /** What the policy gives this persona (`CM` overrides `team` for the lead case manager). */
  const expectedFor = (persona: Persona, expected: Expected): Outcome =>
    persona.kind === 'team'
      ? ((persona.discipline && expected[persona.discipline]) ?? expected.team)
      : expected[persona.kind];

  /** Runs every row whose operation `include` takes as every persona; the outcomes that differ from the policy. */
  async function mismatchesOf(include: (operation: string) => boolean): Promise<string[]> {
    const mismatches: string[] = [];
    for (const [operation, row] of Object.entries(rows)) {
      if (!include(operation)) continue;
      for (const persona of personas) {
        const expected = expectedFor(persona, row.expected);
        const actual = await run(operation, row, persona);
        if (actual !== expected)
          mismatches.push(`${operation} as ${persona.name}: expected ${expected}, got ${actual}`);
      }
    }
    return mismatches;
  }

  it('every caller gets exactly what the policy allows, for every operation', async () => {
    expect(await mismatchesOf((operation) => !teamworkOperations.has(operation))).toEqual([]);
  }, 900_000);

  it('every caller gets exactly what the policy allows, for every rounds and care-conference operation', async () => {
    expect(teamworkOperations.size).toBeGreaterThan(0);
    expect(await mismatchesOf((operation) => teamworkOperations.has(operation))).toEqual([]);
  }, 900_000);

  /** The FHIR REST routes, as every persona, against the same policy as GraphQL (HTTP status → outcome). */
  it('every caller gets exactly what the policy allows from the FHIR REST routes', async () => {
    const outcomeOf = (status: number) =>
      status === 200 || status === 201
        ? 'ok'
        : status === 401
          ? 'UNAUTHENTICATED'
          : status === 403
            ? 'FORBIDDEN'
            : `HTTP ${status}`;
    const auth = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
    const routes: { name: string; expected: Expected; call: (token: string | null) => Promise<Response> }[] = [
      {
        name: 'GET /fhir/Patient/{id}/$everything',
        expected: targetPatient,
        call: (token) => fetch(`${hub.url}/fhir/Patient/${targetId}/$everything`, { headers: auth(token) }),
      },
      {
        name: 'POST /fhir',
        expected: unitPatient,
        call: (token) =>
          fetch(`${hub.url}/fhir?unitId=${unitId}`, {
            method: 'POST',
            headers: { 'content-type': 'application/fhir+json', ...auth(token) },
            body: JSON.stringify(
              patientBundle(`MRN-H${randomUUID().slice(0, 8)}`, 'Matrix Import', '1960-01-01', true),
            ),
          }),
      },
    ];
    const mismatches: string[] = [];
    for (const route of routes) {
      for (const persona of personas) {
        const expected = expectedFor(persona, route.expected);
        const actual = outcomeOf((await route.call(persona.token)).status);
        if (actual !== expected)
          mismatches.push(`${route.name} as ${persona.name}: expected ${expected}, got ${actual}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

  async function run(operation: string, row: Row, persona: Persona): Promise<string> {
    const variables = row.prepare ? await row.prepare(persona) : {};
    // Signing out ends the session used; sign in again first so the persona keeps theirs.
    const token = operation === 'logout' && persona.token ? await relogin(persona) : persona.token;
    if (row.document.trimStart().startsWith('subscription')) return subscribeOutcome(token, row.document, variables);
    const result = await gqlAs(token, row.document, variables);
    return result.errors ? String(result.errors[0]?.extensions?.code) : 'ok';
  }

  async function relogin(persona: Persona): Promise<string> {
    const me = await must<{ me: { email: string } }>(persona.token, '{ me { email } }', {});
    const password = me.me.email.endsWith('@family.test')
      ? 'family-password-1'
      : me.me.email.endsWith('@staff.test')
        ? STAFF_PASSWORD
        : DEMO_PASSWORD;
    const r = await must<{ login: { token: string } }>(
      null,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      {
        e: me.me.email,
        p: password,
      },
    );
    return r.login.token;
  }

  async function subscribeOutcome(
    token: string | null,
    document: string,
    variables: Record<string, unknown>,
  ): Promise<string> {
    const feed = collect<unknown>(hub.ws(token), document, variables);
    for (let i = 0; i < 40 && feed.items.length === 0 && feed.errors.length === 0; i++) await pause(50);
    feed.stop();
    if (feed.items.length > 0) return 'ok';
    const error = JSON.stringify(feed.errors);
    if (/4403|Forbidden/.test(error) && !/FORBIDDEN/.test(error)) return 'UNAUTHENTICATED';
    const code = /"code":"([A-Z_]+)"/.exec(error)?.[1];
    return code ?? `no events and no error (${error})`;
  }
});
