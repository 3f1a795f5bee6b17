import { IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, VersionedInput } from '../../platform/graphql/inputs.js';
import {
  CAREGIVER,
  type ClinicalDomain,
  COGNITION,
  type EnvironmentalDomain,
  type FinancialDomain,
  FUNCTIONAL_STATUS,
  LIVING_ARRANGEMENT,
  type PsychosocialDomain,
  SUPPORT_SYSTEM,
} from './assessment.domains.js';
import { ASSESSMENT_STATUSES } from './assessment.entity.js';

export const AssessmentStatus = enumOf(ASSESSMENT_STATUSES);
export const Cognition = enumOf(COGNITION);
export const SupportSystem = enumOf(SUPPORT_SYSTEM);
export const LivingArrangement = enumOf(LIVING_ARRANGEMENT);
export const CaregiverAvailability = enumOf(CAREGIVER);
export const FunctionalStatus = enumOf(FUNCTIONAL_STATUS);
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus', description: 'DRAFT is edited; SIGNED never changes.' });
registerEnumType(Cognition, { name: 'Cognition' });
registerEnumType(SupportSystem, { name: 'SupportSystem' });
registerEnumType(LivingArrangement, { name: 'LivingArrangement' });
registerEnumType(CaregiverAvailability, { name: 'CaregiverAvailability' });
registerEnumType(FunctionalStatus, { name: 'FunctionalStatus' });

const NARRATIVE = 4000;

@ObjectType('ClinicalAssessment')
export class ClinicalType implements ClinicalDomain {
  @Field(() => Cognition, { nullable: true })
  cognition!: ClinicalDomain['cognition'];
  @Field(() => Int, { nullable: true, description: 'Medications taken regularly.' })
  medicationCount!: number | null;
  @Field(() => Boolean, { nullable: true })
  fallsInPastYear!: boolean | null;
  @Field(() => Boolean, { nullable: true })
  painConcern!: boolean | null;
  @Field(() => String, { nullable: true })
  narrative!: string | null;
}

@ObjectType('PsychosocialAssessment')
export class PsychosocialType implements PsychosocialDomain {
  @Field(() => SupportSystem, { nullable: true })
  supportSystem!: PsychosocialDomain['supportSystem'];
  @Field(() => Boolean, { nullable: true })
  moodConcern!: boolean | null;
  @Field(() => Boolean, { nullable: true })
  substanceUseConcern!: boolean | null;
  @Field(() => String, { nullable: true })
  narrative!: string | null;
}

@ObjectType('FinancialAssessment')
export class FinancialType implements FinancialDomain {
  @Field(() => Boolean, { nullable: true })
  coverageAdequate!: boolean | null;
  @Field(() => Boolean, { nullable: true })
  medicationCostConcern!: boolean | null;
  @Field(() => Boolean, { nullable: true })
  incomeConcern!: boolean | null;
  @Field(() => String, { nullable: true })
  narrative!: string | null;
}

@ObjectType('EnvironmentalAssessment', { description: 'Home, caregiver and functional status.' })
export class EnvironmentalType implements EnvironmentalDomain {
  @Field(() => LivingArrangement, { nullable: true })
  livingArrangement!: EnvironmentalDomain['livingArrangement'];
  @Field(() => Boolean, { nullable: true, description: 'Stairs, narrow doors or other barriers at home.' })
  homeAccessBarriers!: boolean | null;
  @Field(() => CaregiverAvailability, { nullable: true })
  caregiver!: EnvironmentalDomain['caregiver'];
  @Field(() => FunctionalStatus, { nullable: true })
  functionalStatus!: EnvironmentalDomain['functionalStatus'];
  @Field(() => String, { nullable: true })
  narrative!: string | null;
}

@ObjectType('AssessmentChange', { description: 'A field that differs from the previous signed assessment.' })
export class AssessmentChangeType {
  @Field()
  domain!: string;
  @Field()
  field!: string;
  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;
}

@ObjectType('Assessment', { description: 'A holistic assessment: clinical, psychosocial, financial, environmental.' })
export class AssessmentType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  patientId!: string;
  @Field(() => Int, { description: '1 for the first assessment, 2 for the first reassessment, …' })
  sequence!: number;
  @Field(() => AssessmentStatus)
  status!: string;
  @Field(() => ID, { nullable: true, description: 'The signed assessment this one reassesses.' })
  previousId!: string | null;
  @Field(() => ClinicalType)
  clinical!: ClinicalDomain;
  @Field(() => PsychosocialType)
  psychosocial!: PsychosocialDomain;
  @Field(() => FinancialType)
  financial!: FinancialDomain;
  @Field(() => EnvironmentalType)
  environmental!: EnvironmentalDomain;
  startedById!: string;
  signedById!: string | null;
  @Field(() => GraphQLDateTime, { nullable: true })
  signedAt!: string | null;
  @Field(() => Int)
  version!: number;
  @Field(() => GraphQLDateTime)
  createdAt!: string;
  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

@InputType()
export class ClinicalInput implements Partial<ClinicalDomain> {
  @Field(() => Cognition, { nullable: true })
  @IsOptional()
  @IsIn(COGNITION)
  cognition?: ClinicalDomain['cognition'];
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  medicationCount?: number | null;
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  fallsInPastYear?: boolean | null;
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  painConcern?: boolean | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NARRATIVE)
  narrative?: string | null;
}

@InputType()
export class PsychosocialInput implements Partial<PsychosocialDomain> {
  @Field(() => SupportSystem, { nullable: true })
  @IsOptional()
  @IsIn(SUPPORT_SYSTEM)
  supportSystem?: PsychosocialDomain['supportSystem'];
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  moodConcern?: boolean | null;
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  substanceUseConcern?: boolean | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NARRATIVE)
  narrative?: string | null;
}

@InputType()
export class FinancialInput implements Partial<FinancialDomain> {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  coverageAdequate?: boolean | null;
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  medicationCostConcern?: boolean | null;
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  incomeConcern?: boolean | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NARRATIVE)
  narrative?: string | null;
}

@InputType()
export class EnvironmentalInput implements Partial<EnvironmentalDomain> {
  @Field(() => LivingArrangement, { nullable: true })
  @IsOptional()
  @IsIn(LIVING_ARRANGEMENT)
  livingArrangement?: EnvironmentalDomain['livingArrangement'];
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  homeAccessBarriers?: boolean | null;
  @Field(() => CaregiverAvailability, { nullable: true })
  @IsOptional()
  @IsIn(CAREGIVER)
  caregiver?: EnvironmentalDomain['caregiver'];
  @Field(() => FunctionalStatus, { nullable: true })
  @IsOptional()
  @IsIn(FUNCTIONAL_STATUS)
  functionalStatus?: EnvironmentalDomain['functionalStatus'];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NARRATIVE)
  narrative?: string | null;
}

@InputType({ description: 'Starts a draft; a reassessment starts from the last signed assessment’s answers.' })
export class StartAssessmentInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  patientId!: string;
}

@InputType({ description: 'Edits a draft: fields given replace the draft’s, null clears one, others stay.' })
export class UpdateAssessmentInput extends VersionedInput {
  @Field(() => ClinicalInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  clinical?: ClinicalInput;

  @Field(() => PsychosocialInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  psychosocial?: PsychosocialInput;

  @Field(() => FinancialInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  financial?: FinancialInput;

  @Field(() => EnvironmentalInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  environmental?: EnvironmentalInput;
}

@InputType()
export class SignAssessmentInput extends VersionedInput {}
