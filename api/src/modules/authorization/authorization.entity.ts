import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import type { CoverageType } from '../patient/patient.entity.js';
import { PayerItem, type PayerItemOptional } from '../utilization-review/utilization-review.entity.js';

export const AUTHORIZED_SERVICES = [
  'INPATIENT_STAY',
  'POST_ACUTE_PLACEMENT',
  'HOME_HEALTH',
  'DURABLE_MEDICAL_EQUIPMENT',
  'THERAPY',
] as const;
export const AUTHORIZATION_UNITS = ['DAYS', 'VISITS', 'ITEMS', 'SESSIONS'] as const;
export const AUTHORIZATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'PENDING',
  'APPROVED',
  'PARTIALLY_APPROVED',
  'DENIED',
  'APPEALED',
  'APPEAL_WON',
  'APPEAL_LOST',
] as const;

export type AuthorizedService = (typeof AUTHORIZED_SERVICES)[number];
export type AuthorizationUnit = (typeof AUTHORIZATION_UNITS)[number];
export type AuthorizationStatus = (typeof AUTHORIZATION_STATUSES)[number];

/**
 * Where an authorization may go from each status. A denial is only overturned through an appeal
 * (DENIED → APPEALED → APPEAL_WON); a partial approval may be appealed for the rest.
 */
export const AUTHORIZATION_TRANSITIONS: Readonly<Record<AuthorizationStatus, readonly AuthorizationStatus[]>> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['PENDING', 'APPROVED', 'PARTIALLY_APPROVED', 'DENIED'],
  PENDING: ['APPROVED', 'PARTIALLY_APPROVED', 'DENIED'],
  APPROVED: [],
  PARTIALLY_APPROVED: ['APPEALED'],
  DENIED: ['APPEALED'],
  APPEALED: ['APPEAL_WON', 'APPEAL_LOST'],
  APPEAL_WON: [],
  APPEAL_LOST: [],
};

/** Statuses still waiting on the payer: the worklist's pending authorizations. */
export const AWAITING_PAYER: readonly AuthorizationStatus[] = ['SUBMITTED', 'PENDING', 'APPEALED'];

/** One step of an authorization's dated history. */
export interface AuthorizationStep {
  status: AuthorizationStatus;
  at: string;
  byId: string;
  note: string | null;
}

/** The peer-to-peer conversation between the attending and the payer's medical director. */
export interface PeerToPeer {
  scheduledAt: string;
  physicianId: string | null;
  payerContact: string | null;
  note: string | null;
}

/**
 * A request to a payer, against one of the patient's coverages, to cover a service: what was asked
 * and what was approved, the payer's reference number, and a status machine with its dated history.
 * A denial carries its reason and an appeal deadline (a card on the patient's board). Team only.
 */
@Entity({ tableName: 'payer_authorization' })
@Index({ properties: ['patientId', 'createdAt'] })
@Index({ properties: ['unitId', 'status'] })
export class Authorization extends PayerItem {
  [OptionalProps]?:
    | PayerItemOptional
    | 'status'
    | 'memberId'
    | 'serviceDetail'
    | 'payerReference'
    | 'approvedUnits'
    | 'approvedFrom'
    | 'approvedTo'
    | 'denialReason'
    | 'appealDeadline'
    | 'appealTaskId'
    | 'peerToPeer'
    | 'submittedAt'
    | 'decidedAt'
    | 'history';

  /** The coverage it is asked of: one of the patient's coverages, copied when created. */
  @Property({ length: 200 })
  payer!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  memberId: string | null = null;

  @Property({ length: 16 })
  coverageType!: CoverageType;

  @Property({ length: 32 })
  service!: AuthorizedService;

  /** E.g. the facility, the equipment or the therapy discipline. */
  @Property({ type: 'string', length: 300, nullable: true })
  serviceDetail: string | null = null;

  @Property({ length: 10 })
  unitOfService!: AuthorizationUnit;

  @Property()
  requestedUnits!: number;

  @Property({ length: 10 })
  requestedFrom!: string;

  @Property({ length: 10 })
  requestedTo!: string;

  @Property({ type: 'integer', nullable: true })
  approvedUnits: number | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  approvedFrom: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  approvedTo: string | null = null;

  /** The payer's reference (authorization or case) number. */
  @Property({ type: 'string', length: 64, nullable: true })
  payerReference: string | null = null;

  @Property({ length: 20 })
  status: AuthorizationStatus = 'DRAFT';

  @Property({ type: DateTimeType, nullable: true })
  submittedAt: Date | null = null;

  /** When the payer first decided (approved, partially approved or denied): the turnaround's end. */
  @Property({ type: DateTimeType, nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'string', length: 1000, nullable: true })
  denialReason: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  appealDeadline: string | null = null;

  /** The card on the patient's board for the appeal deadline (an id; the board module owns cards). */
  @Property({ type: 'uuid', nullable: true })
  appealTaskId: string | null = null;

  @Property({ type: 'json', nullable: true })
  peerToPeer: PeerToPeer | null = null;

  @Property({ type: 'json' })
  history: AuthorizationStep[] = [];

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'created_by_id' })
  createdById!: string;
}

export const authorizationView = (a: Authorization) => ({
  id: a.id,
  version: a.version,
  patientId: a.patientId,
  unitId: a.unitId,
  payer: a.payer,
  memberId: a.memberId,
  coverageType: a.coverageType,
  service: a.service,
  serviceDetail: a.serviceDetail,
  unitOfService: a.unitOfService,
  requestedUnits: a.requestedUnits,
  requestedFrom: a.requestedFrom,
  requestedTo: a.requestedTo,
  approvedUnits: a.approvedUnits,
  approvedFrom: a.approvedFrom,
  approvedTo: a.approvedTo,
  payerReference: a.payerReference,
  status: a.status,
  submittedAt: a.submittedAt?.toISOString() ?? null,
  decidedAt: a.decidedAt?.toISOString() ?? null,
  denialReason: a.denialReason,
  appealDeadline: a.appealDeadline,
  appealTaskId: a.appealTaskId,
  peerToPeer: a.peerToPeer && { ...a.peerToPeer },
  history: a.history.map((h) => ({ ...h })),
  createdById: a.createdById,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});
export type AuthorizationView = ReturnType<typeof authorizationView>;
