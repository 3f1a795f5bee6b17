import type { EntityClass, FilterQuery, MikroORM } from '@mikro-orm/core';
import type { AuditFact, AuditLog } from '../../platform/audit/audit-log.js';
import type { Caller } from '../../platform/auth/caller.js';
import type { Viewer } from '../../platform/auth/viewer.js';
import { forbidden, notFound, unauthenticated } from '../../platform/errors.js';
import { stampOf, type WriteStamp } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { AccessBasis, Action, CareTeamChange, Policy } from '../../platform/policy/policy.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import { Patient } from './patient.entity.js';

/** Actions that show patient data; writes are audited by the write path instead. */
const READ_ACTIONS = new Set<Action>(['patient.read', 'audit.read']);

export interface AuthorizeOptions {
  /** False for checks that show no patient data (presence): neither the read nor a refusal is audited. */
  audit?: boolean;
  /** The membership a care-team change gives or takes. */
  careTeamChange?: CareTeamChange;
}

/** A refused attempt on a patient's data, for the audit trail. */
export interface DeniedAttempt {
  patientId: string;
  operation: string;
  entityType?: string;
  entityId?: string;
  /** Why, e.g. `refused: INVITATION_EXPIRED`. */
  fields?: string[];
  breakGlass?: boolean;
}

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
    const breakGlass = decided.basis === 'BREAK_GLASS';
    if (!decided.allowed) {
      if (options.audit !== false) await this.recordDenied(caller, { patientId: patient.id, operation, breakGlass });
      throw forbidden();
    }
    // Actions such as audit.read are granted by role, not by seeing the patient: their basis may be null.
    const basis = decided.basis ?? 'CARE_TEAM';
    const access = { patient, viewer, basis, breakGlass, stamp: stampOf(caller, viewer, operation, breakGlass) };
    const audited = READ_ACTIONS.has(action) && options.audit !== false;
    if (audited) await this.audit.append([readFact(caller, viewer, patient, operation, breakGlass)]);
    if (decided.basis) this.reads.remember(caller, patient.id, patient.unitId, decided.basis, audited);
    return access;
  }

  /**
   * Puts a refused attempt on the patient's audit trail (access DENIED): who tried which operation,
   * on what item, from where (an anonymous holder of an invitation code has no actor). Written in a
   * transaction of its own, after the refused work was rolled back, so the attempt stays recorded
   * while nothing else changed.
   */
  async recordDenied(caller: Caller, attempt: DeniedAttempt): Promise<void> {
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

  /**
   * Loads an item that belongs to a patient (NOT_FOUND, named by its entity, for an unknown id)
   * and authorizes `action` on its patient (for a care-team change, the one the item stands for).
   */
  async authorizeItem<T extends { patientId: string }>(
    caller: Caller,
    { entity, id }: { entity: EntityClass<T>; id: string },
    action: Action,
    operation: string,
    options: { careTeamChange?: (item: T) => CareTeamChange } = {},
  ): Promise<{ item: T; access: PatientAccess }> {
    const item = isUuid(id) ? await this.orm.em.fork().findOne(entity, { id } as FilterQuery<T>) : null;
    if (!item) throw notFound(entity.name, id);
    const careTeamChange = options.careTeamChange?.(item);
    return {
      item,
      access: await this.authorize(caller, item.patientId, action, operation, careTeamChange && { careTeamChange }),
    };
  }

  /** One READ row per patient a list showed. */
  async recordListRead(
    caller: Caller,
    viewer: Viewer,
    patients: readonly { id: string }[],
    operation: string,
  ): Promise<void> {
    await this.audit.append(patients.map((p) => readFact(caller, viewer, p, operation, false)));
  }

  private async load(id: string): Promise<Patient> {
    const patient = isUuid(id) ? await this.orm.em.fork().findOne(Patient, { id }) : null;
    if (!patient) throw notFound('Patient', id);
    return patient;
  }
}

function readFact(
  caller: Caller,
  viewer: Viewer,
  patient: { id: string },
  operation: string,
  breakGlass: boolean,
): AuditFact {
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
