import { IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
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
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 100)
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

  @Field(() => Int)
  @Min(1)
  expectedVersion!: number;

  @Field()
  active!: boolean;
}
