import { IsIn, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLDateTime, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Visibility as VisibilityValue } from '../../platform/events/change-event.entity.js';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, VersionedInput, Visibility, VisibilityField } from '../../platform/graphql/inputs.js';
import { Discipline } from '../identity/identity.types.js';
import { DISCIPLINES } from '../identity/user.entity.js';
import {
  GOAL_STATUSES,
  INTERVENTION_STATUSES,
  PLAN_STATUSES,
  PRIORITIES,
  PROBLEM_STATUSES,
  SCHEDULE_KINDS,
} from './care-plan.entity.js';

export const CarePlanStatus = enumOf(PLAN_STATUSES);
export const ProblemStatus = enumOf(PROBLEM_STATUSES);
export const Priority = enumOf(PRIORITIES);
export const GoalStatus = enumOf(GOAL_STATUSES);
export const InterventionStatus = enumOf(INTERVENTION_STATUSES);
registerEnumType(CarePlanStatus, { name: 'CarePlanStatus' });
registerEnumType(ProblemStatus, { name: 'ProblemStatus' });
registerEnumType(Priority, { name: 'Priority' });
registerEnumType(GoalStatus, { name: 'GoalStatus' });
registerEnumType(InterventionStatus, { name: 'InterventionStatus' });
export const ScheduleKind = enumOf(SCHEDULE_KINDS);
registerEnumType(ScheduleKind, {
  name: 'ScheduleKind',
  description: 'DAILY at a time, EACH_SHIFT (07:00 and 19:00), or EVERY_N_HOURS from midnight, on the unit clock.',
});

type Status<T extends readonly string[]> = T[number];

@ObjectType('PlanItem', { description: 'Fields every plan item has.' })
abstract class Item {
  @Field(() => ID)
  id!: string;

  patientId!: string;

  @Field(() => Visibility)
  visibility!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

@ObjectType('GoalStatusChange')
export class GoalStatusChangeType {
  @Field(() => GoalStatus)
  status!: string;

  @Field(() => GraphQLDateTime)
  at!: string;

  @Field()
  byName!: string;
}

@ObjectType('InterventionSchedule', {
  description: 'When an intervention recurs; the task board makes a card per occurrence.',
})
export class InterventionScheduleType {
  @Field(() => ScheduleKind)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'DAILY: HH:mm on the unit clock.' })
  at!: string | null;

  @Field(() => Int, { nullable: true, description: 'EVERY_N_HOURS: 1–24.' })
  everyHours!: number | null;
}

@InputType()
export class InterventionScheduleInput {
  @Field(() => ScheduleKind)
  @IsIn(SCHEDULE_KINDS)
  kind!: (typeof SCHEDULE_KINDS)[number];

  @Field(() => String, { nullable: true, description: 'DAILY: HH:mm on the unit clock (required).' })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'at must be a time of day, HH:mm' })
  at?: string | null;

  @Field(() => Int, { nullable: true, description: 'EVERY_N_HOURS: 1–24 (required).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  everyHours?: number | null;
}

@ObjectType('Intervention')
export class InterventionType extends Item {
  @Field(() => ID)
  goalId!: string;

  @Field()
  action!: string;

  @Field(() => Discipline)
  ownerDiscipline!: string;

  ownerId!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "BID", "daily before lunch", "each visit".' })
  frequency!: string | null;

  @Field(() => InterventionScheduleType, {
    nullable: true,
    description: 'The frequency in structured form, when it recurs: the task board generates a card per occurrence.',
  })
  schedule!: InterventionScheduleType | null;

  @Field(() => InterventionStatus)
  status!: string;

  @Field()
  position!: string;
}

@ObjectType('Goal')
export class GoalType extends Item {
  @Field(() => ID)
  problemId!: string;

  @Field({ description: 'Measurable: what will be true, for whom, by when.' })
  description!: string;

  @Field(() => String, { nullable: true })
  targetValue!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  targetDate!: string | null;

  @Field(() => GoalStatus)
  status!: string;

  @Field(() => [GoalStatusChangeType], { description: 'Every status the goal has had, oldest first.' })
  history!: GoalStatusChangeType[];

  @Field()
  position!: string;

  @Field(() => [InterventionType], {
    nullable: true,
    description: 'In order. Present when read with its plan; null on a single item a mutation or event returns.',
  })
  interventions?: InterventionType[] | null;
}

@ObjectType('Problem')
export class ProblemType extends Item {
  @Field(() => ID)
  carePlanId!: string;

  @Field()
  statement!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  onsetDate!: string | null;

  @Field(() => Priority)
  priority!: string;

  @Field(() => ProblemStatus)
  status!: string;

  @Field(() => Discipline, { description: 'The discipline that owns the problem.' })
  discipline!: string;

  @Field()
  position!: string;

  @Field(() => [GoalType], {
    nullable: true,
    description: 'In order. Present when read with its plan; null on a single item a mutation or event returns.',
  })
  goals?: GoalType[] | null;
}

@ObjectType('ProgressNote')
export class ProgressNoteType extends Item {
  @Field(() => ID)
  carePlanId!: string;

  @Field(() => ID, { nullable: true })
  goalId!: string | null;
  authorId!: string;

  @Field()
  text!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: string;
}

@ObjectType('PlanSignOff', { description: "A discipline's review of the plan." })
export class PlanSignOffType extends Item {
  @Field(() => ID)
  carePlanId!: string;

  userId!: string;

  @Field(() => Discipline)
  discipline!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field({ description: 'The plan changed after this sign-off.' })
  stale!: boolean;
}

@ObjectType('CarePlan')
export class CarePlanType extends Item {
  @Field(() => CarePlanStatus)
  status!: string;

  @Field(() => GraphQLLocalDate)
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  periodEnd!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  lastReviewedAt!: string | null;

  @Field(() => [ProblemType], { description: 'In their agreed order.' })
  problems!: ProblemType[];

  @Field(() => [ProgressNoteType], { description: 'Newest first.' })
  notes!: ProgressNoteType[];

  @Field(() => [PlanSignOffType], { description: 'The latest sign-off of each discipline.' })
  signOffs!: PlanSignOffType[];
}

@ObjectType('ItemChange', { description: 'One change to a plan item, from the event log.' })
export class ItemChangeType {
  @Field(() => ID)
  eventId!: string;

  @Field(() => GraphQLDateTime)
  at!: string;

  @Field()
  actorName!: string;

  @Field()
  kind!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Field-level before/after: [{ field, before, after }].' })
  changes!: unknown;
}

@InputType()
export class CreateCarePlanInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field(() => GraphQLLocalDate)
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  periodEnd?: string | null;
}

@InputType()
export class UpdateCarePlanInput extends VersionedInput {
  @Field(() => CarePlanStatus, { nullable: true })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: Status<typeof PLAN_STATUSES>;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  periodStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  periodEnd?: string | null;

  @VisibilityField()
  visibility?: VisibilityValue;
}

@InputType()
export class CreateProblemInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  carePlanId!: string;

  @Field()
  @Length(1, 500)
  statement!: string;

  @Field(() => Discipline)
  @IsIn(DISCIPLINES)
  discipline!: string;

  @Field(() => Priority, { nullable: true })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: Status<typeof PRIORITIES>;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  onsetDate?: string | null;

  @VisibilityField()
  visibility?: VisibilityValue;
}

@InputType()
export class UpdateProblemInput extends VersionedInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  statement?: string;

  @Field(() => Discipline, { nullable: true })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: string;

  @Field(() => Priority, { nullable: true })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: Status<typeof PRIORITIES>;

  @Field(() => ProblemStatus, { nullable: true, description: 'RESOLVED completes the problem; CANCELLED cancels it.' })
  @IsOptional()
  @IsIn(PROBLEM_STATUSES)
  status?: Status<typeof PROBLEM_STATUSES>;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  onsetDate?: string | null;

  @VisibilityField()
  visibility?: VisibilityValue;
}

@InputType()
export class CreateGoalInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  carePlanId!: string;

  @Field(() => ID)
  @IsUUID()
  problemId!: string;

  @Field()
  @Length(1, 500)
  description!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  targetValue?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  targetDate?: string | null;

  @VisibilityField()
  visibility?: VisibilityValue;
}

@InputType()
export class UpdateGoalInput extends VersionedInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  targetValue?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  targetDate?: string | null;

  @Field(() => GoalStatus, { nullable: true, description: 'ACHIEVED completes the goal; CANCELLED cancels it.' })
  @IsOptional()
  @IsIn(GOAL_STATUSES)
  status?: Status<typeof GOAL_STATUSES>;

  @VisibilityField()
  visibility?: VisibilityValue;
}

@InputType()
export class CreateInterventionInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  carePlanId!: string;

  @Field(() => ID)
  @IsUUID()
  goalId!: string;

  @Field()
  @Length(1, 500)
  action!: string;

  @Field(() => Discipline)
  @IsIn(DISCIPLINES)
  ownerDiscipline!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  frequency?: string | null;

  @Field(() => InterventionScheduleInput, { nullable: true, description: 'Null clears it (no recurring cards).' })
  @IsOptional()
  @ValidateNested()
  schedule?: InterventionScheduleInput | null;

  @VisibilityField()
  visibility?: VisibilityValue;
}

@InputType()
export class UpdateInterventionInput extends VersionedInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  action?: string;

  @Field(() => Discipline, { nullable: true })
  @IsOptional()
  @IsIn(DISCIPLINES)
  ownerDiscipline?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  frequency?: string | null;

  @Field(() => InterventionScheduleInput, { nullable: true, description: 'Null clears it (no recurring cards).' })
  @IsOptional()
  @ValidateNested()
  schedule?: InterventionScheduleInput | null;

  @Field(() => InterventionStatus, { nullable: true, description: 'DONE completes it; CANCELLED cancels it.' })
  @IsOptional()
  @IsIn(INTERVENTION_STATUSES)
  status?: Status<typeof INTERVENTION_STATUSES>;

  @VisibilityField()
  visibility?: VisibilityValue;
}

@InputType({ description: 'Places an item between two siblings (either may be omitted for the ends).' })
export class MovePlanItemInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The sibling it should come after; null for first.' })
  @IsOptional()
  @IsUUID()
  afterId?: string | null;
}

@InputType()
export class AddProgressNoteInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  carePlanId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  goalId?: string | null;

  @Field()
  @Length(1, 4000)
  text!: string;

  @VisibilityField()
  visibility?: VisibilityValue;
}

@InputType()
export class SignOffCarePlanInput {
  @Field(() => ID)
  @IsUUID()
  carePlanId!: string;
}
