import { MaxLength, MinLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { DISCIPLINES, ROLES, USER_KINDS } from './user.entity.js';

export const Discipline = enumOf(DISCIPLINES);
export const Role = enumOf(ROLES);
export const UserKind = enumOf(USER_KINDS);
registerEnumType(Discipline, {
  name: 'Discipline',
  description: 'RN, LPN, SW (social work), MD, PT, OT, SLP, PHARM, RD (dietitian), CM (case management).',
});
registerEnumType(Role, { name: 'Role' });
registerEnumType(UserKind, { name: 'UserKind', description: 'Staff of a discipline, or a family member/caregiver.' });

@ObjectType('User', { description: 'A person who signs in.' })
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => UserKind)
  kind!: keyof typeof UserKind;

  @Field(() => Discipline, { nullable: true })
  discipline!: keyof typeof Discipline | null;

  @Field(() => Role)
  role!: keyof typeof Role;

  @Field({ description: 'Inactive accounts cannot sign in.' })
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A new session. The token is also set as an HttpOnly cookie for browsers.' })
export class AuthPayload {
  @Field({ description: 'Bearer token for API clients and graphql-ws connectionParams.token.' })
  token!: string;

  @Field(() => GraphQLDateTime)
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}

@ArgsType()
export class LoginArgs {
  @Field()
  @MinLength(3)
  @MaxLength(254)
  email!: string;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}
