import type { EntityClass } from '@mikro-orm/core';
import type { ChangeKind } from '../../platform/events/change-event.entity.js';
import { ConferenceSummary, type SummaryView } from '../care-conference/care-conference.entity.js';
import { Goal, type GoalView, Intervention, type InterventionView } from '../care-plan/care-plan.entity.js';
import { CareTeamMember, type CareTeamMemberView } from '../care-team/care-team.entity.js';
import {
  type ChecklistItemView,
  DischargeChecklistItem,
  DischargePlan,
  type DischargePlanView,
} from '../discharge/discharge.entity.js';
import type { FamilyShareScope } from '../family/family-link.entity.js';
import type { Discipline } from '../identity/user.entity.js';
import type { PatientView } from '../patient/patient.entity.js';
import type { FamilyQuestionView } from './family-question.entity.js';
import { FamilyUpdate, type FamilyUpdateView } from './family-update.entity.js';

export const PORTAL_ITEM_KINDS = [
  'UPDATE',
  'GOAL',
  'INTERVENTION',
  'CONTACT',
  'QUESTION',
  'DISCHARGE_DATE',
  // Built by later features; their projections plug in below.
  'CONFERENCE_SUMMARY',
  'EDUCATION',
  'DISCHARGE_PLAN',
] as const;
export type PortalItemKind = (typeof PORTAL_ITEM_KINDS)[number];

/** One entry of a family member's portal, in plain words: what family read, nothing more. */
export interface PortalItemView {
  /** The id of the item it shows (the patient's id for the expected discharge date). */
  id: string;
  kind: PortalItemKind;
  title: string;
  text: string;
  /** Where things stand, in plain words ("Working on it"). */
  status: string | null;
  /** How often, or for whom, in plain words. */
  detail: string | null;
  /** A day that matters (target date, expected day home), YYYY-MM-DD. */
  date: string | null;
  reply: { text: string; author: string; at: string } | null;
  /** When it last changed. */
  at: string;
}

/** What one reader makes of one change: the item to show, the item to drop, or nothing at all. */
export type Projected = { show: PortalItemView } | 'removed' | 'hidden';

export interface ProjectionContext {
  kind: ChangeKind;
  at: string;
  /** The family member reading. */
  readerId: string;
  /** A staff member's name, for contacts. */
  nameOf(userId: string): Promise<string | null>;
}

/**
 * How the family sees one kind of patient item. A feature that has something for family (a
 * conference summary, education given, the discharge plan) adds one entry to `PORTAL_PROJECTIONS`:
 * the portal's feed, its live events and the sharing rules all read this list.
 */
export interface FamilyProjection {
  entityType: string;
  /** The consent scope that must cover it; null for what is the reader's own (their questions). */
  scope: FamilyShareScope | null;
  /** The entity the team shares and un-shares with `setFamilySharing` (its `visibility`); none: not shareable that way. */
  shareable?: EntityClass<{ id: string; patientId: string; version: number; visibility: string }>;
  /** Also projected from the team's changes (fields family may always see, within scope, such as the expected day home). */
  fromTeamChanges?: boolean;
  project(snapshot: Record<string, unknown>, context: ProjectionContext): Projected | Promise<Projected>;
}

const GOAL_STATUS: Record<GoalView['status'], string> = {
  PROPOSED: 'Planned',
  ACTIVE: 'Working on it',
  ACHIEVED: 'Reached',
  NOT_ACHIEVED: 'Not reached yet',
  CANCELLED: 'No longer planned',
};

const INTERVENTION_STATUS: Record<InterventionView['status'], string> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'Happening now',
  DONE: 'Done',
  CANCELLED: 'Stopped',
};

/** Who does it, in words a family member uses. */
export const DISCIPLINE_WORDS: Record<Discipline, string> = {
  RN: 'Nursing',
  LPN: 'Nursing',
  SW: 'Social work',
  MD: 'Doctors',
  PT: 'Physical therapy',
  OT: 'Occupational therapy',
  SLP: 'Speech therapy',
  PHARM: 'Pharmacy',
  RD: 'Nutrition',
  CM: 'Case manager',
};

const ROLE_WORDS: Record<CareTeamMemberView['role'], string> = {
  LEAD_CASE_MANAGER: 'Case manager — coordinates the care team',
  ATTENDING: 'Doctor in charge',
  PRIMARY_NURSE: 'Main nurse',
  NURSE: 'Nurse',
  SOCIAL_WORKER: 'Social worker',
  THERAPIST: 'Therapist',
  PHARMACIST: 'Pharmacist',
  DIETITIAN: 'Dietitian',
  CONSULTING: 'Specialist',
  OTHER: 'Care team',
};

const DISPOSITION_WORDS: Record<NonNullable<DischargePlanView['disposition']>, string> = {
  HOME: 'Home',
  HOME_WITH_HOME_HEALTH: 'Home, with visits from a home health team',
  SKILLED_NURSING_FACILITY: 'A skilled nursing facility',
  INPATIENT_REHAB: 'An inpatient rehabilitation unit',
  LONG_TERM_ACUTE_CARE: 'A long-term acute care hospital',
  HOSPICE: 'Hospice care',
  OTHER: 'Another place, which the team will talk through with you',
};

const item = (fields: Omit<PortalItemView, 'status' | 'detail' | 'date' | 'reply'> & Partial<PortalItemView>) => ({
  show: { status: null, detail: null, date: null, reply: null, ...fields },
});

/** Shown while the item itself is shared and not archived; otherwise dropped. */
const whileShared = (snapshot: Record<string, unknown>, { kind }: ProjectionContext) =>
  kind !== 'DELETED' && snapshot.visibility === 'FAMILY';

export const PORTAL_PROJECTIONS: readonly FamilyProjection[] = [
  {
    entityType: 'FamilyUpdate',
    scope: 'UPDATES',
    shareable: FamilyUpdate,
    project: (s, c) => {
      if (!whileShared(s, c)) return 'removed';
      const u = s as FamilyUpdateView;
      return item({ id: u.id, kind: 'UPDATE', title: `Update from ${u.authorName}`, text: u.text, at: u.createdAt });
    },
  },
  {
    entityType: 'Goal',
    scope: 'CARE_PLAN',
    shareable: Goal,
    project: (s, c) => {
      if (!whileShared(s, c)) return 'removed';
      const g = s as GoalView;
      return item({
        id: g.id,
        kind: 'GOAL',
        title: 'Goal',
        text: g.description,
        status: GOAL_STATUS[g.status],
        detail: g.targetValue,
        date: g.targetDate,
        at: c.at,
      });
    },
  },
  {
    entityType: 'Intervention',
    scope: 'CARE_PLAN',
    shareable: Intervention,
    project: (s, c) => {
      if (!whileShared(s, c)) return 'removed';
      const i = s as InterventionView;
      return item({
        id: i.id,
        kind: 'INTERVENTION',
        title: `What the team does: ${DISCIPLINE_WORDS[i.ownerDiscipline as Discipline] ?? 'Care team'}`,
        text: i.action,
        status: INTERVENTION_STATUS[i.status],
        detail: i.frequency,
        at: c.at,
      });
    },
  },
  {
    entityType: 'CareTeamMember',
    scope: 'CONTACTS',
    shareable: CareTeamMember,
    project: async (s, c) => {
      const m = s as CareTeamMemberView;
      if (!whileShared(s, c) || m.endedAt) return 'removed';
      return item({
        id: m.id,
        kind: 'CONTACT',
        title: (await c.nameOf(m.userId)) ?? 'A member of the care team',
        text: ROLE_WORDS[m.role],
        at: c.at,
      });
    },
  },
  {
    // Published by the lead case manager after a care conference (care-conference module).
    entityType: 'ConferenceSummary',
    scope: 'CONFERENCES',
    shareable: ConferenceSummary,
    project: (s, c) => {
      if (!whileShared(s, c)) return 'removed';
      const summary = s as SummaryView;
      return item({
        id: summary.id,
        kind: 'CONFERENCE_SUMMARY',
        title: `After the care conference: ${summary.conferenceTitle}`,
        text: summary.text,
        detail: `From ${summary.publishedByName}`,
        date: summary.heldAt.slice(0, 10),
        at: c.at,
      });
    },
  },
  {
    entityType: 'FamilyQuestion',
    scope: null,
    // Among family, a question is its asker's alone.
    project: (s, c) => (s.askedById === c.readerId ? questionItem(s as FamilyQuestionView) : 'hidden'),
  },
  {
    entityType: 'Patient',
    scope: 'DISCHARGE',
    fromTeamChanges: true,
    project: (s, c) => {
      const p = s as unknown as PatientView;
      if (c.kind === 'DELETED' || p.status !== 'ADMITTED' || !p.expectedDischargeDate) return 'removed';
      return item({
        id: p.id,
        kind: 'DISCHARGE_DATE',
        title: 'Expected day to go home',
        text: 'The team expects this day. It can change as recovery goes on; ask the team if you need to plan.',
        date: p.expectedDischargeDate,
        at: c.at,
      });
    },
  },
  {
    // The plan's expected day and where the patient goes; its checklist and barriers stay with the team.
    entityType: 'DischargePlan',
    scope: 'DISCHARGE',
    shareable: DischargePlan,
    project: (s, c) => {
      if (!whileShared(s, c)) return 'removed';
      const d = s as unknown as DischargePlanView;
      return item({
        id: d.id,
        kind: 'DISCHARGE_PLAN',
        title: 'Plan for leaving the hospital',
        text: d.disposition ? DISPOSITION_WORDS[d.disposition] : 'Where the patient goes next is still being decided.',
        date: d.expectedDate,
        at: c.at,
      });
    },
  },
  {
    // Of the checklist, only follow-up appointments are shared (the discharge module refuses sharing others).
    entityType: 'DischargeChecklistItem',
    scope: 'DISCHARGE',
    shareable: DischargeChecklistItem,
    project: (s, c) => {
      const i = s as unknown as ChecklistItemView;
      if (!whileShared(s, c) || i.kind !== 'FOLLOW_UP_APPOINTMENT') return 'removed';
      return item({
        id: i.id,
        kind: 'DISCHARGE_PLAN',
        title: 'Follow-up appointment',
        text: i.provider ?? 'With the care team',
        detail: i.note,
        date: i.appointmentAt?.slice(0, 10) ?? null,
        at: c.at,
      });
    },
  },
];

const BY_TYPE = new Map(PORTAL_PROJECTIONS.map((p) => [p.entityType, p]));

/** How family see items of this entity type, or undefined when they never do. */
export const projectionOf = (entityType: string): FamilyProjection | undefined => BY_TYPE.get(entityType);

function questionItem(q: FamilyQuestionView): Projected {
  return item({
    id: q.id,
    kind: 'QUESTION',
    title: q.discipline
      ? `Your question to ${DISCIPLINE_WORDS[q.discipline as Discipline]}`
      : 'Your question to the care team',
    text: q.text,
    status: q.status === 'ANSWERED' ? 'Answered' : 'Waiting for an answer',
    reply:
      q.reply && q.repliedAt ? { text: q.reply, author: q.repliedByName ?? 'The care team', at: q.repliedAt } : null,
    at: q.createdAt,
  });
}
