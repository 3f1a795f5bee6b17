import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, Versioned, VersionedInput } from '../../platform/graphql/inputs.js';
import {
  ADMISSION_ACUITIES,
  type AdmissionAcuity as AdmissionAcuityValue,
  CONDITION_STATUSES,
  COVERAGE_TYPES,
  type Condition,
  type Coverage,
  DISPOSITIONS,
  type EmergencyContact,
  PATIENT_STATUSES,
} from './patient.entity.js';

export const PatientStatus = enumOf(PATIENT_STATUSES);
export const Disposition = enumOf(DISPOSITIONS);
export const CoverageKind = enumOf(COVERAGE_TYPES);
export const ConditionStatus = enumOf(CONDITION_STATUSES);
registerEnumType(PatientStatus, { name: 'PatientStatus' });
registerEnumType(Disposition, { name: 'Disposition', description: 'Where the patient goes at discharge.' });
registerEnumType(CoverageKind, { name: 'CoverageType' });
registerEnumType(ConditionStatus, { name: 'ConditionStatus' });
export const AdmissionAcuity = enumOf(ADMISSION_ACUITIES);
registerEnumType(AdmissionAcuity, {
  name: 'AdmissionAcuity',
  description: 'EMERGENT: unplanned (e.g. through the emergency department); ELECTIVE: planned.',
});

@ObjectType('Condition', { description: 'A problem-list entry, coded (e.g. ICD-10-CM) or free text.' })
export class ConditionType implements Condition {
  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. ICD-10-CM or SNOMED CT.' })
  codeSystem!: string | null;

  @Field()
  description!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  onsetDate!: string | null;

  @Field(() => ConditionStatus)
  status!: Condition['status'];
}

@ObjectType('Coverage', { description: 'A payer covering the stay.' })
export class CoverageObject implements Coverage {
  @Field(() => CoverageKind)
  type!: Coverage['type'];

  @Field()
  payer!: string;

  @Field(() => String, { nullable: true })
  plan!: string | null;

  @Field(() => String, { nullable: true })
  memberId!: string | null;

  @Field()
  primary!: boolean;
}

@ObjectType('EmergencyContact')
export class EmergencyContactType implements EmergencyContact {
  @Field()
  name!: string;

  @Field()
  relationship!: string;

  @Field()
  phone!: string;

  @Field({ description: 'Health-care proxy, guardian or other legal representative.' })
  isLegalRepresentative!: boolean;
}

@ObjectType('Encounter', { description: 'A finished stay.' })
export class EncounterType {
  @Field(() => ID)
  id!: string;

  unitId!: string;

  @Field(() => GraphQLDateTime)
  admittedAt!: string;

  @Field(() => GraphQLDateTime)
  dischargedAt!: string;

  @Field(() => String, { nullable: true })
  admittingDiagnosis!: string | null;

  @Field(() => Disposition)
  disposition!: string;
}

@ObjectType('Patient', { description: 'A patient and their current encounter.' })
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

  @Field(() => PatientStatus)
  status!: string;

  @Field(() => GraphQLDateTime)
  admittedAt!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  expectedDischargeDate!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  dischargedAt!: string | null;

  @Field(() => Disposition, { nullable: true })
  disposition!: string | null;

  @Field(() => String, { nullable: true })
  admittingDiagnosis!: string | null;

  @Field(() => AdmissionAcuity, { nullable: true, description: 'How this stay began; null until recorded.' })
  admissionAcuity!: string | null;

  attendingId!: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, as reported.' })
  allergies!: string | null;

  @Field(() => String, { nullable: true })
  primaryLanguage!: string | null;

  @Field()
  interpreterNeeded!: boolean;

  @Field(() => [ConditionType])
  conditions!: Condition[];

  @Field(() => [CoverageObject])
  coverages!: Coverage[];

  @Field(() => [EmergencyContactType])
  emergencyContacts!: EmergencyContact[];

  @Field(() => Int, { description: 'Increases with every change; send it back as expectedVersion.' })
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}

@InputType()
export class ConditionInput implements Condition {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  code!: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  codeSystem!: string | null;

  @Field()
  @Length(1, 300)
  description!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  onsetDate!: string | null;

  @Field(() => ConditionStatus, { defaultValue: 'ACTIVE' })
  @IsIn(CONDITION_STATUSES)
  status!: Condition['status'];
}

@InputType()
export class CoverageInput implements Coverage {
  @Field(() => CoverageKind)
  @IsIn(COVERAGE_TYPES)
  type!: Coverage['type'];

  @Field()
  @Length(1, 120)
  payer!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  plan!: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  memberId!: string | null;

  @Field({ defaultValue: false })
  primary!: boolean;
}

@InputType()
export class EmergencyContactInput implements EmergencyContact {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field()
  @Length(1, 60)
  relationship!: string;

  @Field()
  @Matches(/^[+0-9 ()./-]{3,30}$/, { message: 'phone must be 3 to 30 digits, spaces or + ( ) . - /' })
  phone!: string;

  @Field({ defaultValue: false })
  isLegalRepresentative!: boolean;
}

/** The parts of the record that create and update share; all optional. */
@InputType({ description: 'Record fields shared by create and update (not used on its own).' })
export class PatientRecordInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(16)
  bed?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  expectedDischargeDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  admittingDiagnosis?: string | null;

  @Field(() => AdmissionAcuity, { nullable: true, description: 'How this stay began.' })
  @IsOptional()
  @IsIn(ADMISSION_ACUITIES)
  admissionAcuity?: AdmissionAcuityValue | null;

  @Field(() => ID, { nullable: true, description: 'The attending physician (a staff user).' })
  @IsOptional()
  @IsUUID()
  attendingId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  allergies?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  primaryLanguage?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  interpreterNeeded?: boolean;

  @Field(() => [ConditionInput], { nullable: true, description: 'Replaces the whole problem list.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  conditions?: ConditionInput[];

  @Field(() => [CoverageInput], { nullable: true, description: 'Replaces all coverage.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  coverages?: CoverageInput[];

  @Field(() => [EmergencyContactInput], { nullable: true, description: 'Replaces all emergency contacts.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  emergencyContacts?: EmergencyContactInput[];
}

const MRN = /^[A-Za-z0-9][A-Za-z0-9-]{2,31}$/;
const MRN_MESSAGE = 'MRN must be 3 to 32 letters, digits or dashes.';

@InputType()
export class CreatePatientInput extends PatientRecordInput {
  @ClientMutationId()
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

  @Field(() => GraphQLDateTime)
  admittedAt!: Date;
}

@InputType({ description: 'Fields left out stay as they are; a nullable field sent as null is cleared.' })
export class UpdatePatientInput extends Versioned(PatientRecordInput) {
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

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  admittedAt?: Date;
}

@InputType()
export class DischargePatientInput extends VersionedInput {
  @Field(() => GraphQLDateTime)
  dischargedAt!: Date;

  @Field(() => Disposition)
  @IsIn(DISPOSITIONS)
  disposition!: (typeof DISPOSITIONS)[number];
}

@InputType({ description: 'Starts a new encounter for a discharged patient.' })
export class ReadmitPatientInput extends VersionedInput {
  @Field(() => GraphQLDateTime)
  admittedAt!: Date;

  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(16)
  bed?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  admittingDiagnosis?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  expectedDischargeDate?: string | null;
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

  @Field(() => PatientStatus, { nullable: true, description: 'Defaults to ADMITTED.' })
  @IsOptional()
  @IsIn(PATIENT_STATUSES)
  status?: (typeof PATIENT_STATUSES)[number];
}
