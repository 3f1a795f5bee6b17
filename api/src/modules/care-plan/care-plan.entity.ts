import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { PatientItem, type PatientItemOptional, patientItemView } from '../patient/patient-item.entity.js';

export const PLAN_STATUSES = ['DRAFT', 'ACTIVE', 'COMPLETED'] as const;
export const PROBLEM_STATUSES = ['ACTIVE', 'RESOLVED', 'CANCELLED'] as const;
export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const GOAL_STATUSES = ['PROPOSED', 'ACTIVE', 'ACHIEVED', 'NOT_ACHIEVED', 'CANCELLED'] as const;
export const INTERVENTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export const SCHEDULE_KINDS = ['DAILY', 'EACH_SHIFT', 'EVERY_N_HOURS'] as const;

/**
 * When an intervention recurs, in a form the task board can generate cards from: once a day at a
 * time on the unit's clock, once each nursing shift, or every N hours from midnight.
 */
export interface InterventionSchedule {
  kind: (typeof SCHEDULE_KINDS)[number];
  /** DAILY: the time of day, HH:mm on the unit's clock. */
  at: string | null;
  /** EVERY_N_HOURS: 1–24. */
  everyHours: number | null;
}

type Optional = PatientItemOptional;

/** The interdisciplinary plan of care for one patient. */
@Entity({ tableName: 'care_plan' })
@Index({ properties: ['patientId', 'status'] })
export class CarePlan extends PatientItem {
  [OptionalProps]?: Optional | 'status' | 'periodEnd' | 'lastReviewedAt';

  @Property({ length: 12 })
  status: (typeof PLAN_STATUSES)[number] = 'DRAFT';

  @Property({ type: 'string', length: 10 })
  periodStart!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  periodEnd: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  lastReviewedAt: Date | null = null;
}

/** A problem the plan addresses, owned by one discipline. */
@Entity({ tableName: 'care_problem' })
@Index({ properties: ['carePlanId', 'position'] })
export class Problem extends PatientItem {
  [OptionalProps]?: Optional | 'status' | 'priority' | 'onsetDate';

  @ManyToOne(() => CarePlan, { mapToPk: true, fieldName: 'care_plan_id', deleteRule: 'cascade' })
  carePlanId!: string;

  @Property({ length: 500 })
  statement!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  onsetDate: string | null = null;

  @Property({ length: 8 })
  priority: (typeof PRIORITIES)[number] = 'MEDIUM';

  @Property({ length: 12 })
  status: (typeof PROBLEM_STATUSES)[number] = 'ACTIVE';

  @Property({ length: 8 })
  discipline!: string;

  /** Fractional index: moving an item rewrites only that item. */
  @Property({ length: 64 })
  position!: string;
}

export interface GoalStatusChange {
  status: (typeof GOAL_STATUSES)[number];
  at: string;
  byId: string;
  byName: string;
}

/** A measurable goal under a problem. */
@Entity({ tableName: 'care_goal' })
@Index({ properties: ['problemId', 'position'] })
export class Goal extends PatientItem {
  [OptionalProps]?: Optional | 'status' | 'targetValue' | 'targetDate' | 'history';

  @ManyToOne(() => CarePlan, { mapToPk: true, fieldName: 'care_plan_id', deleteRule: 'cascade' })
  carePlanId!: string;

  @ManyToOne(() => Problem, { mapToPk: true, fieldName: 'problem_id', deleteRule: 'cascade' })
  problemId!: string;

  @Property({ length: 500 })
  description!: string;

  @Property({ length: 200, nullable: true })
  targetValue: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  targetDate: string | null = null;

  @Property({ length: 14 })
  status: (typeof GOAL_STATUSES)[number] = 'PROPOSED';

  /** Every status the goal has had, for achievement history. */
  @Property({ type: 'json' })
  history: GoalStatusChange[] = [];

  @Property({ length: 64 })
  position!: string;
}

/** What someone does toward a goal, and how often. */
@Entity({ tableName: 'care_intervention' })
@Index({ properties: ['goalId', 'position'] })
export class Intervention extends PatientItem {
  [OptionalProps]?: Optional | 'status' | 'ownerId' | 'frequency' | 'schedule';

  @ManyToOne(() => CarePlan, { mapToPk: true, fieldName: 'care_plan_id', deleteRule: 'cascade' })
  carePlanId!: string;

  @ManyToOne(() => Goal, { mapToPk: true, fieldName: 'goal_id', deleteRule: 'cascade' })
  goalId!: string;

  @Property({ length: 500 })
  action!: string;

  @Property({ length: 8 })
  ownerDiscipline!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'owner_id', nullable: true })
  ownerId: string | null = null;

  @Property({ length: 120, nullable: true })
  frequency: string | null = null;

  /** The frequency in structured form, when it recurs on a schedule (recurring task-board cards follow it). */
  @Property({ type: 'json', nullable: true })
  schedule: InterventionSchedule | null = null;

  @Property({ length: 12 })
  status: (typeof INTERVENTION_STATUSES)[number] = 'PLANNED';

  @Property({ length: 64 })
  position!: string;
}

/** A dated note on the plan, optionally about one goal. Notes are not edited; they are added. */
@Entity({ tableName: 'care_progress_note' })
@Index({ properties: ['carePlanId', 'createdAt'] })
export class ProgressNote extends PatientItem {
  [OptionalProps]?: Optional | 'goalId';

  @ManyToOne(() => CarePlan, { mapToPk: true, fieldName: 'care_plan_id', deleteRule: 'cascade' })
  carePlanId!: string;

  @ManyToOne(() => Goal, { mapToPk: true, fieldName: 'goal_id', nullable: true, deleteRule: 'set null' })
  goalId: string | null = null;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'author_id' })
  authorId!: string;

  @Property({ length: 4000 })
  text!: string;
}

/** A discipline's review of the plan; it goes stale when the plan changes afterwards. */
@Entity({ tableName: 'care_plan_sign_off' })
@Index({ properties: ['carePlanId', 'discipline'] })
export class PlanSignOff extends PatientItem {
  [OptionalProps]?: Optional;

  @ManyToOne(() => CarePlan, { mapToPk: true, fieldName: 'care_plan_id', deleteRule: 'cascade' })
  carePlanId!: string;

  @Property({ length: 8 })
  discipline!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id' })
  userId!: string;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const base = patientItemView;

export const carePlanView = (p: CarePlan) => ({
  ...base(p),
  status: p.status,
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  lastReviewedAt: iso(p.lastReviewedAt),
});
export const problemView = (p: Problem) => ({
  ...base(p),
  carePlanId: p.carePlanId,
  statement: p.statement,
  onsetDate: p.onsetDate,
  priority: p.priority,
  status: p.status,
  discipline: p.discipline,
  position: p.position,
});
export const goalView = (g: Goal) => ({
  ...base(g),
  carePlanId: g.carePlanId,
  problemId: g.problemId,
  description: g.description,
  targetValue: g.targetValue,
  targetDate: g.targetDate,
  status: g.status,
  history: g.history.map((h) => ({ ...h })),
  position: g.position,
});
export const interventionView = (i: Intervention) => ({
  ...base(i),
  carePlanId: i.carePlanId,
  goalId: i.goalId,
  action: i.action,
  ownerDiscipline: i.ownerDiscipline,
  ownerId: i.ownerId,
  frequency: i.frequency,
  schedule: i.schedule && { ...i.schedule },
  status: i.status,
  position: i.position,
});
export const progressNoteView = (n: ProgressNote) => ({
  ...base(n),
  carePlanId: n.carePlanId,
  goalId: n.goalId,
  authorId: n.authorId,
  text: n.text,
});
export const signOffView = (s: PlanSignOff) => ({
  ...base(s),
  carePlanId: s.carePlanId,
  discipline: s.discipline,
  userId: s.userId,
});

export type CarePlanView = ReturnType<typeof carePlanView>;
export type ProblemView = ReturnType<typeof problemView>;
export type GoalView = ReturnType<typeof goalView>;
export type InterventionView = ReturnType<typeof interventionView>;
export type ProgressNoteView = ReturnType<typeof progressNoteView>;
export type SignOffView = ReturnType<typeof signOffView>;
