import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Caller } from '../../platform/auth/caller.js';
import type { Viewer } from '../../platform/auth/viewer.js';
import type { ChangeEventPayload } from '../../platform/bus/bus.js';
import { badInput, forbidden, notFound, unauthenticated } from '../../platform/errors.js';
import { ChangeEventRecord } from '../../platform/events/change-event.entity.js';
import { type Delivery, type EventFeed, recheckAtMostEvery, type Sight } from '../../platform/events/event-feed.js';
import { Streams } from '../../platform/events/streams.js';
import { stampOf, type WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { AccessBasis, Action, CareTeamChange, Policy } from '../../platform/policy/policy.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import { blankToNull, containsIgnoringCase, requireText } from '../../platform/text.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { UnitService } from '../unit/unit.service.js';
import { Encounter, Patient, type PatientView, patientView } from './patient.entity.js';
import type {
  CreatePatientInput,
  DischargePatientInput,
  EncounterType,
  PatientFilterInput,
  PatientRecordInput,
  ReadmitPatientInput,
  UpdatePatientInput,
} from './patient.types.js';
import type { ChangesSinceLastSeenType } from './seen.types.js';
import { SeenMarker } from './seen-marker.entity.js';

const EARLIEST_BIRTH = '1900-01-01';
/** Admissions may be entered slightly ahead (a planned admission later today), never days ahead. */
const ADMISSION_LEAD_MS = 24 * 3_600_000;
const DAY_MS = 86_400_000;

/** Actions that show patient data; writes are audited by the write path instead. */
const READ_ACTIONS = new Set<Action>(['patient.read', 'audit.read']);

export interface AuthorizeOptions {
  /** False for checks that show no patient data (presence): neither the read nor a refusal is audited. */
  audit?: boolean;
  careTeamChange?: CareTeamChange;
}

/** A patient the caller was just allowed to act on, and on what basis. */
export interface PatientAccess {
  patient: Patient;
  viewer: Viewer;
  basis: AccessBasis;
  /** Whether the access rests on break-the-glass (flagged in the audit trail). */
  breakGlass: boolean;
}

/**
 * Patients: reading them (each read audited), creating and editing them on the one write path,
 * discharge and readmission, and following their events. Other modules ask `authorize` before
 * touching anything that belongs to a patient.
 */
export class PatientService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly feed: EventFeed,
    private readonly policy: Policy,
    private readonly audit: AuditLog,
    private readonly units: UnitService,
    private readonly identity: IdentityService,
    private readonly reads: ReadAccess,
  ) {}

  /**
   * Loads the patient and checks that the caller may do `action` on it: NOT_FOUND for an unknown
   * id, UNAUTHENTICATED/FORBIDDEN per the policy. A read is recorded in the audit trail here, and so
   * is a refusal (a DENIED row on the patient's trail), unless `audit: false` (for checks that show
   * no patient data, such as presence). `careTeamChange` names the membership a care-team change
   * gives or takes.
   */
  async authorize(
    caller: Caller,
    patientId: string,
    action: Action,
    operation: string,
    options: AuthorizeOptions = {},
  ): Promise<PatientAccess> {
    if (!caller.viewer) throw unauthenticated();
    return this.authorizeOn(caller, await this.load(patientId), action, operation, options);
  }

  /** `authorize` for a patient already loaded (a second action on the same patient). */
  async authorizeOn(
    caller: Caller,
    patient: Patient,
    action: Action,
    operation: string,
    options: AuthorizeOptions = {},
  ): Promise<PatientAccess> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    const decided = await this.policy.decide(viewer, action, {
      type: 'patient',
      patientId: patient.id,
      unitId: patient.unitId,
      ...(options.careTeamChange && { careTeamChange: options.careTeamChange }),
    });
    if (!decided.allowed) {
      if (options.audit !== false) {
        await this.recordDenied(caller, {
          patientId: patient.id,
          operation,
          breakGlass: decided.basis === 'BREAK_GLASS',
        });
      }
      throw forbidden();
    }
    // Actions such as audit.read are granted by role, not by seeing the patient: their basis may be null.
    const basis = decided.basis ?? 'CARE_TEAM';
    const access = { patient, viewer, basis, breakGlass: decided.basis === 'BREAK_GLASS' };
    const audited = READ_ACTIONS.has(action) && options.audit !== false;
    if (audited) await this.recordRead(caller, access, operation);
    if (decided.basis) this.reads.remember(caller, patient.id, patient.unitId, decided.basis, audited);
    return access;
  }

  /**
   * Puts a refused attempt on the patient's audit trail (access DENIED): who tried which operation,
   * on what item, from where (an anonymous holder of an invitation code has no actor). Written in a
   * transaction of its own, after the refused work was rolled back, so the attempt stays recorded
   * while nothing else changed. `fields` may say why, e.g. `refused: INVITATION_EXPIRED`.
   */
  async recordDenied(
    caller: Caller,
    attempt: {
      patientId: string;
      operation: string;
      entityType?: string;
      entityId?: string;
      fields?: string[];
      breakGlass?: boolean;
    },
  ): Promise<void> {
    const viewer = caller.viewer;
    await this.audit.append([
      {
        actor: viewer && { id: viewer.userId, name: viewer.name },
        patientId: attempt.patientId,
        operation: attempt.operation,
        access: 'DENIED',
        entityType: attempt.entityType ?? 'Patient',
        entityId: attempt.entityId ?? attempt.patientId,
        fields: attempt.fields ?? null,
        ip: caller.ip,
        requestId: caller.requestId,
        breakGlass: attempt.breakGlass ?? false,
      },
    ]);
  }

  /**
   * For fields nested under a patient or a patient's item (including the node of a delivered
   * event): the caller may read the patient now. The answer the root field or the stream just got
   * from the policy is reused within the re-check period; otherwise this is a full `authorize`
   * (audited as `operation`). NOT_FOUND, UNAUTHENTICATED or FORBIDDEN otherwise.
   */
  async assertMayRead(caller: Caller, patientId: string, operation: string): Promise<void> {
    const recalled = await this.reads.recall(caller, patientId);
    if (!recalled) {
      await this.authorize(caller, patientId, 'patient.read', operation);
      return;
    }
    if (!recalled.allowed) throw caller.viewer ? forbidden() : unauthenticated();
  }

  /** The patient's unit now; null for an unknown patient. */
  async unitOf(patientId: string): Promise<string | null> {
    if (!isUuid(patientId)) return null;
    const patient = await this.orm.em.fork().findOne(Patient, { id: patientId }, { fields: ['unitId'] });
    return patient?.unitId ?? null;
  }

  async list(caller: Caller, filter: PatientFilterInput = {}): Promise<PatientView[]> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    let unitIds: string[];
    if (filter.unitId) {
      await this.policy.assert(viewer, 'unit.read', { type: 'unit', unitId: filter.unitId });
      unitIds = [filter.unitId];
    } else {
      unitIds = viewer.kind === 'STAFF' && viewer.role !== 'ADMIN' ? await this.units.unitIdsOf(viewer.userId) : [];
    }
    if (unitIds.length === 0) return [];
    const matches = containsIgnoringCase(['name', 'mrn', 'bed'], filter.search);
    const patients = await this.orm.em.fork().find(
      Patient,
      {
        unitId: { $in: unitIds },
        status: filter.status ?? 'ADMITTED',
        ...matches,
      },
      { orderBy: { name: 'asc', id: 'asc' }, limit: 1000 },
    );
    await this.recordListRead(caller, viewer, patients, 'patients');
    return patients.map(patientView);
  }

  /** The patients whose care team includes the viewer (My caseload), current stays first. */
  async caseload(caller: Caller, patientIds: string[]): Promise<PatientView[]> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    if (patientIds.length === 0) return [];
    const patients = await this.orm.em
      .fork()
      .find(Patient, { id: { $in: patientIds } }, { orderBy: { status: 'asc', name: 'asc' } });
    await this.recordListRead(caller, viewer, patients, 'myCaseload');
    return patients.map(patientView);
  }

  async get(caller: Caller, id: string): Promise<PatientView> {
    const { patient } = await this.authorize(caller, id, 'patient.read', 'patient');
    return patientView(patient);
  }

  async encounters(caller: Caller, patientId: string): Promise<EncounterType[]> {
    await this.assertMayRead(caller, patientId, 'encounters');
    const rows = await this.orm.em.fork().find(Encounter, { patientId }, { orderBy: { admittedAt: 'desc' } });
    return rows.map((e) => ({
      id: e.id,
      unitId: e.unitId,
      admittedAt: e.admittedAt.toISOString(),
      dischargedAt: e.dischargedAt.toISOString(),
      admittingDiagnosis: e.admittingDiagnosis,
      disposition: e.disposition,
    }));
  }

  /** Creates a patient; a repeated `clientMutationId` returns the patient created the first time. */
  async create(caller: Caller, input: CreatePatientInput): Promise<PatientView> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    if (!(await this.units.exists(input.unitId))) throw notFound('Unit', input.unitId);
    await this.policy.assert(viewer, 'patient.create', { type: 'unit', unitId: input.unitId });
    const name = requireText(input.name, 'name');
    checkStay(input.dateOfBirth, input.admittedAt, input.expectedDischargeDate ?? null);
    const record = await this.recordFields(input);
    return this.writes
      .run(
        stampOf(caller, viewer, 'createPatient'),
        async ({ em, record: recordChange }) => {
          if (await em.count(Patient, { mrn: input.mrn })) {
            throw badInput(`A patient with MRN ${input.mrn} already exists.`, 'mrn');
          }
          const patient = em.create(Patient, {
            mrn: input.mrn,
            name,
            dateOfBirth: input.dateOfBirth,
            unitId: input.unitId,
            admittedAt: input.admittedAt,
            ...record,
          });
          recordChange({ kind: 'CREATED', entity: patient, patientId: patient.id, streams: streamsOf(patient) });
          return patient;
        },
        {
          clientMutationId: input.clientMutationId,
          replay: async (em, id) => em.findOneOrFail(Patient, { id }),
        },
      )
      .then(patientView);
  }

  /** Applies the given fields if `expectedVersion` is current; otherwise CONFLICT with the current patient. */
  async update(caller: Caller, input: UpdatePatientInput): Promise<PatientView> {
    let access = await this.authorize(caller, input.id, 'patient.update', 'updatePatient');
    if (input.unitId && input.unitId !== access.patient.unitId) {
      access = await this.authorizeOn(caller, access.patient, 'patient.place', 'updatePatient');
      await this.assertMayPlaceOn(caller, access, input.unitId, 'updatePatient');
    }
    const patch = {
      ...(input.name != null && { name: requireText(input.name, 'name') }),
      ...(input.dateOfBirth != null && { dateOfBirth: input.dateOfBirth }),
      ...(input.unitId != null && { unitId: input.unitId }),
      ...(input.admittedAt != null && { admittedAt: input.admittedAt }),
      ...(await this.recordFields(input)),
    };
    return this.change(caller, access, 'updatePatient', input.expectedVersion, (patient) => {
      checkStay(
        patch.dateOfBirth ?? patient.dateOfBirth,
        patch.admittedAt ?? patient.admittedAt,
        patch.expectedDischargeDate !== undefined ? patch.expectedDischargeDate : patient.expectedDischargeDate,
      );
      return patch;
    });
  }

  /** Ends the current stay: the encounter is kept in the history and the patient leaves the unit's list. */
  async discharge(caller: Caller, input: DischargePatientInput): Promise<PatientView> {
    const access = await this.authorize(caller, input.id, 'patient.place', 'dischargePatient');
    return this.change(caller, access, 'dischargePatient', input.expectedVersion, (patient, em) => {
      if (patient.status === 'DISCHARGED') throw badInput('This patient is already discharged.', 'id');
      if (input.dischargedAt < patient.admittedAt) {
        throw badInput('dischargedAt cannot be before the admission.', 'dischargedAt');
      }
      if (input.dischargedAt.getTime() > Date.now() + ADMISSION_LEAD_MS) {
        throw badInput('dischargedAt cannot be more than a day ahead.', 'dischargedAt');
      }
      em.create(Encounter, {
        patientId: patient.id,
        unitId: patient.unitId,
        admittedAt: patient.admittedAt,
        dischargedAt: input.dischargedAt,
        admittingDiagnosis: patient.admittingDiagnosis,
        disposition: input.disposition,
      });
      return { status: 'DISCHARGED', dischargedAt: input.dischargedAt, disposition: input.disposition };
    });
  }

  /** Starts a new stay for a discharged patient. */
  async readmit(caller: Caller, input: ReadmitPatientInput): Promise<PatientView> {
    const access = await this.authorize(caller, input.id, 'patient.place', 'readmitPatient');
    await this.assertMayPlaceOn(caller, access, input.unitId, 'readmitPatient');
    return this.change(caller, access, 'readmitPatient', input.expectedVersion, (patient) => {
      if (patient.status !== 'DISCHARGED' || !patient.dischargedAt) {
        throw badInput('Only a discharged patient can be readmitted.', 'id');
      }
      if (input.admittedAt < patient.dischargedAt) {
        throw badInput('admittedAt cannot be before the last discharge.', 'admittedAt');
      }
      checkStay(patient.dateOfBirth, input.admittedAt, input.expectedDischargeDate ?? null);
      return {
        status: 'ADMITTED',
        admittedAt: input.admittedAt,
        unitId: input.unitId,
        bed: blankToNull(input.bed),
        admittingDiagnosis: blankToNull(input.admittingDiagnosis),
        expectedDischargeDate: input.expectedDischargeDate ?? null,
        dischargedAt: null,
        disposition: null,
      };
    });
  }

  /**
   * The patient's stream, for a viewer allowed to read the patient; ends when that access ends —
   * at once when an event on the stream changes it (a transfer, a team change), otherwise within
   * the re-check period. Deliveries are audited once per subscription and period.
   */
  async follow(caller: Caller, patientId: string, after: string | null | undefined): Promise<AsyncIterable<Delivery>> {
    const { viewer } = await this.authorize(caller, patientId, 'patient.read', 'patientEvents');
    const sessionLive = recheckAtMostEvery(
      this.reads.recheckMs,
      () => this.identity.sessionIsLive(viewer.sessionId),
      () => false,
    );
    return this.feed.follow(Streams.patient(patientId), {
      after,
      stillAllowed: async (event) =>
        (await sessionLive(event)) && ((await this.reads.decide(caller, patientId, event))?.allowed ?? false),
      sight: (event) => this.sightOf(caller, viewer, patientId, event, 'patientEvents'),
    });
  }

  /**
   * Every patient change on a unit (the live patient list), as the viewer may see it now: a
   * patient the viewer may no longer read (moved to another unit) is left out, except that their
   * leaving this unit arrives as an envelope without the patient, so the list can drop them.
   */
  async followUnit(caller: Caller, unitId: string, after: string | null | undefined): Promise<AsyncIterable<Delivery>> {
    const resource = { type: 'unit', unitId } as const;
    const viewer = await this.policy.assert(caller.viewer, 'unit.read', resource);
    return this.feed.follow(Streams.unit(unitId), {
      after,
      stillAllowed: recheckAtMostEvery(
        this.reads.recheckMs,
        async () =>
          (await this.identity.sessionIsLive(viewer.sessionId)) && this.policy.can(viewer, 'unit.read', resource),
        (event) => this.policy.changesAccess(event),
      ),
      sight: async (event) => {
        if (!event.patientId) return this.policy.canSeeEvent(viewer, event) ? 'whole' : 'none';
        const sight = await this.sightOf(caller, viewer, event.patientId, event, 'unitEvents');
        const leftUnit = event.entityType === 'Patient' && event.snapshot.unitId !== unitId;
        return sight === 'none' && leftUnit ? 'envelope' : sight;
      },
    });
  }

  /** Whether a subscriber receives an event about the patient; a delivery is put on the audit trail. */
  private async sightOf(
    caller: Caller,
    viewer: Viewer,
    patientId: string,
    event: ChangeEventPayload,
    operation: string,
  ): Promise<Sight> {
    if (!this.policy.canSeeEvent(viewer, event)) return 'none';
    const decision = await this.reads.decide(caller, patientId, event);
    if (!decision?.allowed) return 'none';
    this.reads.shown(caller, patientId, operation, decision.breakGlass);
    return 'whole';
  }

  /** Others' changes to the patient since the viewer last marked it as seen (their own are left out). */
  async changesSinceLastSeen(caller: Caller, patientId: string): Promise<ChangesSinceLastSeenType> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    await this.assertMayRead(caller, patientId, 'changesSinceLastSeen');
    const em = this.orm.em.fork();
    const marker = await em.findOne(SeenMarker, { userId: viewer.userId, patientId });
    // Without a marker there is no "last time" to compare with: the first visit sets the baseline.
    const rows = marker
      ? await em.find(
          ChangeEventRecord,
          { stream: Streams.patient(patientId), id: { $gt: marker.lastSeenEventId }, actorId: { $ne: viewer.userId } },
          { orderBy: { id: 'asc' }, limit: 200 },
        )
      : [];
    const latest = await em.findOne(
      ChangeEventRecord,
      { stream: Streams.patient(patientId) },
      { orderBy: { id: 'desc' }, fields: ['id'] },
    );
    return {
      lastSeenAt: marker?.at ?? null,
      latestEventId: latest ? String(latest.id) : null,
      changes: rows.map((r) => ({
        eventId: String(r.id),
        at: r.at.toISOString(),
        actorName: r.actorName,
        kind: r.kind,
        entityType: r.entityType,
        entityId: r.entityId,
        fields: (r.changes?.map((c) => c.field) ?? []).sort(),
      })),
    };
  }

  /** Records that the viewer has seen the patient's changes up to an event; never moves backwards. */
  async markSeen(caller: Caller, patientId: string, upToEventId: string): Promise<ChangesSinceLastSeenType> {
    const { viewer } = await this.authorize(caller, patientId, 'patient.read', 'markPatientSeen', { audit: false });
    const em = this.orm.em.fork();
    const event = await em.findOne(
      ChangeEventRecord,
      { id: upToEventId, stream: Streams.patient(patientId) },
      { fields: ['id'] },
    );
    if (!event) throw badInput('upToEventId is not an event of this patient.', 'upToEventId');
    await em.transactional(async (tx) => {
      const marker = await tx.findOne(SeenMarker, { userId: viewer.userId, patientId });
      if (!marker) tx.create(SeenMarker, { userId: viewer.userId, patientId, lastSeenEventId: String(event.id) });
      else if (BigInt(marker.lastSeenEventId) < BigInt(event.id)) {
        marker.lastSeenEventId = String(event.id);
        marker.at = new Date();
      }
    });
    return this.changesSinceLastSeen(caller, patientId);
  }

  /** Placing the patient on a unit (a move or a readmission) is for that unit's staff: the refusal is audited. */
  private async assertMayPlaceOn(caller: Caller, access: PatientAccess, unitId: string, operation: string) {
    if (!(await this.units.exists(unitId))) throw notFound('Unit', unitId);
    if (!(await this.policy.can(access.viewer, 'patient.create', { type: 'unit', unitId }))) {
      await this.recordDenied(caller, { patientId: access.patient.id, operation });
      throw forbidden();
    }
  }

  private async change(
    caller: Caller,
    access: PatientAccess,
    operation: string,
    expectedVersion: number,
    apply: (patient: Patient, em: EntityManager) => Partial<Patient>,
  ): Promise<PatientView> {
    return this.writes
      .run(stampOf(caller, access.viewer, operation, access.breakGlass), async ({ em, record, expectVersion }) => {
        const patient = await em.findOneOrFail(Patient, { id: access.patient.id });
        expectVersion(patient, expectedVersion);
        const before = patientView(patient);
        const previousUnit = patient.unitId;
        em.assign(patient, apply(patient, em));
        const streams = [...new Set([...streamsOf(patient), Streams.unit(previousUnit)])];
        record({ kind: 'UPDATED', entity: patient, before, patientId: patient.id, streams });
        return patient;
      })
      .then(patientView);
  }

  /** The record fields of an input, trimmed; left-out fields are left out, nulls clear. */
  private async recordFields(input: PatientRecordInput): Promise<Partial<Patient>> {
    if (input.attendingId) {
      const attending = await this.identity.userById(input.attendingId);
      if (attending?.kind !== 'STAFF') throw notFound('User', input.attendingId);
    }
    if (input.coverages && input.coverages.filter((c) => c.primary).length > 1) {
      throw badInput('Only one coverage can be primary.', 'coverages');
    }
    return {
      ...(input.bed !== undefined && { bed: blankToNull(input.bed) }),
      ...(input.expectedDischargeDate !== undefined && { expectedDischargeDate: input.expectedDischargeDate }),
      ...(input.admittingDiagnosis !== undefined && { admittingDiagnosis: blankToNull(input.admittingDiagnosis) }),
      ...(input.attendingId !== undefined && { attendingId: input.attendingId }),
      ...(input.allergies !== undefined && { allergies: blankToNull(input.allergies) }),
      ...(input.primaryLanguage !== undefined && { primaryLanguage: blankToNull(input.primaryLanguage) }),
      ...(input.interpreterNeeded != null && { interpreterNeeded: input.interpreterNeeded }),
      ...(input.conditions && {
        conditions: input.conditions.map((c) => ({
          code: blankToNull(c.code),
          codeSystem: blankToNull(c.codeSystem),
          description: requireText(c.description, 'conditions.description'),
          onsetDate: c.onsetDate ?? null,
          status: c.status,
        })),
      }),
      ...(input.coverages && {
        coverages: input.coverages.map((c) => ({
          type: c.type,
          payer: requireText(c.payer, 'coverages.payer'),
          plan: blankToNull(c.plan),
          memberId: blankToNull(c.memberId),
          primary: c.primary,
        })),
      }),
      ...(input.emergencyContacts && {
        emergencyContacts: input.emergencyContacts.map((c) => ({
          name: requireText(c.name, 'emergencyContacts.name'),
          relationship: requireText(c.relationship, 'emergencyContacts.relationship'),
          phone: c.phone.trim(),
          isLegalRepresentative: c.isLegalRepresentative,
        })),
      }),
    };
  }

  /** One READ row per patient a list showed. */
  private async recordListRead(caller: Caller, viewer: Viewer, patients: Patient[], operation: string): Promise<void> {
    await this.audit.append(
      patients.map((p) => ({
        actor: { id: viewer.userId, name: viewer.name },
        patientId: p.id,
        operation,
        access: 'READ' as const,
        entityType: 'Patient',
        entityId: p.id,
        ip: caller.ip,
        requestId: caller.requestId,
        breakGlass: false,
      })),
    );
  }

  private async recordRead(caller: Caller, access: PatientAccess, operation: string): Promise<void> {
    await this.audit.append([
      {
        actor: { id: access.viewer.userId, name: access.viewer.name },
        patientId: access.patient.id,
        operation,
        access: 'READ',
        entityType: 'Patient',
        entityId: access.patient.id,
        ip: caller.ip,
        requestId: caller.requestId,
        breakGlass: access.breakGlass,
      },
    ]);
  }

  private async load(id: string): Promise<Patient> {
    const patient = isUuid(id) ? await this.orm.em.fork().findOne(Patient, { id }) : null;
    if (!patient) throw notFound('Patient', id);
    return patient;
  }
}

/** Whole days since admission (to discharge, for a finished stay). */
export function lengthOfStayDays(view: Pick<PatientView, 'admittedAt' | 'dischargedAt'>, now = Date.now()): number {
  const end = view.dischargedAt ? Date.parse(view.dischargedAt) : now;
  return Math.max(0, Math.floor((end - Date.parse(view.admittedAt)) / DAY_MS));
}

function streamsOf(patient: Patient): string[] {
  return [Streams.patient(patient.id), Streams.unit(patient.unitId)];
}

function checkStay(dateOfBirth: string, admittedAt: Date, expectedDischargeDate: string | null): void {
  const today = new Date().toISOString().slice(0, 10);
  if (dateOfBirth < EARLIEST_BIRTH || dateOfBirth > today) {
    throw badInput(`dateOfBirth must be between ${EARLIEST_BIRTH} and today.`, 'dateOfBirth');
  }
  const admissionDay = admittedAt.toISOString().slice(0, 10);
  if (admissionDay < dateOfBirth) {
    throw badInput('admittedAt cannot be before the date of birth.', 'admittedAt');
  }
  if (admittedAt.getTime() > Date.now() + ADMISSION_LEAD_MS) {
    throw badInput('admittedAt cannot be more than a day ahead.', 'admittedAt');
  }
  if (expectedDischargeDate && expectedDischargeDate < admissionDay) {
    throw badInput('expectedDischargeDate cannot be before the admission.', 'expectedDischargeDate');
  }
}
