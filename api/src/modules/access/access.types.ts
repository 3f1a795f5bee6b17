import { IsUUID, Length } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('BreakGlassAccess', { description: 'Time-limited emergency access to one patient.' })
export class BreakGlassAccessType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field()
  reason!: string;

  @Field(() => GraphQLDateTime)
  grantedAt!: Date;

  @Field(() => GraphQLDateTime)
  expiresAt!: Date;
}

@ArgsType()
export class BreakGlassArgs {
  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field({ description: 'Why access is needed now; shown on the patient’s audit trail.' })
  @Length(10, 500, { message: 'reason must say why access is needed (10 to 500 characters)' })
  reason!: string;
}
