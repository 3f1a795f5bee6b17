import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** READ and WRITE of patient data, and DENIED: an attempt the policy refused. */
export const AUDIT_ACCESS = ['READ', 'WRITE', 'DENIED'] as const;
export type AuditAccess = (typeof AUDIT_ACCESS)[number];

/**
 * One append-only audit row. Rows form hash chains (one per patient, and one for hub-level
 * actions): `hash` covers the row's fields and the previous row's hash, so an edited or
 * deleted row breaks every link after it.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['chain', 'id'] })
@Index({ properties: ['actorId', 'id'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The chain this row extends: the patient id, or `hub`. */
  @Property({ length: 64 })
  chain!: string;

  @Property({ type: DateTimeType })
  at!: Date;

  @Property({ length: 64, nullable: true })
  actorId!: string | null;

  @Property({ length: 200, nullable: true })
  actorName!: string | null;

  @Property({ length: 64, nullable: true })
  patientId!: string | null;

  @Property({ length: 80 })
  operation!: string;

  @Property({ length: 8 })
  access!: AuditAccess;

  @Property({ length: 60, nullable: true })
  entityType!: string | null;

  @Property({ length: 64, nullable: true })
  entityId!: string | null;

  @Property({ type: 'json', nullable: true })
  fields!: string[] | null;

  @Property({ length: 64, nullable: true })
  ip!: string | null;

  @Property({ length: 64, nullable: true })
  requestId!: string | null;

  @Property()
  breakGlass!: boolean;

  @Property({ length: 64 })
  previousHash!: string;

  @Property({ length: 64 })
  hash!: string;
}
