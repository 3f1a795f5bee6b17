import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Visibility as VisibilityValue } from '../../platform/events/change-event.entity.js';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, VersionedInput, Visibility, VisibilityField } from '../../platform/graphql/inputs.js';
import { Priority } from '../care-plan/care-plan.types.js';
import { Discipline } from '../identity/identity.types.js';
import { DISCIPLINES } from '../identity/user.entity.js';
import { BOARD_KINDS, type BoardKind, TASK_LIMITS, TASK_PRIORITIES, type TaskPriority } from './task-board.entity.js';

export const TaskBoardKind = enumOf(BOARD_KINDS);
registerEnumType(TaskBoardKind, {
  name: 'TaskBoardKind',
  description: "UNIT: the unit's board; PATIENT: one patient's.",
});

const DUE_AT_HELP =
  'ISO 8601 date and time. Without an offset ("2026-11-25T14:00") it is read on the clock of the board\'s unit; ' +
  'with one ("…Z", "…-05:00") it is that instant. Null clears it.';

@ObjectType('BoardColumn', { description: 'A column of a task board, in order.' })
export class BoardColumnType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  boardId!: string;

  @Field()
  name!: string;

  @Field({ description: 'Fractional index among the columns.' })
  position!: string;

  @Field(() => Int, { nullable: true, description: 'Open cards wanted here at most; shown, not enforced.' })
  wipLimit!: number | null;

  @Field({ description: 'Cards in this column are complete (Done).' })
  completes!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true })
  archivedAt!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('ChecklistItem')
export class ChecklistItemType {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field()
  done!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true })
  doneAt!: string | null;

  @Field(() => String, { nullable: true })
  doneByName!: string | null;

  doneById!: string | null;
}

@ObjectType('Task', { description: 'A card on a task board.' })
export class TaskType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  boardId!: string;

  @Field(() => ID)
  columnId!: string;

  @Field(() => ID, { nullable: true, description: 'The patient the card is about (always set on a patient board).' })
  patientId!: string | null;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field({ description: 'Fractional index in its column; cards are ordered by (position, id).' })
  position!: string;

  assigneeId!: string | null;

  @Field(() => Discipline, {
    nullable: true,
    description: 'The discipline the card is for (with or without a person).',
  })
  discipline!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it is due (an instant).' })
  dueAt!: string | null;

  @Field(() => Priority)
  priority!: string;

  @Field(() => [String])
  labels!: string[];

  @Field(() => [ChecklistItemType])
  checklist!: ChecklistItemType[];

  @Field(() => ID, { nullable: true, description: 'The care-plan goal the card works toward.' })
  goalId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The care-plan intervention the card carries out.' })
  interventionId!: string | null;

  @Field(() => Visibility)
  visibility!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  completedAt!: string | null;

  completedById!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  archivedAt!: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "For a card generated from an intervention's frequency: the occurrence it stands for.",
  })
  occurrenceAt!: string | null;

  @Field(() => Int)
  commentCount!: number;

  createdById!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

@ObjectType('TaskComment')
export class TaskCommentType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  taskId!: string;

  boardId!: string;
  patientId!: string | null;
  authorId!: string;
  mentionIds!: string[];

  @Field()
  text!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: string;
}

@ObjectType('TaskBoard', { description: "A unit's or a patient's task board." })
export class TaskBoardType {
  @Field(() => ID)
  id!: string;

  @Field(() => TaskBoardKind)
  kind!: BoardKind;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => ID, { nullable: true })
  patientId!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => [BoardColumnType], { description: 'Its open columns, in order (archived ones left out).' })
  columns!: BoardColumnType[];

  @Field(() => [TaskType], {
    description:
      'Its cards that are not archived, by column, then by (position, id) within a column. A card about a patient ' +
      'the viewer may not see is left out.',
  })
  tasks!: TaskType[];
}

// ── inputs ──────────────────────────────────────────────────────────────────────────────────

const LabelsField = () => (target: object, key: string | symbol) => {
  Field(() => [String], { nullable: true, description: `At most ${TASK_LIMITS.labels}, each 1–${TASK_LIMITS.label}.` })(
    target,
    key,
  );
  IsOptional()(target, key);
  ArrayMaxSize(TASK_LIMITS.labels)(target, key);
  Length(1, TASK_LIMITS.label, { each: true })(target, key);
};

@InputType({ description: 'A new card: on `boardId`, or on the patient board of `patientId` when no board is given.' })
export class CreateTaskInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  boardId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required on a patient board; optional on a unit board.' })
  @IsOptional()
  @IsUUID()
  patientId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Left out: the first column.' })
  @IsOptional()
  @IsUUID()
  columnId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The card it should follow; left out: the end of the column.' })
  @IsOptional()
  @IsUUID()
  afterId?: string | null;

  @Field({ description: `1–${TASK_LIMITS.title} characters.` })
  @Length(1, TASK_LIMITS.title)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TASK_LIMITS.description)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "A person on the patient's team or the unit's staff." })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;

  @Field(() => Discipline, { nullable: true })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: string | null;

  @Field(() => String, { nullable: true, description: DUE_AT_HELP })
  @IsOptional()
  @MaxLength(40)
  dueAt?: string | null;

  @Field(() => Priority, { nullable: true })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @LabelsField()
  labels?: string[];

  @Field(() => [String], { nullable: true, description: 'Checklist items to start with.' })
  @IsOptional()
  @ArrayMaxSize(TASK_LIMITS.checklist)
  @Length(1, TASK_LIMITS.checklistText, { each: true })
  checklist?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  goalId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  interventionId?: string | null;

  @VisibilityField()
  visibility?: VisibilityValue;
}

@InputType({ description: 'Edits a card; fields left out stay as they are, null clears.' })
export class UpdateTaskInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, TASK_LIMITS.title)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TASK_LIMITS.description)
  description?: string | null;

  @Field(() => String, { nullable: true, description: DUE_AT_HELP })
  @IsOptional()
  @MaxLength(40)
  dueAt?: string | null;

  @Field(() => Priority, { nullable: true })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @LabelsField()
  labels?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  goalId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  interventionId?: string | null;

  @VisibilityField()
  visibility?: VisibilityValue;
}

@InputType({ description: 'Moves a card to a column of its board, right after `afterId` (first when null).' })
export class MoveTaskInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  columnId!: string;

  @Field(() => ID, { nullable: true, description: 'The card it should follow in that column; null for first.' })
  @IsOptional()
  @IsUUID()
  afterId?: string | null;
}

@InputType({ description: 'Gives a card to a person and/or a discipline; null clears either.' })
export class AssignTaskInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;

  @Field(() => Discipline, { nullable: true })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: string | null;
}

@InputType({ description: 'A card and the version the change was based on (complete, reopen, archive).' })
export class TaskVersionInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;
}

@InputType()
export class AddTaskCommentInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  taskId!: string;

  @Field({ description: `1–${TASK_LIMITS.comment} characters.` })
  @Length(1, TASK_LIMITS.comment)
  text!: string;

  @Field(() => [ID], {
    nullable: true,
    description: "People the comment @mentions: each on the patient's team or the unit's staff.",
  })
  @IsOptional()
  @ArrayMaxSize(TASK_LIMITS.mentions)
  @IsUUID('all', { each: true })
  mentionIds?: string[];
}

@InputType()
export class AddChecklistItemInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field()
  @Length(1, TASK_LIMITS.checklistText)
  text!: string;
}

@InputType()
export class ToggleChecklistItemInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  itemId!: string;

  @Field()
  @IsBoolean()
  done!: boolean;
}

@InputType()
export class RemoveChecklistItemInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  itemId!: string;
}

@InputType({ description: 'One card of a bulk change, with the version the change was based on.' })
export class TaskRefInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

/** The cards of a bulk change (1–100, each with its expectedVersion) and the change's clientMutationId. */
@InputType('BulkTasksFields')
abstract class BulkTasksFields {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => [TaskRefInput], { description: `1–${TASK_LIMITS.bulk} cards, each with its expectedVersion.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(TASK_LIMITS.bulk)
  @ValidateNested({ each: true })
  tasks!: TaskRefInput[];
}

@InputType({ description: 'Moves cards, in the order given, to the end of one column: all of them or none.' })
export class BulkMoveTasksInput extends BulkTasksFields {
  @Field(() => ID)
  @IsUUID()
  columnId!: string;
}

@InputType({ description: 'Gives cards to one person and/or discipline: all of them or none.' })
export class BulkAssignTasksInput extends BulkTasksFields {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;

  @Field(() => Discipline, { nullable: true })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: string | null;
}

@InputType()
export class AddBoardColumnInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  boardId!: string;

  @Field()
  @Length(1, TASK_LIMITS.columnName)
  name!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999)
  wipLimit?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  completes?: boolean;

  @Field(() => ID, { nullable: true, description: 'The column it should follow; left out: last.' })
  @IsOptional()
  @IsUUID()
  afterId?: string | null;
}

@InputType({ description: 'Renames a column or changes its WIP limit; null clears the limit.' })
export class UpdateBoardColumnInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, TASK_LIMITS.columnName)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999)
  wipLimit?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  completes?: boolean;
}

@InputType()
export class MoveBoardColumnInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID, { nullable: true, description: 'The column it should follow; null for first.' })
  @IsOptional()
  @IsUUID()
  afterId?: string | null;
}

@InputType({ description: 'Archives a column with no open cards left on it.' })
export class ArchiveBoardColumnInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;
}

@InputType({
  description:
    "An item of another module (a social need, a discharge checklist item) made a card on its patient's board.",
})
export class TaskForItemInput extends VersionedInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => String, {
    nullable: true,
    description: `1–${TASK_LIMITS.title} characters; left out: named after the item.`,
  })
  @IsOptional()
  @Length(1, TASK_LIMITS.title)
  title?: string | null;

  @Field(() => ID, { nullable: true, description: "A person on the patient's team or the unit's staff." })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;

  @Field(() => Discipline, { nullable: true })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: string | null;

  @Field(() => String, { nullable: true, description: DUE_AT_HELP })
  @IsOptional()
  @MaxLength(40)
  dueAt?: string | null;
}

/**
 * The card another module's item becomes in one step (a rounds action item, a conference
 * follow-up): what to do, who does it and when, as the task board reads them.
 */
@InputType('CardFromItemInput')
export abstract class CardFromItemInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field({ description: 'What is to be done; it becomes the task title.' })
  @Length(1, 200)
  title!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When it is due, as the task board reads it: "2026-11-25T14:00" on the unit\'s clock, or an instant with an offset.',
  })
  @IsOptional()
  @MaxLength(40)
  dueAt?: string | null;
}
