import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, Versioned } from '../../platform/graphql/inputs.js';
import {
  ADVISOR_OUTCOMES,
  type AdvisorOutcome,
  AVOIDABLE_DAY_REASONS,
  type AvoidableDayReason,
  LEVELS_OF_CARE,
  type LevelOfCare,
  REVIEW_TYPES,
  type ReviewType,
} from './utilization-review.entity.js';

export const ReviewTypeEnum = enumOf(REVIEW_TYPES);
export const LevelOfCareEnum = enumOf(LEVELS_OF_CARE);
export const AdvisorOutcomeEnum = enumOf(ADVISOR_OUTCOMES);
export const AvoidableDayReasonEnum = enumOf(AVOIDABLE_DAY_REASONS);
registerEnumType(ReviewTypeEnum, { name: 'UtilizationReviewType' });
registerEnumType(LevelOfCareEnum, { name: 'LevelOfCare' });
registerEnumType(AdvisorOutcomeEnum, { name: 'PhysicianAdvisorOutcome' });
registerEnumType(AvoidableDayReasonEnum, { name: 'AvoidableDayReason' });

/** Length limits shared by the inputs and the service. */
export const UR_LIMITS = { criteriaSet: 120, notes: 4000, reason: 1000, name: 200, avoidableDays: 120 } as const;

@ObjectType('AvoidableDay', { description: 'A hospital day judged not medically necessary, and why.' })
export class AvoidableDayType {
  @Field(() => GraphQLLocalDate) date!: string;
  @Field(() => AvoidableDayReasonEnum) reason!: AvoidableDayReason;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('PhysicianAdvisorReferral', { description: 'The review sent to a physician advisor (second level).' })
export class AdvisorReferralType {
  @Field(() => GraphQLDateTime) referredAt!: string;
  @Field() reason!: string;
  @Field(() => AdvisorOutcomeEnum) outcome!: AdvisorOutcome;
  @Field(() => String, { nullable: true }) advisorName!: string | null;
}

@ObjectType('UtilizationReview', {
  description:
    'One review of a stay against a licensed criteria set: the set by name and the result (never the criteria text). Team only.',
})
export class UtilizationReviewType {
  @Field(() => ID) id!: string;
  @Field(() => ID) patientId!: string;
  @Field(() => GraphQLDateTime, { description: 'The admission of the stay reviewed.' }) stayAdmittedAt!: string;
  @Field(() => ReviewTypeEnum) reviewType!: ReviewType;
  @Field(() => GraphQLLocalDate) reviewDate!: string;
  @Field({ description: 'The criteria set by name, e.g. "InterQual 2026 Acute Adult" or "MCG Inpatient".' })
  criteriaSet!: string;
  @Field(() => LevelOfCareEnum) levelOfCare!: LevelOfCare;
  @Field() criteriaMet!: boolean;
  @Field(() => String, { nullable: true, description: "The reviewer's notes." }) notes!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) nextReviewDate!: string | null;
  @Field(() => ID, { nullable: true, description: "The card on the patient's board for the next review." })
  nextReviewTaskId!: string | null;
  @Field(() => AdvisorReferralType, { nullable: true }) advisorReferral!: AdvisorReferralType | null;
  @Field(() => [AvoidableDayType]) avoidableDays!: AvoidableDayType[];
  @Field(() => Int, { description: 'How many avoidable days this review recorded.' })
  avoidableDayCount!: number;
  reviewerId!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLDateTime) createdAt!: string;
  @Field(() => GraphQLDateTime) updatedAt!: string;
}

@InputType()
export class AvoidableDayInput {
  @Field(() => GraphQLLocalDate) date!: string;
  @Field(() => AvoidableDayReasonEnum) @IsIn(AVOIDABLE_DAY_REASONS) reason!: AvoidableDayReason;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(UR_LIMITS.reason) note?: string | null;
}

@InputType()
export class AdvisorReferralInput {
  @Field({ description: 'Why the review goes to a physician advisor.' })
  @Length(1, UR_LIMITS.reason)
  reason!: string;
  @Field(() => AdvisorOutcomeEnum, { nullable: true, description: 'Left out: PENDING.' })
  @IsOptional()
  @IsIn(ADVISOR_OUTCOMES)
  outcome?: AdvisorOutcome | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(UR_LIMITS.name) advisorName?: string | null;
}

/** What a review adds beyond its result (not used on its own). */
@InputType('UtilizationReviewFollowUpFields')
export class ReviewFollowUpFields {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(UR_LIMITS.notes) notes?: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      "After the review date. A new date puts a card for it on the patient's board, due that morning; null clears the date (a card made stays).",
  })
  @IsOptional()
  nextReviewDate?: string | null;
  @Field(() => AdvisorReferralInput, { nullable: true, description: 'Null withdraws a referral.' })
  @IsOptional()
  @ValidateNested()
  advisorReferral?: AdvisorReferralInput | null;
  @Field(() => [AvoidableDayInput], { nullable: true, description: 'Replaces the list; one entry per date.' })
  @IsOptional()
  @ArrayMaxSize(UR_LIMITS.avoidableDays)
  @ValidateNested({ each: true })
  avoidableDays?: AvoidableDayInput[];
}

@InputType()
export class RecordUtilizationReviewInput extends ReviewFollowUpFields {
  @ClientMutationId() clientMutationId?: string;
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field(() => ReviewTypeEnum) @IsIn(REVIEW_TYPES) reviewType!: ReviewType;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Left out: today on the unit's clock." })
  @IsOptional()
  reviewDate?: string | null;
  @Field() @Length(1, UR_LIMITS.criteriaSet) criteriaSet!: string;
  @Field(() => LevelOfCareEnum) @IsIn(LEVELS_OF_CARE) levelOfCare!: LevelOfCare;
  @Field() @IsBoolean() criteriaMet!: boolean;
}

@InputType()
export class UpdateUtilizationReviewInput extends Versioned(ReviewFollowUpFields) {
  @Field(() => LevelOfCareEnum, { nullable: true }) @IsOptional() @IsIn(LEVELS_OF_CARE) levelOfCare?: LevelOfCare;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() criteriaMet?: boolean;
}
