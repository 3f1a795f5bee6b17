import type {
  AllergyIntolerance,
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  CareTeam,
  CodeableConcept,
  Condition,
  Coverage,
  Encounter,
  Goal,
  Patient,
  Practitioner,
  PractitionerRole,
  Provenance,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
  RelatedPerson,
  Resource,
  Task,
} from '@medplum/fhirtypes';
import type { ChangeEventRecord } from '../../platform/events/change-event.entity.js';
import type { CarePlanType } from '../care-plan/care-plan.types.js';
import type { CareTeamMemberView } from '../care-team/care-team.entity.js';
import type { FamilyLinkView } from '../family/family-link.entity.js';
import type { PatientView } from '../patient/patient.entity.js';
import type { EncounterType } from '../patient/patient.types.js';
import { DOMAIN_LABELS, HRSN_QUESTIONS, SAFETY_POSITIVE_AT } from '../social-needs/hrsn-tool.js';
import type { NeedView, ScreeningView } from '../social-needs/social-needs.entity.js';
import type { TaskView } from '../task-board/task-board.entity.js';
import { SYSTEMS, stableId, systemUri } from './fhir.codes.js';
import {
  AHC_HRSN_PANEL,
  AHC_HRSN_QUESTIONNAIRE,
  HRSN_LOINC,
  LOINC,
  SAFETY_TOTAL_SCORE,
  SDOH_DOMAINS,
  SDOHCC_CATEGORY_SYSTEM,
} from './hrsn-loinc.js';

/** A person the record names (care team, attending, task owners, authors of changes). */
export interface RecordPerson {
  id: string;
  name: string;
  email: string;
  kind: 'STAFF' | 'FAMILY';
  discipline: string | null;
}

/** One change of the patient's stream, for Provenance. */
export type RecordChange = Pick<
  ChangeEventRecord,
  'id' | 'kind' | 'entityType' | 'entityId' | 'actorId' | 'actorName' | 'at'
>;

/** Everything of one patient the export turns into FHIR, gathered (and access-checked) by the service. */
export interface PatientRecord {
  patient: PatientView;
  pastEncounters: EncounterType[];
  careTeam: CareTeamMemberView[];
  familyLinks: FamilyLinkView[];
  people: Map<string, RecordPerson>;
  plan: CarePlanType | null;
  tasks: TaskView[];
  screenings: ScreeningView[];
  needs: NeedView[];
  changes: RecordChange[];
}

/** A reference to an entry of the bundle (`never`: it carries no contained resource, so it fits any target type). */
type Ref = Reference<never>;
const ref = (type: string, id: string, display?: string): Ref => ({
  reference: `${type}/${id}`,
  ...(display && { display }),
});
const text = (value: string): CodeableConcept => ({ text: value });
const coded = (system: string, code: string, display?: string): CodeableConcept => ({
  coding: [{ system, code, ...(display && { display }) }],
  ...(display && { text: display }),
});
const meta = (updatedAt: string | Date, version?: number) => ({
  lastUpdated: typeof updatedAt === 'string' ? updatedAt : updatedAt.toISOString(),
  ...(version !== undefined && { versionId: String(version) }),
});
/** FHIR strings may not be empty or padded. */
const present = (value: string | null | undefined): value is string => !!value && value.trim().length > 0;

/** The id of the patient's current (or last) stay as an Encounter. */
export const currentStayId = (patient: PatientView) => stableId(patient.id, 'stay', patient.admittedAt);

const PLAN_STATUS: Record<string, CarePlan['status']> = {
  DRAFT: 'draft',
  ACTIVE: 'active',
  COMPLETED: 'completed',
};
const ACTIVITY_STATUS: Record<string, NonNullable<CarePlanActivity['detail']>['status']> = {
  PLANNED: 'not-started',
  IN_PROGRESS: 'in-progress',
  DONE: 'completed',
  CANCELLED: 'cancelled',
};
const GOAL_STATUS: Record<string, { lifecycle: Goal['lifecycleStatus']; achievement?: string; display?: string }> = {
  PROPOSED: { lifecycle: 'proposed' },
  ACTIVE: { lifecycle: 'active', achievement: 'in-progress', display: 'In Progress' },
  ACHIEVED: { lifecycle: 'completed', achievement: 'achieved', display: 'Achieved' },
  NOT_ACHIEVED: { lifecycle: 'completed', achievement: 'not-achieved', display: 'Not Achieved' },
  CANCELLED: { lifecycle: 'cancelled' },
};
const TASK_PRIORITY: Record<string, Task['priority']> = { HIGH: 'urgent', MEDIUM: 'routine', LOW: 'routine' };
const COVERAGE_LABEL: Record<string, string> = {
  MEDICARE: 'Medicare',
  MEDICAID: 'Medicaid',
  COMMERCIAL: 'Commercial',
  SELF_PAY: 'Self-pay',
  OTHER: 'Other',
};
const DISPOSITION: Record<string, { code: string; display: string } | undefined> = {
  HOME: { code: 'home', display: 'Home' },
  SKILLED_NURSING_FACILITY: { code: 'snf', display: 'Skilled nursing facility' },
  INPATIENT_REHAB: { code: 'rehab', display: 'Rehabilitation' },
  LONG_TERM_ACUTE_CARE: { code: 'long', display: 'Long-term care' },
  HOSPICE: { code: 'hosp', display: 'Hospice' },
  LEFT_AGAINST_MEDICAL_ADVICE: { code: 'aadvice', display: 'Left against advice' },
  TRANSFERRED: { code: 'other-hcf', display: 'Other healthcare facility' },
  EXPIRED: { code: 'exp', display: 'Expired' },
  OTHER: { code: 'oth', display: 'Other' },
};
/** Which exported resource a change on the patient's stream is about, by CareHub entity type. */
const CHANGE_TARGETS: Record<string, string> = {
  Patient: 'Patient',
  CareTeamMember: 'PractitionerRole',
  FamilyLink: 'RelatedPerson',
  CarePlan: 'CarePlan',
  Problem: 'Condition',
  Goal: 'Goal',
  Task: 'Task',
  SocialNeedsScreening: 'QuestionnaireResponse',
  Need: 'Condition',
};

/**
 * The patient's whole care picture as a FHIR R4 `collection` Bundle. Every reference inside it is
 * relative (`Type/id`) and names an entry of the bundle (`fullUrl` = `base/Type/id`); people the
 * bundle does not hold (a family member who asked a question) are named by `display` only.
 */
export function buildBundle(record: PatientRecord, base: string, now = new Date()): Bundle {
  const resources: Resource[] = [];
  const add = <T extends Resource>(resource: T): T => {
    resources.push(resource);
    return resource;
  };
  const { patient } = record;
  const subject = ref('Patient', patient.id, patient.name);
  const practitioner = (userId: string | null | undefined) => practitionerOf(record, userId);

  // Practitioners first: everyone on staff the record names.
  for (const person of record.people.values()) {
    if (person.kind !== 'STAFF') continue;
    add<Practitioner>({
      resourceType: 'Practitioner',
      id: person.id,
      meta: meta(now),
      active: true,
      name: [{ text: person.name }],
      telecom: [{ system: 'email', value: person.email, use: 'work' }],
      ...(person.discipline && {
        qualification: [{ code: coded(SYSTEMS.discipline, person.discipline, person.discipline) }],
      }),
    });
  }

  add<Patient>(patientResource(record));
  const stayId = currentStayId(patient);
  add<Encounter>({
    resourceType: 'Encounter',
    id: stayId,
    meta: meta(patient.updatedAt),
    status: patient.status === 'ADMITTED' ? 'in-progress' : 'finished',
    class: { system: SYSTEMS.actCode, code: 'IMP', display: 'inpatient encounter' },
    subject,
    period: { start: patient.admittedAt, ...(patient.dischargedAt && { end: patient.dischargedAt }) },
    ...(patient.admissionAcuity && {
      priority: coded(
        SYSTEMS.actPriority,
        patient.admissionAcuity === 'EMERGENT' ? 'EM' : 'EL',
        patient.admissionAcuity === 'EMERGENT' ? 'emergency' : 'elective',
      ),
    }),
    ...(practitioner(patient.attendingId) && {
      participant: [
        {
          type: [coded('http://terminology.hl7.org/CodeSystem/v3-ParticipationType', 'ATND', 'attender')],
          individual: practitioner(patient.attendingId),
        },
      ],
    }),
    ...(present(patient.admittingDiagnosis) && { reasonCode: [text(patient.admittingDiagnosis)] }),
    ...(patient.disposition && { hospitalization: { dischargeDisposition: dispositionOf(patient.disposition) } }),
  });
  for (const stay of record.pastEncounters) {
    add<Encounter>({
      resourceType: 'Encounter',
      id: stay.id,
      meta: meta(stay.dischargedAt),
      status: 'finished',
      class: { system: SYSTEMS.actCode, code: 'IMP', display: 'inpatient encounter' },
      subject,
      period: { start: stay.admittedAt, end: stay.dischargedAt },
      ...(present(stay.admittingDiagnosis) && { reasonCode: [text(stay.admittingDiagnosis)] }),
      hospitalization: { dischargeDisposition: dispositionOf(stay.disposition) },
    });
  }

  // The problem list.
  for (const condition of patient.conditions) {
    const system = systemUri(condition.codeSystem);
    add<Condition>({
      resourceType: 'Condition',
      id: stableId(patient.id, 'condition', condition.code ?? '', condition.description),
      meta: meta(patient.updatedAt),
      clinicalStatus: coded(SYSTEMS.conditionClinical, condition.status === 'ACTIVE' ? 'active' : 'resolved'),
      verificationStatus: coded(SYSTEMS.conditionVerification, 'confirmed'),
      category: [coded(SYSTEMS.conditionCategory, 'problem-list-item', 'Problem List Item')],
      code: {
        ...(present(condition.code) && {
          coding: [{ ...(system && { system }), code: condition.code, display: condition.description }],
        }),
        text: condition.description,
      },
      subject,
      ...(condition.onsetDate && { onsetDateTime: condition.onsetDate }),
    });
  }
  for (const allergy of allergiesOf(patient.allergies)) {
    add<AllergyIntolerance>({
      resourceType: 'AllergyIntolerance',
      id: stableId(patient.id, 'allergy', allergy),
      meta: meta(patient.updatedAt),
      clinicalStatus: coded(SYSTEMS.allergyClinical, 'active'),
      code: text(allergy),
      patient: subject,
    });
  }
  patient.coverages.forEach((coverage, index) => {
    add<Coverage>({
      resourceType: 'Coverage',
      id: stableId(patient.id, 'coverage', coverage.type, coverage.payer, coverage.memberId ?? ''),
      meta: meta(patient.updatedAt),
      status: 'active',
      type: coded(SYSTEMS.coverageKind, coverage.type, COVERAGE_LABEL[coverage.type]),
      ...(present(coverage.memberId) && { subscriberId: coverage.memberId }),
      beneficiary: subject,
      payor: [{ display: coverage.payer }],
      order: coverage.primary ? 1 : index + 2,
      ...(present(coverage.plan) && {
        class: [{ type: coded(SYSTEMS.coverageClass, 'plan', 'Plan'), value: coverage.plan, name: coverage.plan }],
      }),
    });
  });
  patient.emergencyContacts.forEach((contact) => {
    add<RelatedPerson>({
      resourceType: 'RelatedPerson',
      id: stableId(patient.id, 'emergency-contact', contact.name, contact.phone),
      meta: meta(patient.updatedAt),
      active: true,
      patient: subject,
      relationship: [
        text(contact.relationship),
        coded(SYSTEMS.roleCode, 'ECON', 'emergency contact'),
        ...(contact.isLegalRepresentative ? [coded(SYSTEMS.roleCode, 'GUARD', 'guardian')] : []),
      ],
      name: [{ text: contact.name }],
      ...(present(contact.phone) && { telecom: [{ system: 'phone', value: contact.phone }] }),
    });
  });
  for (const link of record.familyLinks) {
    const person = record.people.get(link.userId);
    add<RelatedPerson>({
      resourceType: 'RelatedPerson',
      id: link.id,
      meta: meta(link.revokedAt ?? link.consentRecordedAt, link.version),
      active: link.status === 'ACTIVE',
      patient: subject,
      relationship: [text(link.relationship)],
      ...(person && { name: [{ text: person.name }], telecom: [{ system: 'email', value: person.email }] }),
    });
  }

  // The care team: each membership a PractitionerRole, the team one CareTeam.
  const careTeamId = stableId(patient.id, 'care-team');
  for (const member of record.careTeam) {
    const person = record.people.get(member.userId);
    add<PractitionerRole>({
      resourceType: 'PractitionerRole',
      id: member.id,
      meta: meta(member.startedAt, member.version),
      active: member.endedAt === null,
      period: { start: member.startedAt, ...(member.endedAt && { end: member.endedAt }) },
      ...(practitioner(member.userId) && { practitioner: practitioner(member.userId) }),
      code: [coded(SYSTEMS.careTeamRole, member.role, roleLabel(member.role))],
      ...(person?.discipline && { specialty: [coded(SYSTEMS.discipline, person.discipline, person.discipline)] }),
    });
  }
  const activeFamily = record.familyLinks.filter((l) => l.status === 'ACTIVE');
  add<CareTeam>({
    resourceType: 'CareTeam',
    id: careTeamId,
    meta: meta(latest([patient.updatedAt, ...record.careTeam.map((m) => m.startedAt)])),
    status: 'active',
    name: `Care team of ${patient.name}`,
    subject,
    encounter: ref('Encounter', stayId),
    participant: [
      ...record.careTeam.map((m) => ({
        role: [coded(SYSTEMS.careTeamRole, m.role, roleLabel(m.role))],
        member: ref('PractitionerRole', m.id),
        period: { start: m.startedAt },
      })),
      ...activeFamily.map((l) => ({ role: [text(l.relationship)], member: ref('RelatedPerson', l.id) })),
    ],
  });

  // The care plan: problems as health concerns it addresses, goals, interventions as activities.
  const plan = record.plan;
  if (plan) {
    for (const problem of plan.problems) {
      add<Condition>({
        resourceType: 'Condition',
        id: problem.id,
        meta: meta(problem.updatedAt, problem.version),
        clinicalStatus: coded(SYSTEMS.conditionClinical, problem.status === 'ACTIVE' ? 'active' : 'resolved'),
        ...(problem.status === 'CANCELLED' && {
          verificationStatus: coded(SYSTEMS.conditionVerification, 'entered-in-error'),
        }),
        category: [coded(SYSTEMS.conditionCategory, 'health-concern', 'Health Concern')],
        severity: text(problem.priority.toLowerCase()),
        code: text(problem.statement),
        subject,
        ...(problem.onsetDate && { onsetDateTime: problem.onsetDate }),
        note: [{ text: `Owned by discipline ${problem.discipline}` }],
      });
    }
    const goals = plan.problems.flatMap((p) => p.goals ?? []);
    for (const goal of goals) {
      const status = GOAL_STATUS[goal.status] ?? { lifecycle: 'proposed' };
      add<Goal>({
        resourceType: 'Goal',
        id: goal.id,
        meta: meta(goal.updatedAt, goal.version),
        lifecycleStatus: status.lifecycle,
        ...(status.achievement && {
          achievementStatus: coded(SYSTEMS.goalAchievement, status.achievement, status.display),
        }),
        description: text(goal.description),
        subject,
        ...((present(goal.targetValue) || goal.targetDate) && {
          target: [
            {
              ...(present(goal.targetValue) && { measure: text('Target'), detailString: goal.targetValue }),
              ...(goal.targetDate && { dueDate: goal.targetDate }),
            },
          ],
        }),
        ...(goal.history.length > 0 && { statusDate: goal.history[goal.history.length - 1]?.at.slice(0, 10) }),
        addresses: [ref('Condition', goal.problemId)],
      });
    }
    const activities: CarePlanActivity[] = goals.flatMap((goal) =>
      (goal.interventions ?? []).map((intervention) => ({
        detail: {
          kind: 'ServiceRequest',
          code: text(intervention.action),
          goal: [ref('Goal', goal.id)],
          status: ACTIVITY_STATUS[intervention.status] ?? 'unknown',
          ...(present(intervention.frequency) && { scheduledString: intervention.frequency }),
          ...(practitioner(intervention.ownerId) && { performer: [practitioner(intervention.ownerId) as Ref] }),
          description: `${intervention.action} (owner: ${intervention.ownerDiscipline})`,
        },
      })),
    );
    add<CarePlan>({
      resourceType: 'CarePlan',
      id: plan.id,
      meta: meta(plan.updatedAt, plan.version),
      status: PLAN_STATUS[plan.status] ?? 'unknown',
      intent: 'plan',
      category: [coded(SYSTEMS.snomed, '734163000', 'Care plan')],
      title: `Interdisciplinary plan of care`,
      subject,
      encounter: ref('Encounter', stayId),
      period: { start: plan.periodStart, ...(plan.periodEnd && { end: plan.periodEnd }) },
      careTeam: [ref('CareTeam', careTeamId)],
      addresses: plan.problems.map((p) => ref('Condition', p.id)),
      goal: goals.map((g) => ref('Goal', g.id)),
      activity: activities,
      note: plan.notes.map((note) => ({
        ...(practitioner(note.authorId) ? { authorReference: practitioner(note.authorId) } : {}),
        time: note.createdAt,
        text: note.text,
      })),
    });
  }

  // Board tasks about the patient.
  const goalIds = new Set(plan?.problems.flatMap((p) => (p.goals ?? []).map((g) => g.id)) ?? []);
  for (const task of record.tasks) {
    add<Task>({
      resourceType: 'Task',
      id: task.id,
      meta: meta(task.updatedAt, task.version),
      status: task.completedAt ? 'completed' : task.assigneeId ? 'accepted' : 'requested',
      intent: 'order',
      priority: TASK_PRIORITY[task.priority] ?? 'routine',
      description: task.title,
      for: subject,
      encounter: ref('Encounter', stayId),
      ...(plan && (task.goalId || task.interventionId) && { basedOn: [ref('CarePlan', plan.id)] }),
      ...(task.goalId && goalIds.has(task.goalId) && { focus: ref('Goal', task.goalId) }),
      authoredOn: task.createdAt,
      lastModified: task.updatedAt,
      ...(practitioner(task.createdById) && { requester: practitioner(task.createdById) }),
      ...(practitioner(task.assigneeId) && { owner: practitioner(task.assigneeId) }),
      executionPeriod: { start: task.createdAt, ...(task.completedAt && { end: task.completedAt }) },
      ...(task.dueAt && { restriction: { period: { end: task.dueAt } } }),
      ...(task.discipline && { performerType: [coded(SYSTEMS.discipline, task.discipline, task.discipline)] }),
      ...(present(task.description) && { note: [{ text: task.description }] }),
    });
  }

  // The AHC HRSN screenings and the needs they found.
  for (const screening of record.screenings) add<QuestionnaireResponse>(screeningResource(screening, record));
  const screeningIds = new Set(record.screenings.map((s) => s.id));
  for (const need of record.needs) {
    const domain = SDOH_DOMAINS[need.domain];
    const label = DOMAIN_LABELS[need.domain];
    add<Condition>({
      resourceType: 'Condition',
      id: need.id,
      meta: meta(need.updatedAt, need.version),
      clinicalStatus: coded(SYSTEMS.conditionClinical, need.status === 'ADDRESSED' ? 'resolved' : 'active'),
      verificationStatus: coded(SYSTEMS.conditionVerification, 'confirmed'),
      category: [
        coded(SYSTEMS.conditionCategory, 'health-concern', 'Health Concern'),
        coded(SYSTEMS.usCoreCategory, 'sdoh', 'SDOH'),
        coded(SDOHCC_CATEGORY_SYSTEM, domain.category, domain.categoryDisplay),
      ],
      code: {
        ...(domain.icd10 && {
          coding: [{ system: SYSTEMS.icd10cm, code: domain.icd10.code, display: domain.icd10.display }],
        }),
        text: `${label}: positive on the AHC HRSN screening`,
      },
      subject,
      recordedDate: need.createdAt,
      ...(need.screeningId &&
        screeningIds.has(need.screeningId) && {
          evidence: [{ detail: [ref('QuestionnaireResponse', need.screeningId)] }],
        }),
      ...(need.status === 'DECLINED' && { note: [{ text: 'The patient declined help with this need.' }] }),
      ...(present(need.note) && { note: [{ text: need.note }] }),
    });
  }

  // Who changed what: one Provenance per change to an exported item.
  const held = new Set(resources.map((r) => `${r.resourceType}/${r.id}`));
  for (const change of record.changes) {
    const type = CHANGE_TARGETS[change.entityType];
    const target = type && `${type}/${change.entityId}`;
    if (!target || !held.has(target)) continue;
    add<Provenance>({
      resourceType: 'Provenance',
      id: `carehub-event-${change.id}`,
      meta: meta(change.at),
      target: [{ reference: target }],
      recorded: change.at.toISOString(),
      activity: coded(SYSTEMS.dataOperation, OPERATION[change.kind] ?? 'UPDATE'),
      agent: [
        {
          type: coded(SYSTEMS.provenanceParticipant, 'author', 'Author'),
          who: practitioner(change.actorId) ?? { display: change.actorName },
        },
      ],
    });
  }

  const entry: BundleEntry[] = resources.map((resource) => ({
    fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
    resource,
  }));
  return {
    resourceType: 'Bundle',
    id: stableId(patient.id, 'everything', now.toISOString()),
    meta: { lastUpdated: now.toISOString() },
    type: 'collection',
    timestamp: now.toISOString(),
    entry,
  };
}

const OPERATION: Record<string, string> = { CREATED: 'CREATE', UPDATED: 'UPDATE', MOVED: 'UPDATE', DELETED: 'DELETE' };

function patientResource(record: PatientRecord): Patient {
  const { patient } = record;
  return {
    resourceType: 'Patient',
    id: patient.id,
    meta: meta(patient.updatedAt, patient.version),
    identifier: [
      {
        use: 'usual',
        type: coded(SYSTEMS.v2IdentifierType, 'MR', 'Medical record number'),
        system: SYSTEMS.mrn,
        value: patient.mrn,
      },
    ],
    active: true,
    name: [nameOf(patient.name)],
    birthDate: patient.dateOfBirth,
    ...(present(patient.primaryLanguage) && {
      communication: [{ language: text(patient.primaryLanguage), preferred: true }],
    }),
    extension: [
      {
        url: 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired',
        valueBoolean: patient.interpreterNeeded,
      },
    ],
    ...(practitionerOf(record, patient.attendingId) && {
      generalPractitioner: [practitionerOf(record, patient.attendingId) as Ref],
    }),
  };
}

function practitionerOf(record: PatientRecord, userId: string | null | undefined): Ref | undefined {
  const person = userId ? record.people.get(userId) : undefined;
  return person?.kind === 'STAFF' ? ref('Practitioner', person.id, person.name) : undefined;
}

/** A name as FHIR HumanName: the text as entered, with family and given split on the last space. */
function nameOf(name: string) {
  const parts = name.trim().split(/\s+/);
  const family = parts.length > 1 ? parts[parts.length - 1] : undefined;
  const given = parts.length > 1 ? parts.slice(0, -1) : parts;
  return { use: 'official' as const, text: name, ...(family && { family }), given };
}

function screeningResource(screening: ScreeningView, record: PatientRecord): QuestionnaireResponse {
  const answers = new Map(screening.answers.map((a) => [a.question, a.values]));
  const items: QuestionnaireResponseItem[] = [];
  for (const question of HRSN_QUESTIONS) {
    const values = answers.get(question.id);
    if (!values || values.length === 0) continue;
    const loinc = HRSN_LOINC[question.id];
    items.push({
      linkId: loinc?.code ?? question.id,
      text: question.text,
      answer: values.map((value) => {
        const option = question.options.find((o) => o.value === value);
        const code = loinc?.answers[value];
        return {
          valueCoding: code
            ? { system: LOINC, code, display: option?.label ?? value }
            : { code: value, display: option?.label ?? value },
        };
      }),
    });
  }
  const safety = screening.domains.find((d) => d.domain === 'SAFETY');
  if (safety?.score != null) {
    items.push({
      linkId: SAFETY_TOTAL_SCORE.code,
      text: `${SAFETY_TOTAL_SCORE.display} (positive at ${SAFETY_POSITIVE_AT} or more)`,
      answer: [{ valueInteger: safety.score }],
    });
  }
  const author = practitionerOf(record, screening.screenedById);
  return {
    resourceType: 'QuestionnaireResponse',
    id: screening.id,
    meta: meta(screening.updatedAt, screening.version),
    language: screening.language === 'SPANISH' ? 'es' : 'en',
    questionnaire: AHC_HRSN_QUESTIONNAIRE,
    status: screening.status === 'COMPLETED' ? 'completed' : 'in-progress',
    subject: ref('Patient', record.patient.id, record.patient.name),
    authored: screening.completedAt ?? screening.updatedAt,
    ...(author && { author }),
    ...(items.length > 0 && {
      item: [{ linkId: AHC_HRSN_PANEL.code, text: AHC_HRSN_PANEL.display, item: items }],
    }),
  };
}

function dispositionOf(disposition: string): CodeableConcept {
  const code = DISPOSITION[disposition];
  const label = disposition.toLowerCase().replaceAll('_', ' ');
  return code ? { ...coded(SYSTEMS.dischargeDisposition, code.code, code.display), text: label } : text(label);
}

function roleLabel(role: string): string {
  return role.charAt(0) + role.slice(1).toLowerCase().replaceAll('_', ' ');
}

/** The latest of ISO times (they sort as text). */
function latest(times: string[]): string {
  return [...times].sort().at(-1) ?? new Date(0).toISOString();
}

/** The allergy list as entered, one entry per `;` or line ("Penicillin (rash); latex"). */
export function allergiesOf(allergies: string | null): string[] {
  return (allergies ?? '')
    .split(/[;\n]/)
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
}
