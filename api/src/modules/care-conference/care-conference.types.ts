import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, VersionedInput } from '../../platform/graphql/inputs.js';
import { CardFromItemInput } from '../task-board/task-board.types.js';
import { ATTENDANCE_MODES, ATTENDEE_KINDS, CONFERENCE_STATUSES } from './care-conference.entity.js';

export const ConferenceStatus = enumOf(CONFERENCE_STATUSES);
export const AttendeeKind = enumOf(ATTENDEE_KINDS);
export const AttendanceMode = enumOf(ATTENDANCE_MODES);
registerEnumType(ConferenceStatus, { name: 'ConferenceStatus' });
registerEnumType(AttendeeKind, { name: 'AttendeeKind', description: 'Staff, or a family member/caregiver.' });
registerEnumType(AttendanceMode, { name: 'AttendanceMode' });

/** At most this many agenda topics, each this long. */
export const AGENDA_LIMITS = { topics: 30, topic: 300 } as const;

@ObjectType('ConferenceItem', { description: 'Fields every care-conference item has.' })
abstract class Item {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

@ObjectType('ConferenceAttendee')
export class ConferenceAttendeeType extends Item {
  @Field(() => ID)
  conferenceId!: string;

  @Field(() => AttendeeKind)
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'Their account, when they have one.' })
  userId!: string | null;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "A family member's relationship to the patient." })
  relationship!: string | null;

  @Field(() => AttendanceMode)
  mode!: string;
}

@ObjectType('ConferenceDecision')
export class ConferenceDecisionType extends Item {
  @Field(() => ID)
  conferenceId!: string;

  @Field()
  text!: string;

  authorId!: string;

  @Field(() => ID, { nullable: true, description: 'The task a follow-up became.' })
  taskId!: string | null;

  @Field(() => GraphQLDateTime)
  createdAt!: string;
}

@ObjectType('ConferenceSummary', {
  description: 'What the lead case manager published to the family after a care conference (shared with family).',
})
export class ConferenceSummaryType extends Item {
  @Field(() => ID)
  conferenceId!: string;

  @Field()
  conferenceTitle!: string;

  @Field(() => GraphQLDateTime)
  heldAt!: string;

  @Field()
  text!: string;

  @Field(() => GraphQLDateTime)
  publishedAt!: string;

  @Field()
  publishedByName!: string;
}

@ObjectType('CareConference')
export class CareConferenceType extends Item {
  @Field()
  title!: string;

  @Field(() => GraphQLDateTime)
  scheduledAt!: string;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => ConferenceStatus)
  status!: string;

  @Field(() => [String], { description: 'Topics, in order.' })
  agenda!: string[];

  @Field(() => String, { nullable: true })
  notes!: string | null;

  organizerId!: string;

  @Field(() => [ConferenceAttendeeType], {
    nullable: true,
    description: 'Staff first, then family, by name. Present when the conference is read; null on events.',
  })
  attendees?: ConferenceAttendeeType[] | null;

  @Field(() => [ConferenceDecisionType], {
    nullable: true,
    description: 'Oldest first. Present when the conference is read; null on events.',
  })
  decisions?: ConferenceDecisionType[] | null;

  @Field(() => ConferenceSummaryType, {
    nullable: true,
    description: 'The published summary, once there is one (null on events: the summary has events of its own).',
  })
  summary?: ConferenceSummaryType | null;
}

@InputType()
export class ScheduleCareConferenceInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field()
  @Length(1, 200)
  title!: string;

  @Field(() => GraphQLDateTime)
  scheduledAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  location?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(AGENDA_LIMITS.topics)
  @Length(1, AGENDA_LIMITS.topic, { each: true })
  agenda?: string[];
}

@InputType()
export class UpdateCareConferenceInput extends VersionedInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  scheduledAt?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  location?: string | null;

  @Field(() => ConferenceStatus, { nullable: true })
  @IsOptional()
  @IsIn(CONFERENCE_STATUSES)
  status?: (typeof CONFERENCE_STATUSES)[number];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(AGENDA_LIMITS.topics)
  @Length(1, AGENDA_LIMITS.topic, { each: true })
  agenda?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  notes?: string | null;
}

@InputType()
export class AddConferenceAttendeeInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  conferenceId!: string;

  @Field(() => AttendeeKind)
  @IsIn(ATTENDEE_KINDS)
  kind!: (typeof ATTENDEE_KINDS)[number];

  @Field(() => ID, { nullable: true, description: 'Staff: required. Family: their account, when they have one.' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'Family: required. Staff: taken from the account.' })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  relationship?: string | null;

  @Field(() => AttendanceMode)
  @IsIn(ATTENDANCE_MODES)
  mode!: (typeof ATTENDANCE_MODES)[number];
}

@InputType()
export class RemoveConferenceAttendeeInput extends VersionedInput {}

@InputType()
export class RecordConferenceDecisionInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  conferenceId!: string;

  @Field()
  @Length(1, 1000)
  text!: string;
}

@InputType()
export class CreateConferenceFollowUpInput extends CardFromItemInput {
  @Field(() => ID)
  @IsUUID()
  conferenceId!: string;
}

@InputType()
export class PublishConferenceSummaryInput {
  @Field(() => ID)
  @IsUUID()
  conferenceId!: string;

  @Field({ description: 'In plain words for the family.' })
  @Length(1, 8000)
  text!: string;
}
