import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ChangeEvent, toChangeEvent } from '../../platform/events/change-event.types.js';
import type { Delivery, EventFeed } from '../../platform/events/event-feed.js';
import { positionOf, stampPosition } from '../../platform/events/stream-position.js';
import { Streams } from '../../platform/events/streams.js';
import type { SubscribeData } from '../../platform/graphql/container.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { IdentityService } from '../identity/identity.service.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import type { PatientView } from '../patient/patient.entity.js';
import type { PatientService } from '../patient/patient.service.js';
import { PatientType } from '../patient/patient.types.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { UnitService } from '../unit/unit.service.js';
import { UnitType } from '../unit/unit.types.js';
import type { TaskBoardService } from './task-board.service.js';
import { dueFlags } from './task-board.time.js';
import {
  AddBoardColumnInput,
  AddChecklistItemInput,
  AddTaskCommentInput,
  ArchiveBoardColumnInput,
  AssignTaskInput,
  BoardColumnType,
  BulkAssignTasksInput,
  BulkMoveTasksInput,
  CreateTaskInput,
  MoveBoardColumnInput,
  MoveTaskInput,
  RemoveChecklistItemInput,
  TaskBoardType,
  TaskCommentType,
  TaskType,
  TaskVersionInput,
  ToggleChecklistItemInput,
  UpdateBoardColumnInput,
  UpdateTaskInput,
} from './task-board.types.js';

type BoardArgs = SubscribeData<{ boardId?: string; after?: string | null }>;

/** Reads a board after its stream position, so a subscription `after` the stamp misses nothing (stream-position.ts). */
async function stampedBoard(
  boards: TaskBoardService,
  feed: EventFeed,
  ctx: RequestContext,
  boardId: string,
  operation: string,
): Promise<TaskBoardType> {
  const position = await feed.position(Streams.board(boardId));
  return stampPosition(await boards.board(ctx, boardId, operation), position);
}

@Resolver(() => TaskBoardType)
export class TaskBoardResolver {
  constructor(
    private readonly boards: TaskBoardService,
    private readonly feed: EventFeed,
    private readonly units: UnitService,
    private readonly patients: PatientService,
    private readonly patientAccess: PatientAccessService,
  ) {}

  @Query(() => TaskBoardType, { description: "A unit's board (its staff) or a patient's board (their team)." })
  async taskBoard(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TaskBoardType> {
    return stampedBoard(this.boards, this.feed, ctx, await this.boards.boardIdOf(id), 'taskBoard');
  }

  @Query(() => TaskType, { description: 'One card, for those who may see its board and its patient.' })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.task(ctx, id);
  }

  @Query(() => [TaskType], {
    description:
      'My work across every board I may see: open cards assigned to me, and open unassigned cards for my ' +
      'discipline; soonest due first.',
  })
  myWork(@Ctx() ctx: RequestContext): Promise<TaskType[]> {
    return this.boards.myWork(ctx);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      "The board stream's last event id when this board was read by `taskBoard(id)`, `unit { taskBoard }` or " +
      '`patient { taskBoard }`: subscribe to boardEvents `after` it and no change is missed.',
  })
  lastEventId(@Root() board: TaskBoardType): string | null {
    return positionOf(board);
  }

  @FieldResolver(() => String, {
    description: "IANA time zone of the board's unit: due times without an offset, today and overdue follow it.",
  })
  timeZone(@Root() board: TaskBoardType): string {
    return this.boards.timeZoneOf(board);
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit whose clock and staff the board follows.' })
  async unit(@Root() board: TaskBoardType, @Ctx() ctx: RequestContext): Promise<UnitType | null> {
    return board.unitId ? ctx.loaders.load(this.units.byIds, board.unitId) : null;
  }

  @FieldResolver(() => PatientType, { nullable: true, description: "The patient, on a patient's board." })
  async patient(@Root() board: TaskBoardType, @Ctx() ctx: RequestContext): Promise<PatientView | null> {
    if (!board.patientId) return null;
    await this.patientAccess.assertMayRead(ctx, board.patientId, 'taskBoard.patient');
    return ctx.loaders.load(this.patients.byIds, board.patientId);
  }

  @Subscription(() => ChangeEvent, {
    description:
      "Every change on the board's stream (cards, columns, comments): missed events after `after` first, then live. " +
      'A card about a patient the viewer may not see arrives without its node.',
    subscribe: ({ args, context }: BoardArgs) =>
      context.container.get(TaskBoardResolver).boards.follow(context, args.boardId ?? '', args.after),
  })
  boardEvents(
    @Arg('boardId', () => ID) _boardId: string,
    @Arg('after', () => ID, { nullable: true }) _after: string | null,
    @Root() event: Delivery,
  ): ChangeEvent {
    return toChangeEvent(event);
  }

  // ── cards ────────────────────────────────────────────────────────────────────────────────

  @Mutation(() => TaskType, { description: 'Adds a card; the same clientMutationId again returns the first card.' })
  createTask(@Arg('input') input: CreateTaskInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.createTask(ctx, input);
  }

  @Mutation(() => TaskType)
  updateTask(@Arg('input') input: UpdateTaskInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.updateTask(ctx, input);
  }

  @Mutation(() => TaskType, {
    description:
      'Moves a card within its board (one row written). Into a column that completes cards, it completes; out of ' +
      'one, it reopens. The same clientMutationId again moves once.',
  })
  moveTask(@Arg('input') input: MoveTaskInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.moveTask(ctx, input);
  }

  @Mutation(() => TaskType)
  assignTask(@Arg('input') input: AssignTaskInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.assignTask(ctx, input);
  }

  @Mutation(() => TaskType, { description: "Completes a card: it goes to the end of the board's Done column." })
  completeTask(@Arg('input') input: TaskVersionInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.completeTask(ctx, input);
  }

  @Mutation(() => TaskType, { description: "Reopens a card: it goes to the end of the board's first open column." })
  reopenTask(@Arg('input') input: TaskVersionInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.reopenTask(ctx, input);
  }

  @Mutation(() => TaskType, { description: 'Takes a card off the board; its history stays.' })
  archiveTask(@Arg('input') input: TaskVersionInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.archiveTask(ctx, input);
  }

  @Mutation(() => TaskCommentType)
  addTaskComment(@Arg('input') input: AddTaskCommentInput, @Ctx() ctx: RequestContext): Promise<TaskCommentType> {
    return this.boards.addComment(ctx, input);
  }

  @Mutation(() => TaskType)
  addChecklistItem(@Arg('input') input: AddChecklistItemInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.addChecklistItem(ctx, input);
  }

  @Mutation(() => TaskType)
  toggleChecklistItem(@Arg('input') input: ToggleChecklistItemInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.toggleChecklistItem(ctx, input);
  }

  @Mutation(() => TaskType)
  removeChecklistItem(@Arg('input') input: RemoveChecklistItemInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return this.boards.removeChecklistItem(ctx, input);
  }

  @Mutation(() => [TaskType], {
    description: 'Moves cards to the end of one column, in the order given: all or none (a refusal names its card).',
  })
  bulkMoveTasks(@Arg('input') input: BulkMoveTasksInput, @Ctx() ctx: RequestContext): Promise<TaskType[]> {
    return this.boards.bulkMove(ctx, input);
  }

  @Mutation(() => [TaskType], {
    description: 'Gives cards to one person and/or discipline: all or none (a refusal names its card).',
  })
  bulkAssignTasks(@Arg('input') input: BulkAssignTasksInput, @Ctx() ctx: RequestContext): Promise<TaskType[]> {
    return this.boards.bulkAssign(ctx, input);
  }

  // ── columns ──────────────────────────────────────────────────────────────────────────────

  @Mutation(() => BoardColumnType)
  addBoardColumn(@Arg('input') input: AddBoardColumnInput, @Ctx() ctx: RequestContext): Promise<BoardColumnType> {
    return this.boards.addColumn(ctx, input);
  }

  @Mutation(() => BoardColumnType, { description: 'Renames a column, or changes its WIP limit.' })
  updateBoardColumn(@Arg('input') input: UpdateBoardColumnInput, @Ctx() ctx: RequestContext): Promise<BoardColumnType> {
    return this.boards.updateColumn(ctx, input);
  }

  @Mutation(() => BoardColumnType)
  moveBoardColumn(@Arg('input') input: MoveBoardColumnInput, @Ctx() ctx: RequestContext): Promise<BoardColumnType> {
    return this.boards.moveColumn(ctx, input);
  }

  @Mutation(() => BoardColumnType, { description: 'Archives a column that has no cards left.' })
  archiveBoardColumn(
    @Arg('input') input: ArchiveBoardColumnInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BoardColumnType> {
    return this.boards.archiveColumn(ctx, input);
  }
}

@Resolver(() => TaskType)
export class TaskResolver {
  constructor(
    private readonly boards: TaskBoardService,
    private readonly identity: IdentityService,
    private readonly patients: PatientService,
    private readonly patientAccess: PatientAccessService,
  ) {}

  @FieldResolver(() => UserType, { nullable: true })
  assignee(@Root() task: TaskType, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return task.assigneeId ? ctx.loaders.load(this.identity.usersByIds, task.assigneeId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  completedBy(@Root() task: TaskType, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return task.completedById ? ctx.loaders.load(this.identity.usersByIds, task.completedById) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Null for a card the hub generated.' })
  createdBy(@Root() task: TaskType, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return task.createdById ? ctx.loaders.load(this.identity.usersByIds, task.createdById) : null;
  }

  @FieldResolver(() => PatientType, { nullable: true })
  async patient(@Root() task: TaskType, @Ctx() ctx: RequestContext): Promise<PatientView | null> {
    if (!task.patientId) return null;
    await this.patientAccess.assertMayRead(ctx, task.patientId, 'task.patient');
    return ctx.loaders.load(this.patients.byIds, task.patientId);
  }

  @FieldResolver(() => [TaskCommentType], { description: 'Oldest first.' })
  comments(@Root() task: TaskType, @Ctx() ctx: RequestContext): Promise<TaskCommentType[]> {
    return this.boards.comments(ctx, task);
  }

  @FieldResolver(() => Boolean, { description: "Generated from a care-plan intervention's frequency." })
  recurring(@Root() task: TaskType): boolean {
    return task.occurrenceAt !== null;
  }

  @FieldResolver(() => Boolean, { description: "Past due and not complete, now, on the board's unit's clock." })
  async overdue(@Root() task: TaskType, @Ctx() ctx: RequestContext): Promise<boolean> {
    return dueFlags(task, await this.zoneOf(task, ctx)).overdue;
  }

  @FieldResolver(() => Boolean, { description: "Falls due today (not complete) on the board's unit's clock." })
  async dueToday(@Root() task: TaskType, @Ctx() ctx: RequestContext): Promise<boolean> {
    return dueFlags(task, await this.zoneOf(task, ctx)).dueToday;
  }

  private async zoneOf(task: TaskType, ctx: RequestContext): Promise<string> {
    const board = await ctx.loaders.load(this.boards.boardsByIds, task.boardId);
    return this.boards.timeZoneOf({ unitId: board?.unitId ?? null });
  }
}

@Resolver(() => TaskCommentType)
export class TaskCommentResolver {
  constructor(private readonly identity: IdentityService) {}

  @FieldResolver(() => UserType)
  async author(@Root() comment: TaskCommentType, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.load(this.identity.usersByIds, comment.authorId);
    if (!user) throw new Error(`Author ${comment.authorId} is missing`);
    return user;
  }

  @FieldResolver(() => [UserType], { description: 'Team members the comment @mentions.' })
  async mentions(@Root() comment: TaskCommentType, @Ctx() ctx: RequestContext): Promise<User[]> {
    const users = await Promise.all(comment.mentionIds.map((id) => ctx.loaders.load(this.identity.usersByIds, id)));
    return users.filter((u): u is User => u !== null);
  }
}

@Resolver(() => UnitType)
export class UnitTaskBoardResolver {
  constructor(
    private readonly boards: TaskBoardService,
    private readonly feed: EventFeed,
  ) {}

  @FieldResolver(() => TaskBoardType, { description: "The unit's task board, for its staff." })
  async taskBoard(@Root() unit: UnitType, @Ctx() ctx: RequestContext): Promise<TaskBoardType> {
    const boardId = await this.boards.unitBoardId(ctx, unit.id);
    return stampedBoard(this.boards, this.feed, ctx, boardId, 'unitTaskBoard');
  }
}

@Resolver(() => PatientType)
export class PatientTaskBoardResolver {
  constructor(
    private readonly boards: TaskBoardService,
    private readonly feed: EventFeed,
  ) {}

  @FieldResolver(() => TaskBoardType, { description: "The patient's own task board, for those who may read them." })
  async taskBoard(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<TaskBoardType> {
    const boardId = await this.boards.patientBoardId(ctx, patient.id);
    return stampedBoard(this.boards, this.feed, ctx, boardId, 'patientTaskBoard');
  }

  @FieldResolver(() => [TaskType], {
    description:
      "The patient's cards on every board (their own and the unit's), not archived; soonest due first. Their " +
      'changes arrive on patientEvents.',
  })
  tasks(
    @Root() patient: PatientView,
    @Arg('includeCompleted', { defaultValue: false }) includeCompleted: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<TaskType[]> {
    return this.boards.patientTasks(ctx, patient.id, includeCompleted);
  }
}
