import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, VersionedInput } from '../../platform/graphql/inputs.js';
import { HRSN_DOMAINS, HRSN_LANGUAGES, type HrsnLanguage } from './hrsn-tool.js';
import { NEED_STATUSES, SCREENING_STATUSES } from './social-needs.entity.js';

export const HrsnDomain = enumOf(HRSN_DOMAINS);
export const HrsnLanguageEnum = enumOf(HRSN_LANGUAGES);
export const ScreeningStatus = enumOf(SCREENING_STATUSES);
export const NeedStatus = enumOf(NEED_STATUSES);
registerEnumType(HrsnDomain, { name: 'SocialNeedDomain', description: 'The AHC HRSN core domains.' });
registerEnumType(HrsnLanguageEnum, {
  name: 'ScreeningLanguage',
  description: 'Languages the AHC HRSN screening tool is offered in.',
});
registerEnumType(ScreeningStatus, { name: 'ScreeningStatus' });
registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'IDENTIFIED, then ADDRESSED, or DECLINED by the patient.',
});

@ObjectType('ScreeningOption')
export class ScreeningOptionType {
  @Field()
  value!: string;

  @Field()
  label!: string;

  @Field(() => Int, { nullable: true, description: 'The score the tool gives it, where answers are summed.' })
  score?: number | null;
}

@ObjectType('ScreeningQuestion', { description: 'One of the ten AHC HRSN core questions, as the tool words it.' })
export class ScreeningQuestionType {
  @Field()
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => HrsnDomain)
  domain!: string;

  @Field()
  text!: string;

  @Field({ description: 'Several options may be chosen.' })
  multiple!: boolean;

  @Field(() => [ScreeningOptionType])
  options!: ScreeningOptionType[];
}

@ObjectType('ScreeningAnswer')
export class ScreeningAnswerType {
  @Field({ description: 'The question id.' })
  question!: string;

  @Field(() => [String], { description: 'The chosen option values.' })
  values!: string[];
}

@ObjectType('ScreeningDomainResult')
export class ScreeningDomainResultType {
  @Field(() => HrsnDomain)
  domain!: string;

  @Field(() => Boolean, { nullable: true, description: 'Null while a question of the domain is unanswered.' })
  positive!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The summed score (interpersonal safety; positive at ≥ 11).' })
  score!: number | null;
}

@ObjectType('SocialNeedsScreening', { description: 'One administration of the AHC HRSN screening tool.' })
export class SocialNeedsScreeningType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => ScreeningStatus)
  status!: string;

  @Field(() => HrsnLanguageEnum)
  language!: string;

  @Field()
  interpreterUsed!: boolean;

  @Field(() => [ScreeningAnswerType])
  answers!: ScreeningAnswerType[];

  @Field(() => [ScreeningDomainResultType], { description: 'Each domain under the tool’s scoring rules.' })
  domains!: ScreeningDomainResultType[];

  screenedById!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  completedAt!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

@ObjectType('Need', { description: 'A health-related social need, raised by a positive screening domain.' })
export class NeedType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => HrsnDomain)
  domain!: string;

  @Field(() => NeedStatus)
  status!: string;

  @Field(() => ID, { nullable: true, description: 'The screening that raised it.' })
  screeningId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The care-plan problem that addresses it.' })
  problemId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The care-plan goal that addresses it.' })
  goalId!: string | null;

  @Field(() => ID, { nullable: true, description: "The card on the patient's task board made for it." })
  taskId!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

@InputType()
export class StartScreeningInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field(() => HrsnLanguageEnum, { description: 'The language the tool is offered in.' })
  @IsIn(HRSN_LANGUAGES)
  language!: HrsnLanguage;

  @Field({ defaultValue: false })
  interpreterUsed!: boolean;
}

@InputType()
export class ScreeningAnswerInput {
  @Field({ description: 'The question id (e.g. FOOD_WORRY).' })
  @IsString()
  @MaxLength(40)
  question!: string;

  @Field(() => [String], { description: 'The chosen option values; empty clears the answer.' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  values!: string[];
}

@InputType({ description: 'Saves answers to a draft screening (the questions given; others stay as they are).' })
export class AnswerScreeningInput extends VersionedInput {
  @Field(() => [ScreeningAnswerInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  answers!: ScreeningAnswerInput[];

  @Field(() => HrsnLanguageEnum, { nullable: true })
  @IsOptional()
  @IsIn(HRSN_LANGUAGES)
  language?: HrsnLanguage;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  interpreterUsed?: boolean;
}

@InputType()
export class CompleteScreeningInput extends VersionedInput {}

@InputType({ description: 'Fields left out stay as they are; null clears a link or the note.' })
export class UpdateNeedInput extends VersionedInput {
  @Field(() => NeedStatus, { nullable: true })
  @IsOptional()
  @IsIn(NEED_STATUSES)
  status?: (typeof NEED_STATUSES)[number];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'A care-plan problem of the same patient.' })
  @IsOptional()
  @IsUUID()
  problemId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A care-plan goal of the same patient.' })
  @IsOptional()
  @IsUUID()
  goalId?: string | null;
}
