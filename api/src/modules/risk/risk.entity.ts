import { DateTimeType, Entity, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { VersionedEntity, type VersionedOptional } from '../../platform/database/versioned-entity.js';
import { Patient } from '../patient/patient.entity.js';
import { Unit } from '../unit/unit.entity.js';

/** One emergency department visit before the current stay. */
export interface EmergencyVisit {
  /** The day of the visit, YYYY-MM-DD. */
  date: string;
  facility: string | null;
  /** The visit that led to this admission: LACE does not count it. */
  ledToAdmission: boolean;
}

/**
 * The patient's emergency department visits, as reviewed by the team. The review is what makes
 * LACE's E computable: a stay whose history has not been reviewed since admission has an unknown
 * E (not zero).
 */
@Entity({ tableName: 'emergency_visit_history' })
export class EmergencyVisitHistory extends VersionedEntity {
  [OptionalProps]?: VersionedOptional;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  @Unique()
  patientId!: string;

  /** The patient's unit when last reviewed, so the unit's live lists hear of the change. */
  @ManyToOne(() => Unit, { mapToPk: true, fieldName: 'unit_id' })
  unitId!: string;

  @Property({ type: 'json' })
  visits: EmergencyVisit[] = [];

  @Property({ type: DateTimeType })
  reviewedAt!: Date;
}

export const emergencyVisitHistoryView = (h: EmergencyVisitHistory) => ({
  id: h.id,
  version: h.version,
  patientId: h.patientId,
  unitId: h.unitId,
  visits: h.visits.map((v) => ({ ...v })),
  reviewedAt: h.reviewedAt.toISOString(),
  updatedAt: h.updatedAt.toISOString(),
});
export type EmergencyVisitHistoryView = ReturnType<typeof emergencyVisitHistoryView>;
