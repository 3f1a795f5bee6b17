import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { VersionedEntity, type VersionedOptional } from '../../platform/database/versioned-entity.js';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';
import { Need } from '../social-needs/social-needs.entity.js';
import type { ReferralStatus, ResourceCategory } from './referral-rules.js';

/** Lists kept in one text column as `|A|B|`, so "offers category X" is a plain LIKE on both databases. */
export const packList = (values: readonly string[]) => (values.length ? `|${values.join('|')}|` : '');
export const unpackList = (packed: string) => packed.split('|').filter(Boolean);

/**
 * An agency or programme in the community the team refers patients to. Its name, description,
 * eligibility, service area, categories and languages are full-text searchable: a generated
 * `tsvector` with a GIN index on PostgreSQL, an FTS5 table kept by triggers on SQLite (both made by
 * the migration, outside the mapped columns).
 */
@Entity({ tableName: 'community_resource' })
export class CommunityResource extends VersionedEntity {
  [OptionalProps]?:
    | 'description'
    | 'phone'
    | 'email'
    | 'website'
    | 'address'
    | 'hours'
    | 'eligibility'
    | 'serviceArea'
    | 'languages'
    | 'archivedAt'
    | VersionedOptional;

  @Property({ length: 160 })
  name!: string;

  @Property({ length: 2000, nullable: true })
  description: string | null = null;

  /** `|FOOD|HOUSING|` (see `packList`). */
  @Property({ length: 200 })
  categories!: string;

  @Property({ length: 40, nullable: true })
  phone: string | null = null;

  @Property({ length: 200, nullable: true })
  email: string | null = null;

  @Property({ length: 300, nullable: true })
  website: string | null = null;

  @Property({ length: 300, nullable: true })
  address: string | null = null;

  @Property({ length: 300, nullable: true })
  hours: string | null = null;

  @Property({ length: 1000, nullable: true })
  eligibility: string | null = null;

  @Property({ length: 300, nullable: true })
  serviceArea: string | null = null;

  /** `|English|Spanish|` (see `packList`). */
  @Property({ length: 300 })
  languages = '';

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'created_by_id' })
  createdById!: string;

  /** Set when the resource leaves the directory; referrals already made to it keep it. */
  @Property({ type: DateTimeType, nullable: true })
  archivedAt: Date | null = null;
}

/** One dated step of a referral's loop. */
export interface ReferralStep {
  status: ReferralStatus;
  at: string;
  byId: string;
  byName: string;
  note: string | null;
}

/**
 * A patient's social need referred to a community resource, followed until the loop closes. Its
 * history is every status it passed through, dated; `followUpDueAt` is when the team checks on it,
 * and when that passes unanswered the hub puts a follow-up card on the patient's board (`followUpTaskId`).
 */
@Entity({ tableName: 'referral' })
@Index({ properties: ['patientId', 'createdAt'] })
@Index({ properties: ['status', 'followUpDueAt'] })
export class Referral extends VersionedEntity {
  [OptionalProps]?:
    | 'status'
    | 'note'
    | 'sentAt'
    | 'closedAt'
    | 'followUpDueAt'
    | 'followUpTaskId'
    | 'history'
    | VersionedOptional;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  @ManyToOne(() => Need, { mapToPk: true, fieldName: 'need_id', deleteRule: 'cascade' })
  needId!: string;

  @ManyToOne(() => CommunityResource, { mapToPk: true, fieldName: 'resource_id' })
  resourceId!: string;

  @Property({ length: 12 })
  status: ReferralStatus = 'DRAFT';

  @Property({ length: 1000, nullable: true })
  note: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  sentAt: Date | null = null;

  /** When the loop closed (COMPLETED or DECLINED). */
  @Property({ type: DateTimeType, nullable: true })
  closedAt: Date | null = null;

  @Property({ type: DateTimeType, nullable: true })
  followUpDueAt: Date | null = null;

  /** The follow-up card raised when `followUpDueAt` passed (an id; the board module owns cards). */
  @Property({ type: 'uuid', nullable: true })
  followUpTaskId: string | null = null;

  @Property({ type: 'json' })
  history: ReferralStep[] = [];

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'created_by_id' })
  createdById!: string;
}

export const resourceView = (r: CommunityResource) => ({
  id: r.id,
  version: r.version,
  name: r.name,
  description: r.description,
  categories: unpackList(r.categories) as ResourceCategory[],
  phone: r.phone,
  email: r.email,
  website: r.website,
  address: r.address,
  hours: r.hours,
  eligibility: r.eligibility,
  serviceArea: r.serviceArea,
  languages: unpackList(r.languages),
  archivedAt: r.archivedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const referralView = (r: Referral) => ({
  id: r.id,
  version: r.version,
  patientId: r.patientId,
  needId: r.needId,
  resourceId: r.resourceId,
  status: r.status,
  note: r.note,
  sentAt: r.sentAt?.toISOString() ?? null,
  closedAt: r.closedAt?.toISOString() ?? null,
  followUpDueAt: r.followUpDueAt?.toISOString() ?? null,
  followUpTaskId: r.followUpTaskId,
  history: r.history.map((s) => ({ ...s })),
  createdById: r.createdById,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export type ResourceView = ReturnType<typeof resourceView>;
export type ReferralView = ReturnType<typeof referralView>;
