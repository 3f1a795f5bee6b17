import { IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, VersionedInput } from '../../platform/graphql/inputs.js';
import { CoverageKind } from '../patient/patient.types.js';
import { UtilizationReviewType } from '../utilization-review/utilization-review.types.js';
import {
  AUTHORIZATION_STATUSES,
  AUTHORIZATION_UNITS,
  AUTHORIZED_SERVICES,
  type AuthorizationStatus,
  type AuthorizationUnit,
  type AuthorizedService,
} from './authorization.entity.js';

export const AuthorizedServiceEnum = enumOf(AUTHORIZED_SERVICES);
export const AuthorizationUnitEnum = enumOf(AUTHORIZATION_UNITS);
export const AuthorizationStatusEnum = enumOf(AUTHORIZATION_STATUSES);
registerEnumType(AuthorizedServiceEnum, { name: 'AuthorizedService' });
registerEnumType(AuthorizationUnitEnum, { name: 'AuthorizationUnit', description: 'What the units count.' });
registerEnumType(AuthorizationStatusEnum, {
  name: 'AuthorizationStatus',
  description:
    'DRAFT → SUBMITTED → PENDING → APPROVED / PARTIALLY_APPROVED / DENIED; DENIED or PARTIALLY_APPROVED → APPEALED → APPEAL_WON / APPEAL_LOST.',
});

/** Length and size limits shared by the inputs and the service. */
export const AUTH_LIMITS = { payer: 200, memberId: 64, detail: 300, reference: 64, note: 1000, maxUnits: 365 } as const;

@ObjectType('AuthorizationStep', { description: 'One status of an authorization, when and by whom.' })
export class AuthorizationStepType {
  @Field(() => AuthorizationStatusEnum) status!: AuthorizationStatus;
  @Field(() => GraphQLDateTime) at!: string;
  @Field(() => ID) byId!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('PeerToPeer', { description: "A peer-to-peer call with the payer's medical director." })
export class PeerToPeerType {
  @Field(() => GraphQLDateTime) scheduledAt!: string;
  @Field(() => ID, { nullable: true, description: 'The physician speaking for the patient.' })
  physicianId!: string | null;
  @Field(() => String, { nullable: true, description: "The payer's reviewer and how to reach them." })
  payerContact!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('Authorization', {
  description:
    "A payer authorization against one of the patient's coverages, with its dated status history. Team only.",
})
export class AuthorizationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) patientId!: string;
  @Field() payer!: string;
  @Field(() => String, { nullable: true }) memberId!: string | null;
  @Field(() => CoverageKind) coverageType!: string;
  @Field(() => AuthorizedServiceEnum) service!: AuthorizedService;
  @Field(() => String, { nullable: true }) serviceDetail!: string | null;
  @Field(() => AuthorizationUnitEnum) unitOfService!: AuthorizationUnit;
  @Field(() => Int) requestedUnits!: number;
  @Field(() => GraphQLLocalDate) requestedFrom!: string;
  @Field(() => GraphQLLocalDate) requestedTo!: string;
  @Field(() => Int, { nullable: true }) approvedUnits!: number | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) approvedFrom!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) approvedTo!: string | null;
  @Field(() => String, { nullable: true, description: "The payer's authorization or case number." })
  payerReference!: string | null;
  @Field(() => AuthorizationStatusEnum) status!: AuthorizationStatus;
  @Field(() => GraphQLDateTime, { nullable: true }) submittedAt!: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: "The payer's first decision (turnaround's end)." })
  decidedAt!: string | null;
  @Field(() => String, { nullable: true }) denialReason!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) appealDeadline!: string | null;
  @Field(() => ID, { nullable: true, description: "The card on the patient's board for the appeal deadline." })
  appealTaskId!: string | null;
  @Field(() => PeerToPeerType, { nullable: true }) peerToPeer!: PeerToPeerType | null;
  @Field(() => [AuthorizationStepType], { description: 'Oldest first.' }) history!: AuthorizationStepType[];
  createdById!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLDateTime) createdAt!: string;
  @Field(() => GraphQLDateTime) updatedAt!: string;
}

@InputType()
export class CreateAuthorizationInput {
  @ClientMutationId() clientMutationId?: string;
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field({ description: "One of the patient's coverages, by payer name." })
  @Length(1, AUTH_LIMITS.payer)
  payer!: string;
  @Field(() => String, { nullable: true, description: 'The coverage’s member id, when the patient has it recorded.' })
  @IsOptional()
  @MaxLength(AUTH_LIMITS.memberId)
  memberId?: string | null;
  @Field(() => AuthorizedServiceEnum) @IsIn(AUTHORIZED_SERVICES) service!: AuthorizedService;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(AUTH_LIMITS.detail) serviceDetail?: string | null;
  @Field(() => AuthorizationUnitEnum) @IsIn(AUTHORIZATION_UNITS) unitOfService!: AuthorizationUnit;
  @Field(() => Int) @IsInt() @Min(1) @Max(AUTH_LIMITS.maxUnits) requestedUnits!: number;
  @Field(() => GraphQLLocalDate) requestedFrom!: string;
  @Field(() => GraphQLLocalDate) requestedTo!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(AUTH_LIMITS.reference)
  payerReference?: string | null;
}

@InputType()
export class UpdateAuthorizationInput extends VersionedInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(AUTH_LIMITS.detail) serviceDetail?: string | null;
  @Field(() => Int, { nullable: true, description: 'Until the payer decides.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(AUTH_LIMITS.maxUnits)
  requestedUnits?: number;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Until the payer decides.' })
  @IsOptional()
  requestedFrom?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Until the payer decides.' })
  @IsOptional()
  requestedTo?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(AUTH_LIMITS.reference)
  payerReference?: string | null;
}

@InputType({ description: 'Moves an authorization along its status machine; a step it does not allow is refused.' })
export class ChangeAuthorizationStatusInput extends VersionedInput {
  @Field(() => AuthorizationStatusEnum) @IsIn(AUTHORIZATION_STATUSES) status!: AuthorizationStatus;
  @Field(() => String, { nullable: true, description: 'On the history step.' })
  @IsOptional()
  @MaxLength(AUTH_LIMITS.note)
  note?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'APPROVED / APPEAL_WON: left out, the requested units; PARTIALLY_APPROVED: required, fewer than requested.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(AUTH_LIMITS.maxUnits)
  approvedUnits?: number | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Left out: the requested dates.' })
  @IsOptional()
  approvedFrom?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) @IsOptional() approvedTo?: string | null;
  @Field(() => String, { nullable: true, description: 'DENIED: required.' })
  @IsOptional()
  @MaxLength(AUTH_LIMITS.note)
  denialReason?: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      "DENIED: required; PARTIALLY_APPROVED: optional. Puts a card on the patient's board, due that morning.",
  })
  @IsOptional()
  appealDeadline?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(AUTH_LIMITS.reference)
  payerReference?: string | null;
}

@InputType()
export class ScheduleAuthorizationPeerToPeerInput extends VersionedInput {
  @Field(() => GraphQLDateTime) scheduledAt!: Date;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() physicianId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(AUTH_LIMITS.detail) payerContact?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(AUTH_LIMITS.note) note?: string | null;
}

export const PAYER_WORK_KINDS = ['NEXT_REVIEW', 'APPEAL_DEADLINE', 'PENDING_AUTHORIZATION', 'PEER_TO_PEER'] as const;
export type PayerWorkKind = (typeof PAYER_WORK_KINDS)[number];
export const PayerWorkKindEnum = enumOf(PAYER_WORK_KINDS);
registerEnumType(PayerWorkKindEnum, {
  name: 'PayerWorkKind',
  description:
    "NEXT_REVIEW: the latest review's next review date; APPEAL_DEADLINE: a denial (or partial approval) not yet appealed; PENDING_AUTHORIZATION: waiting on the payer, due by the service's start; PEER_TO_PEER: a scheduled call.",
});
export const PAYER_WORKLIST_SORTS = ['DUE_DATE', 'PATIENT', 'KIND'] as const;
export const PayerWorklistSortEnum = enumOf(PAYER_WORKLIST_SORTS);
registerEnumType(PayerWorklistSortEnum, { name: 'PayerWorklistSort' });

@ObjectType('PayerWorkItem', { description: 'Something due with a payer, for one patient.' })
export class PayerWorkItemType {
  @Field(() => ID, { description: 'Stable: the kind and the item it is about.' }) id!: string;
  @Field(() => PayerWorkKindEnum) kind!: PayerWorkKind;
  @Field(() => GraphQLLocalDate) dueDate!: string;
  @Field({ description: "Before today on the unit's clock." }) overdue!: boolean;
  @Field() dueToday!: boolean;
  @Field() summary!: string;
  @Field(() => ID) patientId!: string;
  @Field(() => AuthorizationType, { nullable: true }) authorization!: AuthorizationType | null;
  @Field(() => UtilizationReviewType, { nullable: true }) utilizationReview!: UtilizationReviewType | null;
}
