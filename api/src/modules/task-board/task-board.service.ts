import { randomUUID } from 'node:crypto';
import { type EntityClass, type EntityManager, type FilterQuery, type MikroORM, QueryOrder } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { SYSTEM_ACTOR, type Viewer } from '../../platform/auth/viewer.js';
import type { ChangeEventPayload } from '../../platform/bus/bus.js';
import { AppError, badInput, forbidden, isCoded, notFound, unauthenticated } from '../../platform/errors.js';
import type { EntityView } from '../../platform/events/entity-views.js';
import { type Delivery, type EventFeed, recheckAtMostEvery, type Sight } from '../../platform/events/event-feed.js';
import { Streams } from '../../platform/events/streams.js';
import { stampOf, type WriteContext, type WritePath, type WriteStamp } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { Policy } from '../../platform/policy/policy.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import { blankToNull, requireText } from '../../platform/text.js';
import type { CarePlanService } from '../care-plan/care-plan.service.js';
import type { CareTeamService } from '../care-team/care-team.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { UnitService } from '../unit/unit.service.js';
import {
  BoardColumn,
  boardView,
  type ChecklistItem,
  type ColumnView,
  columnView,
  commentView,
  createBoard,
  TASK_LIMITS,
  Task,
  TaskBoard,
  TaskComment,
  type TaskView,
  taskView,
} from './task-board.entity.js';
import { compareKeyed, keyAfter, keysAtEnd } from './task-board.ordering.js';
import { type Occurrence, occurrencesOf, recurrenceKey } from './task-board.recurrence.js';
import { parseDueAt, startOfLocalDay } from './task-board.time.js';
import type {
  AddBoardColumnInput,
  AddChecklistItemInput,
  AddTaskCommentInput,
  AssignTaskInput,
  BulkAssignTasksInput,
  BulkMoveTasksInput,
  CreateTaskInput,
  MoveBoardColumnInput,
  MoveTaskInput,
  RemoveChecklistItemInput,
  TaskBoardType,
  TaskCommentType,
  TaskForItemInput,
  TaskType,
  TaskVersionInput,
  ToggleChecklistItemInput,
  UpdateBoardColumnInput,
  UpdateTaskInput,
} from './task-board.types.js';

/** The services of other modules the board asks: people, units, teams, the plan. */
export interface BoardNeeds {
  patientAccess: PatientAccessService;
  readAccess: ReadAccess;
  units: UnitService;
  identity: IdentityService;
  careTeam: CareTeamService;
  carePlans: CarePlanService;
}

/** Who may act on a board or card, and the write stamp of the operation. */
interface Allowed {
  viewer: Viewer;
  stamp: WriteStamp;
}

const MY_WORK_LIMIT = 500;

/**
 * Task boards: the unit's board and each patient's, their columns and cards. Every change goes
 * through the write path with `expectedVersion` (creates and moves with `clientMutationId`) and is
 * recorded on `board:<id>`, and — for a card about a patient — on `patient:<id>` too. A move writes
 * one card; the order is (position, id), so concurrent moves never lose or duplicate a card.
 *
 * Access: a unit board is for its unit's staff (`board.read`/`board.update`); a patient board, and
 * any card about a patient, follows patient access (care team, unit, break-the-glass). A card about
 * a patient the viewer may not see is left out of a unit board, and its events reach them as
 * envelopes only. Family members reach nothing here.
 */
export class TaskBoardService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly feed: EventFeed,
    private readonly policy: Policy,
    private readonly needs: BoardNeeds,
  ) {}

  // ── reads ────────────────────────────────────────────────────────────────────────────────

  /** A board with its columns and the cards the caller may see; each patient shown is on the audit trail. */
  async board(caller: Caller, id: string, operation = 'taskBoard'): Promise<TaskBoardType> {
    return this.boardTree(caller, await this.loadBoard(id), operation);
  }

  /** The id of the unit's board (made on first need), for its staff. */
  async unitBoardId(caller: Caller, unitId: string): Promise<string> {
    const viewer = await this.policy.assert(caller.viewer, 'board.read', { type: 'unit', unitId });
    return (await this.ensureBoard(stampOf(caller, viewer, 'unitTaskBoard'), { unitId })).id;
  }

  /**
   * The id of the patient's board (made on first need), for those who may read the patient. Shows
   * no patient data by itself (the board read that follows is audited).
   */
  async patientBoardId(caller: Caller, patientId: string): Promise<string> {
    const access = await this.needs.patientAccess.authorize(caller, patientId, 'patient.read', 'patientTaskBoard', {
      audit: false,
    });
    return (await this.ensureBoard(access.stamp, { patientId, unitId: access.patient.unitId })).id;
  }

  /** The board's id, NOT_FOUND for an unknown one (its stream is known before its data is read). */
  async boardIdOf(id: string): Promise<string> {
    return (await this.loadBoard(id)).id;
  }

  /** Every open card about the patient, on any board, for the patient page. */
  async patientTasks(caller: Caller, patientId: string, includeCompleted: boolean): Promise<TaskView[]> {
    await this.needs.patientAccess.assertMayRead(caller, patientId, 'patientTasks');
    const tasks = await this.orm.em.fork().find(Task, {
      patientId,
      archivedAt: null,
      ...(includeCompleted ? {} : { completedAt: null }),
    });
    return tasks.sort(byDueThenOrder).map(taskView);
  }

  /**
   * The caller's work across every board they may see: open cards assigned to them, and open
   * unassigned cards for their discipline. Cards about patients they may not see are left out.
   */
  async myWork(caller: Caller): Promise<TaskView[]> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    if (viewer.kind !== 'STAFF') throw forbidden();
    const mine = [
      { assigneeId: viewer.userId },
      ...(viewer.discipline ? [{ assigneeId: null, discipline: viewer.discipline }] : []),
    ];
    const em = this.orm.em.fork();
    const tasks = await em.find(
      Task,
      { $or: mine, completedAt: null, archivedAt: null },
      { limit: MY_WORK_LIMIT, orderBy: { dueAt: QueryOrder.ASC_NULLS_LAST, id: 'asc' } },
    );
    const boards = new Map(
      (await em.find(TaskBoard, { id: { $in: [...new Set(tasks.map((t) => t.boardId))] } })).map((b) => [b.id, b]),
    );
    const unitAllowed = new Map<string, Promise<boolean>>();
    const readable = await this.readablePatients(caller, tasks);
    const visible: Task[] = [];
    for (const task of tasks) {
      const board = boards.get(task.boardId);
      if (!board) continue;
      if (board.kind === 'UNIT' && board.unitId) {
        const unitId = board.unitId;
        let allowed = unitAllowed.get(unitId);
        if (!allowed) {
          allowed = this.policy.can(viewer, 'board.read', { type: 'unit', unitId });
          unitAllowed.set(unitId, allowed);
        }
        if (!(await allowed)) continue;
      }
      if (task.patientId && !readable.has(task.patientId)) continue;
      visible.push(task);
    }
    await this.recordShown(caller, viewer, visible, 'myWork');
    return visible.sort(byDueThenOrder).map(taskView);
  }

  /** One card (the task drawer), for those who may see its board and its patient. */
  async task(caller: Caller, id: string): Promise<TaskView> {
    if (!caller.viewer) throw unauthenticated();
    const task = await this.loadTask(id);
    await this.assertMaySeeTask(caller, task, 'task');
    return taskView(task);
  }

  /** A card's comments, oldest first, for those who may see the card. */
  async comments(caller: Caller, task: TaskType): Promise<TaskCommentType[]> {
    await this.assertMaySeeTask(caller, task, 'taskComments');
    const rows = await this.orm.em.fork().find(TaskComment, { taskId: task.id }, { orderBy: { createdAt: 'asc' } });
    return rows.map(commentView);
  }

  /** Fields nested under a card (or an event's card) check access like the root: the board and the patient. */
  async assertMaySeeTask(caller: Caller, task: { boardId: string; patientId: string | null }, operation: string) {
    const board = await this.loadBoard(task.boardId);
    if (task.patientId) {
      await this.needs.patientAccess.assertMayRead(caller, task.patientId, operation);
      if (board.kind === 'PATIENT') return;
    }
    if (board.kind === 'UNIT' && board.unitId) {
      await this.policy.assert(caller.viewer, 'board.read', { type: 'unit', unitId: board.unitId });
    }
  }

  /**
   * Whether the caller may look at the board now (its presence room): the unit's staff, or those
   * who may read its patient. Shows no patient data, so neither the check nor a refusal is audited.
   */
  async assertMayView(caller: Caller, boardId: string): Promise<void> {
    const board = await this.loadBoard(boardId);
    if (board.kind === 'PATIENT' && board.patientId) {
      await this.needs.patientAccess.authorize(caller, board.patientId, 'patient.read', 'boardPresence', {
        audit: false,
      });
      return;
    }
    await this.policy.assert(caller.viewer, 'board.read', { type: 'unit', unitId: board.unitId ?? '' });
  }

  /** Boards by id (null for an unknown one): the batch behind per-request board loading. */
  readonly boardsByIds = async (ids: readonly string[]): Promise<(TaskBoard | null)[]> => {
    const rows = await this.orm.em.fork().find(TaskBoard, { id: { $in: ids.filter(isUuid) } });
    const byId = new Map(rows.map((b) => [b.id, b]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  /** The IANA zone whose clock a board keeps (its unit's): due times, "today" and "overdue" follow it. */
  timeZoneOf(board: { unitId: string | null }): string {
    return this.needs.units.timeZoneOf(board.unitId ?? '');
  }

  // ── live ─────────────────────────────────────────────────────────────────────────────────

  /**
   * The board's events after `after`, then live. A card about a patient the subscriber may not
   * see arrives as an envelope (which card changed, not what it says); every card about a patient
   * that is delivered is on the audit trail. The feed ends when the session or the access ends.
   */
  async follow(caller: Caller, boardId: string, after: string | null | undefined): Promise<AsyncIterable<Delivery>> {
    const board = await this.loadBoard(boardId);
    const { viewer } = await this.allowed(caller, board, 'read', 'boardEvents');
    const { identity, readAccess } = this.needs;
    const boardStillAllowed = recheckAtMostEvery(
      readAccess.recheckMs,
      async () => {
        if (!(await identity.sessionIsLive(viewer.sessionId))) return false;
        if (board.kind === 'UNIT' && board.unitId) {
          return this.policy.can(viewer, 'board.read', { type: 'unit', unitId: board.unitId });
        }
        return true;
      },
      (event) => this.policy.changesAccess(event),
    );
    return this.feed.follow(Streams.board(board.id), {
      after,
      stillAllowed: async (event) => {
        if (!(await boardStillAllowed(event))) return false;
        if (board.kind === 'PATIENT' && board.patientId) {
          return (await readAccess.decide(caller, board.patientId, event))?.allowed ?? false;
        }
        return true;
      },
      sight: (event) => this.sightOf(caller, viewer, event),
    });
  }

  private async sightOf(caller: Caller, viewer: Viewer, event: ChangeEventPayload): Promise<Sight> {
    if (!this.policy.canSeeEvent(viewer, event)) return 'none';
    if (!event.patientId) return 'whole';
    const decision = await this.needs.readAccess.decide(caller, event.patientId, event);
    if (!decision?.allowed) return 'envelope';
    this.needs.readAccess.shown(caller, event.patientId, 'boardEvents', decision.breakGlass);
    return 'whole';
  }

  // ── cards ────────────────────────────────────────────────────────────────────────────────

  async createTask(caller: Caller, input: CreateTaskInput): Promise<TaskView> {
    const { stamp, build } = await this.prepareTask(caller, input);
    return taskView(await this.writes.create(stamp, Task, ({ em }) => build(em), input.clientMutationId));
  }

  /**
   * Checks a new card (board, access, assignee, links) and returns how to make it inside a write
   * the caller runs: another module's item and its card then commit together or not at all (the
   * caller records the card's CREATED event, which routes to the board's and the patient's streams).
   */
  async prepareTask(
    caller: Caller,
    input: CreateTaskInput,
    operation = 'createTask',
  ): Promise<{ stamp: WriteStamp; build: (em: EntityManager) => Promise<Task> }> {
    if (!caller.viewer) throw unauthenticated();
    let board: TaskBoard;
    if (input.boardId) {
      board = await this.loadBoard(input.boardId);
    } else if (input.patientId) {
      const access = await this.needs.patientAccess.authorize(caller, input.patientId, 'patient.update', operation);
      board = await this.ensureBoard(access.stamp, { patientId: input.patientId, unitId: access.patient.unitId });
    } else {
      throw badInput('Give boardId, or patientId for the patient’s board.', 'boardId');
    }
    const patientId = board.kind === 'PATIENT' ? board.patientId : (input.patientId ?? null);
    if (board.kind === 'PATIENT' && input.patientId && input.patientId !== board.patientId) {
      throw badInput('A card on a patient board is about that patient.', 'patientId');
    }
    const { stamp } = await this.allowedOnTask(caller, board, patientId, operation);
    if (board.kind === 'UNIT' && patientId && (await this.needs.patientAccess.unitOf(patientId)) !== board.unitId) {
      throw badInput('That patient is not on this unit.', 'patientId');
    }
    return { stamp, build: await this.cardBuilder(board, patientId, stamp, input) };
  }

  /**
   * Writes another module's item together with a card made by `prepareTask`, in one transaction:
   * both commit or neither does. The item is recorded first, so a retry with the same
   * `clientMutationId` finds and returns it without a second card.
   */
  createWithCard<T extends { id: string }>(
    stamp: WriteStamp,
    card: { build: (em: EntityManager) => Promise<Task> },
    entity: EntityClass<T>,
    make: (em: EntityManager, taskId: string) => T,
    clientMutationId?: string | null,
  ): Promise<T> {
    return this.writes.run(
      stamp,
      async ({ em, record }) => {
        const task = await card.build(em);
        const item = make(em, task.id);
        record({ kind: 'CREATED', entity: item });
        record({ kind: 'CREATED', entity: task });
        return item;
      },
      { clientMutationId, replay: (em, id) => em.findOneOrFail(entity, { id } as FilterQuery<T>) },
    );
  }

  /**
   * A card on the patient's board for another module's item (a social need, a discharge checklist
   * item) and the item's link to it, in one transaction: both are written or neither. The caller
   * must be able to change the item's patient; an item links one card; a stale `expectedVersion` is
   * CONFLICT. `card` names the card after the item unless the input gives a title. The same
   * `clientMutationId` again (a retry, also one racing the first attempt) makes no second card and
   * returns the item as the first attempt linked it.
   */
  async createTaskFor<T extends { id: string; patientId: string; version: number; taskId: string | null }>(
    caller: Caller,
    target: { entity: EntityClass<T>; view: (item: T) => EntityView; operation: string },
    input: TaskForItemInput,
    card: (item: T) => { title: string; description: string | null; label: string },
  ): Promise<T> {
    const { entity, view, operation } = target;
    const { item } = await this.needs.patientAccess.authorizeItem(
      caller,
      { entity, id: input.id },
      'patient.update',
      operation,
    );
    const named = card(item);
    const { stamp, build } = await this.prepareTask(
      caller,
      {
        patientId: item.patientId,
        title: input.title ?? named.title,
        description: named.description,
        assigneeId: input.assigneeId ?? null,
        discipline: input.discipline ?? null,
        dueAt: input.dueAt ?? null,
        labels: [named.label],
      },
      operation,
    );
    return this.writes.run(
      stamp,
      async ({ em, record, expectVersion }) => {
        const current = await em.findOneOrFail(entity, { id: item.id } as FilterQuery<T>);
        expectVersion(current, input.expectedVersion);
        if (current.taskId) throw badInput('This already has a task on the board.', 'id');
        const task = await build(em);
        record({ kind: 'CREATED', entity: task });
        const before = view(current);
        current.taskId = task.id;
        record({ kind: 'UPDATED', entity: current, before });
        return current;
      },
      {
        clientMutationId: input.clientMutationId,
        // The write's first event is the card's; the item is the one that links it.
        replay: (em, taskId) => em.findOneOrFail(entity, { taskId } as FilterQuery<T>),
      },
    );
  }

  /**
   * A card the hub makes on the patient's board for something a family member sent (they reach no
   * board): the board's own checks of the card, without the sender's access to the board.
   */
  async prepareTeamTaskFor(stamp: WriteStamp, patientId: string, unitId: string, input: CreateTaskInput) {
    const board = await this.ensureBoard(stamp, { patientId, unitId });
    return this.cardBuilder(board, patientId, stamp, input);
  }

  /**
   * Completes a card inside a write the caller runs (the item it stands for was settled): to the end
   * of its board's first Done column. A card already complete, archived, or on a board with no Done
   * column is left as it is — the item's own change still stands.
   */
  async completeWithin(tx: WriteContext, taskId: string, stamp: WriteStamp): Promise<void> {
    const card = await tx.em.findOne(Task, { id: taskId });
    if (!card || card.completedAt || card.archivedAt) return;
    const column = (await this.boardColumns(tx.em, card.boardId)).find((c) => c.completes);
    if (!column) return;
    const before = taskView(card);
    card.position = keysAtEnd(await this.columnCards(tx.em, column.id), 1)[0] ?? card.position;
    card.columnId = column.id;
    completeIn(card, column, stamp);
    tx.record({ kind: 'MOVED', entity: card, before });
  }

  private async cardBuilder(
    board: TaskBoard,
    patientId: string | null,
    stamp: WriteStamp,
    input: CreateTaskInput,
  ): Promise<(em: EntityManager) => Promise<Task>> {
    const title = requireText(input.title, 'title');
    const timeZone = this.timeZoneOf(board);
    const dueAt = input.dueAt ? parseDueAt(input.dueAt, timeZone) : null;
    const scope = await this.teamScope(board, patientId);
    if (input.assigneeId) await this.checkTeamMember(input.assigneeId, scope, 'assigneeId');
    const links = await this.checkLinks(patientId, input.goalId ?? null, input.interventionId ?? null);
    const labels = cleanLabels(input.labels);
    const checklist = (input.checklist ?? []).map((text) => newChecklistItem(requireText(text, 'checklist')));
    return async (em) => {
      const column = await this.columnFor(em, board, input.columnId ?? null);
      const siblings = await this.columnCards(em, column.id);
      const position = input.afterId ? keyAfter(siblings, input.afterId) : keysAtEnd(siblings, 1)[0];
      return em.create(Task, {
        boardId: board.id,
        columnId: column.id,
        patientId,
        title,
        description: blankToNull(input.description),
        position: position ?? 'a0',
        assigneeId: input.assigneeId ?? null,
        discipline: input.discipline ?? null,
        dueAt,
        priority: input.priority ?? 'MEDIUM',
        labels,
        checklist,
        ...links,
        visibility: input.visibility ?? 'TEAM',
        createdById: stamp.actor.id,
        ...(column.completes && { completedAt: new Date(), completedById: stamp.actor.id }),
      });
    };
  }

  async updateTask(caller: Caller, input: UpdateTaskInput): Promise<TaskView> {
    const { task, board, stamp } = await this.editableTask(caller, input.id, 'updateTask');
    const dueAt =
      input.dueAt === undefined
        ? undefined
        : input.dueAt === null
          ? null
          : parseDueAt(input.dueAt, this.timeZoneOf(board));
    const links =
      input.goalId !== undefined || input.interventionId !== undefined
        ? await this.checkLinks(
            task.patientId,
            input.goalId !== undefined ? input.goalId : task.goalId,
            input.interventionId !== undefined ? input.interventionId : task.interventionId,
          )
        : undefined;
    return this.change(stamp, input, () => ({
      ...(input.title != null && { title: requireText(input.title, 'title') }),
      ...(input.description !== undefined && { description: blankToNull(input.description) }),
      ...(dueAt !== undefined && { dueAt }),
      ...(input.priority && { priority: input.priority }),
      ...(input.labels && { labels: cleanLabels(input.labels) }),
      ...(input.visibility && { visibility: input.visibility }),
      ...links,
    }));
  }

  /**
   * Moves a card to a column of its own board, right after `afterId` (first when null). One card
   * row is written; moving into a `completes` column completes it, moving out reopens it. The same
   * `clientMutationId` sent again (a retry) moves once and returns the card.
   */
  async moveTask(caller: Caller, input: MoveTaskInput): Promise<TaskView> {
    const { task, stamp } = await this.editableTask(caller, input.id, 'moveTask', input.clientMutationId);
    const column = await this.targetColumn(task.boardId, input.columnId);
    return taskView(
      await this.writes.run(
        stamp,
        async (tx) => {
          const current = await this.lockedTask(tx, input.id, input.expectedVersion);
          const siblings = (await this.columnCards(tx.em, column.id)).filter((t) => t.id !== current.id);
          const before = taskView(current);
          current.position = keyAfter(siblings, input.afterId);
          current.columnId = column.id;
          // A move always writes, even to where the card already is: of two moves of one card at once
          // exactly one wins and the other is CONFLICT, never two successes based on the same version.
          current.updatedAt = new Date();
          completeIn(current, column, stamp);
          tx.record({ kind: 'MOVED', entity: current, before });
          return current;
        },
        { clientMutationId: input.clientMutationId, replay: (em, id) => em.findOneOrFail(Task, { id }) },
      ),
    );
  }

  /** Gives the card to a person (on the patient's team or the unit's staff) and/or a discipline. */
  async assignTask(caller: Caller, input: AssignTaskInput): Promise<TaskView> {
    const { task, board, stamp } = await this.editableTask(caller, input.id, 'assignTask');
    if (input.assigneeId)
      await this.checkTeamMember(input.assigneeId, await this.teamScope(board, task.patientId), 'assigneeId');
    return this.change(stamp, input, () => ({
      ...(input.assigneeId !== undefined && { assigneeId: input.assigneeId }),
      ...(input.discipline !== undefined && { discipline: input.discipline }),
    }));
  }

  /** Completes a card: it moves to the end of the board's first Done column. */
  completeTask(caller: Caller, input: TaskVersionInput): Promise<TaskView> {
    return this.moveToEndOf(caller, input, 'completeTask', {
      refuse: (card) => (card.completedAt ? 'This card is already complete.' : null),
      pick: (columns) => columns.find((c) => c.completes),
      none: 'This board has no Done column; add one first.',
    });
  }

  /** Reopens a complete card: it goes back to the end of the board's first open column. */
  reopenTask(caller: Caller, input: TaskVersionInput): Promise<TaskView> {
    return this.moveToEndOf(caller, input, 'reopenTask', {
      refuse: (card) => (card.completedAt ? null : 'This card is not complete.'),
      pick: (columns) => columns.find((c) => !c.completes),
      none: 'This board has no open column to reopen the card in.',
    });
  }

  /** Moves a card to the end of the column `pick` chooses (one row), unless `refuse` names a reason. */
  private async moveToEndOf(
    caller: Caller,
    input: TaskVersionInput,
    operation: string,
    rule: {
      refuse: (card: Task) => string | null;
      pick: (columns: BoardColumn[]) => BoardColumn | undefined;
      none: string;
    },
  ): Promise<TaskView> {
    const { board, stamp } = await this.editableTask(caller, input.id, operation);
    return taskView(
      await this.writes.run(
        stamp,
        async (tx) => {
          const current = await this.lockedTask(tx, input.id, input.expectedVersion);
          const refusal = rule.refuse(current);
          if (refusal) throw badInput(refusal, 'id');
          const column = rule.pick(await this.boardColumns(tx.em, board.id));
          if (!column) throw badInput(rule.none, 'id');
          const before = taskView(current);
          current.position = keysAtEnd(await this.columnCards(tx.em, column.id), 1)[0] ?? current.position;
          current.columnId = column.id;
          completeIn(current, column, stamp);
          tx.record({ kind: 'MOVED', entity: current, before });
          return current;
        },
        { clientMutationId: input.clientMutationId, replay: (em, id) => em.findOneOrFail(Task, { id }) },
      ),
    );
  }

  /** Takes a card off the board; it keeps its history (a DELETED event). */
  async archiveTask(caller: Caller, input: TaskVersionInput): Promise<TaskView> {
    const { stamp } = await this.editableTask(caller, input.id, 'archiveTask');
    return taskView(
      await this.writes.archive(stamp, { entity: Task, ...input }, (current) => {
        if (current.archivedAt) throw badInput('This card is already archived.', 'id');
        return { archivedAt: new Date() };
      }),
    );
  }

  /** Adds a comment; everyone it @mentions must be on the patient's team or the unit's staff. */
  async addComment(caller: Caller, input: AddTaskCommentInput): Promise<TaskCommentType> {
    const { task, board, stamp } = await this.editableTask(caller, input.taskId, 'addTaskComment');
    const text = requireText(input.text, 'text');
    const mentionIds = [...new Set(input.mentionIds ?? [])];
    const scope = await this.teamScope(board, task.patientId);
    for (const id of mentionIds) await this.checkTeamMember(id, scope, 'mentionIds');
    // The comment is recorded first, so a repeated clientMutationId finds the comment (not the card).
    const comment = await this.writes.run(
      stamp,
      async ({ em, record }) => {
        const card = await em.findOneOrFail(Task, { id: task.id });
        if (card.archivedAt) refuseArchived();
        const created = em.create(TaskComment, {
          taskId: task.id,
          boardId: task.boardId,
          patientId: task.patientId,
          authorId: stamp.actor.id,
          text,
          mentionIds,
        });
        record({ kind: 'CREATED', entity: created });
        const before = taskView(card);
        card.commentCount += 1;
        record({ kind: 'UPDATED', entity: card, before });
        return created;
      },
      { clientMutationId: input.clientMutationId, replay: (em, id) => em.findOneOrFail(TaskComment, { id }) },
    );
    return commentView(comment);
  }

  async addChecklistItem(caller: Caller, input: AddChecklistItemInput): Promise<TaskView> {
    const { stamp } = await this.editableTask(caller, input.id, 'addChecklistItem');
    const text = requireText(input.text, 'text');
    return this.change(stamp, input, (current) => {
      if (current.checklist.length >= TASK_LIMITS.checklist) {
        throw badInput(`A card holds at most ${TASK_LIMITS.checklist} checklist items.`, 'text');
      }
      return { checklist: [...current.checklist, newChecklistItem(text)] };
    });
  }

  async toggleChecklistItem(caller: Caller, input: ToggleChecklistItemInput): Promise<TaskView> {
    const { stamp } = await this.editableTask(caller, input.id, 'toggleChecklistItem');
    return this.change(stamp, input, (current) => {
      const checklist = current.checklist.map((item) => ({ ...item }));
      const item = checklist.find((i) => i.id === input.itemId);
      if (!item) throw badInput('That checklist item is not on this card.', 'itemId');
      item.done = input.done;
      item.doneAt = input.done ? new Date().toISOString() : null;
      item.doneById = input.done ? stamp.actor.id : null;
      item.doneByName = input.done ? stamp.actor.name : null;
      return { checklist };
    });
  }

  async removeChecklistItem(caller: Caller, input: RemoveChecklistItemInput): Promise<TaskView> {
    const { stamp } = await this.editableTask(caller, input.id, 'removeChecklistItem');
    return this.change(stamp, input, (current) => {
      if (!current.checklist.some((i) => i.id === input.itemId)) {
        throw badInput('That checklist item is not on this card.', 'itemId');
      }
      return { checklist: current.checklist.filter((i) => i.id !== input.itemId) };
    });
  }

  /**
   * Moves every card, in the order given, to the end of one column: all of them or none. A refusal
   * names the card it is about (`extensions.taskId`).
   */
  async bulkMove(caller: Caller, input: BulkMoveTasksInput): Promise<TaskView[]> {
    const refs = uniqueRefs(input.tasks);
    const first = await this.loadTask(refs[0]?.id ?? '');
    const column = await this.targetColumn(first.boardId, input.columnId);
    const stamp = await this.bulkAccess(caller, refs, column.boardId, 'bulkMoveTasks');
    return (
      await this.writes.run(
        stamp,
        async (tx) => {
          const keys = keysAtEnd(
            (await this.columnCards(tx.em, column.id)).filter((t) => !refs.some((r) => r.id === t.id)),
            refs.length,
          );
          const moved: Task[] = [];
          for (const [i, ref] of refs.entries()) {
            moved.push(
              await aboutTask(ref.id, async () => {
                const current = await this.lockedTask(tx, ref.id, ref.expectedVersion);
                const before = taskView(current);
                current.position = keys[i] ?? current.position;
                current.columnId = column.id;
                completeIn(current, column, stamp);
                tx.record({ kind: 'MOVED', entity: current, before });
                return current;
              }),
            );
          }
          return moved;
        },
        {
          clientMutationId: input.clientMutationId,
          replay: (em) => em.find(Task, { id: { $in: refs.map((r) => r.id) } }).then((rows) => inOrder(rows, refs)),
        },
      )
    ).map(taskView);
  }

  /** Gives every card to one person and/or discipline: all of them or none; a refusal names its card. */
  async bulkAssign(caller: Caller, input: BulkAssignTasksInput): Promise<TaskView[]> {
    const refs = uniqueRefs(input.tasks);
    const first = await this.loadTask(refs[0]?.id ?? '');
    const board = await this.loadBoard(first.boardId);
    const stamp = await this.bulkAccess(caller, refs, board.id, 'bulkAssignTasks');
    if (input.assigneeId) {
      for (const ref of refs) {
        const task = await this.loadTask(ref.id);
        await aboutTask(ref.id, async () =>
          this.checkTeamMember(input.assigneeId ?? '', await this.teamScope(board, task.patientId), 'assigneeId'),
        );
      }
    }
    return (
      await this.writes.run(
        stamp,
        async (tx) => {
          const changed: Task[] = [];
          for (const ref of refs) {
            changed.push(
              await aboutTask(ref.id, async () => {
                const current = await this.lockedTask(tx, ref.id, ref.expectedVersion);
                const before = taskView(current);
                if (input.assigneeId !== undefined) current.assigneeId = input.assigneeId;
                if (input.discipline !== undefined) current.discipline = input.discipline;
                tx.record({ kind: 'UPDATED', entity: current, before });
                return current;
              }),
            );
          }
          return changed;
        },
        {
          clientMutationId: input.clientMutationId,
          replay: (em) => em.find(Task, { id: { $in: refs.map((r) => r.id) } }).then((rows) => inOrder(rows, refs)),
        },
      )
    ).map(taskView);
  }

  // ── columns ──────────────────────────────────────────────────────────────────────────────

  async addColumn(caller: Caller, input: AddBoardColumnInput): Promise<ColumnView> {
    const board = await this.loadBoard(input.boardId);
    const { stamp } = await this.allowed(caller, board, 'update', 'addBoardColumn');
    const name = requireText(input.name, 'name');
    return columnView(
      await this.writes.create(
        stamp,
        BoardColumn,
        async ({ em }) => {
          const columns = await this.boardColumns(em, board.id);
          if (columns.length >= TASK_LIMITS.columns) {
            throw badInput(`A board has at most ${TASK_LIMITS.columns} columns.`, 'name');
          }
          if (columns.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
            throw badInput(`This board already has a column named ${name}.`, 'name');
          }
          const position =
            input.afterId !== undefined && input.afterId !== null
              ? keyAfter(columns, input.afterId, 'afterId')
              : keysAtEnd(columns, 1)[0];
          return em.create(BoardColumn, {
            boardId: board.id,
            name,
            position: position ?? 'a0',
            wipLimit: input.wipLimit ?? null,
            completes: input.completes ?? false,
          });
        },
        input.clientMutationId,
      ),
    );
  }

  /** Renames a column, changes its WIP limit or whether it completes cards. */
  async updateColumn(caller: Caller, input: UpdateBoardColumnInput): Promise<ColumnView> {
    const { column, stamp } = await this.editableColumn(caller, input.id, 'updateBoardColumn');
    const name = input.name != null ? requireText(input.name, 'name') : undefined;
    return columnView(
      await this.writes.update(stamp, { entity: BoardColumn, ...input }, async (current, { em }) => {
        if (current.archivedAt) throw badInput('This column is archived.', 'id');
        if (name) {
          const others = (await this.boardColumns(em, column.boardId)).filter((c) => c.id !== current.id);
          if (others.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
            throw badInput(`This board already has a column named ${name}.`, 'name');
          }
        }
        return {
          ...(name && { name }),
          ...(input.wipLimit !== undefined && { wipLimit: input.wipLimit }),
          ...(input.completes != null && { completes: input.completes }),
        };
      }),
    );
  }

  async moveColumn(caller: Caller, input: MoveBoardColumnInput): Promise<ColumnView> {
    const { column, stamp } = await this.editableColumn(caller, input.id, 'moveBoardColumn');
    return columnView(
      await this.writes.run(
        stamp,
        async ({ em, record, expectVersion }) => {
          const current = await em.findOneOrFail(BoardColumn, { id: column.id });
          expectVersion(current, input.expectedVersion);
          if (current.archivedAt) throw badInput('This column is archived.', 'id');
          const before = columnView(current);
          const siblings = (await this.boardColumns(em, current.boardId)).filter((c) => c.id !== current.id);
          current.position = keyAfter(siblings, input.afterId, 'afterId');
          current.updatedAt = new Date();
          record({ kind: 'MOVED', entity: current, before });
          return current;
        },
        { clientMutationId: input.clientMutationId, replay: (em, id) => em.findOneOrFail(BoardColumn, { id }) },
      ),
    );
  }

  /** Archives a column once no card is left on it (move or archive them first), never the last open one. */
  async archiveColumn(caller: Caller, input: TaskVersionInput): Promise<ColumnView> {
    const { column, stamp } = await this.editableColumn(caller, input.id, 'archiveBoardColumn');
    return columnView(
      await this.writes.archive(stamp, { entity: BoardColumn, ...input }, async (current, { em }) => {
        if (current.archivedAt) throw badInput('This column is already archived.', 'id');
        if (await em.count(Task, { columnId: current.id, archivedAt: null })) {
          throw badInput('Move or archive the cards in this column first.', 'id');
        }
        const open = (await this.boardColumns(em, column.boardId)).filter((c) => c.id !== current.id);
        if (open.length === 0) throw badInput('A board keeps at least one column.', 'id');
        return { archivedAt: new Date() };
      }),
    );
  }

  // ── recurring cards ──────────────────────────────────────────────────────────────────────

  /**
   * Makes the cards of every scheduled intervention (planned or in progress, on an open plan) for
   * its occurrences from the start of today until `horizonHours` ahead, on the unit's clock, on the
   * patient's board. Each card carries its intervention + occurrence key, unique: a second run, a
   * second instance or a retry finds it there and makes nothing. Returns how many cards it made.
   */
  async generateRecurring(now: Date = new Date(), horizonHours = 24): Promise<number> {
    const stamp: WriteStamp = {
      actor: SYSTEM_ACTOR,
      operation: 'generateRecurringTasks',
      ip: null,
      requestId: null,
      breakGlass: false,
    };
    let made = 0;
    for (const intervention of await this.needs.carePlans.scheduledInterventions()) {
      const unitId = await this.needs.patientAccess.unitOf(intervention.patientId);
      if (!unitId) continue;
      const timeZone = this.needs.units.timeZoneOf(unitId);
      const until = new Date(now.getTime() + horizonHours * 3_600_000);
      const occurrences = occurrencesOf(intervention.schedule, startOfLocalDay(now, timeZone), until, timeZone);
      if (occurrences.length === 0) continue;
      const keys = occurrences.map((o) => recurrenceKey(intervention.id, o.at));
      const existing = new Set(
        (await this.orm.em.fork().find(Task, { recurrenceKey: { $in: keys } }, { fields: ['recurrenceKey'] })).map(
          (t) => t.recurrenceKey,
        ),
      );
      const board = await this.ensureBoard(stamp, { patientId: intervention.patientId, unitId });
      const missing = occurrences.filter((o) => !existing.has(recurrenceKey(intervention.id, o.at)));
      if (missing.length === 0) continue;
      const makeCards = (batch: Occurrence[]) =>
        this.writes.run(stamp, async ({ em, record }) => {
          const column = await this.columnFor(em, board, null);
          const keys = keysAtEnd(await this.columnCards(em, column.id), batch.length);
          batch.forEach((occurrence, i) => {
            const card = em.create(Task, {
              boardId: board.id,
              columnId: column.id,
              patientId: intervention.patientId,
              title: intervention.action.slice(0, TASK_LIMITS.title),
              position: keys[i] ?? 'a0',
              assigneeId: intervention.ownerId,
              discipline: intervention.ownerDiscipline,
              dueAt: occurrence.dueAt,
              goalId: intervention.goalId,
              interventionId: intervention.id,
              visibility: 'TEAM',
              recurrenceKey: recurrenceKey(intervention.id, occurrence.at),
              occurrenceAt: occurrence.at,
            });
            record({ kind: 'CREATED', entity: card });
          });
        });
      try {
        // One transaction for the intervention's missing cards…
        await makeCards(missing);
        made += missing.length;
      } catch {
        // …and when another generator made one of them meanwhile (the unique key refused the batch),
        // one at a time, keeping whatever the other made.
        for (const occurrence of missing) {
          const key = recurrenceKey(intervention.id, occurrence.at);
          try {
            await makeCards([occurrence]);
            made++;
          } catch (error) {
            if (!(await this.orm.em.fork().count(Task, { recurrenceKey: key }))) throw error;
          }
        }
      }
    }
    return made;
  }

  // ── boards ───────────────────────────────────────────────────────────────────────────────

  /**
   * The unit's or the patient's board, made with the default columns when it does not exist yet.
   * Two first readers racing both try; the unique scope keeps one board and the other reads it.
   */
  async ensureBoard(stamp: WriteStamp, of: { unitId: string; patientId?: string }): Promise<TaskBoard> {
    const scope = of.patientId ? Streams.patient(of.patientId) : Streams.unit(of.unitId);
    const existing = await this.orm.em.fork().findOne(TaskBoard, { scope });
    if (existing) return existing;
    // Read before the transaction: on SQLite the transaction holds the only connection.
    const unit = (await this.needs.units.byIds([of.unitId]))[0];
    try {
      const owner = { unitId: of.unitId, unitCode: unit?.code ?? 'Unit', patientId: of.patientId };
      return await this.writes.run(stamp, async ({ em, record }) => createBoard(em, record, owner).board);
    } catch (error) {
      const raced = await this.orm.em.fork().findOne(TaskBoard, { scope });
      if (raced) return raced;
      throw error;
    }
  }

  // ── mechanics ────────────────────────────────────────────────────────────────────────────

  private async boardTree(caller: Caller, board: TaskBoard, operation: string): Promise<TaskBoardType> {
    const { viewer } = await this.allowed(caller, board, 'read', operation);
    const em = this.orm.em.fork();
    const [columns, tasks] = await Promise.all([
      this.boardColumns(em, board.id),
      em.find(Task, { boardId: board.id, archivedAt: null }),
    ]);
    const readable = board.kind === 'UNIT' ? await this.readablePatients(caller, tasks) : null;
    const visible = tasks.filter((t) => !readable || !t.patientId || readable.has(t.patientId));
    if (board.kind === 'UNIT') await this.recordShown(caller, viewer, visible, operation);
    const order = new Map(columns.map((c, i) => [c.id, i]));
    visible.sort((a, b) => (order.get(a.columnId) ?? 0) - (order.get(b.columnId) ?? 0) || compareKeyed(a, b));
    return { ...boardView(board), columns: columns.map(columnView), tasks: visible.map(taskView) };
  }

  /**
   * The patients of these cards the caller may read now, asked of the policy afresh for this read
   * (not a decision shared for a period, which suits streams): a patient moved off the unit a moment
   * ago is already left out. Each answer is remembered for the fields nested in this answer.
   */
  private async readablePatients(caller: Caller, tasks: Task[]): Promise<Set<string>> {
    const readable = new Set<string>();
    for (const patientId of new Set(tasks.flatMap((t) => (t.patientId ? [t.patientId] : [])))) {
      try {
        await this.needs.patientAccess.authorize(caller, patientId, 'patient.read', 'taskBoard', { audit: false });
        readable.add(patientId);
      } catch (error) {
        if (!isCoded(error)) throw error;
      }
    }
    return readable;
  }

  /** One READ row per patient whose cards a list showed. */
  private async recordShown(caller: Caller, viewer: Viewer, tasks: Task[], operation: string) {
    const patientIds = [...new Set(tasks.flatMap((t) => (t.patientId ? [t.patientId] : [])))];
    if (patientIds.length > 0) {
      await this.needs.patientAccess.recordListRead(
        caller,
        viewer,
        patientIds.map((id) => ({ id })),
        operation,
      );
    }
  }

  /** May the caller read (or change) the board itself: its unit's staff, or those with access to its patient. */
  private async allowed(
    caller: Caller,
    board: TaskBoard,
    mode: 'read' | 'update',
    operation: string,
  ): Promise<Allowed> {
    if (board.kind === 'PATIENT' && board.patientId) {
      const action = mode === 'read' ? 'patient.read' : 'patient.update';
      const access = await this.needs.patientAccess.authorize(caller, board.patientId, action, operation);
      return { viewer: access.viewer, stamp: access.stamp };
    }
    const action = mode === 'read' ? 'board.read' : 'board.update';
    const viewer = await this.policy.assert(caller.viewer, action, { type: 'unit', unitId: board.unitId ?? '' });
    return { viewer, stamp: stampOf(caller, viewer, operation) };
  }

  /** May the caller change a card on the board about the patient: the board, and the patient too. */
  private async allowedOnTask(
    caller: Caller,
    board: TaskBoard,
    patientId: string | null,
    operation: string,
  ): Promise<Allowed> {
    const allowed = await this.allowed(caller, board, 'update', operation);
    if (board.kind === 'UNIT' && patientId) {
      const access = await this.needs.patientAccess.authorize(caller, patientId, 'patient.update', operation);
      return { viewer: access.viewer, stamp: access.stamp };
    }
    return allowed;
  }

  private async editableTask(
    caller: Caller,
    id: string,
    operation: string,
    _clientMutationId?: string,
  ): Promise<{ task: Task; board: TaskBoard; stamp: WriteStamp }> {
    if (!caller.viewer) throw unauthenticated();
    const task = await this.loadTask(id);
    const board = await this.loadBoard(task.boardId);
    const { stamp } = await this.allowedOnTask(caller, board, task.patientId, operation);
    return { task, board, stamp };
  }

  private async editableColumn(caller: Caller, id: string, operation: string) {
    if (!caller.viewer) throw unauthenticated();
    const column = isUuid(id) ? await this.orm.em.fork().findOne(BoardColumn, { id }) : null;
    if (!column) throw notFound('BoardColumn', id);
    const board = await this.loadBoard(column.boardId);
    const { stamp } = await this.allowed(caller, board, 'update', operation);
    return { column, board, stamp };
  }

  /** Access for a bulk change: every card on the same board, and the caller may change each (a refusal names it). */
  private async bulkAccess(
    caller: Caller,
    refs: { id: string }[],
    boardId: string,
    operation: string,
  ): Promise<WriteStamp> {
    let stamp: WriteStamp | null = null;
    for (const ref of refs) {
      await aboutTask(ref.id, async () => {
        const task = await this.loadTask(ref.id);
        if (task.boardId !== boardId) throw badInput('Every card of a bulk change must be on the same board.', 'tasks');
        const board = await this.loadBoard(task.boardId);
        const allowed = await this.allowedOnTask(caller, board, task.patientId, operation);
        if (!stamp || allowed.stamp.breakGlass) stamp = allowed.stamp;
      });
    }
    if (!stamp) throw badInput('Name at least one card.', 'tasks');
    return stamp;
  }

  /** A versioned edit of one card that is still on its board (an archived card takes no edits). */
  private async change(
    stamp: WriteStamp,
    input: { id: string; expectedVersion: number; clientMutationId?: string },
    patch: (current: Task) => Partial<Task>,
  ): Promise<TaskView> {
    const { id, expectedVersion, clientMutationId } = input;
    const target = { entity: Task, id, expectedVersion, clientMutationId };
    return taskView(
      await this.writes.update(stamp, target, (current) => {
        if (current.archivedAt) refuseArchived();
        return patch(current);
      }),
    );
  }

  /** The card inside the transaction, at the version the change was based on, and not archived. */
  private async lockedTask(tx: WriteContext, id: string, expectedVersion: number): Promise<Task> {
    const current = await tx.em.findOne(Task, { id });
    if (!current) throw notFound('Task', id);
    tx.expectVersion(current, expectedVersion);
    if (current.archivedAt) refuseArchived();
    return current;
  }

  /** The column a card may move to: on the card's own board and not archived. */
  private async targetColumn(boardId: string, columnId: string): Promise<BoardColumn> {
    const column = isUuid(columnId) ? await this.orm.em.fork().findOne(BoardColumn, { id: columnId }) : null;
    if (!column) throw notFound('BoardColumn', columnId);
    if (column.boardId !== boardId) throw badInput('That column belongs to another board.', 'columnId');
    if (column.archivedAt) throw badInput('That column is archived.', 'columnId');
    return column;
  }

  private async columnFor(em: EntityManager, board: TaskBoard, columnId: string | null): Promise<BoardColumn> {
    const columns = await this.boardColumns(em, board.id);
    if (!columnId) {
      const first = columns[0];
      if (!first) throw badInput('This board has no open column.', 'columnId');
      return first;
    }
    const column = columns.find((c) => c.id === columnId);
    if (column) return column;
    if (await em.count(BoardColumn, { id: columnId })) {
      throw badInput('That column belongs to another board, or is archived.', 'columnId');
    }
    throw notFound('BoardColumn', columnId);
  }

  /** The board's open columns, in order. */
  private async boardColumns(em: EntityManager, boardId: string): Promise<BoardColumn[]> {
    return (await em.find(BoardColumn, { boardId, archivedAt: null })).sort(compareKeyed);
  }

  /** The column's cards on the board (not archived), in board order. */
  private async columnCards(em: EntityManager, columnId: string): Promise<Task[]> {
    return (await em.find(Task, { columnId, archivedAt: null })).sort(compareKeyed);
  }

  /**
   * Who may be given a card or @mentioned: the patient's care team and the patient's unit's staff
   * (for a card about a patient), or the board's unit's staff.
   */
  private async teamScope(board: TaskBoard, patientId: string | null) {
    const unitId = patientId ? await this.needs.patientAccess.unitOf(patientId) : board.unitId;
    return { patientId, unitId };
  }

  private async checkTeamMember(
    userId: string,
    scope: { patientId: string | null; unitId: string | null },
    field: string,
  ): Promise<void> {
    const user = await this.needs.identity.userById(userId);
    if (user?.kind !== 'STAFF' || !user.active) throw badInput(`${field}: ${userId} is not active staff.`, field);
    const onTeam = scope.patientId ? (await this.needs.careTeam.roleOf(userId, scope.patientId)) !== null : false;
    const onUnit = scope.unitId ? await this.needs.units.isMember(userId, scope.unitId) : false;
    if (!onTeam && !onUnit) {
      const whose = scope.patientId ? "this patient's care team or unit staff" : "this unit's staff";
      throw badInput(`${user.name} is not on ${whose}.`, field);
    }
  }

  /** Links to the plan must be the card's patient's goal or intervention; an intervention brings its goal. */
  private async checkLinks(
    patientId: string | null,
    goalId: string | null,
    interventionId: string | null,
  ): Promise<{ goalId: string | null; interventionId: string | null }> {
    if ((goalId || interventionId) && !patientId) {
      throw badInput('Only a card about a patient can link to their care plan.', goalId ? 'goalId' : 'interventionId');
    }
    let goal = goalId;
    if (interventionId) {
      const item = await this.needs.carePlans.planItemOf('Intervention', interventionId);
      if (item?.patientId !== patientId)
        throw badInput("That intervention is not on this patient's care plan.", 'interventionId');
      if (goal && goal !== item.goalId) throw badInput('That intervention works toward another goal.', 'goalId');
      goal = item.goalId;
    }
    if (goal) {
      const item = await this.needs.carePlans.planItemOf('Goal', goal);
      if (item?.patientId !== patientId) throw badInput("That goal is not on this patient's care plan.", 'goalId');
    }
    return { goalId: goal, interventionId };
  }

  private async loadBoard(id: string): Promise<TaskBoard> {
    const board = isUuid(id) ? await this.orm.em.fork().findOne(TaskBoard, { id }) : null;
    if (!board) throw notFound('TaskBoard', id);
    return board;
  }

  private async loadTask(id: string): Promise<Task> {
    const task = isUuid(id) ? await this.orm.em.fork().findOne(Task, { id }) : null;
    if (!task) throw notFound('Task', id);
    return task;
  }
}

/** A card entering a column takes its completion: complete in a Done column, open anywhere else. */
function completeIn(task: Task, column: BoardColumn, stamp: WriteStamp): void {
  if (column.completes && !task.completedAt) {
    task.completedAt = new Date();
    task.completedById = stamp.actor.id;
  } else if (!column.completes && task.completedAt) {
    task.completedAt = null;
    task.completedById = null;
  }
}

function refuseArchived(): never {
  throw badInput('This card is archived.', 'id');
}

function newChecklistItem(text: string): ChecklistItem {
  return { id: randomUUID(), text, done: false, doneAt: null, doneById: null, doneByName: null };
}

function cleanLabels(labels: string[] | undefined): string[] {
  return [...new Set((labels ?? []).map((l) => requireText(l, 'labels')))];
}

function uniqueRefs<T extends { id: string }>(refs: T[]): T[] {
  const ids = new Set(refs.map((r) => r.id));
  if (ids.size !== refs.length) throw badInput('A card is named twice.', 'tasks');
  return refs;
}

function inOrder(rows: Task[], refs: { id: string }[]): Task[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return refs.flatMap((r) => byId.get(r.id) ?? []);
}

/** Runs work about one card of a bulk change; a coded refusal names the card (`extensions.taskId`). */
async function aboutTask<T>(taskId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isCoded(error) && !error.extensions.taskId) {
      throw new AppError(error.extensions.code as never, `Task ${taskId}: ${error.message}`, {
        ...error.extensions,
        taskId,
      });
    }
    throw error;
  }
}

/** Due first (soonest first, no due time last), then board order. */
function byDueThenOrder(a: Task, b: Task): number {
  const da = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const db = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return da - db || compareKeyed(a, b);
}
