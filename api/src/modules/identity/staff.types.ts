import { IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ClientMutationId, ExpectedVersion } from '../../platform/graphql/inputs.js';
import { Discipline, Role } from './identity.types.js';
import { DISCIPLINES, ROLES } from './user.entity.js';

@InputType()
export class StaffFilterInput {
  @Field({ nullable: true, description: 'Matches name or email.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Discipline, { nullable: true })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: (typeof DISCIPLINES)[number];
}

@InputType()
export class CreateStaffUserInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => Discipline, { nullable: true, description: 'Null for administrators without a clinical discipline.' })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: (typeof DISCIPLINES)[number] | null;

  @Field(() => Role)
  @IsIn(ROLES)
  role!: (typeof ROLES)[number];

  @Field({ description: 'An initial password the person changes later.' })
  @Length(10, 200, { message: 'password must be 10 to 200 characters' })
  password!: string;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @ExpectedVersion()
  expectedVersion!: number;

  @Field()
  active!: boolean;
}
