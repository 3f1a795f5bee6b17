import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { VersionedEntity, type VersionedOptional, versionedView } from '../../platform/database/versioned-entity.js';
import type { Visibility } from '../../platform/events/change-event.entity.js';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';

export const CONFERENCE_STATUSES = ['SCHEDULED', 'IN_PROGRESS', 'HELD', 'CANCELLED'] as const;
export const ATTENDEE_KINDS = ['STAFF', 'FAMILY'] as const;
export const ATTENDANCE_MODES = ['IN_PERSON', 'REMOTE'] as const;

type Optional = VersionedOptional;

/** Fields every conference item has: the patient it is about (not shared on its own; the summary goes to family). */
abstract class ConferenceItem extends VersionedEntity {
  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;
}

/** A care conference about one patient: the team and the family around one table (or a call). */
@Entity({ tableName: 'care_conference' })
@Index({ properties: ['patientId', 'scheduledAt'] })
export class CareConference extends ConferenceItem {
  [OptionalProps]?: Optional | 'status' | 'location' | 'agenda' | 'notes';

  @Property({ length: 200 })
  title!: string;

  @Property({ type: DateTimeType })
  scheduledAt!: Date;

  /** A room, or the call link. */
  @Property({ length: 300, nullable: true })
  location: string | null = null;

  @Property({ length: 12 })
  status: (typeof CONFERENCE_STATUSES)[number] = 'SCHEDULED';

  /** Topics in the order they will be taken. */
  @Property({ type: 'json' })
  agenda: string[] = [];

  @Property({ length: 8000, nullable: true })
  notes: string | null = null;

  /** Who called the conference. */
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'organizer_id' })
  organizerId!: string;
}

/** Someone who takes part: staff (by account) or a family member (by name, with their account when they have one). */
@Entity({ tableName: 'care_conference_attendee' })
@Index({ properties: ['conferenceId'] })
export class ConferenceAttendee extends ConferenceItem {
  [OptionalProps]?: Optional | 'userId' | 'relationship';

  @ManyToOne(() => CareConference, { mapToPk: true, fieldName: 'conference_id', deleteRule: 'cascade' })
  conferenceId!: string;

  @Property({ length: 8 })
  kind!: (typeof ATTENDEE_KINDS)[number];

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', nullable: true })
  userId: string | null = null;

  @Property({ length: 200 })
  name!: string;

  @Property({ length: 60, nullable: true })
  relationship: string | null = null;

  @Property({ length: 10 })
  mode!: (typeof ATTENDANCE_MODES)[number];
}

/** A decision of the conference; a follow-up also names the task it became. */
@Entity({ tableName: 'care_conference_decision' })
@Index({ properties: ['conferenceId', 'createdAt'] })
export class ConferenceDecision extends ConferenceItem {
  [OptionalProps]?: Optional | 'taskId';

  @ManyToOne(() => CareConference, { mapToPk: true, fieldName: 'conference_id', deleteRule: 'cascade' })
  conferenceId!: string;

  @Property({ length: 1000 })
  text!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'author_id' })
  authorId!: string;

  @Property({ type: 'uuid', nullable: true })
  taskId: string | null = null;
}

/**
 * The summary the lead case manager published to the family: shared with family (FAMILY) on the
 * patient's stream, where the portal reads it. One per conference; publishing again replaces it.
 */
@Entity({ tableName: 'care_conference_summary' })
@Unique({ properties: ['conferenceId'] })
export class ConferenceSummary extends ConferenceItem {
  [OptionalProps]?: Optional | 'visibility';

  /** FAMILY once published; the team may take it back (TEAM) through the portal's sharing control. */
  @Property({ length: 8 })
  visibility: Visibility = 'FAMILY';

  @ManyToOne(() => CareConference, { mapToPk: true, fieldName: 'conference_id', deleteRule: 'cascade' })
  conferenceId!: string;

  @Property({ length: 200 })
  conferenceTitle!: string;

  @Property({ type: DateTimeType })
  heldAt!: Date;

  @Property({ length: 8000 })
  text!: string;

  @Property({ type: DateTimeType })
  publishedAt!: Date;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'published_by_id' })
  publishedById!: string;

  /** Kept with the summary, so the portal names the author without reading staff accounts. */
  @Property({ length: 200 })
  publishedByName!: string;
}

const base = (i: ConferenceItem) => ({ ...versionedView(i), patientId: i.patientId });

export const conferenceView = (c: CareConference) => ({
  ...base(c),
  title: c.title,
  scheduledAt: c.scheduledAt.toISOString(),
  location: c.location,
  status: c.status,
  agenda: [...c.agenda],
  notes: c.notes,
  organizerId: c.organizerId,
});
export const attendeeView = (a: ConferenceAttendee) => ({
  ...base(a),
  conferenceId: a.conferenceId,
  kind: a.kind,
  userId: a.userId,
  name: a.name,
  relationship: a.relationship,
  mode: a.mode,
});
export const conferenceDecisionView = (d: ConferenceDecision) => ({
  ...base(d),
  conferenceId: d.conferenceId,
  text: d.text,
  authorId: d.authorId,
  taskId: d.taskId,
});
export const summaryView = (s: ConferenceSummary) => ({
  ...base(s),
  conferenceId: s.conferenceId,
  conferenceTitle: s.conferenceTitle,
  heldAt: s.heldAt.toISOString(),
  text: s.text,
  publishedAt: s.publishedAt.toISOString(),
  publishedByName: s.publishedByName,
  visibility: s.visibility,
});

export type ConferenceView = ReturnType<typeof conferenceView>;
export type AttendeeView = ReturnType<typeof attendeeView>;
export type ConferenceDecisionView = ReturnType<typeof conferenceDecisionView>;
export type SummaryView = ReturnType<typeof summaryView>;
