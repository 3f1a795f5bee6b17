import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export const DISCIPLINES = ['RN', 'LPN', 'SW', 'MD', 'PT', 'OT', 'SLP', 'PHARM', 'RD', 'CM'] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const ROLES = ['MEMBER', 'LEAD', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const USER_KINDS = ['STAFF', 'FAMILY'] as const;
export type UserKind = (typeof USER_KINDS)[number];

/** A person who signs in: a staff member of a discipline, or a family member or caregiver. */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'kind' | 'discipline' | 'role' | 'active' | 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased so sign-in is case-insensitive. */
  @Property({ length: 254, unique: true })
  email!: string;

  @Property({ length: 200 })
  name!: string;

  @Property({ length: 8 })
  kind: UserKind = 'STAFF';

  @Property({ length: 8, nullable: true })
  discipline: Discipline | null = null;

  @Property({ length: 8 })
  role: Role = 'MEMBER';

  @Property({ length: 200, hidden: true })
  passwordHash!: string;

  @Property()
  active: boolean = true;

  @Property({ version: true })
  version!: number;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
