import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { VersionedEntity, type VersionedOptional } from '../../platform/database/versioned-entity.js';
import type { EntityView, Route } from '../../platform/events/entity-views.js';
import { patientItemRoute, Streams } from '../../platform/events/streams.js';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';

export const REVIEW_TYPES = ['ADMISSION', 'CONTINUED_STAY', 'RETROSPECTIVE'] as const;
export const LEVELS_OF_CARE = [
  'INPATIENT',
  'OBSERVATION',
  'INTENSIVE_CARE',
  'STEP_DOWN',
  'SKILLED_NURSING',
  'INPATIENT_REHAB',
  'LONG_TERM_ACUTE_CARE',
] as const;
/** What a physician advisor concluded on a referred review; PENDING until they have. */
export const ADVISOR_OUTCOMES = [
  'PENDING',
  'SUPPORTS_LEVEL_OF_CARE',
  'RECOMMENDS_OBSERVATION',
  'RECOMMENDS_LOWER_LEVEL',
  'RECOMMENDS_DISCHARGE',
] as const;
/** Why a hospital day was not medically necessary (the usual avoidable-day reason families). */
export const AVOIDABLE_DAY_REASONS = [
  'PHYSICIAN_DELAY',
  'TEST_OR_PROCEDURE_DELAY',
  'PAYER_AUTHORIZATION_DELAY',
  'POST_ACUTE_BED_UNAVAILABLE',
  'HOME_SERVICES_UNAVAILABLE',
  'PATIENT_OR_FAMILY_DECISION',
  'TRANSPORTATION',
  'OTHER',
] as const;

export type ReviewType = (typeof REVIEW_TYPES)[number];
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];
export type AdvisorOutcome = (typeof ADVISOR_OUTCOMES)[number];
export type AvoidableDayReason = (typeof AVOIDABLE_DAY_REASONS)[number];

/** One hospital day judged avoidable, and why. */
export interface AvoidableDay {
  date: string;
  reason: AvoidableDayReason;
  note: string | null;
}

/** A referral of the review to a physician advisor (second-level review). */
export interface AdvisorReferral {
  referredAt: string;
  reason: string;
  outcome: AdvisorOutcome;
  advisorName: string | null;
}

export type PayerItemOptional = VersionedOptional;

/** Fields every payer item (a review, an authorization) has: its patient and the unit it is routed to. */
export abstract class PayerItem extends VersionedEntity {
  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  /** The patient's unit when last written: the payer worklist's live stream. */
  @Property({ type: 'uuid' })
  unitId!: string;
}

/**
 * One utilization review of a stay (encounter) against a licensed criteria set (InterQual, MCG…):
 * only the set's name and the result are stored, never the criteria text. Team only — never shared
 * with family.
 */
@Entity({ tableName: 'utilization_review' })
@Index({ properties: ['patientId', 'reviewDate'] })
@Index({ properties: ['unitId', 'nextReviewDate'] })
export class UtilizationReview extends PayerItem {
  [OptionalProps]?:
    | PayerItemOptional
    | 'notes'
    | 'nextReviewDate'
    | 'nextReviewTaskId'
    | 'advisorReferral'
    | 'avoidableDays';

  /** The admission of the stay (encounter) reviewed. */
  @Property({ type: DateTimeType })
  stayAdmittedAt!: Date;

  @Property({ length: 16 })
  reviewType!: ReviewType;

  @Property({ length: 10 })
  reviewDate!: string;

  /** The criteria set by name and edition, e.g. "InterQual 2026 Acute Adult". */
  @Property({ length: 120 })
  criteriaSet!: string;

  @Property({ length: 24 })
  levelOfCare!: LevelOfCare;

  @Property()
  criteriaMet!: boolean;

  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  nextReviewDate: string | null = null;

  /** The card on the patient's board for the next review (an id; the board module owns cards). */
  @Property({ type: 'uuid', nullable: true })
  nextReviewTaskId: string | null = null;

  @Property({ type: 'json', nullable: true })
  advisorReferral: AdvisorReferral | null = null;

  @Property({ type: 'json' })
  avoidableDays: AvoidableDay[] = [];

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'reviewer_id' })
  reviewerId!: string;
}

export const utilizationReviewView = (r: UtilizationReview) => ({
  id: r.id,
  version: r.version,
  patientId: r.patientId,
  unitId: r.unitId,
  stayAdmittedAt: r.stayAdmittedAt.toISOString(),
  reviewType: r.reviewType,
  reviewDate: r.reviewDate,
  criteriaSet: r.criteriaSet,
  levelOfCare: r.levelOfCare,
  criteriaMet: r.criteriaMet,
  notes: r.notes,
  nextReviewDate: r.nextReviewDate,
  nextReviewTaskId: r.nextReviewTaskId,
  advisorReferral: r.advisorReferral && { ...r.advisorReferral },
  avoidableDays: r.avoidableDays.map((d) => ({ ...d })),
  reviewerId: r.reviewerId,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});
export type UtilizationReviewView = ReturnType<typeof utilizationReviewView>;

/**
 * A payer item's route: the patient's stream (team only) and its unit's stream, which the payer
 * worklist follows to stay live without a subscription per patient.
 */
export function payerItemRoute(item: { patientId: string; unitId: string }, before?: EntityView): Route {
  const route = patientItemRoute({ patientId: item.patientId, visibility: 'TEAM' }, before);
  return { ...route, streams: [...route.streams, Streams.unit(item.unitId)] };
}
