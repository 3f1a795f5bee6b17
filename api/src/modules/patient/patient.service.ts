import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import type { Viewer } from '../../platform/auth/viewer.js';
import type { ChangeEventPayload } from '../../platform/bus/bus.js';
import { badInput, forbidden, notFound, unauthenticated } from '../../platform/errors.js';
import type { EntityView, Route } from '../../platform/events/entity-views.js';
import {
  type Delivery,
  type EventFeed,
  recheckAtMostEvery,
  SharedRechecks,
  type Sight,
} from '../../platform/events/event-feed.js';
import { Streams } from '../../platform/events/streams.js';
import { stampOf, type WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { Policy } from '../../platform/policy/policy.js';
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
import type { PatientAccess, PatientAccessService } from './patient-access.service.js';

const EARLIEST_BIRTH = '1900-01-01';
/** Admissions may be entered slightly ahead (a planned admission later today), never days ahead. */
const ADMISSION_LEAD_MS = 24 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The patient record: reading it (each read audited), creating and editing it on the one write
 * path, discharge and readmission, and following a patient's or a unit's events.
 */
export class PatientService {
  /** Whether a session is live, asked once per session and period for all its subscriptions. */
  readonly #sessions: SharedRechecks;

  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly feed: EventFeed,
    private readonly policy: Policy,
    private readonly access: PatientAccessService,
    private readonly units: UnitService,
    private readonly identity: IdentityService,
    private readonly reads: ReadAccess,
  ) {
    this.#sessions = new SharedRechecks(reads.recheckMs);
  }

  #sessionIsLive(sessionId: string): Promise<boolean> {
    return this.#sessions.ask(sessionId, () => this.identity.sessionIsLive(sessionId));
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
    await this.access.recordListRead(caller, viewer, patients, 'patients');
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
    await this.access.recordListRead(caller, viewer, patients, 'myCaseload');
    return patients.map(patientView);
  }

  /**
   * Patients by id, in the ids' order (null for an unknown one): the batch behind per-request
   * loading of a patient nested under another item. Checks nothing: the caller asks
   * `PatientAccessService.assertMayRead` first.
   */
  readonly byIds = async (ids: readonly string[]): Promise<(PatientView | null)[]> => {
    const rows = await this.orm.em.fork().find(Patient, { id: { $in: ids.filter(isUuid) } });
    const byId = new Map(rows.map((p) => [p.id, patientView(p)]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  /** The id and version of the patient with this MRN, or null: for matching a record that arrives from elsewhere (FHIR import). Shows no patient data. */
  async byMrn(mrn: string): Promise<{ id: string; version: number } | null> {
    const patient = await this.orm.em.fork().findOne(Patient, { mrn }, { fields: ['id', 'version'] });
    return patient && { id: patient.id, version: patient.version };
  }

  async get(caller: Caller, id: string): Promise<PatientView> {
    const { patient } = await this.access.authorize(caller, id, 'patient.read', 'patient');
    return patientView(patient);
  }

  async encounters(caller: Caller, patientId: string): Promise<EncounterType[]> {
    await this.access.assertMayRead(caller, patientId, 'encounters');
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
    const created = await this.writes.create(
      stampOf(caller, viewer, 'createPatient'),
      Patient,
      async ({ em }) => {
        if (await em.count(Patient, { mrn: input.mrn })) {
          throw badInput(`A patient with MRN ${input.mrn} already exists.`, 'mrn');
        }
        return em.create(Patient, {
          mrn: input.mrn,
          name,
          dateOfBirth: input.dateOfBirth,
          unitId: input.unitId,
          admittedAt: input.admittedAt,
          ...record,
        });
      },
      input.clientMutationId,
    );
    return patientView(created);
  }

  /** Applies the given fields if `expectedVersion` is current; otherwise CONFLICT with the current patient. */
  async update(caller: Caller, input: UpdatePatientInput): Promise<PatientView> {
    let access = await this.access.authorize(caller, input.id, 'patient.update', 'updatePatient');
    if (input.unitId && input.unitId !== access.patient.unitId) {
      access = await this.access.authorizeOn(caller, access.patient, 'patient.place', 'updatePatient');
      await this.assertMayPlaceOn(caller, access, input.unitId, 'updatePatient');
    }
    const patch = {
      ...(input.name != null && { name: requireText(input.name, 'name') }),
      ...(input.dateOfBirth != null && { dateOfBirth: input.dateOfBirth }),
      ...(input.unitId != null && { unitId: input.unitId }),
      ...(input.admittedAt != null && { admittedAt: input.admittedAt }),
      ...(await this.recordFields(input)),
    };
    return this.change(access, input.expectedVersion, (patient) => {
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
    const access = await this.access.authorize(caller, input.id, 'patient.place', 'dischargePatient');
    return this.change(access, input.expectedVersion, (patient, em) => {
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
    const access = await this.access.authorize(caller, input.id, 'patient.place', 'readmitPatient');
    await this.assertMayPlaceOn(caller, access, input.unitId, 'readmitPatient');
    return this.change(access, input.expectedVersion, (patient) => {
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
        // A new stay: its acuity is recorded afresh.
        admissionAcuity: null,
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
    const { viewer } = await this.access.authorize(caller, patientId, 'patient.read', 'patientEvents');
    return this.feed.follow(Streams.patient(patientId), {
      after,
      stillAllowed: async (event) =>
        (await this.#sessionIsLive(viewer.sessionId)) &&
        ((await this.reads.decide(caller, patientId, event))?.allowed ?? false),
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
        async () => (await this.#sessionIsLive(viewer.sessionId)) && this.policy.can(viewer, 'unit.read', resource),
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

  /** Placing the patient on a unit (a move or a readmission) is for that unit's staff: the refusal is audited. */
  private async assertMayPlaceOn(caller: Caller, access: PatientAccess, unitId: string, operation: string) {
    if (!(await this.units.exists(unitId))) throw notFound('Unit', unitId);
    if (!(await this.policy.can(access.viewer, 'patient.create', { type: 'unit', unitId }))) {
      await this.access.recordDenied(caller, { patientId: access.patient.id, operation });
      throw forbidden();
    }
  }

  private async change(
    access: PatientAccess,
    expectedVersion: number,
    apply: (patient: Patient, em: EntityManager) => Partial<Patient>,
  ): Promise<PatientView> {
    const target = { entity: Patient, id: access.patient.id, expectedVersion };
    return patientView(await this.writes.update(access.stamp, target, (patient, { em }) => apply(patient, em)));
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
      ...(input.admissionAcuity !== undefined && { admissionAcuity: input.admissionAcuity }),
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
}

/** Whole days since admission (to discharge, for a finished stay). */
export function lengthOfStayDays(view: Pick<PatientView, 'admittedAt' | 'dischargedAt'>, now = Date.now()): number {
  const end = view.dischargedAt ? Date.parse(view.dischargedAt) : now;
  return Math.max(0, Math.floor((end - Date.parse(view.admittedAt)) / DAY_MS));
}

/** A patient's changes go to its own stream and its unit's, and to the unit it left when it moves. */
export function patientRoute(patient: Patient, before: EntityView | undefined): Route {
  const previousUnit = typeof before?.unitId === 'string' ? [Streams.unit(before.unitId)] : [];
  return {
    streams: [...new Set([Streams.patient(patient.id), Streams.unit(patient.unitId), ...previousUnit])],
    patientId: patient.id,
  };
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
