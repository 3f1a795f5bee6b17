import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { VersionedEntity, type VersionedOptional, versionedView } from '../../platform/database/versioned-entity.js';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';
import { Unit } from '../unit/unit.entity.js';

export const ROUNDS_STATUSES = ['PLANNED', 'IN_PROGRESS', 'FINISHED'] as const;
export type RoundsStatus = (typeof ROUNDS_STATUSES)[number];

/** Minutes a patient gets when the session does not say otherwise. */
export const DEFAULT_TIME_BOX_SECONDS = 180;

type Optional = VersionedOptional;

/**
 * Interdisciplinary rounds of one unit on one date: an ordered agenda of patients, run by a
 * facilitator who moves the "now discussing" pointer. The pointer's instant is the server's, so
 * every screen shows the same timer.
 */
@Entity({ tableName: 'rounds_session' })
@Unique({ properties: ['unitId', 'date'] })
export class RoundsSession extends VersionedEntity {
  [OptionalProps]?: Optional | 'status' | 'currentItemId' | 'currentSince' | 'startedAt' | 'finishedAt';

  @ManyToOne(() => Unit, { mapToPk: true, fieldName: 'unit_id' })
  unitId!: string;

  /** The unit's calendar day, YYYY-MM-DD. */
  @Property({ type: 'string', length: 10 })
  date!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'facilitator_id' })
  facilitatorId!: string;

  @Property({ length: 12 })
  status: RoundsStatus = 'PLANNED';

  /** The agenda item now being discussed (null before start and after the end). */
  @Property({ type: 'uuid', nullable: true })
  currentItemId: string | null = null;

  /** When the pointer reached the current item, by the server's clock. */
  @Property({ type: DateTimeType, nullable: true })
  currentSince: Date | null = null;

  @Property({ type: DateTimeType, nullable: true })
  startedAt: Date | null = null;

  @Property({ type: DateTimeType, nullable: true })
  finishedAt: Date | null = null;
}

/** One patient on a session's agenda, in order, with the time it gets and the time it took. */
@Entity({ tableName: 'rounds_agenda_item' })
@Unique({ properties: ['sessionId', 'patientId'] })
@Index({ properties: ['sessionId', 'position'] })
export class RoundsAgendaItem extends VersionedEntity {
  [OptionalProps]?: Optional | 'spentSeconds' | 'discussedAt';

  @ManyToOne(() => RoundsSession, { mapToPk: true, fieldName: 'session_id', deleteRule: 'cascade' })
  sessionId!: string;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id' })
  patientId!: string;

  /** Fractional index: reordering writes only the moved item. */
  @Property({ length: 64 })
  position!: string;

  @Property()
  timeBoxSeconds!: number;

  /** Time spent on this patient before the pointer last left it (the running part is `now - currentSince`). */
  @Property()
  spentSeconds: number = 0;

  @Property({ type: DateTimeType, nullable: true })
  discussedAt: Date | null = null;
}

/** One discipline's structured update on one patient, prepared before rounds (one per discipline). */
@Entity({ tableName: 'rounds_update' })
@Unique({ properties: ['itemId', 'discipline'] })
export class RoundsUpdate extends VersionedEntity {
  [OptionalProps]?: Optional | 'statusSinceLast' | 'concerns' | 'planForToday';

  @ManyToOne(() => RoundsSession, { mapToPk: true, fieldName: 'session_id', deleteRule: 'cascade' })
  sessionId!: string;

  @ManyToOne(() => RoundsAgendaItem, { mapToPk: true, fieldName: 'item_id', deleteRule: 'cascade' })
  itemId!: string;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id' })
  patientId!: string;

  @Property({ length: 8 })
  discipline!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'author_id' })
  authorId!: string;

  @Property({ length: 2000, nullable: true })
  statusSinceLast: string | null = null;

  @Property({ length: 2000, nullable: true })
  concerns: string | null = null;

  @Property({ length: 2000, nullable: true })
  planForToday: string | null = null;
}

/** A decision the team took about a patient during rounds; an action item also names the task it became. */
@Entity({ tableName: 'rounds_decision' })
@Index({ properties: ['itemId', 'createdAt'] })
export class RoundsDecision extends VersionedEntity {
  [OptionalProps]?: Optional | 'taskId';

  @ManyToOne(() => RoundsSession, { mapToPk: true, fieldName: 'session_id', deleteRule: 'cascade' })
  sessionId!: string;

  @ManyToOne(() => RoundsAgendaItem, { mapToPk: true, fieldName: 'item_id', deleteRule: 'cascade' })
  itemId!: string;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id' })
  patientId!: string;

  @Property({ length: 1000 })
  text!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'author_id' })
  authorId!: string;

  /** The task on the unit board this action item became, when it is one. */
  @Property({ type: 'uuid', nullable: true })
  taskId: string | null = null;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const base = versionedView;

export const roundsSessionView = (s: RoundsSession) => ({
  ...base(s),
  unitId: s.unitId,
  date: s.date,
  facilitatorId: s.facilitatorId,
  status: s.status,
  currentItemId: s.currentItemId,
  currentSince: iso(s.currentSince),
  startedAt: iso(s.startedAt),
  finishedAt: iso(s.finishedAt),
});
export const agendaItemView = (i: RoundsAgendaItem) => ({
  ...base(i),
  sessionId: i.sessionId,
  patientId: i.patientId,
  position: i.position,
  timeBoxSeconds: i.timeBoxSeconds,
  spentSeconds: i.spentSeconds,
  discussedAt: iso(i.discussedAt),
});
export const roundsUpdateView = (u: RoundsUpdate) => ({
  ...base(u),
  sessionId: u.sessionId,
  itemId: u.itemId,
  patientId: u.patientId,
  discipline: u.discipline,
  authorId: u.authorId,
  statusSinceLast: u.statusSinceLast,
  concerns: u.concerns,
  planForToday: u.planForToday,
});
export const decisionView = (d: RoundsDecision) => ({
  ...base(d),
  sessionId: d.sessionId,
  itemId: d.itemId,
  patientId: d.patientId,
  text: d.text,
  authorId: d.authorId,
  taskId: d.taskId,
});

export type RoundsSessionView = ReturnType<typeof roundsSessionView>;
export type AgendaItemView = ReturnType<typeof agendaItemView>;
export type RoundsUpdateView = ReturnType<typeof roundsUpdateView>;
export type DecisionView = ReturnType<typeof decisionView>;
