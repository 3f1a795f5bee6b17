import type { Bundle, OperationOutcome } from '@medplum/fhirtypes';
import { validate } from 'class-validator';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError, ErrorCode, unauthenticated } from '../../platform/errors.js';
import type { ChangeEventRecord } from '../../platform/events/change-event.entity.js';
import type { EventLog } from '../../platform/events/event-log.js';
import { Streams } from '../../platform/events/streams.js';
import { isUuid } from '../../platform/ids.js';
import type { CarePlanService } from '../care-plan/care-plan.service.js';
import type { CareTeamService } from '../care-team/care-team.service.js';
import type { FamilyService } from '../family/family.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import { patientView } from '../patient/patient.entity.js';
import type { PatientService } from '../patient/patient.service.js';
import {
  ConditionInput,
  CoverageInput,
  CreatePatientInput,
  EmergencyContactInput,
  UpdatePatientInput,
} from '../patient/patient.types.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { SocialNeedsService } from '../social-needs/social-needs.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import { stableId } from './fhir.codes.js';
import { buildBundle, type PatientRecord, type RecordPerson } from './fhir.export.js';
import { type ImportedPatient, readBundle } from './fhir.import.js';
import { error, FhirProblem, type Issue, information, invalid, outcome, warning } from './operation-outcome.js';

/** The services a FHIR export reads through (each checks access and audits as for GraphQL). */
export interface FhirNeeds {
  patients: PatientService;
  patientAccess: PatientAccessService;
  careTeam: CareTeamService;
  family: FamilyService;
  carePlans: CarePlanService;
  taskBoards: TaskBoardService;
  socialNeeds: SocialNeedsService;
  identity: IdentityService;
}

export interface ImportResult {
  /** 201 when the patient was created, 200 when an existing one (same MRN) was updated. */
  status: 200 | 201;
  patientId: string;
  outcome: OperationOutcome;
}

const CHANGES_PAGE = 2_000;

/** How often an import re-reads and tries again when another writer changed the same patient meanwhile. */
const IMPORT_ATTEMPTS = 3;

/**
 * FHIR R4 in and out of CareHub: a patient's whole care picture as a Bundle (`$everything`), and a
 * patient arriving from an EHR bundle, created or updated on the one write path.
 */
export class FhirService {
  constructor(
    private readonly needs: FhirNeeds,
    private readonly events: EventLog,
  ) {}

  /**
   * The patient's record as a FHIR `collection` Bundle, for a caller who may read the patient (the
   * read is audited as `operation`; a refusal is audited as DENIED). Family members are refused:
   * they reach what the team shares with them through the portal only, as in GraphQL.
   */
  async exportBundle(caller: Caller, patientId: string, base: string, operation: string): Promise<Bundle> {
    const { patient } = await this.needs.patientAccess.authorize(caller, patientId, 'patient.read', operation);
    const { patients, careTeam, family, carePlans, taskBoards, socialNeeds } = this.needs;
    const view = patientView(patient);
    const [pastEncounters, members, familyLinks, plan, tasks, screenings, needs, changes] = await Promise.all([
      patients.encounters(caller, patient.id),
      careTeam.activeMembers(caller, patient.id),
      family.linksOf(caller, patient.id),
      carePlans.currentPlan(caller, patient.id),
      taskBoards.patientTasks(caller, patient.id, true),
      socialNeeds.screenings(caller, patient.id),
      socialNeeds.needs(caller, patient.id),
      this.changesOf(patient.id),
    ]);
    const ids = new Set<string>([
      ...members.map((m) => m.userId),
      ...familyLinks.map((l) => l.userId),
      ...(view.attendingId ? [view.attendingId] : []),
      ...tasks.flatMap((t) => [t.assigneeId, t.createdById].filter((id): id is string => !!id)),
      ...(plan?.notes.map((n) => n.authorId) ?? []),
      ...(
        plan?.problems.flatMap((p) => (p.goals ?? []).flatMap((g) => (g.interventions ?? []).map((i) => i.ownerId))) ??
        []
      ).filter((id): id is string => !!id),
      ...screenings.map((s) => s.screenedById),
      ...changes.map((c) => c.actorId),
    ]);
    const users = await this.needs.identity.usersByIds([...ids].filter(isUuid));
    const people = new Map<string, RecordPerson>();
    for (const user of users) {
      if (user) {
        people.set(user.id, {
          id: user.id,
          name: user.name,
          email: user.email,
          kind: user.kind,
          discipline: user.discipline,
        });
      }
    }
    const record: PatientRecord = {
      patient: view,
      pastEncounters,
      careTeam: members,
      familyLinks: familyLinks.filter((l) => l.status !== 'INVITED'),
      people,
      plan,
      tasks,
      screenings,
      needs,
      changes: changes.map((c) => ({ ...c, id: String(c.id) })),
    };
    return buildBundle(record, base);
  }

  /** Every change on the patient's stream, oldest first, read a page at a time. */
  private async changesOf(patientId: string): Promise<ChangeEventRecord[]> {
    const all: ChangeEventRecord[] = [];
    for (let cursor = '0'; ; ) {
      const page = await this.events.after(Streams.patient(patientId), cursor, { limit: CHANGES_PAGE });
      all.push(...page);
      const last = page.at(-1);
      if (page.length < CHANGES_PAGE || !last) return all;
      cursor = String(last.id);
    }
  }

  /**
   * Creates or updates the patient a FHIR bundle describes, matched on its MRN identifier: the
   * same bundle posted twice — or twice at once — leaves one patient. A new patient goes on
   * `unitId` (the caller must be on that unit's staff); an existing one is updated where it is (the
   * caller must reach it). The attending is matched to a staff account by the Practitioner's email. Through the patient service's own create and update, so the write is
   * checked, audited and live like any other. Everything the bundle holds that CareHub does not
   * keep is listed in the outcome; bad input changes nothing.
   */
  /** The staff account of the bundle's attending, matched on the Practitioner's email; an unmatched one is reported. */
  private async attendingOf(patient: ImportedPatient, issues: Issue[]): Promise<string | null> {
    if (!patient.attendingEmail) return null;
    const staff = await this.needs.identity.activeStaffByEmail(patient.attendingEmail);
    if (!staff) {
      issues.push(
        warning(
          'not-found',
          `The attending ${patient.attendingEmail} has no staff account on this hub; the attending was not set.`,
        ),
      );
    }
    return staff?.id ?? null;
  }

  async importBundle(caller: Caller, body: unknown, unitId: string | null): Promise<ImportResult> {
    if (!caller.viewer) throw unauthenticated();
    const { patient, issues } = readBundle(body);
    const attendingId = await this.attendingOf(patient, issues);
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = await this.needs.patients.byMrn(patient.mrn);
        if (existing) {
          const input = await checked(
            Object.assign(new UpdatePatientInput(), {
              id: existing.id,
              expectedVersion: existing.version,
              ...recordFields(patient),
              ...(attendingId && { attendingId }),
              ...(patient.admittedAt && { admittedAt: patient.admittedAt }),
            }),
          );
          const updated = await this.needs.patients.update(caller, input);
          return done(200, updated.id, `Updated Patient/${updated.id} (MRN ${patient.mrn}).`, issues);
        }
        if (!unitId) throw invalid('A new patient needs a unit: POST /fhir?unitId=<unit id>.', 'unitId');
        if (!patient.admittedAt) {
          throw invalid('A new patient needs an Encounter with period.start (the admission).', 'Bundle.entry');
        }
        const input = await checked(
          Object.assign(new CreatePatientInput(), {
            clientMutationId: stableId('fhir-import', patient.mrn),
            mrn: patient.mrn,
            unitId,
            admittedAt: patient.admittedAt,
            ...recordFields(patient),
            ...(attendingId && { attendingId }),
          }),
        );
        const created = await this.needs.patients.create(caller, input);
        return done(201, created.id, `Created Patient/${created.id} (MRN ${patient.mrn}).`, issues);
      } catch (failure) {
        // Another writer created or changed this patient meanwhile: read it again and apply the bundle to it.
        if (attempt < IMPORT_ATTEMPTS && racedAnotherWriter(failure)) continue;
        throw failure;
      }
    }
  }
}

function done(status: 200 | 201, patientId: string, message: string, issues: Issue[]): ImportResult {
  return { status, patientId, outcome: outcome([information(message), ...issues]) };
}

function racedAnotherWriter(failure: unknown): boolean {
  if (!(failure instanceof AppError)) return false;
  const code = failure.extensions.code;
  return (
    code === ErrorCode.CONFLICT ||
    (code === ErrorCode.BAD_USER_INPUT &&
      (failure.message.includes('already exists') || failure.message.includes('duplicates an existing record')))
  );
}

/** The patient input fields the bundle states; what it says nothing about is left out (an update keeps it). */
function recordFields(patient: ImportedPatient) {
  const { conditions, coverages, emergencyContacts } = patient;
  return {
    name: patient.name,
    dateOfBirth: patient.dateOfBirth,
    ...(patient.admittingDiagnosis !== undefined && { admittingDiagnosis: patient.admittingDiagnosis }),
    ...(patient.admissionAcuity !== undefined && { admissionAcuity: patient.admissionAcuity }),
    ...(patient.allergies !== undefined && { allergies: patient.allergies }),
    ...(patient.primaryLanguage !== undefined && { primaryLanguage: patient.primaryLanguage }),
    ...(patient.interpreterNeeded !== undefined && { interpreterNeeded: patient.interpreterNeeded }),
    ...(conditions && { conditions: conditions.map((c) => Object.assign(new ConditionInput(), c)) }),
    ...(coverages && { coverages: coverages.map((c) => Object.assign(new CoverageInput(), c)) }),
    ...(emergencyContacts && {
      emergencyContacts: emergencyContacts.map((c) => Object.assign(new EmergencyContactInput(), c)),
    }),
  };
}

/** The same field rules GraphQL applies to a patient input (lengths, MRN shape, list sizes), as a 400 OperationOutcome. */
async function checked<T extends object>(input: T): Promise<T> {
  const failures = await validate(input, { forbidUnknownValues: true });
  if (failures.length === 0) return input;
  const issues: Issue[] = [];
  const walk = (list: typeof failures, path: string) => {
    for (const f of list) {
      const at = path ? `${path}.${f.property}` : f.property;
      for (const message of Object.values(f.constraints ?? {})) issues.push(error('invalid', `${at}: ${message}`));
      walk(f.children ?? [], at);
    }
  };
  walk(failures, '');
  throw new FhirProblem(400, issues);
}
