import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';

export const FAMILY_LINK_STATUSES = ['INVITED', 'ACTIVE', 'REVOKED'] as const;
export type FamilyLinkStatus = (typeof FAMILY_LINK_STATUSES)[number];

/**
 * What the patient's consent lets the team share with this family member: plain-language updates,
 * care plan goals and interventions, the care-team contacts, the expected discharge date and the
 * discharge plan, conference summaries, education given. An item is shared only within a scope.
 */
export const FAMILY_SHARE_SCOPES = [
  'UPDATES',
  'CARE_PLAN',
  'CONTACTS',
  'DISCHARGE',
  'CONFERENCES',
  'EDUCATION',
] as const;
export type FamilyShareScope = (typeof FAMILY_SHARE_SCOPES)[number];

export const CONSENT_SOURCES = ['PATIENT', 'LEGAL_REPRESENTATIVE'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/**
 * A family member or caregiver linked to a patient, with the patient's recorded consent. Only
 * an ACTIVE link lets them see what the team shares with family.
 */
@Entity({ tableName: 'family_link' })
@Index({ properties: ['patientId', 'status'] })
@Index({ properties: ['userId', 'status'] })
// Two links racing past the service's check cannot link one person twice.
@Unique({
  name: 'family_link_once',
  expression: `create unique index "family_link_once" on "family_link" ("patient_id", "user_id") where "status" <> 'REVOKED'`,
})
export class FamilyLink {
  [OptionalProps]?:
    | 'status'
    | 'shareScopes'
    | 'invitationHash'
    | 'invitationExpiresAt'
    | 'revokedAt'
    | 'createdAt'
    | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id' })
  userId!: string;

  @Property({ length: 60 })
  relationship!: string;

  @Property({ length: 12 })
  status: FamilyLinkStatus = 'INVITED';

  /** What the patient agreed to share, in their words or the form's. */
  @Property({ length: 500 })
  consentScope!: string;

  @Property({ length: 24 })
  consentSource!: ConsentSource;

  /** What may be shared, as scopes the sharing rules check (the consent's words stay in consentScope). */
  // The column's default is what links made before scopes existed kept: updates written for family.
  @Property({ type: 'json', default: '["UPDATES"]' })
  shareScopes: FamilyShareScope[] = ['UPDATES'];

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'consent_recorded_by_id' })
  consentRecordedById!: string;

  @Property({ type: DateTimeType })
  consentRecordedAt!: Date;

  /**
   * SHA-256 of the one-time invitation code. Kept once the code is used or the link revoked, so a
   * late attempt is told which (INVITATION_USED, INVITATION_REVOKED) instead of "unknown code".
   */
  @Property({ length: 64, nullable: true, unique: true })
  invitationHash: string | null = null;

  /** When the invitation code stops working (FAMILY_INVITATION_HOURS after it was made). */
  @Property({ type: DateTimeType, nullable: true })
  invitationExpiresAt: Date | null = null;

  @Property({ type: DateTimeType, nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}

export interface FamilyLinkView {
  [field: string]: unknown;
  id: string;
  version: number;
  patientId: string;
  userId: string;
  relationship: string;
  status: FamilyLinkStatus;
  consentScope: string;
  consentSource: ConsentSource;
  shareScopes: FamilyShareScope[];
  consentRecordedById: string;
  consentRecordedAt: string;
  invitationExpiresAt: string | null;
  revokedAt: string | null;
}

export const familyLinkView = (l: FamilyLink): FamilyLinkView => ({
  id: l.id,
  version: l.version,
  patientId: l.patientId,
  userId: l.userId,
  relationship: l.relationship,
  status: l.status,
  consentScope: l.consentScope,
  consentSource: l.consentSource,
  shareScopes: [...l.shareScopes],
  consentRecordedById: l.consentRecordedById,
  consentRecordedAt: l.consentRecordedAt.toISOString(),
  invitationExpiresAt: l.invitationExpiresAt?.toISOString() ?? null,
  revokedAt: l.revokedAt?.toISOString() ?? null,
});
