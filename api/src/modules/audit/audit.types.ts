import { IsIn, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AUDIT_ACCESS } from '../../platform/audit/audit-entry.entity.js';
import { enumOf } from '../../platform/graphql/enums.js';

export const AuditAccess = enumOf(AUDIT_ACCESS);
registerEnumType(AuditAccess, { name: 'AuditAccess' });

@ObjectType('AuditEntry', { description: 'One read or write of patient data: who, what, when, from where.' })
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTime)
  at!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => ID, { nullable: true })
  patientId!: string | null;

  @Field({ description: 'The GraphQL operation, e.g. updatePatient.' })
  operation!: string;

  @Field(() => AuditAccess)
  access!: string;

  @Field(() => String, { nullable: true })
  entityType!: string | null;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => [String], { nullable: true, description: 'Fields a write changed.' })
  fields!: string[] | null;

  @Field(() => String, { nullable: true, description: 'Client address.' })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field({ description: 'Access rested on break-the-glass.' })
  breakGlass!: boolean;

  @Field()
  hash!: string;
}

@ObjectType()
export class AuditPage {
  @Field(() => [AuditEntryType])
  entries!: AuditEntryType[];

  @Field(() => ID, { nullable: true, description: 'Pass as `before` for the next (older) page; null at the end.' })
  nextCursor!: string | null;
}

@ObjectType({ description: 'The result of recomputing a hash chain.' })
export class AuditChainCheck {
  @Field()
  chain!: string;

  @Field(() => Int)
  checked!: number;

  @Field()
  intact!: boolean;

  @Field(() => ID, { nullable: true, description: 'The first row whose hash does not match.' })
  firstBrokenId!: string | null;
}

@InputType()
export class AuditFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => AuditAccess, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_ACCESS)
  access?: (typeof AUDIT_ACCESS)[number];

  @Field({ nullable: true })
  @IsOptional()
  breakGlassOnly?: boolean;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  to?: Date;
}

@InputType()
export class AuditPageInput {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  first!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'before must be an audit entry id' })
  before?: string | null;
}
