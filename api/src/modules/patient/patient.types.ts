import { IsOptional, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Patient', { description: 'A patient in the care of a unit.' })
export class PatientType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Medical record number.' })
  mrn!: string;

  @Field()
  name!: string;

  @Field(() => GraphQLLocalDate)
  dateOfBirth!: string;

  unitId!: string;

  @Field(() => String, { nullable: true })
  bed!: string | null;

  @Field(() => GraphQLDateTime)
  admittedAt!: string;

  @Field(() => Int, { description: 'Increases with every change; send it back as expectedVersion.' })
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

const MRN = /^[A-Za-z0-9][A-Za-z0-9-]{2,31}$/;
const MRN_MESSAGE = 'MRN must be 3 to 32 letters, digits or dashes.';

@InputType()
export class CreatePatientInput {
  @Field(() => String, {
    nullable: true,
    description: 'Client-generated id; sending the same one again returns the first result.',
  })
  @IsOptional()
  @Length(8, 100)
  clientMutationId?: string;

  @Field()
  @Matches(MRN, { message: MRN_MESSAGE })
  mrn!: string;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => GraphQLLocalDate)
  dateOfBirth!: string;

  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(16)
  bed?: string | null;

  @Field(() => GraphQLDateTime)
  admittedAt!: Date;
}

@InputType({ description: 'Fields left out stay as they are; `bed: null` clears the bed.' })
export class UpdatePatientInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version the edit was based on; a stale one is refused with CONFLICT.' })
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  dateOfBirth?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(16)
  bed?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  admittedAt?: Date;
}

@InputType()
export class PatientFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true, description: 'Matches name, MRN or bed.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
