import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { PatientItem, type PatientItemOptional, patientItemView } from '../patient/patient-item.entity.js';

export const PLANNED_DISPOSITIONS = [
  'HOME',
  'HOME_WITH_HOME_HEALTH',
  'SKILLED_NURSING_FACILITY',
  'INPATIENT_REHAB',
  'LONG_TERM_ACUTE_CARE',
  'HOSPICE',
  'OTHER',
] as const;
export const CHECKLIST_KINDS = [
  'FOLLOW_UP_APPOINTMENT',
  'HOME_HEALTH_REFERRAL',
  'DURABLE_MEDICAL_EQUIPMENT',
  'TRANSPORTATION',
  'MEDICATION_RECONCILIATION',
  'PATIENT_FAMILY_EDUCATION',
  'COMMUNITY_SUPPORTS',
] as const;
export const CHECKLIST_STATUSES = ['OPEN', 'DONE', 'NOT_NEEDED'] as const;
export const DME_STATUSES = ['NEEDED', 'ORDERED', 'DELIVERED'] as const;
export const BARRIER_STATUSES = ['OPEN', 'RESOLVED'] as const;
export const LEARNERS = ['PATIENT', 'FAMILY_MEMBER', 'CAREGIVER'] as const;
export const TEACHING_METHODS = ['VERBAL', 'WRITTEN', 'DEMONSTRATION', 'VIDEO'] as const;
export const TEACH_BACK_RESULTS = ['MET', 'PARTIALLY_MET', 'NOT_MET'] as const;

type Optional = PatientItemOptional;

/** The plan to get one stay's patient home (or to the next level of care). One per stay. */
@Entity({ tableName: 'discharge_plan' })
@Unique({ properties: ['patientId', 'stayAdmittedAt'] })
export class DischargePlan extends PatientItem {
  [OptionalProps]?: Optional | 'expectedDate' | 'disposition';

  /** The admission of the stay (encounter) the plan is for. */
  @Property({ type: DateTimeType })
  stayAdmittedAt!: Date;

  @Property({ type: 'string', length: 10, nullable: true })
  expectedDate: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  disposition: (typeof PLANNED_DISPOSITIONS)[number] | null = null;
}

/** What a checklist item records, by kind (fields that do not apply stay null). */
export interface ChecklistDetails {
  appointmentAt: string | null;
  provider: string | null;
  equipment: string | null;
  vendor: string | null;
  equipmentStatus: (typeof DME_STATUSES)[number] | null;
  note: string | null;
}

@Entity({ tableName: 'discharge_checklist_item' })
@Index({ properties: ['planId', 'createdAt'] })
export class DischargeChecklistItem extends PatientItem {
  [OptionalProps]?: Optional | 'status' | 'taskId';

  @ManyToOne(() => DischargePlan, { mapToPk: true, fieldName: 'plan_id', deleteRule: 'cascade' })
  planId!: string;

  @Property({ length: 32 })
  kind!: (typeof CHECKLIST_KINDS)[number];

  @Property({ length: 12 })
  status: (typeof CHECKLIST_STATUSES)[number] = 'OPEN';

  @Property({ type: 'json' })
  details!: ChecklistDetails;

  /**
   * The card on the patient's task board made for it (an id; the board module owns cards).
   * Completing the card leaves the item's status alone: DONE is the team's statement that this
   * part of discharge is settled (it drives readiness), which the work on a card may not be.
   */
  @Property({ type: 'uuid', nullable: true })
  taskId: string | null = null;
}

/** Something in the way of discharge, with who resolves it and by when. */
@Entity({ tableName: 'discharge_barrier' })
@Index({ properties: ['planId', 'createdAt'] })
export class DischargeBarrier extends PatientItem {
  [OptionalProps]?: Optional | 'status' | 'ownerId' | 'dueDate';

  @ManyToOne(() => DischargePlan, { mapToPk: true, fieldName: 'plan_id', deleteRule: 'cascade' })
  planId!: string;

  @Property({ length: 500 })
  description!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'owner_id', nullable: true })
  ownerId: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  dueDate: string | null = null;

  @Property({ length: 10 })
  status: (typeof BARRIER_STATUSES)[number] = 'OPEN';
}

/** Teaching given to the patient or family, with the teach-back result. */
@Entity({ tableName: 'education_record' })
@Index({ properties: ['patientId', 'createdAt'] })
export class EducationRecord extends PatientItem {
  [OptionalProps]?: Optional | 'checklistItemId' | 'learnerName';

  /** The discharge checklist's education item it counts toward, if any. */
  @ManyToOne(() => DischargeChecklistItem, {
    mapToPk: true,
    fieldName: 'checklist_item_id',
    nullable: true,
    deleteRule: 'set null',
  })
  checklistItemId: string | null = null;

  @Property({ length: 300 })
  topic!: string;

  @Property({ length: 16 })
  taughtTo!: (typeof LEARNERS)[number];

  @Property({ length: 200, nullable: true })
  learnerName: string | null = null;

  @Property({ length: 16 })
  method!: (typeof TEACHING_METHODS)[number];

  @Property({ length: 16 })
  teachBack!: (typeof TEACH_BACK_RESULTS)[number];

  @Property()
  followUpNeeded!: boolean;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'taught_by_id' })
  taughtById!: string;
}

const base = patientItemView;

export const dischargePlanView = (p: DischargePlan) => ({
  ...base(p),
  stayAdmittedAt: p.stayAdmittedAt.toISOString(),
  expectedDate: p.expectedDate,
  disposition: p.disposition,
});
export const checklistItemView = (i: DischargeChecklistItem) => ({
  ...base(i),
  planId: i.planId,
  kind: i.kind,
  status: i.status,
  taskId: i.taskId,
  ...i.details,
});
export const barrierView = (b: DischargeBarrier) => ({
  ...base(b),
  planId: b.planId,
  description: b.description,
  ownerId: b.ownerId,
  dueDate: b.dueDate,
  status: b.status,
});
export const educationView = (e: EducationRecord) => ({
  ...base(e),
  checklistItemId: e.checklistItemId,
  topic: e.topic,
  taughtTo: e.taughtTo,
  learnerName: e.learnerName,
  method: e.method,
  teachBack: e.teachBack,
  followUpNeeded: e.followUpNeeded,
  taughtById: e.taughtById,
});

export type DischargePlanView = ReturnType<typeof dischargePlanView>;
export type ChecklistItemView = ReturnType<typeof checklistItemView>;
export type BarrierView = ReturnType<typeof barrierView>;
export type EducationView = ReturnType<typeof educationView>;

/**
 * How ready the plan is: the share of applicable checklist items that are done (items marked not
 * needed do not count), in whole percent; null while the checklist is empty.
 */
export function readinessOf(items: readonly Pick<DischargeChecklistItem, 'status'>[]): number | null {
  const applicable = items.filter((i) => i.status !== 'NOT_NEEDED');
  if (applicable.length === 0) return items.length ? 100 : null;
  return Math.round((100 * applicable.filter((i) => i.status === 'DONE').length) / applicable.length);
}
