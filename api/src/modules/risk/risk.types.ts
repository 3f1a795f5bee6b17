import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { CHARLSON_CATEGORIES } from './charlson.js';
import type { EmergencyVisit } from './risk.entity.js';

export const RISK_LEVELS = ['LOW', 'MODERATE', 'HIGH'] as const;
export const LACE_LETTERS = ['L', 'A', 'C', 'E'] as const;
export const WORKLIST_KINDS = ['HIGH_READMISSION_RISK'] as const;

export const RiskLevel = enumOf(RISK_LEVELS);
export const LaceLetter = enumOf(LACE_LETTERS);
export const CharlsonCategory = enumOf(CHARLSON_CATEGORIES);
export const WorklistKind = enumOf(WORKLIST_KINDS);
registerEnumType(RiskLevel, { name: 'RiskLevel', description: 'LACE 0–4 LOW, 5–9 MODERATE, 10 and above HIGH.' });
registerEnumType(LaceLetter, { name: 'LaceLetter' });
registerEnumType(CharlsonCategory, { name: 'CharlsonCategory', description: 'Per Quan et al. 2005 (ICD-10).' });
registerEnumType(WorklistKind, {
  name: 'WorklistKind',
  description: 'HIGH_READMISSION_RISK: my caseload with LACE ≥ 10, highest first.',
});

@ObjectType('LaceComponent', { description: 'One letter of LACE: the input read from the record and its points.' })
export class LaceComponentType {
  @Field(() => LaceLetter)
  letter!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true, description: 'The input as read from the record; null when missing.' })
  value!: string | null;

  @Field(() => Int, { nullable: true })
  points!: number | null;

  @Field(() => String, { nullable: true, description: 'Which input is missing and why; null when computed.' })
  missing!: string | null;
}

@ObjectType('Comorbidity', { description: 'A Charlson condition found among the coded conditions.' })
export class ComorbidityType {
  @Field(() => CharlsonCategory)
  category!: string;

  @Field()
  label!: string;

  @Field(() => [String], { description: 'The ICD-10 codes on the record that fall in this category.' })
  codes!: string[];

  @Field(() => Int, { description: 'Weight in the Charlson index (Charlson 1987).' })
  charlsonWeight!: number;

  @Field(() => Int, { description: 'Weight in LACE’s comorbidity score (van Walraven 2010).' })
  laceWeight!: number;
}

@ObjectType('ReadmissionRisk', {
  description:
    'The LACE index (van Walraven et al., CMAJ 2010) of the current or last stay, computed from the record when read.',
})
export class ReadmissionRiskType {
  @Field(() => ID, { description: 'The patient’s id: one risk per patient.' })
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => Int, { nullable: true, description: '0–19; null while an input is missing (never guessed).' })
  score!: number | null;

  @Field(() => RiskLevel, { nullable: true })
  level!: string | null;

  @Field(() => [LaceComponentType], { description: 'L, A, C and E, in that order.' })
  components!: LaceComponentType[];

  @Field(() => [String], { description: 'The missing inputs, named; empty when the score is complete.' })
  missing!: string[];

  @Field(() => [ComorbidityType])
  comorbidities!: ComorbidityType[];

  @Field(() => Int, { nullable: true, description: 'Charlson comorbidity index (1987 weights); null when uncoded.' })
  charlsonIndex!: number | null;

  @Field(() => GraphQLDateTime)
  computedAt!: string;
}

@ObjectType('EmergencyVisit')
export class EmergencyVisitType implements EmergencyVisit {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => String, { nullable: true })
  facility!: string | null;

  @Field({ description: 'The visit that led to this admission (LACE does not count it).' })
  ledToAdmission!: boolean;
}

@ObjectType('EmergencyVisitHistory', { description: 'Emergency department visits as reviewed by the team.' })
export class EmergencyVisitHistoryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  unitId!: string;

  @Field(() => [EmergencyVisitType], { description: 'Newest first.' })
  visits!: EmergencyVisit[];

  @Field(() => GraphQLDateTime, { description: 'When the history was last reviewed.' })
  reviewedAt!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

@InputType()
export class EmergencyVisitInput implements EmergencyVisit {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  facility!: string | null;

  @Field({ defaultValue: false })
  ledToAdmission!: boolean;
}

@InputType({ description: 'Records the reviewed ED history (replacing the list); the review makes E computable.' })
export class RecordEmergencyVisitsInput {
  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The history’s version the review was based on; null for the first review of this patient.',
  })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => [EmergencyVisitInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  visits!: EmergencyVisitInput[];
}
