import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, Versioned, VersionedInput } from '../../platform/graphql/inputs.js';
import { REFERRAL_STATUSES, RESOURCE_CATEGORIES } from './referral-rules.js';

export const ResourceCategoryEnum = enumOf(RESOURCE_CATEGORIES);
export const ReferralStatusEnum = enumOf(REFERRAL_STATUSES);
registerEnumType(ResourceCategoryEnum, {
  name: 'ResourceCategory',
  description: 'What a community resource offers.',
});
registerEnumType(ReferralStatusEnum, {
  name: 'ReferralStatus',
  description:
    'DRAFT → SENT → ACCEPTED → COMPLETED, or DECLINED (after SENT or ACCEPTED), or NO_RESPONSE (after SENT, may be sent again).',
});

@ObjectType('CommunityResource', {
  description: 'An agency or programme in the community the team refers patients to.',
})
export class CommunityResourceType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [ResourceCategoryEnum])
  categories!: string[];

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Opening hours, as the agency states them.' })
  hours!: string | null;

  @Field(() => String, { nullable: true, description: 'Who the agency serves.' })
  eligibility!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the agency serves (towns, counties, zip codes).' })
  serviceArea!: string | null;

  @Field(() => [String], { description: 'Languages the agency serves in.' })
  languages!: string[];

  @Field(() => GraphQLDateTime, { nullable: true })
  archivedAt!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

@ObjectType('ReferralStep', { description: 'One dated step of a referral’s loop.' })
export class ReferralStepType {
  @Field(() => ReferralStatusEnum)
  status!: string;

  @Field(() => GraphQLDateTime)
  at!: string;

  @Field(() => ID)
  byId!: string;

  @Field()
  byName!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('Referral', {
  description: 'A patient’s social need referred to a community resource, followed until the loop closes.',
})
export class ReferralType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => ID)
  needId!: string;

  @Field(() => ID)
  resourceId!: string;

  @Field(() => ReferralStatusEnum)
  status!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  sentAt!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the loop closed (COMPLETED or DECLINED).' })
  closedAt!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the team checks on it next.' })
  followUpDueAt!: string | null;

  @Field(() => ID, { nullable: true, description: 'The follow-up card raised when the follow-up fell overdue.' })
  followUpTaskId!: string | null;

  @Field(() => [ReferralStepType], { description: 'Every status it passed through, oldest first.' })
  history!: ReferralStepType[];

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

/** The fields of a resource, shared by create and update. */
@InputType('CommunityResourceFields')
export class CommunityResourceFields {
  @Field()
  @IsString()
  @Length(1, 160)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => [ResourceCategoryEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(RESOURCE_CATEGORIES.length)
  @IsIn(RESOURCE_CATEGORIES, { each: true })
  categories!: (typeof RESOURCE_CATEGORIES)[number][];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  hours?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  eligibility?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  serviceArea?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @Length(1, 24, { each: true })
  languages?: string[] | null;
}

@InputType()
export class CreateCommunityResourceInput extends CommunityResourceFields {
  @ClientMutationId()
  clientMutationId?: string;
}

@InputType({ description: 'The resource as it should read now (every field; left-out optional ones are cleared).' })
export class UpdateCommunityResourceInput extends Versioned(CommunityResourceFields) {}

@InputType()
export class ArchiveCommunityResourceInput extends VersionedInput {}

@InputType({ description: 'Search the directory: words (each a prefix, all required) and/or one category.' })
export class CommunityResourceSearchInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  text?: string | null;

  @Field(() => ResourceCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(RESOURCE_CATEGORIES)
  category?: (typeof RESOURCE_CATEGORIES)[number] | null;
}

@InputType()
export class CreateReferralInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID, { description: 'The patient’s social need being referred.' })
  @IsUUID()
  needId!: string;

  @Field(() => ID, { description: 'A resource offering the need’s category.' })
  @IsUUID()
  resourceId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Send it at once (SENT) instead of keeping a DRAFT.' })
  @IsOptional()
  send?: boolean | null;
}

@InputType({ description: 'Moves a referral one step along its loop, with a note and when to follow up next.' })
export class ChangeReferralStatusInput extends VersionedInput {
  @Field(() => ReferralStatusEnum)
  @IsIn(REFERRAL_STATUSES)
  status!: (typeof REFERRAL_STATUSES)[number];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When to follow up; left out, a week after sending or two weeks after acceptance.',
  })
  @IsOptional()
  followUpDueAt?: Date | null;
}
