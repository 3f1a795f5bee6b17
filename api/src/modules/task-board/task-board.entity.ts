import { DateTimeType, Entity, type EntityManager, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { generateNKeysBetween } from 'fractional-indexing';
import { VersionedEntity, type VersionedOptional } from '../../platform/database/versioned-entity.js';
import type { Visibility } from '../../platform/events/change-event.entity.js';
import { Streams } from '../../platform/events/streams.js';
import { PRIORITIES } from '../care-plan/care-plan.entity.js';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';
import { Unit } from '../unit/unit.entity.js';

export const BOARD_KINDS = ['UNIT', 'PATIENT'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];
export const TASK_PRIORITIES = PRIORITIES;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** Limits of what a card holds, checked on input and stated in the schema. */
export const TASK_LIMITS = {
  title: 200,
  description: 4000,
  labels: 10,
  label: 40,
  checklist: 50,
  checklistText: 200,
  comment: 4000,
  mentions: 20,
  columnName: 60,
  columns: 20,
  bulk: 100,
} as const;

/** The columns every new board starts with; cards in a `completes` column count as done. */
export const DEFAULT_COLUMNS = [
  { name: 'To do', completes: false },
  { name: 'In progress', completes: false },
  { name: 'Blocked', completes: false },
  { name: 'Done', completes: true },
] as const;

type Optional = VersionedOptional;

/**
 * A task board: the unit's board (one per unit) or a patient's board (one per patient, made on
 * first need). `scope` is `unit:<id>` or `patient:<id>` and unique, so two first readers racing to
 * make the same board end up with one.
 */
@Entity({ tableName: 'task_board' })
export class TaskBoard extends VersionedEntity {
  [OptionalProps]?: Optional | 'unitId' | 'patientId';

  @Property({ length: 80, unique: true })
  scope!: string;

  @Property({ length: 8 })
  kind!: BoardKind;

  @ManyToOne(() => Unit, { mapToPk: true, fieldName: 'unit_id', nullable: true, deleteRule: 'cascade' })
  unitId: string | null = null;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', nullable: true, deleteRule: 'cascade' })
  patientId: string | null = null;

  @Property({ length: 120 })
  name!: string;
}

/** One column of a board, in order; archived columns keep their history but leave the board. */
@Entity({ tableName: 'task_board_column' })
@Index({ properties: ['boardId', 'position'] })
export class BoardColumn extends VersionedEntity {
  [OptionalProps]?: Optional | 'wipLimit' | 'completes' | 'archivedAt';

  @ManyToOne(() => TaskBoard, { mapToPk: true, fieldName: 'board_id', deleteRule: 'cascade' })
  boardId!: string;

  @Property({ length: 60 })
  name!: string;

  /** Fractional index among the board's columns. */
  @Property({ length: 64 })
  position!: string;

  /** How many open cards the team wants here at most; shown, not enforced (a full column must not block a handover). */
  @Property({ type: 'integer', nullable: true })
  wipLimit: number | null = null;

  /** Cards moved here are complete (Done); moving them out reopens them. */
  @Property()
  completes: boolean = false;

  @Property({ type: DateTimeType, nullable: true })
  archivedAt: Date | null = null;
}

export interface ChecklistItem {
  id: string;
  text: string;
  done: boolean;
  doneAt: string | null;
  doneById: string | null;
  doneByName: string | null;
}

/**
 * A card. Ordered within its column by (position, id): two concurrent moves into the same gap may
 * compute the same fractional key, and the id breaks the tie, so the order stays total and the
 * same for every reader. A recurring card carries `recurrenceKey` (intervention + occurrence),
 * unique, so two generators or a retry make it once.
 */
@Entity({ tableName: 'task' })
@Index({ properties: ['boardId', 'columnId', 'position', 'id'] })
@Index({ properties: ['patientId'] })
@Index({ properties: ['assigneeId'] })
@Index({ properties: ['discipline'] })
export class Task extends VersionedEntity {
  [OptionalProps]?:
    | Optional
    | 'patientId'
    | 'description'
    | 'assigneeId'
    | 'discipline'
    | 'dueAt'
    | 'priority'
    | 'labels'
    | 'checklist'
    | 'goalId'
    | 'interventionId'
    | 'visibility'
    | 'completedAt'
    | 'completedById'
    | 'archivedAt'
    | 'recurrenceKey'
    | 'occurrenceAt'
    | 'commentCount';

  @ManyToOne(() => TaskBoard, { mapToPk: true, fieldName: 'board_id', deleteRule: 'cascade' })
  boardId!: string;

  @ManyToOne(() => BoardColumn, { mapToPk: true, fieldName: 'column_id' })
  columnId!: string;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', nullable: true, deleteRule: 'cascade' })
  patientId: string | null = null;

  @Property({ length: TASK_LIMITS.title })
  title!: string;

  @Property({ length: TASK_LIMITS.description, nullable: true })
  description: string | null = null;

  @Property({ length: 64 })
  position!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'assignee_id', nullable: true })
  assigneeId: string | null = null;

  @Property({ length: 8, nullable: true })
  discipline: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  dueAt: Date | null = null;

  @Property({ length: 8 })
  priority: TaskPriority = 'MEDIUM';

  @Property({ type: 'json' })
  labels: string[] = [];

  @Property({ type: 'json' })
  checklist: ChecklistItem[] = [];

  /** The care-plan goal or intervention the card works toward (ids; the plan module owns them). */
  @Property({ type: 'uuid', nullable: true })
  goalId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  interventionId: string | null = null;

  @Property({ length: 8 })
  visibility: Visibility = 'TEAM';

  @Property({ type: DateTimeType, nullable: true })
  completedAt: Date | null = null;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'completed_by_id', nullable: true })
  completedById: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  archivedAt: Date | null = null;

  @Property({ length: 120, nullable: true, unique: true })
  recurrenceKey: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  occurrenceAt: Date | null = null;

  @Property({ type: 'integer' })
  commentCount: number = 0;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'created_by_id', nullable: true })
  createdById: string | null = null;
}

/** A comment on a card; comments are added, not edited. */
@Entity({ tableName: 'task_comment' })
@Index({ properties: ['taskId', 'createdAt'] })
export class TaskComment extends VersionedEntity {
  [OptionalProps]?: Optional | 'patientId' | 'mentionIds';

  @ManyToOne(() => Task, { mapToPk: true, fieldName: 'task_id', deleteRule: 'cascade' })
  taskId!: string;

  @Property({ type: 'uuid' })
  boardId!: string;

  @Property({ type: 'uuid', nullable: true })
  patientId: string | null = null;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'author_id' })
  authorId!: string;

  @Property({ length: TASK_LIMITS.comment })
  text!: string;

  /** Team members the comment @mentions (checked to be on the patient's team or the unit's staff). */
  @Property({ type: 'json' })
  mentionIds: string[] = [];
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const boardView = (b: TaskBoard) => ({
  id: b.id,
  version: b.version,
  kind: b.kind,
  unitId: b.unitId,
  patientId: b.patientId,
  name: b.name,
  updatedAt: b.updatedAt.toISOString(),
});

export const columnView = (c: BoardColumn) => ({
  id: c.id,
  version: c.version,
  boardId: c.boardId,
  name: c.name,
  position: c.position,
  wipLimit: c.wipLimit,
  completes: c.completes,
  archivedAt: iso(c.archivedAt),
  updatedAt: c.updatedAt.toISOString(),
});

export const taskView = (t: Task) => ({
  id: t.id,
  version: t.version,
  boardId: t.boardId,
  columnId: t.columnId,
  patientId: t.patientId,
  title: t.title,
  description: t.description,
  position: t.position,
  assigneeId: t.assigneeId,
  discipline: t.discipline,
  dueAt: iso(t.dueAt),
  priority: t.priority,
  labels: [...t.labels],
  checklist: t.checklist.map((i) => ({ ...i })),
  goalId: t.goalId,
  interventionId: t.interventionId,
  visibility: t.visibility,
  completedAt: iso(t.completedAt),
  completedById: t.completedById,
  archivedAt: iso(t.archivedAt),
  occurrenceAt: iso(t.occurrenceAt),
  commentCount: t.commentCount,
  createdById: t.createdById,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

export const commentView = (c: TaskComment) => ({
  id: c.id,
  version: c.version,
  taskId: c.taskId,
  boardId: c.boardId,
  patientId: c.patientId,
  authorId: c.authorId,
  text: c.text,
  mentionIds: [...c.mentionIds],
  createdAt: c.createdAt.toISOString(),
});

export type BoardView = ReturnType<typeof boardView>;
export type ColumnView = ReturnType<typeof columnView>;
export type TaskView = ReturnType<typeof taskView>;
export type CommentView = ReturnType<typeof commentView>;

/**
 * A new board of a unit (or of one of its patients) with the default columns, created in `em` and
 * each recorded with `record` (the write path's): the one recipe for a board, used by the service
 * and by the demo seed.
 */
export function createBoard(
  em: EntityManager,
  record: (change: { kind: 'CREATED'; entity: object }) => void,
  of: { unitId: string; unitCode: string; patientId?: string | null },
): { board: TaskBoard; columns: BoardColumn[] } {
  const board = em.create(TaskBoard, {
    scope: of.patientId ? Streams.patient(of.patientId) : Streams.unit(of.unitId),
    kind: of.patientId ? 'PATIENT' : 'UNIT',
    unitId: of.unitId,
    patientId: of.patientId ?? null,
    name: of.patientId ? 'Patient tasks' : `${of.unitCode} tasks`,
  });
  record({ kind: 'CREATED', entity: board });
  const keys = generateNKeysBetween(null, null, DEFAULT_COLUMNS.length);
  const columns = DEFAULT_COLUMNS.map((c, i) => {
    const column = em.create(BoardColumn, {
      boardId: board.id,
      name: c.name,
      completes: c.completes,
      position: keys[i] ?? 'a0',
    });
    record({ kind: 'CREATED', entity: column });
    return column;
  });
  return { board, columns };
}
