import { DateTimeType, Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'MOVED', 'DELETED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const VISIBILITIES = ['TEAM', 'FAMILY'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/**
 * One row of the append-only event log (the outbox). Written in the same transaction as the
 * change it describes; ids increase in commit order within a stream.
 */
@Entity({ tableName: 'change_event' })
@Index({ properties: ['stream', 'id'] })
@Index({ properties: ['patientId', 'id'] })
@Index({ properties: ['entityType', 'entityId', 'id'] })
@Unique({ properties: ['actorId', 'clientMutationId'] })
export class ChangeEventRecord {
  [OptionalProps]?: 'visibility' | 'patientId' | 'clientMutationId' | 'changes';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ length: 120 })
  stream!: string;

  @Property({ length: 16 })
  kind!: ChangeKind;

  @Property({ length: 60 })
  entityType!: string;

  @Property({ length: 64 })
  entityId!: string;

  @Property()
  version!: number;

  @Property({ length: 64 })
  actorId!: string;

  @Property({ length: 200 })
  actorName!: string;

  @Property({ type: DateTimeType })
  at!: Date;

  @Property({ length: 16 })
  visibility: Visibility = 'TEAM';

  @Property({ length: 64, nullable: true })
  patientId?: string | null;

  /** The changed item as it was right after this change. */
  @Property({ type: 'json' })
  snapshot!: Record<string, unknown>;

  /** Field-level before/after for updates, for item history. */
  @Property({ type: 'json', nullable: true })
  changes?: FieldChange[] | null;

  @Property({ length: 100, nullable: true })
  clientMutationId?: string | null;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}
