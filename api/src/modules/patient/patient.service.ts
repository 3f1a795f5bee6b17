import type { MikroORM } from '@mikro-orm/core';
import type { Viewer } from '../../platform/auth/viewer.js';
import { actorOf } from '../../platform/auth/viewer.js';
import type { ChangeEventPayload } from '../../platform/bus/bus.js';
import { badInput, notFound } from '../../platform/errors.js';
import type { EventFeed } from '../../platform/events/event-feed.js';
import { Streams } from '../../platform/events/streams.js';
import type { WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { Policy } from '../../platform/policy/policy.js';
import type { UnitService } from '../unit/unit.service.js';
import { Patient, type PatientView, patientView } from './patient.entity.js';
import type { CreatePatientInput, PatientFilterInput, UpdatePatientInput } from './patient.types.js';

const EARLIEST_BIRTH = '1900-01-01';
/** Admissions may be entered slightly ahead (a planned admission later today), never days ahead. */
const ADMISSION_LEAD_MS = 24 * 3_600_000;

/** Patients: reading them, creating and editing them on the one write path, and following their events. */
export class PatientService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly feed: EventFeed,
    private readonly policy: Policy,
    private readonly units: UnitService,
    private readonly isSessionLive: (sessionId: string) => Promise<boolean>,
  ) {}

  async list(viewer: Viewer | null, filter: PatientFilterInput = {}): Promise<PatientView[]> {
    let unitIds: string[];
    if (filter.unitId) {
      await this.policy.assert(viewer, 'unit.read', { type: 'unit', unitId: filter.unitId });
      unitIds = [filter.unitId];
    } else {
      if (!viewer) await this.policy.assert(viewer, 'unit.read', { type: 'unit', unitId: '' });
      unitIds = viewer ? await this.units.unitIdsOf(viewer.userId) : [];
    }
    if (unitIds.length === 0) return [];
    const search = filter.search?.trim();
    const like = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const patients = await this.orm.em.fork().find(
      Patient,
      {
        unitId: { $in: unitIds },
        ...(like ? { $or: [{ name: { $like: like } }, { mrn: { $like: like } }, { bed: { $like: like } }] } : {}),
      },
      { orderBy: { name: 'asc', id: 'asc' }, limit: 1000 },
    );
    return patients.map(patientView);
  }

  async get(viewer: Viewer | null, id: string): Promise<PatientView> {
    const patient = await this.load(id);
    await this.policy.assert(viewer, 'patient.read', { type: 'patient', patientId: id, unitId: patient.unitId });
    return patientView(patient);
  }

  /** Creates a patient; a repeated `clientMutationId` returns the patient created the first time. */
  async create(viewer: Viewer | null, input: CreatePatientInput): Promise<PatientView> {
    if (viewer && !(await this.units.exists(input.unitId))) throw notFound('Unit', input.unitId);
    const actor = await this.policy.assert(viewer, 'patient.create', { type: 'unit', unitId: input.unitId });
    const name = requireText(input.name, 'name');
    checkDates(input.dateOfBirth, input.admittedAt);
    return this.writes
      .run(
        actorOf(actor),
        async ({ em, record }) => {
          if (await em.count(Patient, { mrn: input.mrn })) {
            throw badInput(`A patient with MRN ${input.mrn} already exists.`, 'mrn');
          }
          const patient = em.create(Patient, {
            mrn: input.mrn,
            name,
            dateOfBirth: input.dateOfBirth,
            unitId: input.unitId,
            bed: blankToNull(input.bed),
            admittedAt: input.admittedAt,
          });
          record({ kind: 'CREATED', entity: patient, patientId: patient.id, streams: streamsOf(patient) });
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
  async update(viewer: Viewer | null, input: UpdatePatientInput): Promise<PatientView> {
    const existing = await this.load(input.id);
    const actor = await this.policy.assert(viewer, 'patient.update', {
      type: 'patient',
      patientId: existing.id,
      unitId: existing.unitId,
    });
    if (input.unitId && input.unitId !== existing.unitId) {
      if (!(await this.units.exists(input.unitId))) throw notFound('Unit', input.unitId);
      await this.policy.assert(viewer, 'patient.create', { type: 'unit', unitId: input.unitId });
    }
    const patch = {
      ...(input.name != null && { name: requireText(input.name, 'name') }),
      ...(input.dateOfBirth != null && { dateOfBirth: input.dateOfBirth }),
      ...(input.unitId != null && { unitId: input.unitId }),
      ...(input.bed !== undefined && { bed: blankToNull(input.bed) }),
      ...(input.admittedAt != null && { admittedAt: input.admittedAt }),
    };
    return this.writes
      .run(actorOf(actor), async ({ em, record, expectVersion }) => {
        const patient = await em.findOneOrFail(Patient, { id: input.id });
        expectVersion(patient, input.expectedVersion);
        const before = patientView(patient);
        checkDates(patch.dateOfBirth ?? patient.dateOfBirth, patch.admittedAt ?? patient.admittedAt);
        const previousUnit = patient.unitId;
        em.assign(patient, patch);
        const streams = [...new Set([...streamsOf(patient), Streams.unit(previousUnit)])];
        record({ kind: 'UPDATED', entity: patient, before, patientId: patient.id, streams });
        return patient;
      })
      .then(patientView);
  }

  /** The patient's stream, for a viewer allowed to read the patient; ends when that access ends. */
  async follow(
    viewer: Viewer | null,
    patientId: string,
    after: string | null | undefined,
  ): Promise<AsyncIterable<ChangeEventPayload>> {
    const patient = await this.load(patientId);
    const resource = { type: 'patient', patientId, unitId: patient.unitId } as const;
    const allowed = await this.policy.assert(viewer, 'patient.read', resource);
    return this.feed.follow(Streams.patient(patientId), {
      after,
      canSee: (event) => this.policy.canSeeEvent(allowed, event),
      stillAllowed: async () =>
        (await this.isSessionLive(allowed.sessionId)) && this.policy.can(allowed, 'patient.read', resource),
    });
  }

  /** Every patient change on a unit (the live patient list). */
  async followUnit(
    viewer: Viewer | null,
    unitId: string,
    after: string | null | undefined,
  ): Promise<AsyncIterable<ChangeEventPayload>> {
    const resource = { type: 'unit', unitId } as const;
    const allowed = await this.policy.assert(viewer, 'unit.read', resource);
    return this.feed.follow(Streams.unit(unitId), {
      after,
      canSee: (event) => this.policy.canSeeEvent(allowed, event),
      stillAllowed: async () =>
        (await this.isSessionLive(allowed.sessionId)) && this.policy.can(allowed, 'unit.read', resource),
    });
  }

  private async load(id: string): Promise<Patient> {
    const patient = isUuid(id) ? await this.orm.em.fork().findOne(Patient, { id }) : null;
    if (!patient) throw notFound('Patient', id);
    return patient;
  }
}

function streamsOf(patient: Patient): string[] {
  return [Streams.patient(patient.id), Streams.unit(patient.unitId)];
}

function requireText(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(`${field} must not be blank.`, field);
  return trimmed;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function checkDates(dateOfBirth: string, admittedAt: Date): void {
  const today = new Date().toISOString().slice(0, 10);
  if (dateOfBirth < EARLIEST_BIRTH || dateOfBirth > today) {
    throw badInput(`dateOfBirth must be between ${EARLIEST_BIRTH} and today.`, 'dateOfBirth');
  }
  if (admittedAt.toISOString().slice(0, 10) < dateOfBirth) {
    throw badInput('admittedAt cannot be before the date of birth.', 'admittedAt');
  }
  if (admittedAt.getTime() > Date.now() + ADMISSION_LEAD_MS) {
    throw badInput('admittedAt cannot be more than a day ahead.', 'admittedAt');
  }
}
