import { IsIn, IsUUID } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, VersionedInput, Visibility } from '../../platform/graphql/inputs.js';
import { CARE_TEAM_ROLES, type CareTeamRole as Role } from './care-team.entity.js';

export const CareTeamRole = enumOf(CARE_TEAM_ROLES);
registerEnumType(CareTeamRole, { name: 'CareTeamRole', description: "A staff member's role on one patient's team." });

@ObjectType('CareTeamMember')
export class CareTeamMemberType {
  @Field(() => ID)
  id!: string;

  patientId!: string;
  userId!: string;

  @Field(() => CareTeamRole)
  role!: Role;

  @Field(() => GraphQLDateTime)
  startedAt!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  endedAt!: string | null;

  @Field(() => Visibility, { description: 'FAMILY when the family sees this member among their contacts.' })
  visibility!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class AddCareTeamMemberInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => CareTeamRole)
  @IsIn(CARE_TEAM_ROLES)
  role!: Role;
}

@InputType()
export class RemoveCareTeamMemberInput extends VersionedInput {}

@InputType()
export class AssignLeadCaseManagerInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field(() => ID, { description: 'The staff member who becomes the lead case manager.' })
  @IsUUID()
  userId!: string;
}
