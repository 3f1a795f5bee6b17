import type { EntityClass, FilterQuery, MikroORM } from '@mikro-orm/core';
import type { AuditFact, AuditLog } from '../../platform/audit/audit-log.js';
import type { Caller } from '../../platform/auth/caller.js';
import type { Viewer } from '../../platform/auth/viewer.js';
import { forbidden, notFound, unauthenticated } from '../../platform/errors.js';
import { stampOf, type WriteStamp } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { AccessBasis, Action, Policy } from '../../platform/policy/policy.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import { Patient } from './patient.entity.js';

/** Actions that show patient data; writes are audited by the write path instead. */
const READ_ACTIONS = new Set<Action>(['patient.read', 'audit.read']);

/** A patient the caller was just allowed to act on, and on what basis. */
export interface PatientAccess {
  patient: Patient;
  viewer: Viewer;
  basis: AccessBasis;
  /** Whether the access rests on break-the-glass (flagged in the audit trail). */
  breakGlass: boolean;
  /** The write stamp of the operation that was authorized, for the write path. */
  stamp: WriteStamp;
}

/**
 * The door to everything that belongs to a patient: every module asks `authorize` before reading
 * or changing a patient's data (or `assertMayRead` for fields nested under a patient), and every
 * read it lets through is on the audit trail.
 */
export class PatientAccessService {
  constructor(
    private readonly orm: MikroORM,
    private readonly policy: Policy,
    private readonly audit: AuditLog,
    private readonly reads: ReadAccess,
  ) {}

  /**
   * Loads the patient and checks that the caller may do `action` on it: NOT_FOUND for an unknown
   * id, UNAUTHENTICATED/FORBIDDEN per the policy. A read is recorded in the audit trail here,
   * unless `audit: false` (for checks that show no patient data, such as presence).
   */
  async authorize(
    caller: Caller,
    patientId: string,
    action: Action,
    operation: string,
    options: { audit?: boolean } = {},
  ): Promise<PatientAccess> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    const patient = await this.load(patientId);
    const decided = await this.policy.assertWithBasis(viewer, action, {
      type: 'patient',
      patientId,
      unitId: patient.unitId,
    });
    // Actions such as audit.read are granted by role, not by seeing the patient: their basis may be null.
    const basis = decided.basis ?? 'CARE_TEAM';
    const breakGlass = decided.basis === 'BREAK_GLASS';
    const access = { patient, viewer, basis, breakGlass, stamp: stampOf(caller, viewer, operation, breakGlass) };
    const audited = READ_ACTIONS.has(action) && options.audit !== false;
    if (audited) await this.audit.append([readFact(caller, viewer, patient, operation, breakGlass)]);
    if (decided.basis) this.reads.remember(caller, patientId, patient.unitId, decided.basis, audited);
    return access;
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

  /**
   * Loads an item that belongs to a patient (NOT_FOUND, named by its entity, for an unknown id)
   * and authorizes `action` on its patient.
   */
  async authorizeItem<T extends { patientId: string }>(
    caller: Caller,
    { entity, id }: { entity: EntityClass<T>; id: string },
    action: Action,
    operation: string,
  ): Promise<{ item: T; access: PatientAccess }> {
    const item = isUuid(id) ? await this.orm.em.fork().findOne(entity, { id } as FilterQuery<T>) : null;
    if (!item) throw notFound(entity.name, id);
    return { item, access: await this.authorize(caller, item.patientId, action, operation) };
  }

  /** One READ row per patient a list showed. */
  async recordListRead(caller: Caller, viewer: Viewer, patients: Patient[], operation: string): Promise<void> {
    await this.audit.append(patients.map((p) => readFact(caller, viewer, p, operation, false)));
  }

  private async load(id: string): Promise<Patient> {
    const patient = isUuid(id) ? await this.orm.em.fork().findOne(Patient, { id }) : null;
    if (!patient) throw notFound('Patient', id);
    return patient;
  }
}

function readFact(caller: Caller, viewer: Viewer, patient: Patient, operation: string, breakGlass: boolean): AuditFact {
  return {
    actor: { id: viewer.userId, name: viewer.name },
    patientId: patient.id,
    operation,
    access: 'READ',
    entityType: 'Patient',
    entityId: patient.id,
    ip: caller.ip,
    requestId: caller.requestId,
    breakGlass,
  };
}
