import { Matches } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('PatientChange', {
  description: "One change to a patient's record, team or plan, for the 'since you last looked' list.",
})
export class PatientChangeType {
  @Field(() => ID)
  eventId!: string;

  @Field(() => GraphQLDateTime)
  at!: string;

  @Field()
  actorName!: string;

  @Field()
  kind!: string;

  @Field()
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => [String], { description: 'Fields an update changed; empty for creations.' })
  fields!: string[];
}

@ObjectType('ChangesSinceLastSeen')
export class ChangesSinceLastSeenType {
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When you last marked this patient as seen; null if never.',
  })
  lastSeenAt!: Date | null;

  @Field(() => [PatientChangeType], {
    description: "Others' changes since then, oldest first (at most 200); empty before the first markPatientSeen.",
  })
  changes!: PatientChangeType[];

  @Field(() => ID, { nullable: true, description: 'Pass to markPatientSeen to mark all of these as seen.' })
  latestEventId!: string | null;
}

@ArgsType()
export class MarkPatientSeenArgs {
  @Field(() => ID)
  patientId!: string;

  @Field(() => ID, { description: 'The newest event the user has seen.' })
  @Matches(/^\d{1,19}$/, { message: 'upToEventId must be an event id' })
  upToEventId!: string;
}
