import { IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, ExpectedVersion, VersionedInput } from '../../platform/graphql/inputs.js';
import { BarrierFields, BarrierType, UpdateDischargeBarrierInput } from '../discharge/discharge.types.js';
import { Discipline } from '../identity/identity.types.js';
import type { PatientView } from '../patient/patient.entity.js';
import { CardFromItemInput } from '../task-board/task-board.types.js';
import { ROUNDS_STATUSES } from './rounds.entity.js';

export const RoundsStatus = enumOf(ROUNDS_STATUSES);
export const POINTER_MOVES = ['NEXT', 'PREVIOUS', 'ITEM'] as const;
export const PointerMove = enumOf(POINTER_MOVES);
registerEnumType(RoundsStatus, { name: 'RoundsStatus', description: 'PLANNED → IN_PROGRESS → FINISHED.' });
registerEnumType(PointerMove, { name: 'PointerMove', description: 'Where the "now discussing" pointer goes.' });

/** Longest time box a patient may get: a quarter of an hour. */
export const MAX_TIME_BOX_SECONDS = 900;

@ObjectType('RoundsItem', { description: 'Fields every rounds item has.' })
abstract class Item {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

/** Fields every item about one patient on the agenda has. */
@ObjectType('RoundsPatientItem')
abstract class PatientItem extends Item {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID, { description: 'The agenda item (patient) it belongs to.' })
  itemId!: string;

  @Field(() => ID)
  patientId!: string;
}

@ObjectType('RoundsUpdate', { description: "One discipline's prepared update on one patient." })
export class RoundsUpdateType extends PatientItem {
  @Field(() => Discipline)
  discipline!: string;

  authorId!: string;

  @Field(() => String, { nullable: true, description: 'Status since last rounds.' })
  statusSinceLast!: string | null;

  @Field(() => String, { nullable: true })
  concerns!: string | null;

  @Field(() => String, { nullable: true })
  planForToday!: string | null;
}

@ObjectType('RoundsDecision', { description: 'A decision taken in rounds; an action item also names its task.' })
export class RoundsDecisionType extends PatientItem {
  @Field()
  text!: string;

  authorId!: string;

  @Field(() => ID, { nullable: true, description: 'The task on the unit board this action item became.' })
  taskId!: string | null;

  @Field(() => GraphQLDateTime)
  createdAt!: string;
}

@ObjectType('RoundsAgendaItem', { description: 'One patient on the agenda.' })
export class RoundsAgendaItemType extends Item {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID)
  patientId!: string;

  /** The patient as the session read found them (access checked and audited there). */
  patient?: PatientView;

  @Field()
  position!: string;

  @Field(() => Int)
  timeBoxSeconds!: number;

  @Field(() => Int, {
    description:
      'Seconds spent on this patient before the pointer last left it; while it is current add serverTime − currentSince.',
  })
  spentSeconds!: number;

  @Field(() => GraphQLDateTime, { nullable: true })
  discussedAt!: string | null;

  @Field(() => [RoundsUpdateType], { nullable: true, description: 'Present when read with the session.' })
  updates?: RoundsUpdateType[] | null;

  @Field(() => [BarrierType], {
    nullable: true,
    description: "The patient's barriers to discharge (their discharge plan's); present when read with the session.",
  })
  barriers?: BarrierType[] | null;

  @Field(() => [RoundsDecisionType], {
    nullable: true,
    description: 'Present when read with the session; oldest first.',
  })
  decisions?: RoundsDecisionType[] | null;
}

@ObjectType('RoundsSession', { description: "A unit's interdisciplinary rounds on one date." })
export class RoundsSessionType extends Item {
  @Field(() => ID)
  unitId!: string;

  @Field(() => GraphQLLocalDate)
  date!: string;

  facilitatorId!: string;

  @Field(() => RoundsStatus)
  status!: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item now being discussed.' })
  currentItemId!: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "When the pointer reached the current item, by the server's clock (every screen's timer starts here).",
  })
  currentSince!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  startedAt!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  finishedAt!: string | null;

  @Field(() => [RoundsAgendaItemType], {
    nullable: true,
    description:
      'In order; patients the viewer may not read are left out. Present when read by roundsSession(id); null on events.',
  })
  agenda?: RoundsAgendaItemType[] | null;
}

@InputType()
export class CreateRoundsSessionInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => GraphQLLocalDate, { description: "The unit's calendar day." })
  date!: string;

  @Field(() => ID, { nullable: true, description: 'Left out: the caller facilitates.' })
  @IsOptional()
  @IsUUID()
  facilitatorId?: string;

  @Field(() => Int, { nullable: true, description: 'Seconds per patient (default 180).' })
  @IsOptional()
  @IsInt()
  @Min(30)
  @Max(MAX_TIME_BOX_SECONDS)
  timeBoxSeconds?: number;
}

@InputType()
export class AddRoundsPatientInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  sessionId!: string;

  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(30)
  @Max(MAX_TIME_BOX_SECONDS)
  timeBoxSeconds?: number;
}

@InputType()
export class MoveRoundsPatientInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The agenda item to follow; null moves it first.' })
  @IsOptional()
  @IsUUID()
  afterId?: string | null;
}

@InputType()
export class UpdateRoundsAgendaItemInput extends VersionedInput {
  @Field(() => Int)
  @IsInt()
  @Min(30)
  @Max(MAX_TIME_BOX_SECONDS)
  timeBoxSeconds!: number;
}

@InputType()
export class RoundsSessionTransitionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @ExpectedVersion()
  expectedVersion!: number;
}

@InputType()
export class MoveRoundsPointerInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;

  @Field(() => PointerMove)
  @IsIn(POINTER_MOVES)
  to!: (typeof POINTER_MOVES)[number];

  @Field(() => ID, { nullable: true, description: 'With ITEM: the agenda item to discuss now.' })
  @IsOptional()
  @IsUUID()
  itemId?: string | null;
}

@InputType()
export class MarkRoundsPatientDiscussedInput extends VersionedInput {
  @Field({ description: 'False takes the mark back.' })
  discussed!: boolean;
}

@InputType()
export class SaveRoundsUpdateInput {
  @Field(() => ID)
  @IsUUID()
  itemId!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The version of the caller's discipline's update it was based on; null when there was none yet.",
  })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  statusSinceLast?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  concerns?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  planForToday?: string | null;
}

@InputType({ description: "A barrier to the patient's discharge, added in rounds (on their discharge plan)." })
export class AddRoundsBarrierInput extends BarrierFields {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID, { description: 'The agenda item (patient) it is about.' })
  @IsUUID()
  itemId!: string;
}

@InputType({ description: "An edit, in rounds, of a barrier to the agenda item's patient's discharge." })
export class UpdateRoundsBarrierInput extends UpdateDischargeBarrierInput {
  @Field(() => ID, { description: 'The agenda item (patient) it is about.' })
  @IsUUID()
  itemId!: string;
}

@InputType()
export class RecordRoundsDecisionInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  itemId!: string;

  @Field()
  @Length(1, 1000)
  text!: string;
}

@InputType()
export class CreateRoundsActionItemInput extends CardFromItemInput {
  @Field(() => ID)
  @IsUUID()
  itemId!: string;
}

@ObjectType('RoundsActionItem', { description: 'An action item: the decision recorded and the task it became.' })
export class RoundsActionItemType {
  @Field(() => RoundsDecisionType)
  decision!: RoundsDecisionType;

  @Field(() => ID)
  taskId!: string;
}
