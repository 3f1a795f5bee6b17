import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Visibility } from '../../platform/events/change-event.entity.js';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';

export const CARE_TEAM_ROLES = [
  'LEAD_CASE_MANAGER',
  'ATTENDING',
  'PRIMARY_NURSE',
  'NURSE',
  'SOCIAL_WORKER',
  'THERAPIST',
  'PHARMACIST',
  'DIETITIAN',
  'CONSULTING',
  'OTHER',
] as const;
export type CareTeamRole = (typeof CARE_TEAM_ROLES)[number];

/** A staff member's place on one patient's care team; ending it keeps the history. */
@Entity({ tableName: 'care_team_member' })
@Index({ properties: ['patientId', 'endedAt'] })
@Index({ properties: ['userId', 'endedAt'] })
// Two changes racing past the service's checks cannot leave two leads, or one person on a team twice.
@Unique({
  name: 'care_team_member_one_lead',
  expression: `create unique index "care_team_member_one_lead" on "care_team_member" ("patient_id") where "role" = 'LEAD_CASE_MANAGER' and "ended_at" is null`,
})
@Unique({
  name: 'care_team_member_once',
  expression: `create unique index "care_team_member_once" on "care_team_member" ("patient_id", "user_id") where "ended_at" is null`,
})
export class CareTeamMember {
  [OptionalProps]?: 'startedAt' | 'endedAt' | 'visibility' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id' })
  userId!: string;

  @Property({ length: 24 })
  role!: CareTeamRole;

  @Property({ type: DateTimeType })
  startedAt: Date = new Date();

  @Property({ type: DateTimeType, nullable: true })
  endedAt: Date | null = null;

  /** FAMILY when the team shows this member to the patient's family as a contact. */
  @Property({ length: 8 })
  visibility: Visibility = 'TEAM';

  @Property({ version: true })
  version!: number;
}

export interface CareTeamMemberView {
  [field: string]: unknown;
  id: string;
  version: number;
  patientId: string;
  userId: string;
  role: CareTeamRole;
  startedAt: string;
  endedAt: string | null;
  visibility: Visibility;
}

export const careTeamMemberView = (m: CareTeamMember): CareTeamMemberView => ({
  id: m.id,
  version: m.version,
  patientId: m.patientId,
  userId: m.userId,
  role: m.role,
  startedAt: m.startedAt.toISOString(),
  endedAt: m.endedAt?.toISOString() ?? null,
  visibility: m.visibility,
});
