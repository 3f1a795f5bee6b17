import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
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
export class EmergencyVisitHistory {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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

  @Property({ version: true })
  version!: number;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
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
