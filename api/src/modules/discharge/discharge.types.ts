import { IsBoolean, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Visibility as VisibilityValue } from '../../platform/events/change-event.entity.js';
import { enumOf } from '../../platform/graphql/enums.js';
import {
  ClientMutationId,
  Versioned,
  VersionedInput,
  Visibility,
  VisibilityField,
} from '../../platform/graphql/inputs.js';
import {
  BARRIER_STATUSES,
  CHECKLIST_KINDS,
  CHECKLIST_STATUSES,
  DME_STATUSES,
  LEARNERS,
  PLANNED_DISPOSITIONS,
  TEACH_BACK_RESULTS,
  TEACHING_METHODS,
} from './discharge.entity.js';

export const PlannedDisposition = enumOf(PLANNED_DISPOSITIONS);
export const ChecklistKind = enumOf(CHECKLIST_KINDS);
export const ChecklistStatus = enumOf(CHECKLIST_STATUSES);
export const EquipmentStatus = enumOf(DME_STATUSES);
export const BarrierStatus = enumOf(BARRIER_STATUSES);
export const Learner = enumOf(LEARNERS);
export const TeachingMethod = enumOf(TEACHING_METHODS);
export const TeachBack = enumOf(TEACH_BACK_RESULTS);
registerEnumType(PlannedDisposition, { name: 'PlannedDisposition' });
registerEnumType(ChecklistKind, { name: 'DischargeChecklistKind' });
registerEnumType(ChecklistStatus, { name: 'DischargeChecklistStatus', description: 'NOT_NEEDED items do not count.' });
registerEnumType(EquipmentStatus, { name: 'EquipmentStatus' });
registerEnumType(BarrierStatus, { name: 'DischargeBarrierStatus' });
registerEnumType(Learner, { name: 'Learner' });
registerEnumType(TeachingMethod, { name: 'TeachingMethod' });
registerEnumType(TeachBack, { name: 'TeachBackResult' });

type Of<T extends readonly string[]> = T[number];

@ObjectType('DischargeChecklistItem')
export class ChecklistItemType {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => ChecklistKind) kind!: string;
  @Field(() => ChecklistStatus) status!: string;
  @Field(() => ID, { nullable: true, description: "The card on the patient's task board made for it." })
  taskId!: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Follow-up appointment.' })
  appointmentAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Follow-up appointment.' }) provider!: string | null;
  @Field(() => String, { nullable: true, description: 'Durable medical equipment.' }) equipment!: string | null;
  @Field(() => String, { nullable: true, description: 'Durable medical equipment.' }) vendor!: string | null;
  @Field(() => EquipmentStatus, { nullable: true }) equipmentStatus!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Visibility) visibility!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLDateTime) updatedAt!: string;
  patientId!: string;
}

@ObjectType('DischargeBarrier', {
  description: 'Something in the way of discharge, with who removes it by when; rounds list the same barriers.',
})
export class BarrierType {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => ID) patientId!: string;
  @Field() description!: string;
  ownerId!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueDate!: string | null;
  @Field(() => BarrierStatus) status!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLDateTime) updatedAt!: string;
}

@ObjectType('DischargePlan', { description: 'The plan for one stay: date, disposition, checklist, barriers.' })
export class DischargePlanType {
  @Field(() => ID) id!: string;
  @Field(() => ID) patientId!: string;
  @Field(() => GraphQLDateTime, { description: 'The admission of the stay it is for.' }) stayAdmittedAt!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) expectedDate!: string | null;
  @Field(() => PlannedDisposition, { nullable: true }) disposition!: string | null;
  @Field(() => Visibility, { description: 'FAMILY shares the date and disposition on the portal.' })
  visibility!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLDateTime) updatedAt!: string;
}

@ObjectType('EducationRecord')
export class EducationRecordType {
  @Field(() => ID) id!: string;
  @Field(() => ID) patientId!: string;
  @Field(() => ID, { nullable: true }) checklistItemId!: string | null;
  @Field() topic!: string;
  @Field(() => Learner) taughtTo!: string;
  @Field(() => String, { nullable: true }) learnerName!: string | null;
  @Field(() => TeachingMethod) method!: string;
  @Field(() => TeachBack) teachBack!: string;
  @Field() followUpNeeded!: boolean;
  taughtById!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLDateTime) createdAt!: string;
}

@InputType()
export class CreateDischargePlanInput {
  @ClientMutationId() clientMutationId?: string;
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) @IsOptional() expectedDate?: string | null;
  @Field(() => PlannedDisposition, { nullable: true })
  @IsOptional()
  @IsIn(PLANNED_DISPOSITIONS)
  disposition?: Of<typeof PLANNED_DISPOSITIONS> | null;
}

@InputType()
export class UpdateDischargePlanInput extends VersionedInput {
  @Field(() => GraphQLLocalDate, { nullable: true }) @IsOptional() expectedDate?: string | null;
  @Field(() => PlannedDisposition, { nullable: true })
  @IsOptional()
  @IsIn(PLANNED_DISPOSITIONS)
  disposition?: Of<typeof PLANNED_DISPOSITIONS> | null;
  @VisibilityField() visibility?: VisibilityValue;
}

@InputType({ description: 'The fields of a checklist item (not used on its own); those not of its kind stay null.' })
export class ChecklistFields {
  @Field(() => GraphQLDateTime, { nullable: true }) @IsOptional() appointmentAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) provider?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) equipment?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) vendor?: string | null;
  @Field(() => EquipmentStatus, { nullable: true })
  @IsOptional()
  @IsIn(DME_STATUSES)
  equipmentStatus?: Of<typeof DME_STATUSES> | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) note?: string | null;
  @VisibilityField() visibility?: VisibilityValue;
}

@InputType()
export class AddDischargeChecklistItemInput extends ChecklistFields {
  @ClientMutationId() clientMutationId?: string;
  @Field(() => ID) @IsUUID() planId!: string;
  @Field(() => ChecklistKind) @IsIn(CHECKLIST_KINDS) kind!: Of<typeof CHECKLIST_KINDS>;
}

@InputType()
export class UpdateDischargeChecklistItemInput extends Versioned(ChecklistFields) {
  @Field(() => ChecklistStatus, { nullable: true })
  @IsOptional()
  @IsIn(CHECKLIST_STATUSES)
  status?: Of<typeof CHECKLIST_STATUSES>;
}

@InputType({ description: 'What a new barrier to discharge says (not used on its own).' })
export class BarrierFields {
  @Field() @Length(1, 500) description!: string;
  @Field(() => ID, { nullable: true, description: 'The staff member who removes it.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) @IsOptional() dueDate?: string | null;
}

@InputType()
export class AddDischargeBarrierInput extends BarrierFields {
  @ClientMutationId() clientMutationId?: string;
  @Field(() => ID) @IsUUID() planId!: string;
}

@InputType()
export class UpdateDischargeBarrierInput extends VersionedInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 500) description?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) @IsOptional() dueDate?: string | null;
  @Field(() => BarrierStatus, { nullable: true })
  @IsOptional()
  @IsIn(BARRIER_STATUSES)
  status?: Of<typeof BARRIER_STATUSES>;
}

@InputType()
export class RecordEducationInput {
  @ClientMutationId() clientMutationId?: string;
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field(() => ID, { nullable: true, description: 'A PATIENT_FAMILY_EDUCATION item of this patient’s plan.' })
  @IsOptional()
  @IsUUID()
  checklistItemId?: string | null;
  @Field() @Length(1, 300) topic!: string;
  @Field(() => Learner) @IsIn(LEARNERS) taughtTo!: Of<typeof LEARNERS>;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) learnerName?: string | null;
  @Field(() => TeachingMethod) @IsIn(TEACHING_METHODS) method!: Of<typeof TEACHING_METHODS>;
  @Field(() => TeachBack) @IsIn(TEACH_BACK_RESULTS) teachBack!: Of<typeof TEACH_BACK_RESULTS>;
  @Field() @IsBoolean() followUpNeeded!: boolean;
}
