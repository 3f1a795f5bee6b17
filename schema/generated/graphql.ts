/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptFamilyInvitationInput = {
  invitationCode: string;
  /** A new account: the password to set. An account that already has one: its current password (or leave it out when signed in as that account); it is never changed here. */
  password?: string | null | undefined;
};

export type AddBoardColumnInput = {
  /** The column it should follow; left out: last. */
  afterId?: string | null | undefined;
  boardId: string;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  completes?: boolean | null | undefined;
  name: string;
  wipLimit?: number | null | undefined;
};

export type AddCareTeamMemberInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  patientId: string;
  role: CareTeamRole;
  userId: string;
};

export type AddChecklistItemInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  text: string;
};

export type AddConferenceAttendeeInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  conferenceId: string;
  kind: AttendeeKind;
  mode: AttendanceMode;
  /** Family: required. Staff: taken from the account. */
  name?: string | null | undefined;
  relationship?: string | null | undefined;
  /** Staff: required. Family: their account, when they have one. */
  userId?: string | null | undefined;
};

export type AddDischargeBarrierInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  description: string;
  dueDate?: string | null | undefined;
  /** The staff member who removes it. */
  ownerId?: string | null | undefined;
  planId: string;
};

export type AddDischargeChecklistItemInput = {
  appointmentAt?: string | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  equipment?: string | null | undefined;
  equipmentStatus?: EquipmentStatus | null | undefined;
  kind: DischargeChecklistKind;
  note?: string | null | undefined;
  planId: string;
  provider?: string | null | undefined;
  vendor?: string | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type AddProgressNoteInput = {
  carePlanId: string;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  goalId?: string | null | undefined;
  text: string;
  visibility?: Visibility | null | undefined;
};

/** A barrier to the patient's discharge, added in rounds (on their discharge plan). */
export type AddRoundsBarrierInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  description: string;
  dueDate?: string | null | undefined;
  /** The agenda item (patient) it is about. */
  itemId: string;
  /** The staff member who removes it. */
  ownerId?: string | null | undefined;
};

export type AddRoundsPatientInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  patientId: string;
  sessionId: string;
  timeBoxSeconds?: number | null | undefined;
};

export type AddTaskCommentInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** People the comment @mentions: each on the patient's team or the unit's staff. */
  mentionIds?: Array<string> | null | undefined;
  taskId: string;
  /** 1–4000 characters. */
  text: string;
};

/** EMERGENT: unplanned (e.g. through the emergency department); ELECTIVE: planned. */
export const AdmissionAcuity = {
  ELECTIVE: 'ELECTIVE',
  EMERGENT: 'EMERGENT'
} as const;

export type AdmissionAcuity = typeof AdmissionAcuity[keyof typeof AdmissionAcuity];
export type AdvisorReferralInput = {
  advisorName?: string | null | undefined;
  /** Left out: PENDING. */
  outcome?: PhysicianAdvisorOutcome | null | undefined;
  /** Why the review goes to a physician advisor. */
  reason: string;
};

export type AnswerFamilyQuestionInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  /** The answer, up to 4000 characters. */
  reply: string;
};

/** Saves answers to a draft screening (the questions given; others stay as they are). */
export type AnswerScreeningInput = {
  answers: Array<ScreeningAnswerInput>;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  interpreterUsed?: boolean | null | undefined;
  language?: ScreeningLanguage | null | undefined;
};

/** Archives a column with no open cards left on it. */
export type ArchiveBoardColumnInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

export type AskCareTeamInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** Who to ask; left out: the lead case manager. */
  discipline?: Discipline | null | undefined;
  patientId: string;
  /** The question, up to 2000 characters. */
  text: string;
};

/** DRAFT is edited; SIGNED never changes. */
export const AssessmentStatus = {
  DRAFT: 'DRAFT',
  SIGNED: 'SIGNED'
} as const;

export type AssessmentStatus = typeof AssessmentStatus[keyof typeof AssessmentStatus];
/** Gives a card to a person and/or a discipline; null clears either. */
export type AssignTaskInput = {
  assigneeId?: string | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  discipline?: Discipline | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

export const AttendanceMode = {
  IN_PERSON: 'IN_PERSON',
  REMOTE: 'REMOTE'
} as const;

export type AttendanceMode = typeof AttendanceMode[keyof typeof AttendanceMode];
/** Staff, or a family member/caregiver. */
export const AttendeeKind = {
  FAMILY: 'FAMILY',
  STAFF: 'STAFF'
} as const;

export type AttendeeKind = typeof AttendeeKind[keyof typeof AttendeeKind];
export const AuditAccess = {
  DENIED: 'DENIED',
  READ: 'READ',
  WRITE: 'WRITE'
} as const;

export type AuditAccess = typeof AuditAccess[keyof typeof AuditAccess];
export type AuditFilterInput = {
  access?: AuditAccess | null | undefined;
  actorId?: string | null | undefined;
  breakGlassOnly?: boolean | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
};

export type AuditPageInput = {
  before?: string | null | undefined;
  first?: number;
};

/** DRAFT → SUBMITTED → PENDING → APPROVED / PARTIALLY_APPROVED / DENIED; DENIED or PARTIALLY_APPROVED → APPEALED → APPEAL_WON / APPEAL_LOST. */
export const AuthorizationStatus = {
  APPEALED: 'APPEALED',
  APPEAL_LOST: 'APPEAL_LOST',
  APPEAL_WON: 'APPEAL_WON',
  APPROVED: 'APPROVED',
  DENIED: 'DENIED',
  DRAFT: 'DRAFT',
  PARTIALLY_APPROVED: 'PARTIALLY_APPROVED',
  PENDING: 'PENDING',
  SUBMITTED: 'SUBMITTED'
} as const;

export type AuthorizationStatus = typeof AuthorizationStatus[keyof typeof AuthorizationStatus];
/** What the units count. */
export const AuthorizationUnit = {
  DAYS: 'DAYS',
  ITEMS: 'ITEMS',
  SESSIONS: 'SESSIONS',
  VISITS: 'VISITS'
} as const;

export type AuthorizationUnit = typeof AuthorizationUnit[keyof typeof AuthorizationUnit];
export const AuthorizedService = {
  DURABLE_MEDICAL_EQUIPMENT: 'DURABLE_MEDICAL_EQUIPMENT',
  HOME_HEALTH: 'HOME_HEALTH',
  INPATIENT_STAY: 'INPATIENT_STAY',
  POST_ACUTE_PLACEMENT: 'POST_ACUTE_PLACEMENT',
  THERAPY: 'THERAPY'
} as const;

export type AuthorizedService = typeof AuthorizedService[keyof typeof AuthorizedService];
export type AvoidableDayInput = {
  date: string;
  note?: string | null | undefined;
  reason: AvoidableDayReason;
};

export const AvoidableDayReason = {
  HOME_SERVICES_UNAVAILABLE: 'HOME_SERVICES_UNAVAILABLE',
  OTHER: 'OTHER',
  PATIENT_OR_FAMILY_DECISION: 'PATIENT_OR_FAMILY_DECISION',
  PAYER_AUTHORIZATION_DELAY: 'PAYER_AUTHORIZATION_DELAY',
  PHYSICIAN_DELAY: 'PHYSICIAN_DELAY',
  POST_ACUTE_BED_UNAVAILABLE: 'POST_ACUTE_BED_UNAVAILABLE',
  TEST_OR_PROCEDURE_DELAY: 'TEST_OR_PROCEDURE_DELAY',
  TRANSPORTATION: 'TRANSPORTATION'
} as const;

export type AvoidableDayReason = typeof AvoidableDayReason[keyof typeof AvoidableDayReason];
/** Gives cards to one person and/or discipline: all of them or none. */
export type BulkAssignTasksInput = {
  assigneeId?: string | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  discipline?: Discipline | null | undefined;
  /** 1–100 cards, each with its expectedVersion. */
  tasks: Array<TaskRefInput>;
};

/** Moves cards, in the order given, to the end of one column: all of them or none. */
export type BulkMoveTasksInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  columnId: string;
  /** 1–100 cards, each with its expectedVersion. */
  tasks: Array<TaskRefInput>;
};

export const CarePlanStatus = {
  ACTIVE: 'ACTIVE',
  COMPLETED: 'COMPLETED',
  DRAFT: 'DRAFT'
} as const;

export type CarePlanStatus = typeof CarePlanStatus[keyof typeof CarePlanStatus];
/** A staff member's role on one patient's team. */
export const CareTeamRole = {
  ATTENDING: 'ATTENDING',
  CONSULTING: 'CONSULTING',
  DIETITIAN: 'DIETITIAN',
  LEAD_CASE_MANAGER: 'LEAD_CASE_MANAGER',
  NURSE: 'NURSE',
  OTHER: 'OTHER',
  PHARMACIST: 'PHARMACIST',
  PRIMARY_NURSE: 'PRIMARY_NURSE',
  SOCIAL_WORKER: 'SOCIAL_WORKER',
  THERAPIST: 'THERAPIST'
} as const;

export type CareTeamRole = typeof CareTeamRole[keyof typeof CareTeamRole];
export const CaregiverAvailability = {
  AVAILABLE: 'AVAILABLE',
  NONE: 'NONE',
  PART_TIME: 'PART_TIME'
} as const;

export type CaregiverAvailability = typeof CaregiverAvailability[keyof typeof CaregiverAvailability];
/** Moves an authorization along its status machine; a step it does not allow is refused. */
export type ChangeAuthorizationStatusInput = {
  /** DENIED: required; PARTIALLY_APPROVED: optional. Puts a card on the patient's board, due that morning. */
  appealDeadline?: string | null | undefined;
  /** Left out: the requested dates. */
  approvedFrom?: string | null | undefined;
  approvedTo?: string | null | undefined;
  /** APPROVED / APPEAL_WON: left out, the requested units; PARTIALLY_APPROVED: required, fewer than requested. */
  approvedUnits?: number | null | undefined;
  /** DENIED: required. */
  denialReason?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  /** On the history step. */
  note?: string | null | undefined;
  payerReference?: string | null | undefined;
  status: AuthorizationStatus;
};

export const ChangeKind = {
  CREATED: 'CREATED',
  DELETED: 'DELETED',
  MOVED: 'MOVED',
  UPDATED: 'UPDATED'
} as const;

export type ChangeKind = typeof ChangeKind[keyof typeof ChangeKind];
/** Moves a referral one step along its loop, with a note and when to follow up next. */
export type ChangeReferralStatusInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** When to follow up; left out, a week after sending or two weeks after acceptance. */
  followUpDueAt?: string | null | undefined;
  id: string;
  note?: string | null | undefined;
  status: ReferralStatus;
};

/** Per Quan et al. 2005 (ICD-10). */
export const CharlsonCategory = {
  AIDS_HIV: 'AIDS_HIV',
  CEREBROVASCULAR_DISEASE: 'CEREBROVASCULAR_DISEASE',
  CHRONIC_PULMONARY_DISEASE: 'CHRONIC_PULMONARY_DISEASE',
  CONGESTIVE_HEART_FAILURE: 'CONGESTIVE_HEART_FAILURE',
  DEMENTIA: 'DEMENTIA',
  DIABETES_WITHOUT_COMPLICATIONS: 'DIABETES_WITHOUT_COMPLICATIONS',
  DIABETES_WITH_COMPLICATIONS: 'DIABETES_WITH_COMPLICATIONS',
  HEMIPLEGIA_OR_PARAPLEGIA: 'HEMIPLEGIA_OR_PARAPLEGIA',
  MALIGNANCY: 'MALIGNANCY',
  METASTATIC_SOLID_TUMOR: 'METASTATIC_SOLID_TUMOR',
  MILD_LIVER_DISEASE: 'MILD_LIVER_DISEASE',
  MODERATE_OR_SEVERE_LIVER_DISEASE: 'MODERATE_OR_SEVERE_LIVER_DISEASE',
  MYOCARDIAL_INFARCTION: 'MYOCARDIAL_INFARCTION',
  PEPTIC_ULCER_DISEASE: 'PEPTIC_ULCER_DISEASE',
  PERIPHERAL_VASCULAR_DISEASE: 'PERIPHERAL_VASCULAR_DISEASE',
  RENAL_DISEASE: 'RENAL_DISEASE',
  RHEUMATIC_DISEASE: 'RHEUMATIC_DISEASE'
} as const;

export type CharlsonCategory = typeof CharlsonCategory[keyof typeof CharlsonCategory];
export type ClinicalInput = {
  cognition?: Cognition | null | undefined;
  fallsInPastYear?: boolean | null | undefined;
  medicationCount?: number | null | undefined;
  narrative?: string | null | undefined;
  painConcern?: boolean | null | undefined;
};

export const Cognition = {
  INTACT: 'INTACT',
  MILD_IMPAIRMENT: 'MILD_IMPAIRMENT',
  SEVERE_IMPAIRMENT: 'SEVERE_IMPAIRMENT'
} as const;

export type Cognition = typeof Cognition[keyof typeof Cognition];
/** Search the directory: words (each a prefix, all required) and/or one category. */
export type CommunityResourceSearchInput = {
  category?: ResourceCategory | null | undefined;
  text?: string | null | undefined;
};

export type CompleteScreeningInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

export type ConditionInput = {
  code?: string | null | undefined;
  codeSystem?: string | null | undefined;
  description: string;
  onsetDate?: string | null | undefined;
  status?: ConditionStatus;
};

export const ConditionStatus = {
  ACTIVE: 'ACTIVE',
  RESOLVED: 'RESOLVED'
} as const;

export type ConditionStatus = typeof ConditionStatus[keyof typeof ConditionStatus];
export const ConferenceStatus = {
  CANCELLED: 'CANCELLED',
  HELD: 'HELD',
  IN_PROGRESS: 'IN_PROGRESS',
  SCHEDULED: 'SCHEDULED'
} as const;

export type ConferenceStatus = typeof ConferenceStatus[keyof typeof ConferenceStatus];
export type ConsentInput = {
  /** Must be true: the patient (or their representative) agreed to share. */
  given: boolean;
  /** What may be shared, e.g. "care plan updates and conference summaries". */
  scope: string;
  /** What may be shared, as the sharing rules read it; left out: plain-language updates only. */
  shares?: Array<FamilyShareScope> | null | undefined;
  source: ConsentSource;
};

/** Who gave consent to share. */
export const ConsentSource = {
  LEGAL_REPRESENTATIVE: 'LEGAL_REPRESENTATIVE',
  PATIENT: 'PATIENT'
} as const;

export type ConsentSource = typeof ConsentSource[keyof typeof ConsentSource];
export type CoverageInput = {
  memberId?: string | null | undefined;
  payer: string;
  plan?: string | null | undefined;
  primary?: boolean;
  type: CoverageType;
};

export const CoverageType = {
  COMMERCIAL: 'COMMERCIAL',
  MEDICAID: 'MEDICAID',
  MEDICARE: 'MEDICARE',
  OTHER: 'OTHER',
  SELF_PAY: 'SELF_PAY'
} as const;

export type CoverageType = typeof CoverageType[keyof typeof CoverageType];
export type CreateAuthorizationInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** The coverage’s member id, when the patient has it recorded. */
  memberId?: string | null | undefined;
  patientId: string;
  /** One of the patient's coverages, by payer name. */
  payer: string;
  payerReference?: string | null | undefined;
  requestedFrom: string;
  requestedTo: string;
  requestedUnits: number;
  service: AuthorizedService;
  serviceDetail?: string | null | undefined;
  unitOfService: AuthorizationUnit;
};

export type CreateCarePlanInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  patientId: string;
  periodEnd?: string | null | undefined;
  periodStart: string;
};

export type CreateCommunityResourceInput = {
  address?: string | null | undefined;
  categories: Array<ResourceCategory>;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  eligibility?: string | null | undefined;
  email?: string | null | undefined;
  hours?: string | null | undefined;
  languages?: Array<string> | null | undefined;
  name: string;
  phone?: string | null | undefined;
  serviceArea?: string | null | undefined;
  website?: string | null | undefined;
};

export type CreateConferenceFollowUpInput = {
  assigneeId?: string | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  conferenceId: string;
  /** When it is due, as the task board reads it: "2026-11-25T14:00" on the unit's clock, or an instant with an offset. */
  dueAt?: string | null | undefined;
  /** What is to be done; it becomes the task title. */
  title: string;
};

export type CreateDischargePlanInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  disposition?: PlannedDisposition | null | undefined;
  expectedDate?: string | null | undefined;
  patientId: string;
};

export type CreateGoalInput = {
  carePlanId: string;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  description: string;
  problemId: string;
  targetDate?: string | null | undefined;
  targetValue?: string | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type CreateInterventionInput = {
  action: string;
  carePlanId: string;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  frequency?: string | null | undefined;
  goalId: string;
  ownerDiscipline: Discipline;
  ownerId?: string | null | undefined;
  /** Null clears it (no recurring cards). */
  schedule?: InterventionScheduleInput | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type CreatePatientInput = {
  /** How this stay began. */
  admissionAcuity?: AdmissionAcuity | null | undefined;
  admittedAt: string;
  admittingDiagnosis?: string | null | undefined;
  allergies?: string | null | undefined;
  /** The attending physician (a staff user). */
  attendingId?: string | null | undefined;
  bed?: string | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** Replaces the whole problem list. */
  conditions?: Array<ConditionInput> | null | undefined;
  /** Replaces all coverage. */
  coverages?: Array<CoverageInput> | null | undefined;
  dateOfBirth: string;
  /** Replaces all emergency contacts. */
  emergencyContacts?: Array<EmergencyContactInput> | null | undefined;
  expectedDischargeDate?: string | null | undefined;
  interpreterNeeded?: boolean | null | undefined;
  mrn: string;
  name: string;
  primaryLanguage?: string | null | undefined;
  unitId: string;
};

export type CreateProblemInput = {
  carePlanId: string;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  discipline: Discipline;
  onsetDate?: string | null | undefined;
  priority?: Priority | null | undefined;
  statement: string;
  visibility?: Visibility | null | undefined;
};

export type CreateReferralInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** The patient’s social need being referred. */
  needId: string;
  note?: string | null | undefined;
  /** A resource offering the need’s category. */
  resourceId: string;
  /** Send it at once (SENT) instead of keeping a DRAFT. */
  send?: boolean | null | undefined;
};

export type CreateRoundsActionItemInput = {
  assigneeId?: string | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** When it is due, as the task board reads it: "2026-11-25T14:00" on the unit's clock, or an instant with an offset. */
  dueAt?: string | null | undefined;
  itemId: string;
  /** What is to be done; it becomes the task title. */
  title: string;
};

export type CreateRoundsSessionInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** The unit's calendar day. */
  date: string;
  /** Left out: the caller facilitates. */
  facilitatorId?: string | null | undefined;
  /** Seconds per patient (default 180). */
  timeBoxSeconds?: number | null | undefined;
  unitId: string;
};

export type CreateStaffUserInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** Null for administrators without a clinical discipline. */
  discipline?: Discipline | null | undefined;
  email: string;
  name: string;
  /** An initial password the person changes later. */
  password: string;
  role: Role;
};

/** A new card: on `boardId`, or on the patient board of `patientId` when no board is given. */
export type CreateTaskInput = {
  /** The card it should follow; left out: the end of the column. */
  afterId?: string | null | undefined;
  /** A person on the patient's team or the unit's staff. */
  assigneeId?: string | null | undefined;
  boardId?: string | null | undefined;
  /** Checklist items to start with. */
  checklist?: Array<string> | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** Left out: the first column. */
  columnId?: string | null | undefined;
  description?: string | null | undefined;
  discipline?: Discipline | null | undefined;
  /** ISO 8601 date and time. Without an offset ("2026-11-25T14:00") it is read on the clock of the board's unit; with one ("…Z", "…-05:00") it is that instant. Null clears it. */
  dueAt?: string | null | undefined;
  goalId?: string | null | undefined;
  interventionId?: string | null | undefined;
  /** At most 10, each 1–40. */
  labels?: Array<string> | null | undefined;
  /** Required on a patient board; optional on a unit board. */
  patientId?: string | null | undefined;
  priority?: Priority | null | undefined;
  /** 1–200 characters. */
  title: string;
  visibility?: Visibility | null | undefined;
};

export const DischargeBarrierStatus = {
  OPEN: 'OPEN',
  RESOLVED: 'RESOLVED'
} as const;

export type DischargeBarrierStatus = typeof DischargeBarrierStatus[keyof typeof DischargeBarrierStatus];
export const DischargeChecklistKind = {
  COMMUNITY_SUPPORTS: 'COMMUNITY_SUPPORTS',
  DURABLE_MEDICAL_EQUIPMENT: 'DURABLE_MEDICAL_EQUIPMENT',
  FOLLOW_UP_APPOINTMENT: 'FOLLOW_UP_APPOINTMENT',
  HOME_HEALTH_REFERRAL: 'HOME_HEALTH_REFERRAL',
  MEDICATION_RECONCILIATION: 'MEDICATION_RECONCILIATION',
  PATIENT_FAMILY_EDUCATION: 'PATIENT_FAMILY_EDUCATION',
  TRANSPORTATION: 'TRANSPORTATION'
} as const;

export type DischargeChecklistKind = typeof DischargeChecklistKind[keyof typeof DischargeChecklistKind];
/** NOT_NEEDED items do not count. */
export const DischargeChecklistStatus = {
  DONE: 'DONE',
  NOT_NEEDED: 'NOT_NEEDED',
  OPEN: 'OPEN'
} as const;

export type DischargeChecklistStatus = typeof DischargeChecklistStatus[keyof typeof DischargeChecklistStatus];
export type DischargePatientInput = {
  dischargedAt: string;
  disposition: Disposition;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

/** RN, LPN, SW (social work), MD, PT, OT, SLP, PHARM, RD (dietitian), CM (case management). */
export const Discipline = {
  CM: 'CM',
  LPN: 'LPN',
  MD: 'MD',
  OT: 'OT',
  PHARM: 'PHARM',
  PT: 'PT',
  RD: 'RD',
  RN: 'RN',
  SLP: 'SLP',
  SW: 'SW'
} as const;

export type Discipline = typeof Discipline[keyof typeof Discipline];
/** Where the patient goes at discharge. */
export const Disposition = {
  EXPIRED: 'EXPIRED',
  HOME: 'HOME',
  HOME_WITH_HOME_HEALTH: 'HOME_WITH_HOME_HEALTH',
  HOSPICE: 'HOSPICE',
  INPATIENT_REHAB: 'INPATIENT_REHAB',
  LEFT_AGAINST_MEDICAL_ADVICE: 'LEFT_AGAINST_MEDICAL_ADVICE',
  LONG_TERM_ACUTE_CARE: 'LONG_TERM_ACUTE_CARE',
  OTHER: 'OTHER',
  SKILLED_NURSING_FACILITY: 'SKILLED_NURSING_FACILITY',
  TRANSFERRED: 'TRANSFERRED'
} as const;

export type Disposition = typeof Disposition[keyof typeof Disposition];
export type EmergencyContactInput = {
  isLegalRepresentative?: boolean;
  name: string;
  phone: string;
  relationship: string;
};

export type EmergencyVisitInput = {
  date: string;
  facility?: string | null | undefined;
  ledToAdmission?: boolean;
};

export type EnvironmentalInput = {
  caregiver?: CaregiverAvailability | null | undefined;
  functionalStatus?: FunctionalStatus | null | undefined;
  homeAccessBarriers?: boolean | null | undefined;
  livingArrangement?: LivingArrangement | null | undefined;
  narrative?: string | null | undefined;
};

export const EquipmentStatus = {
  DELIVERED: 'DELIVERED',
  NEEDED: 'NEEDED',
  ORDERED: 'ORDERED'
} as const;

export type EquipmentStatus = typeof EquipmentStatus[keyof typeof EquipmentStatus];
export const FamilyLinkStatus = {
  ACTIVE: 'ACTIVE',
  INVITED: 'INVITED',
  REVOKED: 'REVOKED'
} as const;

export type FamilyLinkStatus = typeof FamilyLinkStatus[keyof typeof FamilyLinkStatus];
export const FamilyQuestionStatus = {
  ANSWERED: 'ANSWERED',
  OPEN: 'OPEN'
} as const;

export type FamilyQuestionStatus = typeof FamilyQuestionStatus[keyof typeof FamilyQuestionStatus];
/** What the consent lets the team share with a family member. */
export const FamilyShareScope = {
  CARE_PLAN: 'CARE_PLAN',
  CONFERENCES: 'CONFERENCES',
  CONTACTS: 'CONTACTS',
  DISCHARGE: 'DISCHARGE',
  EDUCATION: 'EDUCATION',
  UPDATES: 'UPDATES'
} as const;

export type FamilyShareScope = typeof FamilyShareScope[keyof typeof FamilyShareScope];
/** An item the team can share with family. */
export const FamilyShareable = {
  CareTeamMember: 'CareTeamMember',
  FamilyUpdate: 'FamilyUpdate',
  Goal: 'Goal',
  Intervention: 'Intervention'
} as const;

export type FamilyShareable = typeof FamilyShareable[keyof typeof FamilyShareable];
export type FinancialInput = {
  coverageAdequate?: boolean | null | undefined;
  incomeConcern?: boolean | null | undefined;
  medicationCostConcern?: boolean | null | undefined;
  narrative?: string | null | undefined;
};

export const FunctionalStatus = {
  DEPENDENT: 'DEPENDENT',
  INDEPENDENT: 'INDEPENDENT',
  NEEDS_ASSISTANCE: 'NEEDS_ASSISTANCE'
} as const;

export type FunctionalStatus = typeof FunctionalStatus[keyof typeof FunctionalStatus];
export const GoalStatus = {
  ACHIEVED: 'ACHIEVED',
  ACTIVE: 'ACTIVE',
  CANCELLED: 'CANCELLED',
  NOT_ACHIEVED: 'NOT_ACHIEVED',
  PROPOSED: 'PROPOSED'
} as const;

export type GoalStatus = typeof GoalStatus[keyof typeof GoalStatus];
export type InterventionScheduleInput = {
  /** DAILY: HH:mm on the unit clock (required). */
  at?: string | null | undefined;
  /** EVERY_N_HOURS: 1–24 (required). */
  everyHours?: number | null | undefined;
  kind: ScheduleKind;
};

export const InterventionStatus = {
  CANCELLED: 'CANCELLED',
  DONE: 'DONE',
  IN_PROGRESS: 'IN_PROGRESS',
  PLANNED: 'PLANNED'
} as const;

export type InterventionStatus = typeof InterventionStatus[keyof typeof InterventionStatus];
export const LaceLetter = {
  A: 'A',
  C: 'C',
  E: 'E',
  L: 'L'
} as const;

export type LaceLetter = typeof LaceLetter[keyof typeof LaceLetter];
export const Learner = {
  CAREGIVER: 'CAREGIVER',
  FAMILY_MEMBER: 'FAMILY_MEMBER',
  PATIENT: 'PATIENT'
} as const;

export type Learner = typeof Learner[keyof typeof Learner];
export const LevelOfCare = {
  INPATIENT: 'INPATIENT',
  INPATIENT_REHAB: 'INPATIENT_REHAB',
  INTENSIVE_CARE: 'INTENSIVE_CARE',
  LONG_TERM_ACUTE_CARE: 'LONG_TERM_ACUTE_CARE',
  OBSERVATION: 'OBSERVATION',
  SKILLED_NURSING: 'SKILLED_NURSING',
  STEP_DOWN: 'STEP_DOWN'
} as const;

export type LevelOfCare = typeof LevelOfCare[keyof typeof LevelOfCare];
export type LinkFamilyMemberInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  consent: ConsentInput;
  email: string;
  name: string;
  patientId: string;
  relationship: string;
};

export const LivingArrangement = {
  ALONE: 'ALONE',
  FACILITY: 'FACILITY',
  NO_STEADY_HOUSING: 'NO_STEADY_HOUSING',
  WITH_FAMILY: 'WITH_FAMILY',
  WITH_OTHERS: 'WITH_OTHERS'
} as const;

export type LivingArrangement = typeof LivingArrangement[keyof typeof LivingArrangement];
export type MarkRoundsPatientDiscussedInput = {
  /** False takes the mark back. */
  discussed: boolean;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

export type MoveBoardColumnInput = {
  /** The column it should follow; null for first. */
  afterId?: string | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

/** Places an item between two siblings (either may be omitted for the ends). */
export type MovePlanItemInput = {
  /** The sibling it should come after; null for first. */
  afterId?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

export type MoveRoundsPatientInput = {
  /** The agenda item to follow; null moves it first. */
  afterId?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

export type MoveRoundsPointerInput = {
  /** With ITEM: the agenda item to discuss now. */
  itemId?: string | null | undefined;
  sessionId: string;
  to: PointerMove;
};

/** Moves a card to a column of its board, right after `afterId` (first when null). */
export type MoveTaskInput = {
  /** The card it should follow in that column; null for first. */
  afterId?: string | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  columnId: string;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

/** IDENTIFIED, then ADDRESSED, or DECLINED by the patient. */
export const NeedStatus = {
  ADDRESSED: 'ADDRESSED',
  DECLINED: 'DECLINED',
  IDENTIFIED: 'IDENTIFIED'
} as const;

export type NeedStatus = typeof NeedStatus[keyof typeof NeedStatus];
/** One figure of the outcomes dashboard. */
export const OutcomeFigure = {
  AUTHORIZATIONS: 'AUTHORIZATIONS',
  AVOIDABLE_DAYS: 'AVOIDABLE_DAYS',
  CASELOAD: 'CASELOAD',
  GOALS: 'GOALS',
  LACE_BANDS: 'LACE_BANDS',
  LENGTH_OF_STAY: 'LENGTH_OF_STAY',
  OVERDUE_TASKS: 'OVERDUE_TASKS',
  READMISSIONS: 'READMISSIONS',
  REFERRALS: 'REFERRALS'
} as const;

export type OutcomeFigure = typeof OutcomeFigure[keyof typeof OutcomeFigure];
export type OutcomesInput = {
  /** Start of the range (inclusive). */
  from: string;
  /** End of the range (exclusive); after `from`. */
  to: string;
  unitId: string;
};

export type PatientFilterInput = {
  /** Matches name, MRN or bed. */
  search?: string | null | undefined;
  /** Defaults to ADMITTED. */
  status?: PatientStatus | null | undefined;
  unitId?: string | null | undefined;
};

export const PatientStatus = {
  ADMITTED: 'ADMITTED',
  DISCHARGED: 'DISCHARGED'
} as const;

export type PatientStatus = typeof PatientStatus[keyof typeof PatientStatus];
/** NEXT_REVIEW: the latest review's next review date; APPEAL_DEADLINE: a denial (or partial approval) not yet appealed; PENDING_AUTHORIZATION: waiting on the payer, due by the service's start; PEER_TO_PEER: a scheduled call. */
export const PayerWorkKind = {
  APPEAL_DEADLINE: 'APPEAL_DEADLINE',
  NEXT_REVIEW: 'NEXT_REVIEW',
  PEER_TO_PEER: 'PEER_TO_PEER',
  PENDING_AUTHORIZATION: 'PENDING_AUTHORIZATION'
} as const;

export type PayerWorkKind = typeof PayerWorkKind[keyof typeof PayerWorkKind];
export const PayerWorklistSort = {
  DUE_DATE: 'DUE_DATE',
  KIND: 'KIND',
  PATIENT: 'PATIENT'
} as const;

export type PayerWorklistSort = typeof PayerWorklistSort[keyof typeof PayerWorklistSort];
export const PhysicianAdvisorOutcome = {
  PENDING: 'PENDING',
  RECOMMENDS_DISCHARGE: 'RECOMMENDS_DISCHARGE',
  RECOMMENDS_LOWER_LEVEL: 'RECOMMENDS_LOWER_LEVEL',
  RECOMMENDS_OBSERVATION: 'RECOMMENDS_OBSERVATION',
  SUPPORTS_LEVEL_OF_CARE: 'SUPPORTS_LEVEL_OF_CARE'
} as const;

export type PhysicianAdvisorOutcome = typeof PhysicianAdvisorOutcome[keyof typeof PhysicianAdvisorOutcome];
export const PlannedDisposition = {
  HOME: 'HOME',
  HOME_WITH_HOME_HEALTH: 'HOME_WITH_HOME_HEALTH',
  HOSPICE: 'HOSPICE',
  INPATIENT_REHAB: 'INPATIENT_REHAB',
  LONG_TERM_ACUTE_CARE: 'LONG_TERM_ACUTE_CARE',
  OTHER: 'OTHER',
  SKILLED_NURSING_FACILITY: 'SKILLED_NURSING_FACILITY'
} as const;

export type PlannedDisposition = typeof PlannedDisposition[keyof typeof PlannedDisposition];
/** Where the "now discussing" pointer goes. */
export const PointerMove = {
  ITEM: 'ITEM',
  NEXT: 'NEXT',
  PREVIOUS: 'PREVIOUS'
} as const;

export type PointerMove = typeof PointerMove[keyof typeof PointerMove];
/** What a portal entry shows. */
export const PortalItemKind = {
  CONFERENCE_SUMMARY: 'CONFERENCE_SUMMARY',
  CONTACT: 'CONTACT',
  DISCHARGE_DATE: 'DISCHARGE_DATE',
  DISCHARGE_PLAN: 'DISCHARGE_PLAN',
  EDUCATION: 'EDUCATION',
  GOAL: 'GOAL',
  INTERVENTION: 'INTERVENTION',
  QUESTION: 'QUESTION',
  UPDATE: 'UPDATE'
} as const;

export type PortalItemKind = typeof PortalItemKind[keyof typeof PortalItemKind];
export const Priority = {
  HIGH: 'HIGH',
  LOW: 'LOW',
  MEDIUM: 'MEDIUM'
} as const;

export type Priority = typeof Priority[keyof typeof Priority];
export const ProblemStatus = {
  ACTIVE: 'ACTIVE',
  CANCELLED: 'CANCELLED',
  RESOLVED: 'RESOLVED'
} as const;

export type ProblemStatus = typeof ProblemStatus[keyof typeof ProblemStatus];
export type PsychosocialInput = {
  moodConcern?: boolean | null | undefined;
  narrative?: string | null | undefined;
  substanceUseConcern?: boolean | null | undefined;
  supportSystem?: SupportSystem | null | undefined;
};

export type PublishConferenceSummaryInput = {
  conferenceId: string;
  /** In plain words for the family. */
  text: string;
};

/** Starts a new encounter for a discharged patient. */
export type ReadmitPatientInput = {
  admittedAt: string;
  admittingDiagnosis?: string | null | undefined;
  bed?: string | null | undefined;
  expectedDischargeDate?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  unitId: string;
};

export type RecordConferenceDecisionInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  conferenceId: string;
  text: string;
};

export type RecordEducationInput = {
  /** A PATIENT_FAMILY_EDUCATION item of this patient’s plan. */
  checklistItemId?: string | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  followUpNeeded: boolean;
  learnerName?: string | null | undefined;
  method: TeachingMethod;
  patientId: string;
  taughtTo: Learner;
  teachBack: TeachBackResult;
  topic: string;
};

/** Records the reviewed ED history (replacing the list); the review makes E computable. */
export type RecordEmergencyVisitsInput = {
  /** The history’s version the review was based on; null for the first review of this patient. */
  expectedVersion?: number | null | undefined;
  patientId: string;
  visits: Array<EmergencyVisitInput>;
};

export type RecordRoundsDecisionInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  itemId: string;
  text: string;
};

export type RecordUtilizationReviewInput = {
  /** Null withdraws a referral. */
  advisorReferral?: AdvisorReferralInput | null | undefined;
  /** Replaces the list; one entry per date. */
  avoidableDays?: Array<AvoidableDayInput> | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  criteriaMet: boolean;
  criteriaSet: string;
  levelOfCare: LevelOfCare;
  /** After the review date. A new date puts a card for it on the patient's board, due that morning; null clears the date (a card made stays). */
  nextReviewDate?: string | null | undefined;
  notes?: string | null | undefined;
  patientId: string;
  /** Left out: today on the unit's clock. */
  reviewDate?: string | null | undefined;
  reviewType: UtilizationReviewType;
};

/** DRAFT → SENT → ACCEPTED → COMPLETED, or DECLINED (after SENT or ACCEPTED), or NO_RESPONSE (after SENT, may be sent again). */
export const ReferralStatus = {
  ACCEPTED: 'ACCEPTED',
  COMPLETED: 'COMPLETED',
  DECLINED: 'DECLINED',
  DRAFT: 'DRAFT',
  NO_RESPONSE: 'NO_RESPONSE',
  SENT: 'SENT'
} as const;

export type ReferralStatus = typeof ReferralStatus[keyof typeof ReferralStatus];
export type RemoveCareTeamMemberInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

export type RemoveChecklistItemInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  itemId: string;
};

export type RemoveConferenceAttendeeInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

/** What a community resource offers. */
export const ResourceCategory = {
  CAREGIVER_SUPPORT: 'CAREGIVER_SUPPORT',
  FOOD: 'FOOD',
  HOUSING: 'HOUSING',
  INTERPERSONAL_SAFETY: 'INTERPERSONAL_SAFETY',
  MENTAL_HEALTH: 'MENTAL_HEALTH',
  TRANSPORTATION: 'TRANSPORTATION',
  UTILITIES: 'UTILITIES'
} as const;

export type ResourceCategory = typeof ResourceCategory[keyof typeof ResourceCategory];
export type RevokeFamilyLinkInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

/** LACE 0–4 LOW, 5–9 MODERATE, 10 and above HIGH. */
export const RiskLevel = {
  HIGH: 'HIGH',
  LOW: 'LOW',
  MODERATE: 'MODERATE'
} as const;

export type RiskLevel = typeof RiskLevel[keyof typeof RiskLevel];
export const Role = {
  ADMIN: 'ADMIN',
  LEAD: 'LEAD',
  MEMBER: 'MEMBER'
} as const;

export type Role = typeof Role[keyof typeof Role];
export type RoundsSessionTransitionInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

/** PLANNED → IN_PROGRESS → FINISHED. */
export const RoundsStatus = {
  FINISHED: 'FINISHED',
  IN_PROGRESS: 'IN_PROGRESS',
  PLANNED: 'PLANNED'
} as const;

export type RoundsStatus = typeof RoundsStatus[keyof typeof RoundsStatus];
export type SaveRoundsUpdateInput = {
  concerns?: string | null | undefined;
  /** The version of the caller's discipline's update it was based on; null when there was none yet. */
  expectedVersion?: number | null | undefined;
  itemId: string;
  planForToday?: string | null | undefined;
  statusSinceLast?: string | null | undefined;
};

export type ScheduleAuthorizationPeerToPeerInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  note?: string | null | undefined;
  payerContact?: string | null | undefined;
  physicianId?: string | null | undefined;
  scheduledAt: string;
};

export type ScheduleCareConferenceInput = {
  agenda?: Array<string> | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  location?: string | null | undefined;
  patientId: string;
  scheduledAt: string;
  title: string;
};

/** DAILY at a time, EACH_SHIFT (07:00 and 19:00), or EVERY_N_HOURS from midnight, on the unit clock. */
export const ScheduleKind = {
  DAILY: 'DAILY',
  EACH_SHIFT: 'EACH_SHIFT',
  EVERY_N_HOURS: 'EVERY_N_HOURS'
} as const;

export type ScheduleKind = typeof ScheduleKind[keyof typeof ScheduleKind];
export type ScreeningAnswerInput = {
  /** The question id (e.g. FOOD_WORRY). */
  question: string;
  /** The chosen option values; empty clears the answer. */
  values: Array<string>;
};

/** Languages the AHC HRSN screening tool is offered in. */
export const ScreeningLanguage = {
  ENGLISH: 'ENGLISH',
  SPANISH: 'SPANISH'
} as const;

export type ScreeningLanguage = typeof ScreeningLanguage[keyof typeof ScreeningLanguage];
export const ScreeningStatus = {
  COMPLETED: 'COMPLETED',
  DRAFT: 'DRAFT'
} as const;

export type ScreeningStatus = typeof ScreeningStatus[keyof typeof ScreeningStatus];
export type SetFamilySharingInput = {
  entityType: FamilyShareable;
  /** The version the choice was based on; a stale one is CONFLICT. */
  expectedVersion?: number | null | undefined;
  id: string;
  /** True to share with family, false to take it back. */
  shared: boolean;
};

export type SetUserActiveInput = {
  active: boolean;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  userId: string;
};

export type SignAssessmentInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

export type SignOffCarePlanInput = {
  carePlanId: string;
};

/** The AHC HRSN core domains. */
export const SocialNeedDomain = {
  FOOD: 'FOOD',
  LIVING_SITUATION: 'LIVING_SITUATION',
  SAFETY: 'SAFETY',
  TRANSPORTATION: 'TRANSPORTATION',
  UTILITIES: 'UTILITIES'
} as const;

export type SocialNeedDomain = typeof SocialNeedDomain[keyof typeof SocialNeedDomain];
export type StaffFilterInput = {
  discipline?: Discipline | null | undefined;
  /** Matches name or email. */
  search?: string | null | undefined;
};

/** Starts a draft; a reassessment starts from the last signed assessment’s answers. */
export type StartAssessmentInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  patientId: string;
};

export type StartScreeningInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  interpreterUsed?: boolean;
  /** The language the tool is offered in. */
  language: ScreeningLanguage;
  patientId: string;
};

export const SupportSystem = {
  LIMITED: 'LIMITED',
  NONE: 'NONE',
  STRONG: 'STRONG'
} as const;

export type SupportSystem = typeof SupportSystem[keyof typeof SupportSystem];
/** UNIT: the unit's board; PATIENT: one patient's. */
export const TaskBoardKind = {
  PATIENT: 'PATIENT',
  UNIT: 'UNIT'
} as const;

export type TaskBoardKind = typeof TaskBoardKind[keyof typeof TaskBoardKind];
/** An item of another module (a social need, a discharge checklist item) made a card on its patient's board. */
export type TaskForItemInput = {
  /** A person on the patient's team or the unit's staff. */
  assigneeId?: string | null | undefined;
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  discipline?: Discipline | null | undefined;
  /** ISO 8601 date and time. Without an offset ("2026-11-25T14:00") it is read on the clock of the board's unit; with one ("…Z", "…-05:00") it is that instant. Null clears it. */
  dueAt?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  /** 1–200 characters; left out: named after the item. */
  title?: string | null | undefined;
};

/** One card of a bulk change, with the version the change was based on. */
export type TaskRefInput = {
  expectedVersion: number;
  id: string;
};

/** A card and the version the change was based on (complete, reopen, archive). */
export type TaskVersionInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

export const TeachBackResult = {
  MET: 'MET',
  NOT_MET: 'NOT_MET',
  PARTIALLY_MET: 'PARTIALLY_MET'
} as const;

export type TeachBackResult = typeof TeachBackResult[keyof typeof TeachBackResult];
export const TeachingMethod = {
  DEMONSTRATION: 'DEMONSTRATION',
  VERBAL: 'VERBAL',
  VIDEO: 'VIDEO',
  WRITTEN: 'WRITTEN'
} as const;

export type TeachingMethod = typeof TeachingMethod[keyof typeof TeachingMethod];
export type ToggleChecklistItemInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  done: boolean;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  itemId: string;
};

export type UnitMemberInput = {
  unitId: string;
  userId: string;
};

/** Edits a draft: fields given replace the draft’s, null clears one, others stay. */
export type UpdateAssessmentInput = {
  clinical?: ClinicalInput | null | undefined;
  environmental?: EnvironmentalInput | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  financial?: FinancialInput | null | undefined;
  id: string;
  psychosocial?: PsychosocialInput | null | undefined;
};

export type UpdateAuthorizationInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  payerReference?: string | null | undefined;
  /** Until the payer decides. */
  requestedFrom?: string | null | undefined;
  /** Until the payer decides. */
  requestedTo?: string | null | undefined;
  /** Until the payer decides. */
  requestedUnits?: number | null | undefined;
  serviceDetail?: string | null | undefined;
};

/** Renames a column or changes its WIP limit; null clears the limit. */
export type UpdateBoardColumnInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  completes?: boolean | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  name?: string | null | undefined;
  wipLimit?: number | null | undefined;
};

export type UpdateCareConferenceInput = {
  agenda?: Array<string> | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  location?: string | null | undefined;
  notes?: string | null | undefined;
  scheduledAt?: string | null | undefined;
  status?: ConferenceStatus | null | undefined;
  title?: string | null | undefined;
};

export type UpdateDischargeBarrierInput = {
  description?: string | null | undefined;
  dueDate?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  ownerId?: string | null | undefined;
  status?: DischargeBarrierStatus | null | undefined;
};

export type UpdateDischargeChecklistItemInput = {
  appointmentAt?: string | null | undefined;
  equipment?: string | null | undefined;
  equipmentStatus?: EquipmentStatus | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  note?: string | null | undefined;
  provider?: string | null | undefined;
  status?: DischargeChecklistStatus | null | undefined;
  vendor?: string | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type UpdateDischargePlanInput = {
  disposition?: PlannedDisposition | null | undefined;
  expectedDate?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  visibility?: Visibility | null | undefined;
};

export type UpdateGoalInput = {
  description?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  /** ACHIEVED completes the goal; CANCELLED cancels it. */
  status?: GoalStatus | null | undefined;
  targetDate?: string | null | undefined;
  targetValue?: string | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type UpdateInterventionInput = {
  action?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  frequency?: string | null | undefined;
  id: string;
  ownerDiscipline?: Discipline | null | undefined;
  ownerId?: string | null | undefined;
  /** Null clears it (no recurring cards). */
  schedule?: InterventionScheduleInput | null | undefined;
  /** DONE completes it; CANCELLED cancels it. */
  status?: InterventionStatus | null | undefined;
  visibility?: Visibility | null | undefined;
};

/** Fields left out stay as they are; null clears a link or the note. */
export type UpdateNeedInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** A care-plan goal of the same patient. */
  goalId?: string | null | undefined;
  id: string;
  note?: string | null | undefined;
  /** A care-plan problem of the same patient. */
  problemId?: string | null | undefined;
  status?: NeedStatus | null | undefined;
};

/** Fields left out stay as they are; a nullable field sent as null is cleared. */
export type UpdatePatientInput = {
  /** How this stay began. */
  admissionAcuity?: AdmissionAcuity | null | undefined;
  admittedAt?: string | null | undefined;
  admittingDiagnosis?: string | null | undefined;
  allergies?: string | null | undefined;
  /** The attending physician (a staff user). */
  attendingId?: string | null | undefined;
  bed?: string | null | undefined;
  /** Replaces the whole problem list. */
  conditions?: Array<ConditionInput> | null | undefined;
  /** Replaces all coverage. */
  coverages?: Array<CoverageInput> | null | undefined;
  dateOfBirth?: string | null | undefined;
  /** Replaces all emergency contacts. */
  emergencyContacts?: Array<EmergencyContactInput> | null | undefined;
  expectedDischargeDate?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  interpreterNeeded?: boolean | null | undefined;
  name?: string | null | undefined;
  primaryLanguage?: string | null | undefined;
  unitId?: string | null | undefined;
};

export type UpdateProblemInput = {
  discipline?: Discipline | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  onsetDate?: string | null | undefined;
  priority?: Priority | null | undefined;
  statement?: string | null | undefined;
  /** RESOLVED completes the problem; CANCELLED cancels it. */
  status?: ProblemStatus | null | undefined;
  visibility?: Visibility | null | undefined;
};

/** An edit, in rounds, of a barrier to the agenda item's patient's discharge. */
export type UpdateRoundsBarrierInput = {
  description?: string | null | undefined;
  dueDate?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  /** The agenda item (patient) it is about. */
  itemId: string;
  ownerId?: string | null | undefined;
  status?: DischargeBarrierStatus | null | undefined;
};

/** Edits a card; fields left out stay as they are, null clears. */
export type UpdateTaskInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  /** ISO 8601 date and time. Without an offset ("2026-11-25T14:00") it is read on the clock of the board's unit; with one ("…Z", "…-05:00") it is that instant. Null clears it. */
  dueAt?: string | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  goalId?: string | null | undefined;
  id: string;
  interventionId?: string | null | undefined;
  /** At most 10, each 1–40. */
  labels?: Array<string> | null | undefined;
  priority?: Priority | null | undefined;
  title?: string | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type UpdateUtilizationReviewInput = {
  /** Null withdraws a referral. */
  advisorReferral?: AdvisorReferralInput | null | undefined;
  /** Replaces the list; one entry per date. */
  avoidableDays?: Array<AvoidableDayInput> | null | undefined;
  criteriaMet?: boolean | null | undefined;
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
  levelOfCare?: LevelOfCare | null | undefined;
  /** After the review date. A new date puts a card for it on the patient's board, due that morning; null clears the date (a card made stays). */
  nextReviewDate?: string | null | undefined;
  notes?: string | null | undefined;
};

/** Staff of a discipline, or a family member/caregiver. */
export const UserKind = {
  FAMILY: 'FAMILY',
  STAFF: 'STAFF'
} as const;

export type UserKind = typeof UserKind[keyof typeof UserKind];
export const UtilizationReviewType = {
  ADMISSION: 'ADMISSION',
  CONTINUED_STAY: 'CONTINUED_STAY',
  RETROSPECTIVE: 'RETROSPECTIVE'
} as const;

export type UtilizationReviewType = typeof UtilizationReviewType[keyof typeof UtilizationReviewType];
/** TEAM only, or also shared with linked family. */
export const Visibility = {
  FAMILY: 'FAMILY',
  TEAM: 'TEAM'
} as const;

export type Visibility = typeof Visibility[keyof typeof Visibility];
/** HIGH_READMISSION_RISK: my caseload with LACE ≥ 10, highest first. */
export const WorklistKind = {
  HIGH_READMISSION_RISK: 'HIGH_READMISSION_RISK'
} as const;

export type WorklistKind = typeof WorklistKind[keyof typeof WorklistKind];
export type WriteFamilyUpdateInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  patientId: string;
  /** Plain words for the family, up to 4000 characters. */
  text: string;
};

export type BreakGlassMutationVariables = Exact<{
  patientId: string;
  reason: string;
}>;


export type BreakGlassMutation = { breakGlass: { id: string, expiresAt: string } };

export type AdminDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDirectoryQuery = { units: Array<{ id: string, code: string, name: string, staff: Array<{ id: string, name: string, discipline: Discipline | null }> }>, staff: Array<{ id: string, name: string, email: string, discipline: Discipline | null, role: Role, version: number }> };

export type CreateStaffUserMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;


export type CreateStaffUserMutation = { createStaffUser: { id: string, name: string } };

export type SetUserActiveMutationVariables = Exact<{
  input: SetUserActiveInput;
}>;


export type SetUserActiveMutation = { setUserActive: { id: string, active: boolean, version: number } };

export type AddUnitMemberMutationVariables = Exact<{
  input: UnitMemberInput;
}>;


export type AddUnitMemberMutation = { addUnitMember: { id: string } };

export type RemoveUnitMemberMutationVariables = Exact<{
  input: UnitMemberInput;
}>;


export type RemoveUnitMemberMutation = { removeUnitMember: { id: string } };

export type AssessmentFieldsFragment = { id: string, patientId: string, sequence: number, status: AssessmentStatus, previousId: string | null, signedAt: string | null, version: number, updatedAt: string, startedBy: { id: string, name: string }, signedBy: { id: string, name: string } | null, clinical: { cognition: Cognition | null, medicationCount: number | null, fallsInPastYear: boolean | null, painConcern: boolean | null, narrative: string | null }, psychosocial: { supportSystem: SupportSystem | null, moodConcern: boolean | null, substanceUseConcern: boolean | null, narrative: string | null }, financial: { coverageAdequate: boolean | null, medicationCostConcern: boolean | null, incomeConcern: boolean | null, narrative: string | null }, environmental: { livingArrangement: LivingArrangement | null, homeAccessBarriers: boolean | null, caregiver: CaregiverAvailability | null, functionalStatus: FunctionalStatus | null, narrative: string | null }, changesSincePrevious: Array<{ domain: string, field: string, before: unknown, after: unknown }> };

export type PatientAssessmentsQueryVariables = Exact<{
  id: string;
}>;


export type PatientAssessmentsQuery = { patient: { id: string, assessments: Array<{ id: string, patientId: string, sequence: number, status: AssessmentStatus, previousId: string | null, signedAt: string | null, version: number, updatedAt: string, startedBy: { id: string, name: string }, signedBy: { id: string, name: string } | null, clinical: { cognition: Cognition | null, medicationCount: number | null, fallsInPastYear: boolean | null, painConcern: boolean | null, narrative: string | null }, psychosocial: { supportSystem: SupportSystem | null, moodConcern: boolean | null, substanceUseConcern: boolean | null, narrative: string | null }, financial: { coverageAdequate: boolean | null, medicationCostConcern: boolean | null, incomeConcern: boolean | null, narrative: string | null }, environmental: { livingArrangement: LivingArrangement | null, homeAccessBarriers: boolean | null, caregiver: CaregiverAvailability | null, functionalStatus: FunctionalStatus | null, narrative: string | null }, changesSincePrevious: Array<{ domain: string, field: string, before: unknown, after: unknown }> }> } };

export type StartAssessmentMutationVariables = Exact<{
  input: StartAssessmentInput;
}>;


export type StartAssessmentMutation = { startAssessment: { id: string, patientId: string, sequence: number, status: AssessmentStatus, previousId: string | null, signedAt: string | null, version: number, updatedAt: string, startedBy: { id: string, name: string }, signedBy: { id: string, name: string } | null, clinical: { cognition: Cognition | null, medicationCount: number | null, fallsInPastYear: boolean | null, painConcern: boolean | null, narrative: string | null }, psychosocial: { supportSystem: SupportSystem | null, moodConcern: boolean | null, substanceUseConcern: boolean | null, narrative: string | null }, financial: { coverageAdequate: boolean | null, medicationCostConcern: boolean | null, incomeConcern: boolean | null, narrative: string | null }, environmental: { livingArrangement: LivingArrangement | null, homeAccessBarriers: boolean | null, caregiver: CaregiverAvailability | null, functionalStatus: FunctionalStatus | null, narrative: string | null }, changesSincePrevious: Array<{ domain: string, field: string, before: unknown, after: unknown }> } };

export type UpdateAssessmentMutationVariables = Exact<{
  input: UpdateAssessmentInput;
}>;


export type UpdateAssessmentMutation = { updateAssessment: { id: string, patientId: string, sequence: number, status: AssessmentStatus, previousId: string | null, signedAt: string | null, version: number, updatedAt: string, startedBy: { id: string, name: string }, signedBy: { id: string, name: string } | null, clinical: { cognition: Cognition | null, medicationCount: number | null, fallsInPastYear: boolean | null, painConcern: boolean | null, narrative: string | null }, psychosocial: { supportSystem: SupportSystem | null, moodConcern: boolean | null, substanceUseConcern: boolean | null, narrative: string | null }, financial: { coverageAdequate: boolean | null, medicationCostConcern: boolean | null, incomeConcern: boolean | null, narrative: string | null }, environmental: { livingArrangement: LivingArrangement | null, homeAccessBarriers: boolean | null, caregiver: CaregiverAvailability | null, functionalStatus: FunctionalStatus | null, narrative: string | null }, changesSincePrevious: Array<{ domain: string, field: string, before: unknown, after: unknown }> } };

export type SignAssessmentMutationVariables = Exact<{
  input: SignAssessmentInput;
}>;


export type SignAssessmentMutation = { signAssessment: { id: string, patientId: string, sequence: number, status: AssessmentStatus, previousId: string | null, signedAt: string | null, version: number, updatedAt: string, startedBy: { id: string, name: string }, signedBy: { id: string, name: string } | null, clinical: { cognition: Cognition | null, medicationCount: number | null, fallsInPastYear: boolean | null, painConcern: boolean | null, narrative: string | null }, psychosocial: { supportSystem: SupportSystem | null, moodConcern: boolean | null, substanceUseConcern: boolean | null, narrative: string | null }, financial: { coverageAdequate: boolean | null, medicationCostConcern: boolean | null, incomeConcern: boolean | null, narrative: string | null }, environmental: { livingArrangement: LivingArrangement | null, homeAccessBarriers: boolean | null, caregiver: CaregiverAvailability | null, functionalStatus: FunctionalStatus | null, narrative: string | null }, changesSincePrevious: Array<{ domain: string, field: string, before: unknown, after: unknown }> } };

export type AssessmentEventFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, assessmentNode:
    | { __typename: 'Assessment', id: string, patientId: string, sequence: number, status: AssessmentStatus, previousId: string | null, signedAt: string | null, version: number, updatedAt: string, startedBy: { id: string, name: string }, signedBy: { id: string, name: string } | null, clinical: { cognition: Cognition | null, medicationCount: number | null, fallsInPastYear: boolean | null, painConcern: boolean | null, narrative: string | null }, psychosocial: { supportSystem: SupportSystem | null, moodConcern: boolean | null, substanceUseConcern: boolean | null, narrative: string | null }, financial: { coverageAdequate: boolean | null, medicationCostConcern: boolean | null, incomeConcern: boolean | null, narrative: string | null }, environmental: { livingArrangement: LivingArrangement | null, homeAccessBarriers: boolean | null, caregiver: CaregiverAvailability | null, functionalStatus: FunctionalStatus | null, narrative: string | null }, changesSincePrevious: Array<{ domain: string, field: string, before: unknown, after: unknown }> }
    | { __typename: 'Authorization' }
    | { __typename: 'BoardColumn' }
    | { __typename: 'CareConference' }
    | { __typename: 'CarePlan' }
    | { __typename: 'CareTeamMember' }
    | { __typename: 'CommunityResource' }
    | { __typename: 'ConferenceAttendee' }
    | { __typename: 'ConferenceDecision' }
    | { __typename: 'ConferenceSummary' }
    | { __typename: 'DischargeBarrier' }
    | { __typename: 'DischargeChecklistItem' }
    | { __typename: 'DischargePlan' }
    | { __typename: 'EducationRecord' }
    | { __typename: 'EmergencyVisitHistory' }
    | { __typename: 'FamilyLink' }
    | { __typename: 'FamilyQuestion' }
    | { __typename: 'FamilyUpdate' }
    | { __typename: 'Goal' }
    | { __typename: 'Intervention' }
    | { __typename: 'Need' }
    | { __typename: 'Patient' }
    | { __typename: 'PlanSignOff' }
    | { __typename: 'Problem' }
    | { __typename: 'ProgressNote' }
    | { __typename: 'Referral' }
    | { __typename: 'RoundsAgendaItem' }
    | { __typename: 'RoundsDecision' }
    | { __typename: 'RoundsSession' }
    | { __typename: 'RoundsUpdate' }
    | { __typename: 'SocialNeedsScreening' }
    | { __typename: 'Task' }
    | { __typename: 'TaskComment' }
    | { __typename: 'UtilizationReview' }
   | null, actor: { id: string, name: string } };

export type AuditTrailQueryVariables = Exact<{
  patientId: string;
  filter?: AuditFilterInput | null | undefined;
  page?: AuditPageInput | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { nextCursor: string | null, entries: Array<{ id: string, at: string, actorName: string | null, operation: string, access: AuditAccess, entityType: string | null, fields: Array<string> | null, ip: string | null, requestId: string | null, breakGlass: boolean }> } };

export type VerifyAuditChainQueryVariables = Exact<{
  patientId?: string | null | undefined;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { chain: string, checked: number, intact: boolean, firstBrokenId: string | null } };

export type AuthorizationFieldsFragment = { id: string, patientId: string, payer: string, memberId: string | null, coverageType: CoverageType, service: AuthorizedService, serviceDetail: string | null, unitOfService: AuthorizationUnit, requestedUnits: number, requestedFrom: string, requestedTo: string, approvedUnits: number | null, approvedFrom: string | null, approvedTo: string | null, payerReference: string | null, status: AuthorizationStatus, nextStatuses: Array<AuthorizationStatus>, submittedAt: string | null, decidedAt: string | null, denialReason: string | null, appealDeadline: string | null, appealTaskId: string | null, version: number, createdAt: string, updatedAt: string, peerToPeer: { scheduledAt: string, physicianId: string | null, payerContact: string | null, note: string | null } | null, history: Array<{ status: AuthorizationStatus, at: string, byId: string, note: string | null }> };

export type PatientPayerQueryVariables = Exact<{
  id: string;
}>;


export type PatientPayerQuery = { patient: { id: string, name: string, status: PatientStatus, admittedAt: string, lastEventId: string | null, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, utilizationReviews: Array<{ id: string, patientId: string, stayAdmittedAt: string, reviewType: UtilizationReviewType, reviewDate: string, criteriaSet: string, levelOfCare: LevelOfCare, criteriaMet: boolean, notes: string | null, nextReviewDate: string | null, nextReviewTaskId: string | null, avoidableDayCount: number, version: number, createdAt: string, updatedAt: string, advisorReferral: { referredAt: string, reason: string, outcome: PhysicianAdvisorOutcome, advisorName: string | null } | null, avoidableDays: Array<{ date: string, reason: AvoidableDayReason, note: string | null }> }>, authorizations: Array<{ id: string, patientId: string, payer: string, memberId: string | null, coverageType: CoverageType, service: AuthorizedService, serviceDetail: string | null, unitOfService: AuthorizationUnit, requestedUnits: number, requestedFrom: string, requestedTo: string, approvedUnits: number | null, approvedFrom: string | null, approvedTo: string | null, payerReference: string | null, status: AuthorizationStatus, nextStatuses: Array<AuthorizationStatus>, submittedAt: string | null, decidedAt: string | null, denialReason: string | null, appealDeadline: string | null, appealTaskId: string | null, version: number, createdAt: string, updatedAt: string, peerToPeer: { scheduledAt: string, physicianId: string | null, payerContact: string | null, note: string | null } | null, history: Array<{ status: AuthorizationStatus, at: string, byId: string, note: string | null }> }> } };

export type CreateAuthorizationMutationVariables = Exact<{
  input: CreateAuthorizationInput;
}>;


export type CreateAuthorizationMutation = { createAuthorization: { id: string, patientId: string, payer: string, memberId: string | null, coverageType: CoverageType, service: AuthorizedService, serviceDetail: string | null, unitOfService: AuthorizationUnit, requestedUnits: number, requestedFrom: string, requestedTo: string, approvedUnits: number | null, approvedFrom: string | null, approvedTo: string | null, payerReference: string | null, status: AuthorizationStatus, nextStatuses: Array<AuthorizationStatus>, submittedAt: string | null, decidedAt: string | null, denialReason: string | null, appealDeadline: string | null, appealTaskId: string | null, version: number, createdAt: string, updatedAt: string, peerToPeer: { scheduledAt: string, physicianId: string | null, payerContact: string | null, note: string | null } | null, history: Array<{ status: AuthorizationStatus, at: string, byId: string, note: string | null }> } };

export type UpdateAuthorizationMutationVariables = Exact<{
  input: UpdateAuthorizationInput;
}>;


export type UpdateAuthorizationMutation = { updateAuthorization: { id: string, patientId: string, payer: string, memberId: string | null, coverageType: CoverageType, service: AuthorizedService, serviceDetail: string | null, unitOfService: AuthorizationUnit, requestedUnits: number, requestedFrom: string, requestedTo: string, approvedUnits: number | null, approvedFrom: string | null, approvedTo: string | null, payerReference: string | null, status: AuthorizationStatus, nextStatuses: Array<AuthorizationStatus>, submittedAt: string | null, decidedAt: string | null, denialReason: string | null, appealDeadline: string | null, appealTaskId: string | null, version: number, createdAt: string, updatedAt: string, peerToPeer: { scheduledAt: string, physicianId: string | null, payerContact: string | null, note: string | null } | null, history: Array<{ status: AuthorizationStatus, at: string, byId: string, note: string | null }> } };

export type ChangeAuthorizationStatusMutationVariables = Exact<{
  input: ChangeAuthorizationStatusInput;
}>;


export type ChangeAuthorizationStatusMutation = { changeAuthorizationStatus: { id: string, patientId: string, payer: string, memberId: string | null, coverageType: CoverageType, service: AuthorizedService, serviceDetail: string | null, unitOfService: AuthorizationUnit, requestedUnits: number, requestedFrom: string, requestedTo: string, approvedUnits: number | null, approvedFrom: string | null, approvedTo: string | null, payerReference: string | null, status: AuthorizationStatus, nextStatuses: Array<AuthorizationStatus>, submittedAt: string | null, decidedAt: string | null, denialReason: string | null, appealDeadline: string | null, appealTaskId: string | null, version: number, createdAt: string, updatedAt: string, peerToPeer: { scheduledAt: string, physicianId: string | null, payerContact: string | null, note: string | null } | null, history: Array<{ status: AuthorizationStatus, at: string, byId: string, note: string | null }> } };

export type ScheduleAuthorizationPeerToPeerMutationVariables = Exact<{
  input: ScheduleAuthorizationPeerToPeerInput;
}>;


export type ScheduleAuthorizationPeerToPeerMutation = { scheduleAuthorizationPeerToPeer: { id: string, patientId: string, payer: string, memberId: string | null, coverageType: CoverageType, service: AuthorizedService, serviceDetail: string | null, unitOfService: AuthorizationUnit, requestedUnits: number, requestedFrom: string, requestedTo: string, approvedUnits: number | null, approvedFrom: string | null, approvedTo: string | null, payerReference: string | null, status: AuthorizationStatus, nextStatuses: Array<AuthorizationStatus>, submittedAt: string | null, decidedAt: string | null, denialReason: string | null, appealDeadline: string | null, appealTaskId: string | null, version: number, createdAt: string, updatedAt: string, peerToPeer: { scheduledAt: string, physicianId: string | null, payerContact: string | null, note: string | null } | null, history: Array<{ status: AuthorizationStatus, at: string, byId: string, note: string | null }> } };

export type PayerWorklistQueryVariables = Exact<{
  unitId?: string | null | undefined;
  withinDays?: number | null | undefined;
  sort?: PayerWorklistSort | null | undefined;
}>;


export type PayerWorklistQuery = { payerWorklist: Array<{ id: string, kind: PayerWorkKind, dueDate: string, overdue: boolean, dueToday: boolean, summary: string, patient: { id: string, name: string, bed: string | null, unit: { id: string, name: string } }, authorization: { id: string, status: AuthorizationStatus, version: number } | null, utilizationReview: { id: string, version: number } | null }> };

export type PayerEventFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, payerNode:
    | { __typename: 'Assessment' }
    | { __typename: 'Authorization', id: string, patientId: string, payer: string, memberId: string | null, coverageType: CoverageType, service: AuthorizedService, serviceDetail: string | null, unitOfService: AuthorizationUnit, requestedUnits: number, requestedFrom: string, requestedTo: string, approvedUnits: number | null, approvedFrom: string | null, approvedTo: string | null, payerReference: string | null, status: AuthorizationStatus, nextStatuses: Array<AuthorizationStatus>, submittedAt: string | null, decidedAt: string | null, denialReason: string | null, appealDeadline: string | null, appealTaskId: string | null, version: number, createdAt: string, updatedAt: string, peerToPeer: { scheduledAt: string, physicianId: string | null, payerContact: string | null, note: string | null } | null, history: Array<{ status: AuthorizationStatus, at: string, byId: string, note: string | null }> }
    | { __typename: 'BoardColumn' }
    | { __typename: 'CareConference' }
    | { __typename: 'CarePlan' }
    | { __typename: 'CareTeamMember' }
    | { __typename: 'CommunityResource' }
    | { __typename: 'ConferenceAttendee' }
    | { __typename: 'ConferenceDecision' }
    | { __typename: 'ConferenceSummary' }
    | { __typename: 'DischargeBarrier' }
    | { __typename: 'DischargeChecklistItem' }
    | { __typename: 'DischargePlan' }
    | { __typename: 'EducationRecord' }
    | { __typename: 'EmergencyVisitHistory' }
    | { __typename: 'FamilyLink' }
    | { __typename: 'FamilyQuestion' }
    | { __typename: 'FamilyUpdate' }
    | { __typename: 'Goal' }
    | { __typename: 'Intervention' }
    | { __typename: 'Need' }
    | { __typename: 'Patient' }
    | { __typename: 'PlanSignOff' }
    | { __typename: 'Problem' }
    | { __typename: 'ProgressNote' }
    | { __typename: 'Referral' }
    | { __typename: 'RoundsAgendaItem' }
    | { __typename: 'RoundsDecision' }
    | { __typename: 'RoundsSession' }
    | { __typename: 'RoundsUpdate' }
    | { __typename: 'SocialNeedsScreening' }
    | { __typename: 'Task' }
    | { __typename: 'TaskComment' }
    | { __typename: 'UtilizationReview', id: string, patientId: string, stayAdmittedAt: string, reviewType: UtilizationReviewType, reviewDate: string, criteriaSet: string, levelOfCare: LevelOfCare, criteriaMet: boolean, notes: string | null, nextReviewDate: string | null, nextReviewTaskId: string | null, avoidableDayCount: number, version: number, createdAt: string, updatedAt: string, advisorReferral: { referredAt: string, reason: string, outcome: PhysicianAdvisorOutcome, advisorName: string | null } | null, avoidableDays: Array<{ date: string, reason: AvoidableDayReason, note: string | null }> }
   | null, actor: { id: string, name: string } };

export type PayerUnitEventsSubscriptionVariables = Exact<{
  unitId: string;
  after?: string | null | undefined;
}>;


export type PayerUnitEventsSubscription = { unitEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization', id: string, version: number, status: AuthorizationStatus }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview', id: string, version: number }
     | null, actor: { id: string, name: string } } };

export type ConferenceAttendeeFieldsFragment = { id: string, conferenceId: string, kind: AttendeeKind, name: string, relationship: string | null, mode: AttendanceMode, userId: string | null, version: number };

export type ConferenceDecisionFieldsFragment = { id: string, conferenceId: string, text: string, taskId: string | null, createdAt: string, version: number, author: { id: string, name: string } };

export type ConferenceSummaryFieldsFragment = { id: string, conferenceId: string, conferenceTitle: string, heldAt: string, text: string, publishedAt: string, publishedByName: string, version: number };

export type CareConferenceFieldsFragment = { id: string, patientId: string, title: string, scheduledAt: string, location: string | null, status: ConferenceStatus, agenda: Array<string>, notes: string | null, version: number, organizer: { id: string, name: string } };

export type CareConferenceQueryVariables = Exact<{
  id: string;
}>;


export type CareConferenceQuery = { careConference: { lastEventId: string | null, id: string, patientId: string, title: string, scheduledAt: string, location: string | null, status: ConferenceStatus, agenda: Array<string>, notes: string | null, version: number, patient: { id: string, name: string, bed: string | null }, attendees: Array<{ id: string, conferenceId: string, kind: AttendeeKind, name: string, relationship: string | null, mode: AttendanceMode, userId: string | null, version: number }> | null, decisions: Array<{ id: string, conferenceId: string, text: string, taskId: string | null, createdAt: string, version: number, author: { id: string, name: string } }> | null, summary: { id: string, conferenceId: string, conferenceTitle: string, heldAt: string, text: string, publishedAt: string, publishedByName: string, version: number } | null, organizer: { id: string, name: string } } };

export type PatientConferencesQueryVariables = Exact<{
  patientId: string;
}>;


export type PatientConferencesQuery = { patient: { id: string, careConferences: Array<{ id: string, title: string, scheduledAt: string, status: ConferenceStatus }> } };

export type ConferenceSummariesQueryVariables = Exact<{
  patientId: string;
}>;


export type ConferenceSummariesQuery = { conferenceSummaries: Array<{ id: string, conferenceId: string, conferenceTitle: string, heldAt: string, text: string, publishedAt: string, publishedByName: string, version: number }> };

export type ConferenceEventsSubscriptionVariables = Exact<{
  conferenceId: string;
  after?: string | null | undefined;
}>;


export type ConferenceEventsSubscription = { conferenceEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference', id: string, title: string, scheduledAt: string, location: string | null, agenda: Array<string>, notes: string | null, version: number, conferenceStatus: ConferenceStatus }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee', id: string, conferenceId: string, kind: AttendeeKind, name: string, relationship: string | null, mode: AttendanceMode, userId: string | null, version: number }
      | { __typename: 'ConferenceDecision', id: string, conferenceId: string, text: string, taskId: string | null, createdAt: string, version: number, author: { id: string, name: string } }
      | { __typename: 'ConferenceSummary', id: string, conferenceId: string, conferenceTitle: string, heldAt: string, text: string, publishedAt: string, publishedByName: string, version: number }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, actor: { id: string, name: string } } };

export type ScheduleCareConferenceMutationVariables = Exact<{
  input: ScheduleCareConferenceInput;
}>;


export type ScheduleCareConferenceMutation = { scheduleCareConference: { id: string, patientId: string, title: string, scheduledAt: string, location: string | null, status: ConferenceStatus, agenda: Array<string>, notes: string | null, version: number, organizer: { id: string, name: string } } };

export type UpdateCareConferenceMutationVariables = Exact<{
  input: UpdateCareConferenceInput;
}>;


export type UpdateCareConferenceMutation = { updateCareConference: { id: string, patientId: string, title: string, scheduledAt: string, location: string | null, status: ConferenceStatus, agenda: Array<string>, notes: string | null, version: number, organizer: { id: string, name: string } } };

export type AddConferenceAttendeeMutationVariables = Exact<{
  input: AddConferenceAttendeeInput;
}>;


export type AddConferenceAttendeeMutation = { addConferenceAttendee: { id: string, conferenceId: string, kind: AttendeeKind, name: string, relationship: string | null, mode: AttendanceMode, userId: string | null, version: number } };

export type RecordConferenceDecisionMutationVariables = Exact<{
  input: RecordConferenceDecisionInput;
}>;


export type RecordConferenceDecisionMutation = { recordConferenceDecision: { id: string, conferenceId: string, text: string, taskId: string | null, createdAt: string, version: number, author: { id: string, name: string } } };

export type CreateConferenceFollowUpMutationVariables = Exact<{
  input: CreateConferenceFollowUpInput;
}>;


export type CreateConferenceFollowUpMutation = { createConferenceFollowUp: { id: string, conferenceId: string, text: string, taskId: string | null, createdAt: string, version: number, author: { id: string, name: string } } };

export type PublishConferenceSummaryMutationVariables = Exact<{
  input: PublishConferenceSummaryInput;
}>;


export type PublishConferenceSummaryMutation = { publishConferenceSummary: { id: string, patientId: string, title: string, scheduledAt: string, location: string | null, status: ConferenceStatus, agenda: Array<string>, notes: string | null, version: number, summary: { id: string, conferenceId: string, conferenceTitle: string, heldAt: string, text: string, publishedAt: string, publishedByName: string, version: number } | null, organizer: { id: string, name: string } } };

export type RemoveConferenceAttendeeMutationVariables = Exact<{
  input: RemoveConferenceAttendeeInput;
}>;


export type RemoveConferenceAttendeeMutation = { removeConferenceAttendee: { id: string, version: number } };

export type GoalFieldsFragment = { id: string, description: string, targetValue: string | null, targetDate: string | null, status: GoalStatus, visibility: Visibility, position: string, version: number, updatedAt: string, history: Array<{ status: GoalStatus, at: string, byName: string }> };

export type InterventionFieldsFragment = { id: string, action: string, ownerDiscipline: Discipline, frequency: string | null, status: InterventionStatus, visibility: Visibility, position: string, version: number };

export type ProblemFieldsFragment = { id: string, statement: string, discipline: Discipline, priority: Priority, status: ProblemStatus, position: string, version: number };

export type ProgressNoteFieldsFragment = { id: string, text: string, createdAt: string, author: { id: string, name: string, discipline: Discipline | null } };

export type SignOffFieldsFragment = { id: string, discipline: Discipline, createdAt: string, stale: boolean, user: { id: string, name: string } };

export type CarePlanFieldsFragment = { id: string, status: CarePlanStatus, periodStart: string, periodEnd: string | null, lastReviewedAt: string | null, version: number, problems: Array<{ id: string, statement: string, discipline: Discipline, priority: Priority, status: ProblemStatus, position: string, version: number, goals: Array<{ id: string, description: string, targetValue: string | null, targetDate: string | null, status: GoalStatus, visibility: Visibility, position: string, version: number, updatedAt: string, interventions: Array<{ id: string, action: string, ownerDiscipline: Discipline, frequency: string | null, status: InterventionStatus, visibility: Visibility, position: string, version: number }> | null, history: Array<{ status: GoalStatus, at: string, byName: string }> }> | null }>, notes: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string, discipline: Discipline | null } }>, signOffs: Array<{ id: string, discipline: Discipline, createdAt: string, stale: boolean, user: { id: string, name: string } }> };

export type PatientCarePlanQueryVariables = Exact<{
  patientId: string;
}>;


export type PatientCarePlanQuery = { patient: { id: string, carePlan: { lastEventId: string | null, id: string, status: CarePlanStatus, periodStart: string, periodEnd: string | null, lastReviewedAt: string | null, version: number, problems: Array<{ id: string, statement: string, discipline: Discipline, priority: Priority, status: ProblemStatus, position: string, version: number, goals: Array<{ id: string, description: string, targetValue: string | null, targetDate: string | null, status: GoalStatus, visibility: Visibility, position: string, version: number, updatedAt: string, interventions: Array<{ id: string, action: string, ownerDiscipline: Discipline, frequency: string | null, status: InterventionStatus, visibility: Visibility, position: string, version: number }> | null, history: Array<{ status: GoalStatus, at: string, byName: string }> }> | null }>, notes: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string, discipline: Discipline | null } }>, signOffs: Array<{ id: string, discipline: Discipline, createdAt: string, stale: boolean, user: { id: string, name: string } }> } | null } };

export type ItemHistoryQueryVariables = Exact<{
  entityType: string;
  id: string;
}>;


export type ItemHistoryQuery = { itemHistory: Array<{ eventId: string, at: string, actorName: string, kind: string, version: number, changes: unknown }> };

export type CreateCarePlanMutationVariables = Exact<{
  input: CreateCarePlanInput;
}>;


export type CreateCarePlanMutation = { createCarePlan: { id: string, status: CarePlanStatus, periodStart: string, periodEnd: string | null, lastReviewedAt: string | null, version: number, problems: Array<{ id: string, statement: string, discipline: Discipline, priority: Priority, status: ProblemStatus, position: string, version: number, goals: Array<{ id: string, description: string, targetValue: string | null, targetDate: string | null, status: GoalStatus, visibility: Visibility, position: string, version: number, updatedAt: string, interventions: Array<{ id: string, action: string, ownerDiscipline: Discipline, frequency: string | null, status: InterventionStatus, visibility: Visibility, position: string, version: number }> | null, history: Array<{ status: GoalStatus, at: string, byName: string }> }> | null }>, notes: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string, discipline: Discipline | null } }>, signOffs: Array<{ id: string, discipline: Discipline, createdAt: string, stale: boolean, user: { id: string, name: string } }> } };

export type SignOffCarePlanMutationVariables = Exact<{
  input: SignOffCarePlanInput;
}>;


export type SignOffCarePlanMutation = { signOffCarePlan: { id: string, status: CarePlanStatus, periodStart: string, periodEnd: string | null, lastReviewedAt: string | null, version: number, problems: Array<{ id: string, statement: string, discipline: Discipline, priority: Priority, status: ProblemStatus, position: string, version: number, goals: Array<{ id: string, description: string, targetValue: string | null, targetDate: string | null, status: GoalStatus, visibility: Visibility, position: string, version: number, updatedAt: string, interventions: Array<{ id: string, action: string, ownerDiscipline: Discipline, frequency: string | null, status: InterventionStatus, visibility: Visibility, position: string, version: number }> | null, history: Array<{ status: GoalStatus, at: string, byName: string }> }> | null }>, notes: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string, discipline: Discipline | null } }>, signOffs: Array<{ id: string, discipline: Discipline, createdAt: string, stale: boolean, user: { id: string, name: string } }> } };

export type CreateProblemMutationVariables = Exact<{
  input: CreateProblemInput;
}>;


export type CreateProblemMutation = { createProblem: { id: string, statement: string, discipline: Discipline, priority: Priority, status: ProblemStatus, position: string, version: number } };

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { createGoal: { id: string, description: string, targetValue: string | null, targetDate: string | null, status: GoalStatus, visibility: Visibility, position: string, version: number, updatedAt: string, history: Array<{ status: GoalStatus, at: string, byName: string }> } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { updateGoal: { id: string, description: string, targetValue: string | null, targetDate: string | null, status: GoalStatus, visibility: Visibility, position: string, version: number, updatedAt: string, history: Array<{ status: GoalStatus, at: string, byName: string }> } };

export type CreateInterventionMutationVariables = Exact<{
  input: CreateInterventionInput;
}>;


export type CreateInterventionMutation = { createIntervention: { id: string, action: string, ownerDiscipline: Discipline, frequency: string | null, status: InterventionStatus, visibility: Visibility, position: string, version: number } };

export type UpdateInterventionMutationVariables = Exact<{
  input: UpdateInterventionInput;
}>;


export type UpdateInterventionMutation = { updateIntervention: { id: string, action: string, ownerDiscipline: Discipline, frequency: string | null, status: InterventionStatus, visibility: Visibility, position: string, version: number } };

export type MoveProblemMutationVariables = Exact<{
  input: MovePlanItemInput;
}>;


export type MoveProblemMutation = { moveProblem: { id: string, statement: string, discipline: Discipline, priority: Priority, status: ProblemStatus, position: string, version: number } };

export type AddProgressNoteMutationVariables = Exact<{
  input: AddProgressNoteInput;
}>;


export type AddProgressNoteMutation = { addProgressNote: { id: string, text: string, createdAt: string, author: { id: string, name: string, discipline: Discipline | null } } };

export type CarePlanEventFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, carePlanNode:
    | { __typename: 'Assessment' }
    | { __typename: 'Authorization' }
    | { __typename: 'BoardColumn' }
    | { __typename: 'CareConference' }
    | { __typename: 'CarePlan', id: string, version: number, planStatus: CarePlanStatus }
    | { __typename: 'CareTeamMember' }
    | { __typename: 'CommunityResource' }
    | { __typename: 'ConferenceAttendee' }
    | { __typename: 'ConferenceDecision' }
    | { __typename: 'ConferenceSummary' }
    | { __typename: 'DischargeBarrier' }
    | { __typename: 'DischargeChecklistItem' }
    | { __typename: 'DischargePlan' }
    | { __typename: 'EducationRecord' }
    | { __typename: 'EmergencyVisitHistory' }
    | { __typename: 'FamilyLink' }
    | { __typename: 'FamilyQuestion' }
    | { __typename: 'FamilyUpdate' }
    | { __typename: 'Goal', id: string, problemId: string, description: string, targetValue: string | null, targetDate: string | null, visibility: Visibility, position: string, version: number, updatedAt: string, goalStatus: GoalStatus, history: Array<{ status: GoalStatus, at: string, byName: string }> }
    | { __typename: 'Intervention', id: string, goalId: string, action: string, ownerDiscipline: Discipline, frequency: string | null, visibility: Visibility, position: string, version: number, interventionStatus: InterventionStatus }
    | { __typename: 'Need' }
    | { __typename: 'Patient' }
    | { __typename: 'PlanSignOff', carePlanId: string, id: string, discipline: Discipline, createdAt: string, stale: boolean, user: { id: string, name: string } }
    | { __typename: 'Problem', id: string, carePlanId: string, statement: string, discipline: Discipline, priority: Priority, position: string, version: number, problemStatus: ProblemStatus }
    | { __typename: 'ProgressNote', carePlanId: string, id: string, text: string, createdAt: string, author: { id: string, name: string, discipline: Discipline | null } }
    | { __typename: 'Referral' }
    | { __typename: 'RoundsAgendaItem' }
    | { __typename: 'RoundsDecision' }
    | { __typename: 'RoundsSession' }
    | { __typename: 'RoundsUpdate' }
    | { __typename: 'SocialNeedsScreening' }
    | { __typename: 'Task' }
    | { __typename: 'TaskComment' }
    | { __typename: 'UtilizationReview' }
   | null, actor: { id: string, name: string } };

export type MoveGoalMutationVariables = Exact<{
  input: MovePlanItemInput;
}>;


export type MoveGoalMutation = { moveGoal: { id: string, description: string, targetValue: string | null, targetDate: string | null, status: GoalStatus, visibility: Visibility, position: string, version: number, updatedAt: string, history: Array<{ status: GoalStatus, at: string, byName: string }> } };

export type UpdateProblemMutationVariables = Exact<{
  input: UpdateProblemInput;
}>;


export type UpdateProblemMutation = { updateProblem: { id: string, statement: string, discipline: Discipline, priority: Priority, status: ProblemStatus, position: string, version: number } };

export type MoveInterventionMutationVariables = Exact<{
  input: MovePlanItemInput;
}>;


export type MoveInterventionMutation = { moveIntervention: { id: string, action: string, ownerDiscipline: Discipline, frequency: string | null, status: InterventionStatus, visibility: Visibility, position: string, version: number } };

export type CareTeamMemberFieldsFragment = { id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } };

export type MyCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCaseloadQuery = { myCaseload: Array<{ id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, readmissionRisk: { id: string, score: number | null, level: RiskLevel | null, missing: Array<string> }, unit: { id: string, code: string, name: string, timeZone: string } }> };

export type StaffQueryVariables = Exact<{
  filter?: StaffFilterInput | null | undefined;
}>;


export type StaffQuery = { staff: Array<{ id: string, name: string, discipline: Discipline | null }> };

export type AddCareTeamMemberMutationVariables = Exact<{
  input: AddCareTeamMemberInput;
}>;


export type AddCareTeamMemberMutation = { addCareTeamMember: { id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } } };

export type RemoveCareTeamMemberMutationVariables = Exact<{
  input: RemoveCareTeamMemberInput;
}>;


export type RemoveCareTeamMemberMutation = { removeCareTeamMember: { id: string, endedAt: string | null, version: number } };

export type ChecklistItemFieldsFragment = { id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, taskId: string | null, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string };

export type BarrierFieldsFragment = { id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null };

export type DischargePlanFieldsFragment = { id: string, patientId: string, expectedDate: string | null, disposition: PlannedDisposition | null, visibility: Visibility, readiness: number | null, version: number, updatedAt: string, checklist: Array<{ id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, taskId: string | null, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string }>, barriers: Array<{ id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null }> };

export type EducationRecordFieldsFragment = { id: string, checklistItemId: string | null, topic: string, taughtTo: Learner, learnerName: string | null, method: TeachingMethod, teachBack: TeachBackResult, followUpNeeded: boolean, createdAt: string, taughtBy: { id: string, name: string } };

export type PatientDischargeQueryVariables = Exact<{
  id: string;
}>;


export type PatientDischargeQuery = { patient: { id: string, admittedAt: string, dischargePlan: { id: string, patientId: string, expectedDate: string | null, disposition: PlannedDisposition | null, visibility: Visibility, readiness: number | null, version: number, updatedAt: string, checklist: Array<{ id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, taskId: string | null, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string }>, barriers: Array<{ id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null }> } | null, educationRecords: Array<{ id: string, checklistItemId: string | null, topic: string, taughtTo: Learner, learnerName: string | null, method: TeachingMethod, teachBack: TeachBackResult, followUpNeeded: boolean, createdAt: string, taughtBy: { id: string, name: string } }> } };

export type CreateDischargePlanMutationVariables = Exact<{
  input: CreateDischargePlanInput;
}>;


export type CreateDischargePlanMutation = { createDischargePlan: { id: string, patientId: string, expectedDate: string | null, disposition: PlannedDisposition | null, visibility: Visibility, readiness: number | null, version: number, updatedAt: string, checklist: Array<{ id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, taskId: string | null, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string }>, barriers: Array<{ id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null }> } };

export type UpdateDischargePlanMutationVariables = Exact<{
  input: UpdateDischargePlanInput;
}>;


export type UpdateDischargePlanMutation = { updateDischargePlan: { id: string, patientId: string, expectedDate: string | null, disposition: PlannedDisposition | null, visibility: Visibility, readiness: number | null, version: number, updatedAt: string, checklist: Array<{ id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, taskId: string | null, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string }>, barriers: Array<{ id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null }> } };

export type AddDischargeChecklistItemMutationVariables = Exact<{
  input: AddDischargeChecklistItemInput;
}>;


export type AddDischargeChecklistItemMutation = { addDischargeChecklistItem: { id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, taskId: string | null, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string } };

export type UpdateDischargeChecklistItemMutationVariables = Exact<{
  input: UpdateDischargeChecklistItemInput;
}>;


export type UpdateDischargeChecklistItemMutation = { updateDischargeChecklistItem: { id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, taskId: string | null, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string } };

export type AddDischargeBarrierMutationVariables = Exact<{
  input: AddDischargeBarrierInput;
}>;


export type AddDischargeBarrierMutation = { addDischargeBarrier: { id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null } };

export type UpdateDischargeBarrierMutationVariables = Exact<{
  input: UpdateDischargeBarrierInput;
}>;


export type UpdateDischargeBarrierMutation = { updateDischargeBarrier: { id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null } };

export type RecordEducationMutationVariables = Exact<{
  input: RecordEducationInput;
}>;


export type RecordEducationMutation = { recordEducation: { id: string, checklistItemId: string | null, topic: string, taughtTo: Learner, learnerName: string | null, method: TeachingMethod, teachBack: TeachBackResult, followUpNeeded: boolean, createdAt: string, taughtBy: { id: string, name: string } } };

export type DischargeEventFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, dischargeNode:
    | { __typename: 'Assessment' }
    | { __typename: 'Authorization' }
    | { __typename: 'BoardColumn' }
    | { __typename: 'CareConference' }
    | { __typename: 'CarePlan' }
    | { __typename: 'CareTeamMember' }
    | { __typename: 'CommunityResource' }
    | { __typename: 'ConferenceAttendee' }
    | { __typename: 'ConferenceDecision' }
    | { __typename: 'ConferenceSummary' }
    | { __typename: 'DischargeBarrier', id: string, planId: string, description: string, dueDate: string | null, version: number, updatedAt: string, barrierStatus: DischargeBarrierStatus, owner: { id: string, name: string } | null }
    | { __typename: 'DischargeChecklistItem', id: string, planId: string, kind: DischargeChecklistKind, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string, itemStatus: DischargeChecklistStatus }
    | { __typename: 'DischargePlan', id: string, expectedDate: string | null, disposition: PlannedDisposition | null, visibility: Visibility, version: number, updatedAt: string }
    | { __typename: 'EducationRecord', id: string, checklistItemId: string | null, topic: string, taughtTo: Learner, learnerName: string | null, method: TeachingMethod, teachBack: TeachBackResult, followUpNeeded: boolean, createdAt: string, taughtBy: { id: string, name: string } }
    | { __typename: 'EmergencyVisitHistory' }
    | { __typename: 'FamilyLink' }
    | { __typename: 'FamilyQuestion' }
    | { __typename: 'FamilyUpdate' }
    | { __typename: 'Goal' }
    | { __typename: 'Intervention' }
    | { __typename: 'Need' }
    | { __typename: 'Patient' }
    | { __typename: 'PlanSignOff' }
    | { __typename: 'Problem' }
    | { __typename: 'ProgressNote' }
    | { __typename: 'Referral' }
    | { __typename: 'RoundsAgendaItem' }
    | { __typename: 'RoundsDecision' }
    | { __typename: 'RoundsSession' }
    | { __typename: 'RoundsUpdate' }
    | { __typename: 'SocialNeedsScreening' }
    | { __typename: 'Task' }
    | { __typename: 'TaskComment' }
    | { __typename: 'UtilizationReview' }
   | null, actor: { id: string, name: string } };

export type CreateTaskForDischargeChecklistItemMutationVariables = Exact<{
  input: TaskForItemInput;
}>;


export type CreateTaskForDischargeChecklistItemMutation = { createTaskForDischargeChecklistItem: { id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, taskId: string | null, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string } };

export type LinkFamilyMemberMutationVariables = Exact<{
  input: LinkFamilyMemberInput;
}>;


export type LinkFamilyMemberMutation = { linkFamilyMember: { invitationCode: string, existingAccount: boolean, link: { id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } } } };

export type RevokeFamilyLinkMutationVariables = Exact<{
  input: RevokeFamilyLinkInput;
}>;


export type RevokeFamilyLinkMutation = { revokeFamilyLink: { id: string, status: FamilyLinkStatus, version: number } };

export type AcceptFamilyInvitationMutationVariables = Exact<{
  input: AcceptFamilyInvitationInput;
}>;


export type AcceptFamilyInvitationMutation = { acceptFamilyInvitation: { expiresAt: string, user: { id: string, name: string, email: string, discipline: Discipline | null, role: Role, kind: UserKind } } };

export type FhirBundleQueryVariables = Exact<{
  patientId: string;
}>;


export type FhirBundleQuery = { fhirBundle: unknown };

export type ViewerFieldsFragment = { id: string, name: string, email: string, discipline: Discipline | null, role: Role, kind: UserKind };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, discipline: Discipline | null, role: Role, kind: UserKind, units: Array<{ id: string, code: string, name: string, timeZone: string }> } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, name: string, email: string, discipline: Discipline | null, role: Role, kind: UserKind } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type OutcomesFieldsFragment = { unitId: string, from: string, to: string, computedAt: string, figures: Array<OutcomeFigure>, caseload: Array<{ key: string, label: string, value: number }> | null, laceBands: Array<{ key: string, label: string, value: number }> | null, goals: Array<{ key: string, label: string, value: number }> | null, lengthOfStay: { discharged: number, averageDays: number | null, averageExpectedDays: number | null, overExpected: number } | null, avoidableDays: Array<{ key: string, label: string, value: number }> | null, authorizations: { decided: number, denied: number, denialRate: number | null, averageTurnaroundHours: number | null } | null, referrals: { sent: number, closed: number, closureRate: number | null } | null, overdueTasks: Array<{ key: string, label: string, value: number }> | null, readmissions: { discharged: number, readmitted: number, rate: number | null } | null };

export type OutcomesEventsSubscriptionVariables = Exact<{
  input: OutcomesInput;
}>;


export type OutcomesEventsSubscription = { outcomesEvents: { unitId: string, from: string, to: string, computedAt: string, figures: Array<OutcomeFigure>, caseload: Array<{ key: string, label: string, value: number }> | null, laceBands: Array<{ key: string, label: string, value: number }> | null, goals: Array<{ key: string, label: string, value: number }> | null, lengthOfStay: { discharged: number, averageDays: number | null, averageExpectedDays: number | null, overExpected: number } | null, avoidableDays: Array<{ key: string, label: string, value: number }> | null, authorizations: { decided: number, denied: number, denialRate: number | null, averageTurnaroundHours: number | null } | null, referrals: { sent: number, closed: number, closureRate: number | null } | null, overdueTasks: Array<{ key: string, label: string, value: number }> | null, readmissions: { discharged: number, readmitted: number, rate: number | null } | null } };

export type PatientFieldsFragment = { id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, unit: { id: string, code: string, name: string, timeZone: string } };

export type PatientRecordCoreFieldsFragment = { disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, unit: { id: string, code: string, name: string, timeZone: string } };

export type PatientRecordFieldsFragment = { disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, unit: { id: string, code: string, name: string, timeZone: string } };

export type ChangeEventFieldsFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, actor: { id: string, name: string } };

export type PatientsQueryVariables = Exact<{
  filter?: PatientFilterInput | null | undefined;
}>;


export type PatientsQuery = { patients: Array<{ id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, unit: { id: string, code: string, name: string, timeZone: string } }> };

export type PatientQueryVariables = Exact<{
  id: string;
}>;


export type PatientQuery = { patient: { lastEventId: string | null, disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, unit: { id: string, code: string, name: string, timeZone: string } } };

export type UnitPatientsQueryVariables = Exact<{
  unitId: string;
  filter?: PatientFilterInput | null | undefined;
}>;


export type UnitPatientsQuery = { unit: { id: string, code: string, name: string, lastEventId: string | null, patients: Array<{ id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, unit: { id: string, code: string, name: string, timeZone: string } }> } };

export type CreatePatientMutationVariables = Exact<{
  input: CreatePatientInput;
}>;


export type CreatePatientMutation = { createPatient: { id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, unit: { id: string, code: string, name: string, timeZone: string } } };

export type UpdatePatientMutationVariables = Exact<{
  input: UpdatePatientInput;
}>;


export type UpdatePatientMutation = { updatePatient: { disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, unit: { id: string, code: string, name: string, timeZone: string } } };

export type DischargePatientMutationVariables = Exact<{
  input: DischargePatientInput;
}>;


export type DischargePatientMutation = { dischargePatient: { disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, unit: { id: string, code: string, name: string, timeZone: string } } };

export type ReadmitPatientMutationVariables = Exact<{
  input: ReadmitPatientInput;
}>;


export type ReadmitPatientMutation = { readmitPatient: { disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, unit: { id: string, code: string, name: string, timeZone: string } } };

export type PatientScreenEventsSubscriptionVariables = Exact<{
  patientId: string;
  after?: string | null | undefined;
}>;


export type PatientScreenEventsSubscription = { patientEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, actor: { id: string, name: string }, recordNode:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember', endedAt: string | null, id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink', id: string, version: number, linkStatus: FamilyLinkStatus }
      | { __typename: 'FamilyQuestion', id: string, text: string, askedByName: string, reply: string | null, repliedByName: string | null, repliedAt: string | null, createdAt: string, version: number, questionDiscipline: Discipline | null, questionStatus: FamilyQuestionStatus }
      | { __typename: 'FamilyUpdate', id: string, text: string, authorName: string, visibility: Visibility, createdAt: string, version: number }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient', disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, unit: { id: string, code: string, name: string, timeZone: string } }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, carePlanNode:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan', id: string, version: number, planStatus: CarePlanStatus }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal', id: string, problemId: string, description: string, targetValue: string | null, targetDate: string | null, visibility: Visibility, position: string, version: number, updatedAt: string, goalStatus: GoalStatus, history: Array<{ status: GoalStatus, at: string, byName: string }> }
      | { __typename: 'Intervention', id: string, goalId: string, action: string, ownerDiscipline: Discipline, frequency: string | null, visibility: Visibility, position: string, version: number, interventionStatus: InterventionStatus }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff', carePlanId: string, id: string, discipline: Discipline, createdAt: string, stale: boolean, user: { id: string, name: string } }
      | { __typename: 'Problem', id: string, carePlanId: string, statement: string, discipline: Discipline, priority: Priority, position: string, version: number, problemStatus: ProblemStatus }
      | { __typename: 'ProgressNote', carePlanId: string, id: string, text: string, createdAt: string, author: { id: string, name: string, discipline: Discipline | null } }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, taskNode:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task', id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, riskNode:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory', id: string, patientId: string, reviewedAt: string, version: number, readmissionRisk: { id: string, patientId: string, score: number | null, level: RiskLevel | null, missing: Array<string>, charlsonIndex: number | null, computedAt: string, components: Array<{ letter: LaceLetter, label: string, value: string | null, points: number | null, missing: string | null }>, comorbidities: Array<{ category: CharlsonCategory, label: string, codes: Array<string>, charlsonWeight: number, laceWeight: number }> }, visits: Array<{ date: string, facility: string | null, ledToAdmission: boolean }> }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient', id: string, version: number, admissionAcuity: AdmissionAcuity | null, readmissionRisk: { id: string, patientId: string, score: number | null, level: RiskLevel | null, missing: Array<string>, charlsonIndex: number | null, computedAt: string, components: Array<{ letter: LaceLetter, label: string, value: string | null, points: number | null, missing: string | null }>, comorbidities: Array<{ category: CharlsonCategory, label: string, codes: Array<string>, charlsonWeight: number, laceWeight: number }> } }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, socialNeedsNode:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need', id: string, patientId: string, domain: SocialNeedDomain, screeningId: string | null, problemId: string | null, goalId: string | null, taskId: string | null, note: string | null, version: number, createdAt: string, updatedAt: string, needStatus: NeedStatus }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening', id: string, patientId: string, language: ScreeningLanguage, interpreterUsed: boolean, completedAt: string | null, version: number, updatedAt: string, screeningStatus: ScreeningStatus, answers: Array<{ question: string, values: Array<string> }>, domains: Array<{ domain: SocialNeedDomain, positive: boolean | null, score: number | null }>, screenedBy: { id: string, name: string } }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, referralNode:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral', id: string, patientId: string, needId: string, status: ReferralStatus, nextStatuses: Array<ReferralStatus>, note: string | null, sentAt: string | null, closedAt: string | null, followUpDueAt: string | null, followUpTaskId: string | null, version: number, createdAt: string, history: Array<{ status: ReferralStatus, at: string, byName: string, note: string | null }>, resource: { id: string, name: string, phone: string | null } }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, assessmentNode:
      | { __typename: 'Assessment', id: string, patientId: string, sequence: number, status: AssessmentStatus, previousId: string | null, signedAt: string | null, version: number, updatedAt: string, startedBy: { id: string, name: string }, signedBy: { id: string, name: string } | null, clinical: { cognition: Cognition | null, medicationCount: number | null, fallsInPastYear: boolean | null, painConcern: boolean | null, narrative: string | null }, psychosocial: { supportSystem: SupportSystem | null, moodConcern: boolean | null, substanceUseConcern: boolean | null, narrative: string | null }, financial: { coverageAdequate: boolean | null, medicationCostConcern: boolean | null, incomeConcern: boolean | null, narrative: string | null }, environmental: { livingArrangement: LivingArrangement | null, homeAccessBarriers: boolean | null, caregiver: CaregiverAvailability | null, functionalStatus: FunctionalStatus | null, narrative: string | null }, changesSincePrevious: Array<{ domain: string, field: string, before: unknown, after: unknown }> }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, dischargeNode:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier', id: string, planId: string, description: string, dueDate: string | null, version: number, updatedAt: string, barrierStatus: DischargeBarrierStatus, owner: { id: string, name: string } | null }
      | { __typename: 'DischargeChecklistItem', id: string, planId: string, kind: DischargeChecklistKind, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string, itemStatus: DischargeChecklistStatus }
      | { __typename: 'DischargePlan', id: string, expectedDate: string | null, disposition: PlannedDisposition | null, visibility: Visibility, version: number, updatedAt: string }
      | { __typename: 'EducationRecord', id: string, checklistItemId: string | null, topic: string, taughtTo: Learner, learnerName: string | null, method: TeachingMethod, teachBack: TeachBackResult, followUpNeeded: boolean, createdAt: string, taughtBy: { id: string, name: string } }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, payerNode:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization', id: string, patientId: string, payer: string, memberId: string | null, coverageType: CoverageType, service: AuthorizedService, serviceDetail: string | null, unitOfService: AuthorizationUnit, requestedUnits: number, requestedFrom: string, requestedTo: string, approvedUnits: number | null, approvedFrom: string | null, approvedTo: string | null, payerReference: string | null, status: AuthorizationStatus, nextStatuses: Array<AuthorizationStatus>, submittedAt: string | null, decidedAt: string | null, denialReason: string | null, appealDeadline: string | null, appealTaskId: string | null, version: number, createdAt: string, updatedAt: string, peerToPeer: { scheduledAt: string, physicianId: string | null, payerContact: string | null, note: string | null } | null, history: Array<{ status: AuthorizationStatus, at: string, byId: string, note: string | null }> }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview', id: string, patientId: string, stayAdmittedAt: string, reviewType: UtilizationReviewType, reviewDate: string, criteriaSet: string, levelOfCare: LevelOfCare, criteriaMet: boolean, notes: string | null, nextReviewDate: string | null, nextReviewTaskId: string | null, avoidableDayCount: number, version: number, createdAt: string, updatedAt: string, advisorReferral: { referredAt: string, reason: string, outcome: PhysicianAdvisorOutcome, advisorName: string | null } | null, avoidableDays: Array<{ date: string, reason: AvoidableDayReason, note: string | null }> }
     | null } };

export type PatientRecordEventFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, recordNode:
    | { __typename: 'Assessment' }
    | { __typename: 'Authorization' }
    | { __typename: 'BoardColumn' }
    | { __typename: 'CareConference' }
    | { __typename: 'CarePlan' }
    | { __typename: 'CareTeamMember', endedAt: string | null, id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }
    | { __typename: 'CommunityResource' }
    | { __typename: 'ConferenceAttendee' }
    | { __typename: 'ConferenceDecision' }
    | { __typename: 'ConferenceSummary' }
    | { __typename: 'DischargeBarrier' }
    | { __typename: 'DischargeChecklistItem' }
    | { __typename: 'DischargePlan' }
    | { __typename: 'EducationRecord' }
    | { __typename: 'EmergencyVisitHistory' }
    | { __typename: 'FamilyLink', id: string, version: number, linkStatus: FamilyLinkStatus }
    | { __typename: 'FamilyQuestion', id: string, text: string, askedByName: string, reply: string | null, repliedByName: string | null, repliedAt: string | null, createdAt: string, version: number, questionDiscipline: Discipline | null, questionStatus: FamilyQuestionStatus }
    | { __typename: 'FamilyUpdate', id: string, text: string, authorName: string, visibility: Visibility, createdAt: string, version: number }
    | { __typename: 'Goal' }
    | { __typename: 'Intervention' }
    | { __typename: 'Need' }
    | { __typename: 'Patient', disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, unit: { id: string, code: string, name: string, timeZone: string } }
    | { __typename: 'PlanSignOff' }
    | { __typename: 'Problem' }
    | { __typename: 'ProgressNote' }
    | { __typename: 'Referral' }
    | { __typename: 'RoundsAgendaItem' }
    | { __typename: 'RoundsDecision' }
    | { __typename: 'RoundsSession' }
    | { __typename: 'RoundsUpdate' }
    | { __typename: 'SocialNeedsScreening' }
    | { __typename: 'Task' }
    | { __typename: 'TaskComment' }
    | { __typename: 'UtilizationReview' }
   | null, actor: { id: string, name: string } };

export type UnitEventsSubscriptionVariables = Exact<{
  unitId: string;
  after?: string | null | undefined;
}>;


export type UnitEventsSubscription = { unitEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory', id: string, version: number, readmissionRisk: { id: string, score: number | null, level: RiskLevel | null, missing: Array<string> } }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient', id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, readmissionRisk: { id: string, score: number | null, level: RiskLevel | null, missing: Array<string> }, unit: { id: string, code: string, name: string, timeZone: string } }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, actor: { id: string, name: string } } };

export type PatientChangesQueryVariables = Exact<{
  id: string;
}>;


export type PatientChangesQuery = { patient: { id: string, changesSinceLastSeen: { lastSeenAt: string | null, latestEventId: string | null, changes: Array<{ eventId: string, at: string, actorName: string, kind: string, entityType: string, fields: Array<string> }> } } };

export type MarkPatientSeenMutationVariables = Exact<{
  patientId: string;
  upToEventId: string;
}>;


export type MarkPatientSeenMutation = { markPatientSeen: { latestEventId: string | null } };

export type PortalItemFieldsFragment = { id: string, kind: PortalItemKind, title: string, text: string, status: string | null, detail: string | null, date: string | null, at: string, reply: { text: string, author: string, at: string } | null };

export type PortalQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalQuery = { portal: { patients: Array<{ patientId: string, name: string, relationship: string, shareScopes: Array<FamilyShareScope>, lastEventId: string, items: Array<{ id: string, kind: PortalItemKind, title: string, text: string, status: string | null, detail: string | null, date: string | null, at: string, reply: { text: string, author: string, at: string } | null }> }> } };

export type PortalEventsSubscriptionVariables = Exact<{
  patientId: string;
  after?: string | null | undefined;
}>;


export type PortalEventsSubscription = { portalEvents: { id: string, patientId: string, itemId: string, removed: boolean, item: { id: string, kind: PortalItemKind, title: string, text: string, status: string | null, detail: string | null, date: string | null, at: string, reply: { text: string, author: string, at: string } | null } | null } };

export type AskCareTeamMutationVariables = Exact<{
  input: AskCareTeamInput;
}>;


export type AskCareTeamMutation = { askCareTeam: { id: string, kind: PortalItemKind, title: string, text: string, status: string | null, detail: string | null, date: string | null, at: string, reply: { text: string, author: string, at: string } | null } };

export type FamilyUpdateFieldsFragment = { id: string, text: string, authorName: string, visibility: Visibility, createdAt: string, version: number };

export type FamilyQuestionFieldsFragment = { id: string, text: string, askedByName: string, discipline: Discipline | null, status: FamilyQuestionStatus, taskId: string | null, reply: string | null, repliedByName: string | null, repliedAt: string | null, createdAt: string, version: number };

export type FamilySharingQueryVariables = Exact<{
  id: string;
}>;


export type FamilySharingQuery = { patient: { id: string, familySharing: Array<FamilyShareScope>, familyUpdates: Array<{ id: string, text: string, authorName: string, visibility: Visibility, createdAt: string, version: number }>, familyQuestions: Array<{ id: string, text: string, askedByName: string, discipline: Discipline | null, status: FamilyQuestionStatus, taskId: string | null, reply: string | null, repliedByName: string | null, repliedAt: string | null, createdAt: string, version: number }> } };

export type WriteFamilyUpdateMutationVariables = Exact<{
  input: WriteFamilyUpdateInput;
}>;


export type WriteFamilyUpdateMutation = { writeFamilyUpdate: { id: string, text: string, authorName: string, visibility: Visibility, createdAt: string, version: number } };

export type SetFamilySharingMutationVariables = Exact<{
  input: SetFamilySharingInput;
}>;


export type SetFamilySharingMutation = { setFamilySharing: { entityType: FamilyShareable, id: string, visibility: Visibility, version: number } };

export type AnswerFamilyQuestionMutationVariables = Exact<{
  input: AnswerFamilyQuestionInput;
}>;


export type AnswerFamilyQuestionMutation = { answerFamilyQuestion: { id: string, text: string, askedByName: string, discipline: Discipline | null, status: FamilyQuestionStatus, taskId: string | null, reply: string | null, repliedByName: string | null, repliedAt: string | null, createdAt: string, version: number } };

export type CommunityResourceFieldsFragment = { id: string, name: string, description: string | null, categories: Array<ResourceCategory>, phone: string | null, email: string | null, website: string | null, address: string | null, hours: string | null, eligibility: string | null, serviceArea: string | null, languages: Array<string>, version: number };

export type ReferralFieldsFragment = { id: string, patientId: string, needId: string, status: ReferralStatus, nextStatuses: Array<ReferralStatus>, note: string | null, sentAt: string | null, closedAt: string | null, followUpDueAt: string | null, followUpTaskId: string | null, version: number, createdAt: string, history: Array<{ status: ReferralStatus, at: string, byName: string, note: string | null }>, resource: { id: string, name: string, phone: string | null } };

export type CommunityResourcesQueryVariables = Exact<{
  search?: CommunityResourceSearchInput | null | undefined;
}>;


export type CommunityResourcesQuery = { communityResources: Array<{ id: string, name: string, description: string | null, categories: Array<ResourceCategory>, phone: string | null, email: string | null, website: string | null, address: string | null, hours: string | null, eligibility: string | null, serviceArea: string | null, languages: Array<string>, version: number }> };

export type PatientReferralsQueryVariables = Exact<{
  id: string;
}>;


export type PatientReferralsQuery = { patient: { id: string, name: string, lastEventId: string | null, socialNeeds: Array<{ id: string, domain: SocialNeedDomain, status: NeedStatus }>, referrals: Array<{ id: string, patientId: string, needId: string, status: ReferralStatus, nextStatuses: Array<ReferralStatus>, note: string | null, sentAt: string | null, closedAt: string | null, followUpDueAt: string | null, followUpTaskId: string | null, version: number, createdAt: string, history: Array<{ status: ReferralStatus, at: string, byName: string, note: string | null }>, resource: { id: string, name: string, phone: string | null } }> } };

export type CreateCommunityResourceMutationVariables = Exact<{
  input: CreateCommunityResourceInput;
}>;


export type CreateCommunityResourceMutation = { createCommunityResource: { id: string, name: string, description: string | null, categories: Array<ResourceCategory>, phone: string | null, email: string | null, website: string | null, address: string | null, hours: string | null, eligibility: string | null, serviceArea: string | null, languages: Array<string>, version: number } };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { id: string, patientId: string, needId: string, status: ReferralStatus, nextStatuses: Array<ReferralStatus>, note: string | null, sentAt: string | null, closedAt: string | null, followUpDueAt: string | null, followUpTaskId: string | null, version: number, createdAt: string, history: Array<{ status: ReferralStatus, at: string, byName: string, note: string | null }>, resource: { id: string, name: string, phone: string | null } } };

export type ChangeReferralStatusMutationVariables = Exact<{
  input: ChangeReferralStatusInput;
}>;


export type ChangeReferralStatusMutation = { changeReferralStatus: { id: string, patientId: string, needId: string, status: ReferralStatus, nextStatuses: Array<ReferralStatus>, note: string | null, sentAt: string | null, closedAt: string | null, followUpDueAt: string | null, followUpTaskId: string | null, version: number, createdAt: string, history: Array<{ status: ReferralStatus, at: string, byName: string, note: string | null }>, resource: { id: string, name: string, phone: string | null } } };

export type ReferralEventFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, referralNode:
    | { __typename: 'Assessment' }
    | { __typename: 'Authorization' }
    | { __typename: 'BoardColumn' }
    | { __typename: 'CareConference' }
    | { __typename: 'CarePlan' }
    | { __typename: 'CareTeamMember' }
    | { __typename: 'CommunityResource' }
    | { __typename: 'ConferenceAttendee' }
    | { __typename: 'ConferenceDecision' }
    | { __typename: 'ConferenceSummary' }
    | { __typename: 'DischargeBarrier' }
    | { __typename: 'DischargeChecklistItem' }
    | { __typename: 'DischargePlan' }
    | { __typename: 'EducationRecord' }
    | { __typename: 'EmergencyVisitHistory' }
    | { __typename: 'FamilyLink' }
    | { __typename: 'FamilyQuestion' }
    | { __typename: 'FamilyUpdate' }
    | { __typename: 'Goal' }
    | { __typename: 'Intervention' }
    | { __typename: 'Need' }
    | { __typename: 'Patient' }
    | { __typename: 'PlanSignOff' }
    | { __typename: 'Problem' }
    | { __typename: 'ProgressNote' }
    | { __typename: 'Referral', id: string, patientId: string, needId: string, status: ReferralStatus, nextStatuses: Array<ReferralStatus>, note: string | null, sentAt: string | null, closedAt: string | null, followUpDueAt: string | null, followUpTaskId: string | null, version: number, createdAt: string, history: Array<{ status: ReferralStatus, at: string, byName: string, note: string | null }>, resource: { id: string, name: string, phone: string | null } }
    | { __typename: 'RoundsAgendaItem' }
    | { __typename: 'RoundsDecision' }
    | { __typename: 'RoundsSession' }
    | { __typename: 'RoundsUpdate' }
    | { __typename: 'SocialNeedsScreening' }
    | { __typename: 'Task' }
    | { __typename: 'TaskComment' }
    | { __typename: 'UtilizationReview' }
   | null, actor: { id: string, name: string } };

export type ReadmissionRiskFieldsFragment = { id: string, patientId: string, score: number | null, level: RiskLevel | null, missing: Array<string>, charlsonIndex: number | null, computedAt: string, components: Array<{ letter: LaceLetter, label: string, value: string | null, points: number | null, missing: string | null }>, comorbidities: Array<{ category: CharlsonCategory, label: string, codes: Array<string>, charlsonWeight: number, laceWeight: number }> };

export type EmergencyVisitHistoryFieldsFragment = { id: string, patientId: string, reviewedAt: string, version: number, visits: Array<{ date: string, facility: string | null, ledToAdmission: boolean }> };

export type PatientRiskQueryVariables = Exact<{
  id: string;
}>;


export type PatientRiskQuery = { patient: { id: string, admissionAcuity: AdmissionAcuity | null, version: number, readmissionRisk: { id: string, patientId: string, score: number | null, level: RiskLevel | null, missing: Array<string>, charlsonIndex: number | null, computedAt: string, components: Array<{ letter: LaceLetter, label: string, value: string | null, points: number | null, missing: string | null }>, comorbidities: Array<{ category: CharlsonCategory, label: string, codes: Array<string>, charlsonWeight: number, laceWeight: number }> }, emergencyVisitHistory: { id: string, patientId: string, reviewedAt: string, version: number, visits: Array<{ date: string, facility: string | null, ledToAdmission: boolean }> } | null } };

export type HighRiskCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type HighRiskCaseloadQuery = { myCaseload: Array<{ id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, readmissionRisk: { id: string, patientId: string, score: number | null, level: RiskLevel | null, missing: Array<string>, charlsonIndex: number | null, computedAt: string, components: Array<{ letter: LaceLetter, label: string, value: string | null, points: number | null, missing: string | null }>, comorbidities: Array<{ category: CharlsonCategory, label: string, codes: Array<string>, charlsonWeight: number, laceWeight: number }> }, unit: { id: string, code: string, name: string, timeZone: string } }> };

export type WorklistQueryVariables = Exact<{
  kind: WorklistKind;
}>;


export type WorklistQuery = { worklist: Array<{ id: string, name: string, readmissionRisk: { id: string, score: number | null } }> };

export type RecordEmergencyVisitsMutationVariables = Exact<{
  input: RecordEmergencyVisitsInput;
}>;


export type RecordEmergencyVisitsMutation = { recordEmergencyVisits: { id: string, patientId: string, reviewedAt: string, version: number, readmissionRisk: { id: string, patientId: string, score: number | null, level: RiskLevel | null, missing: Array<string>, charlsonIndex: number | null, computedAt: string, components: Array<{ letter: LaceLetter, label: string, value: string | null, points: number | null, missing: string | null }>, comorbidities: Array<{ category: CharlsonCategory, label: string, codes: Array<string>, charlsonWeight: number, laceWeight: number }> }, visits: Array<{ date: string, facility: string | null, ledToAdmission: boolean }> } };

export type SetAdmissionAcuityMutationVariables = Exact<{
  input: UpdatePatientInput;
}>;


export type SetAdmissionAcuityMutation = { updatePatient: { id: string, version: number, admissionAcuity: AdmissionAcuity | null, updatedAt: string } };

export type RiskEventFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, riskNode:
    | { __typename: 'Assessment' }
    | { __typename: 'Authorization' }
    | { __typename: 'BoardColumn' }
    | { __typename: 'CareConference' }
    | { __typename: 'CarePlan' }
    | { __typename: 'CareTeamMember' }
    | { __typename: 'CommunityResource' }
    | { __typename: 'ConferenceAttendee' }
    | { __typename: 'ConferenceDecision' }
    | { __typename: 'ConferenceSummary' }
    | { __typename: 'DischargeBarrier' }
    | { __typename: 'DischargeChecklistItem' }
    | { __typename: 'DischargePlan' }
    | { __typename: 'EducationRecord' }
    | { __typename: 'EmergencyVisitHistory', id: string, patientId: string, reviewedAt: string, version: number, readmissionRisk: { id: string, patientId: string, score: number | null, level: RiskLevel | null, missing: Array<string>, charlsonIndex: number | null, computedAt: string, components: Array<{ letter: LaceLetter, label: string, value: string | null, points: number | null, missing: string | null }>, comorbidities: Array<{ category: CharlsonCategory, label: string, codes: Array<string>, charlsonWeight: number, laceWeight: number }> }, visits: Array<{ date: string, facility: string | null, ledToAdmission: boolean }> }
    | { __typename: 'FamilyLink' }
    | { __typename: 'FamilyQuestion' }
    | { __typename: 'FamilyUpdate' }
    | { __typename: 'Goal' }
    | { __typename: 'Intervention' }
    | { __typename: 'Need' }
    | { __typename: 'Patient', id: string, version: number, admissionAcuity: AdmissionAcuity | null, readmissionRisk: { id: string, patientId: string, score: number | null, level: RiskLevel | null, missing: Array<string>, charlsonIndex: number | null, computedAt: string, components: Array<{ letter: LaceLetter, label: string, value: string | null, points: number | null, missing: string | null }>, comorbidities: Array<{ category: CharlsonCategory, label: string, codes: Array<string>, charlsonWeight: number, laceWeight: number }> } }
    | { __typename: 'PlanSignOff' }
    | { __typename: 'Problem' }
    | { __typename: 'ProgressNote' }
    | { __typename: 'Referral' }
    | { __typename: 'RoundsAgendaItem' }
    | { __typename: 'RoundsDecision' }
    | { __typename: 'RoundsSession' }
    | { __typename: 'RoundsUpdate' }
    | { __typename: 'SocialNeedsScreening' }
    | { __typename: 'Task' }
    | { __typename: 'TaskComment' }
    | { __typename: 'UtilizationReview' }
   | null, actor: { id: string, name: string } };

export type RoundsSessionFieldsFragment = { id: string, unitId: string, date: string, status: RoundsStatus, currentItemId: string | null, currentSince: string | null, startedAt: string | null, finishedAt: string | null, version: number, facilitator: { id: string, name: string } };

export type RoundsAgendaItemFieldsFragment = { id: string, sessionId: string, patientId: string, position: string, timeBoxSeconds: number, spentSeconds: number, discussedAt: string | null, version: number };

export type RoundsUpdateFieldsFragment = { id: string, itemId: string, discipline: Discipline, statusSinceLast: string | null, concerns: string | null, planForToday: string | null, version: number, updatedAt: string, author: { id: string, name: string } };

export type RoundsBarrierFieldsFragment = { id: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, owner: { id: string, name: string } | null };

export type RoundsDecisionFieldsFragment = { id: string, itemId: string, text: string, taskId: string | null, createdAt: string, version: number, author: { id: string, name: string } };

export type RoundsSessionQueryVariables = Exact<{
  id: string;
}>;


export type RoundsSessionQuery = { roundsSession: { serverTime: string, lastEventId: string | null, id: string, unitId: string, date: string, status: RoundsStatus, currentItemId: string | null, currentSince: string | null, startedAt: string | null, finishedAt: string | null, version: number, agenda: Array<{ id: string, sessionId: string, patientId: string, position: string, timeBoxSeconds: number, spentSeconds: number, discussedAt: string | null, version: number, patient: { id: string, name: string, bed: string | null, expectedDischargeDate: string | null, admittingDiagnosis: string | null }, updates: Array<{ id: string, itemId: string, discipline: Discipline, statusSinceLast: string | null, concerns: string | null, planForToday: string | null, version: number, updatedAt: string, author: { id: string, name: string } }> | null, barriers: Array<{ id: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, owner: { id: string, name: string } | null }> | null, decisions: Array<{ id: string, itemId: string, text: string, taskId: string | null, createdAt: string, version: number, author: { id: string, name: string } }> | null }> | null, facilitator: { id: string, name: string } } };

export type RoundsSessionsQueryVariables = Exact<{
  unitId: string;
}>;


export type RoundsSessionsQuery = { roundsSessions: Array<{ id: string, date: string, status: RoundsStatus, version: number, facilitator: { id: string, name: string } }> };

export type RoundsPatientBriefQueryVariables = Exact<{
  patientId: string;
}>;


export type RoundsPatientBriefQuery = { patient: { id: string, carePlan: { id: string, problems: Array<{ id: string, statement: string, status: ProblemStatus, goals: Array<{ id: string, description: string, status: GoalStatus }> | null }> } | null, tasks: Array<{ id: string, title: string, dueAt: string | null, completedAt: string | null, assignee: { id: string, name: string } | null }> } };

export type RoundsEventsSubscriptionVariables = Exact<{
  sessionId: string;
  after?: string | null | undefined;
}>;


export type RoundsEventsSubscription = { roundsEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn' }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier', id: string, patientId: string, description: string, dueDate: string | null, version: number, barrierStatus: DischargeBarrierStatus, owner: { id: string, name: string } | null }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem', id: string, sessionId: string, patientId: string, position: string, timeBoxSeconds: number, spentSeconds: number, discussedAt: string | null, version: number }
      | { __typename: 'RoundsDecision', id: string, itemId: string, text: string, taskId: string | null, createdAt: string, version: number, author: { id: string, name: string } }
      | { __typename: 'RoundsSession', id: string, currentItemId: string | null, currentSince: string | null, startedAt: string | null, finishedAt: string | null, version: number, sessionStatus: RoundsStatus }
      | { __typename: 'RoundsUpdate', id: string, itemId: string, discipline: Discipline, statusSinceLast: string | null, concerns: string | null, planForToday: string | null, version: number, updatedAt: string, author: { id: string, name: string } }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task' }
      | { __typename: 'TaskComment' }
      | { __typename: 'UtilizationReview' }
     | null, actor: { id: string, name: string } } };

export type CreateRoundsSessionMutationVariables = Exact<{
  input: CreateRoundsSessionInput;
}>;


export type CreateRoundsSessionMutation = { createRoundsSession: { id: string, unitId: string, date: string, status: RoundsStatus, currentItemId: string | null, currentSince: string | null, startedAt: string | null, finishedAt: string | null, version: number, facilitator: { id: string, name: string } } };

export type StartRoundsMutationVariables = Exact<{
  input: RoundsSessionTransitionInput;
}>;


export type StartRoundsMutation = { startRounds: { id: string, unitId: string, date: string, status: RoundsStatus, currentItemId: string | null, currentSince: string | null, startedAt: string | null, finishedAt: string | null, version: number, facilitator: { id: string, name: string } } };

export type FinishRoundsMutationVariables = Exact<{
  input: RoundsSessionTransitionInput;
}>;


export type FinishRoundsMutation = { finishRounds: { id: string, unitId: string, date: string, status: RoundsStatus, currentItemId: string | null, currentSince: string | null, startedAt: string | null, finishedAt: string | null, version: number, facilitator: { id: string, name: string } } };

export type MoveRoundsPointerMutationVariables = Exact<{
  input: MoveRoundsPointerInput;
}>;


export type MoveRoundsPointerMutation = { moveRoundsPointer: { id: string, unitId: string, date: string, status: RoundsStatus, currentItemId: string | null, currentSince: string | null, startedAt: string | null, finishedAt: string | null, version: number, facilitator: { id: string, name: string } } };

export type MarkRoundsPatientDiscussedMutationVariables = Exact<{
  input: MarkRoundsPatientDiscussedInput;
}>;


export type MarkRoundsPatientDiscussedMutation = { markRoundsPatientDiscussed: { id: string, sessionId: string, patientId: string, position: string, timeBoxSeconds: number, spentSeconds: number, discussedAt: string | null, version: number } };

export type MoveRoundsPatientMutationVariables = Exact<{
  input: MoveRoundsPatientInput;
}>;


export type MoveRoundsPatientMutation = { moveRoundsPatient: { id: string, sessionId: string, patientId: string, position: string, timeBoxSeconds: number, spentSeconds: number, discussedAt: string | null, version: number } };

export type SaveRoundsUpdateMutationVariables = Exact<{
  input: SaveRoundsUpdateInput;
}>;


export type SaveRoundsUpdateMutation = { saveRoundsUpdate: { id: string, itemId: string, discipline: Discipline, statusSinceLast: string | null, concerns: string | null, planForToday: string | null, version: number, updatedAt: string, author: { id: string, name: string } } };

export type AddRoundsBarrierMutationVariables = Exact<{
  input: AddRoundsBarrierInput;
}>;


export type AddRoundsBarrierMutation = { addRoundsBarrier: { id: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, owner: { id: string, name: string } | null } };

export type UpdateRoundsBarrierMutationVariables = Exact<{
  input: UpdateRoundsBarrierInput;
}>;


export type UpdateRoundsBarrierMutation = { updateRoundsBarrier: { id: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, owner: { id: string, name: string } | null } };

export type RecordRoundsDecisionMutationVariables = Exact<{
  input: RecordRoundsDecisionInput;
}>;


export type RecordRoundsDecisionMutation = { recordRoundsDecision: { id: string, itemId: string, text: string, taskId: string | null, createdAt: string, version: number, author: { id: string, name: string } } };

export type CreateRoundsActionItemMutationVariables = Exact<{
  input: CreateRoundsActionItemInput;
}>;


export type CreateRoundsActionItemMutation = { createRoundsActionItem: { taskId: string, decision: { id: string, itemId: string, text: string, taskId: string | null, createdAt: string, version: number, author: { id: string, name: string } } } };

export type RoundsUnitStaffQueryVariables = Exact<{
  unitId: string;
}>;


export type RoundsUnitStaffQuery = { unit: { id: string, code: string, name: string, staff: Array<{ id: string, name: string, discipline: Discipline | null }> } };

export type RoundsUnitCensusQueryVariables = Exact<{
  unitId: string;
}>;


export type RoundsUnitCensusQuery = { unit: { id: string, patients: Array<{ id: string, name: string, bed: string | null, status: PatientStatus }> } };

export type AddRoundsPatientMutationVariables = Exact<{
  input: AddRoundsPatientInput;
}>;


export type AddRoundsPatientMutation = { addRoundsPatient: { id: string, sessionId: string, patientId: string, position: string, timeBoxSeconds: number, spentSeconds: number, discussedAt: string | null, version: number } };

export type ScreeningFieldsFragment = { id: string, patientId: string, status: ScreeningStatus, language: ScreeningLanguage, interpreterUsed: boolean, completedAt: string | null, version: number, updatedAt: string, answers: Array<{ question: string, values: Array<string> }>, domains: Array<{ domain: SocialNeedDomain, positive: boolean | null, score: number | null }>, screenedBy: { id: string, name: string } };

export type NeedFieldsFragment = { id: string, patientId: string, domain: SocialNeedDomain, status: NeedStatus, screeningId: string | null, problemId: string | null, goalId: string | null, taskId: string | null, note: string | null, version: number, createdAt: string, updatedAt: string };

export type ScreeningToolQueryVariables = Exact<{
  language: ScreeningLanguage;
}>;


export type ScreeningToolQuery = { socialNeedsScreeningTool: Array<{ id: string, number: number, domain: SocialNeedDomain, text: string, multiple: boolean, options: Array<{ value: string, label: string, score: number | null }> }> };

export type PatientSocialNeedsQueryVariables = Exact<{
  id: string;
}>;


export type PatientSocialNeedsQuery = { patient: { id: string, primaryLanguage: string | null, interpreterNeeded: boolean, socialNeedsScreenings: Array<{ id: string, patientId: string, status: ScreeningStatus, language: ScreeningLanguage, interpreterUsed: boolean, completedAt: string | null, version: number, updatedAt: string, answers: Array<{ question: string, values: Array<string> }>, domains: Array<{ domain: SocialNeedDomain, positive: boolean | null, score: number | null }>, screenedBy: { id: string, name: string } }>, socialNeeds: Array<{ id: string, patientId: string, domain: SocialNeedDomain, status: NeedStatus, screeningId: string | null, problemId: string | null, goalId: string | null, taskId: string | null, note: string | null, version: number, createdAt: string, updatedAt: string }> } };

export type StartScreeningMutationVariables = Exact<{
  input: StartScreeningInput;
}>;


export type StartScreeningMutation = { startScreening: { id: string, patientId: string, status: ScreeningStatus, language: ScreeningLanguage, interpreterUsed: boolean, completedAt: string | null, version: number, updatedAt: string, answers: Array<{ question: string, values: Array<string> }>, domains: Array<{ domain: SocialNeedDomain, positive: boolean | null, score: number | null }>, screenedBy: { id: string, name: string } } };

export type AnswerScreeningMutationVariables = Exact<{
  input: AnswerScreeningInput;
}>;


export type AnswerScreeningMutation = { answerScreening: { id: string, patientId: string, status: ScreeningStatus, language: ScreeningLanguage, interpreterUsed: boolean, completedAt: string | null, version: number, updatedAt: string, answers: Array<{ question: string, values: Array<string> }>, domains: Array<{ domain: SocialNeedDomain, positive: boolean | null, score: number | null }>, screenedBy: { id: string, name: string } } };

export type CompleteScreeningMutationVariables = Exact<{
  input: CompleteScreeningInput;
}>;


export type CompleteScreeningMutation = { completeScreening: { id: string, patientId: string, status: ScreeningStatus, language: ScreeningLanguage, interpreterUsed: boolean, completedAt: string | null, version: number, updatedAt: string, answers: Array<{ question: string, values: Array<string> }>, domains: Array<{ domain: SocialNeedDomain, positive: boolean | null, score: number | null }>, screenedBy: { id: string, name: string } } };

export type UpdateNeedMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type UpdateNeedMutation = { updateNeed: { id: string, patientId: string, domain: SocialNeedDomain, status: NeedStatus, screeningId: string | null, problemId: string | null, goalId: string | null, taskId: string | null, note: string | null, version: number, createdAt: string, updatedAt: string } };

export type SocialNeedsEventFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, socialNeedsNode:
    | { __typename: 'Assessment' }
    | { __typename: 'Authorization' }
    | { __typename: 'BoardColumn' }
    | { __typename: 'CareConference' }
    | { __typename: 'CarePlan' }
    | { __typename: 'CareTeamMember' }
    | { __typename: 'CommunityResource' }
    | { __typename: 'ConferenceAttendee' }
    | { __typename: 'ConferenceDecision' }
    | { __typename: 'ConferenceSummary' }
    | { __typename: 'DischargeBarrier' }
    | { __typename: 'DischargeChecklistItem' }
    | { __typename: 'DischargePlan' }
    | { __typename: 'EducationRecord' }
    | { __typename: 'EmergencyVisitHistory' }
    | { __typename: 'FamilyLink' }
    | { __typename: 'FamilyQuestion' }
    | { __typename: 'FamilyUpdate' }
    | { __typename: 'Goal' }
    | { __typename: 'Intervention' }
    | { __typename: 'Need', id: string, patientId: string, domain: SocialNeedDomain, screeningId: string | null, problemId: string | null, goalId: string | null, taskId: string | null, note: string | null, version: number, createdAt: string, updatedAt: string, needStatus: NeedStatus }
    | { __typename: 'Patient' }
    | { __typename: 'PlanSignOff' }
    | { __typename: 'Problem' }
    | { __typename: 'ProgressNote' }
    | { __typename: 'Referral' }
    | { __typename: 'RoundsAgendaItem' }
    | { __typename: 'RoundsDecision' }
    | { __typename: 'RoundsSession' }
    | { __typename: 'RoundsUpdate' }
    | { __typename: 'SocialNeedsScreening', id: string, patientId: string, language: ScreeningLanguage, interpreterUsed: boolean, completedAt: string | null, version: number, updatedAt: string, screeningStatus: ScreeningStatus, answers: Array<{ question: string, values: Array<string> }>, domains: Array<{ domain: SocialNeedDomain, positive: boolean | null, score: number | null }>, screenedBy: { id: string, name: string } }
    | { __typename: 'Task' }
    | { __typename: 'TaskComment' }
    | { __typename: 'UtilizationReview' }
   | null, actor: { id: string, name: string } };

export type CreateTaskForNeedMutationVariables = Exact<{
  input: TaskForItemInput;
}>;


export type CreateTaskForNeedMutation = { createTaskForNeed: { id: string, patientId: string, domain: SocialNeedDomain, status: NeedStatus, screeningId: string | null, problemId: string | null, goalId: string | null, taskId: string | null, note: string | null, version: number, createdAt: string, updatedAt: string } };

export type BoardColumnFieldsFragment = { id: string, boardId: string, name: string, position: string, wipLimit: number | null, completes: boolean, archivedAt: string | null, version: number };

export type TaskFieldsFragment = { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> };

export type TaskCommentFieldsFragment = { id: string, taskId: string, text: string, createdAt: string, version: number, author: { id: string, name: string, discipline: Discipline | null }, mentions: Array<{ id: string, name: string }> };

export type TaskBoardFieldsFragment = { id: string, kind: TaskBoardKind, name: string, unitId: string | null, patientId: string | null, timeZone: string, version: number, lastEventId: string | null, columns: Array<{ id: string, boardId: string, name: string, position: string, wipLimit: number | null, completes: boolean, archivedAt: string | null, version: number }>, tasks: Array<{ id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, patient: { id: string, name: string, bed: string | null } | null, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }> };

export type TaskBoardQueryVariables = Exact<{
  id: string;
}>;


export type TaskBoardQuery = { taskBoard: { id: string, kind: TaskBoardKind, name: string, unitId: string | null, patientId: string | null, timeZone: string, version: number, lastEventId: string | null, columns: Array<{ id: string, boardId: string, name: string, position: string, wipLimit: number | null, completes: boolean, archivedAt: string | null, version: number }>, tasks: Array<{ id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, patient: { id: string, name: string, bed: string | null } | null, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }> } };

export type UnitTaskBoardQueryVariables = Exact<{
  unitId: string;
}>;


export type UnitTaskBoardQuery = { unit: { id: string, code: string, name: string, timeZone: string, staff: Array<{ id: string, name: string, discipline: Discipline | null }>, patients: Array<{ id: string, name: string, bed: string | null }>, taskBoard: { id: string, kind: TaskBoardKind, name: string, unitId: string | null, patientId: string | null, timeZone: string, version: number, lastEventId: string | null, columns: Array<{ id: string, boardId: string, name: string, position: string, wipLimit: number | null, completes: boolean, archivedAt: string | null, version: number }>, tasks: Array<{ id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, patient: { id: string, name: string, bed: string | null } | null, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }> } } };

export type PatientTaskBoardQueryVariables = Exact<{
  patientId: string;
}>;


export type PatientTaskBoardQuery = { patient: { id: string, name: string, bed: string | null, careTeam: Array<{ user: { id: string, name: string, discipline: Discipline | null } }>, taskBoard: { id: string, kind: TaskBoardKind, name: string, unitId: string | null, patientId: string | null, timeZone: string, version: number, lastEventId: string | null, columns: Array<{ id: string, boardId: string, name: string, position: string, wipLimit: number | null, completes: boolean, archivedAt: string | null, version: number }>, tasks: Array<{ id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, patient: { id: string, name: string, bed: string | null } | null, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }> } } };

export type PatientTasksQueryVariables = Exact<{
  patientId: string;
  includeCompleted?: boolean | null | undefined;
}>;


export type PatientTasksQuery = { patient: { id: string, lastEventId: string | null, tasks: Array<{ id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }> } };

export type MyWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkQuery = { myWork: Array<{ id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, patient: { id: string, name: string, bed: string | null } | null, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }> };

export type TaskQueryVariables = Exact<{
  id: string;
}>;


export type TaskQuery = { task: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, completedBy: { id: string, name: string } | null, createdBy: { id: string, name: string } | null, patient: { id: string, name: string, bed: string | null } | null, comments: Array<{ id: string, taskId: string, text: string, createdAt: string, version: number, author: { id: string, name: string, discipline: Discipline | null }, mentions: Array<{ id: string, name: string }> }>, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, patient: { id: string, name: string, bed: string | null } | null, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type MoveTaskMutationVariables = Exact<{
  input: MoveTaskInput;
}>;


export type MoveTaskMutation = { moveTask: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type AssignTaskMutationVariables = Exact<{
  input: AssignTaskInput;
}>;


export type AssignTaskMutation = { assignTask: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type CompleteTaskMutationVariables = Exact<{
  input: TaskVersionInput;
}>;


export type CompleteTaskMutation = { completeTask: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type ReopenTaskMutationVariables = Exact<{
  input: TaskVersionInput;
}>;


export type ReopenTaskMutation = { reopenTask: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type ArchiveTaskMutationVariables = Exact<{
  input: TaskVersionInput;
}>;


export type ArchiveTaskMutation = { archiveTask: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type AddTaskCommentMutationVariables = Exact<{
  input: AddTaskCommentInput;
}>;


export type AddTaskCommentMutation = { addTaskComment: { id: string, taskId: string, text: string, createdAt: string, version: number, author: { id: string, name: string, discipline: Discipline | null }, mentions: Array<{ id: string, name: string }> } };

export type AddChecklistItemMutationVariables = Exact<{
  input: AddChecklistItemInput;
}>;


export type AddChecklistItemMutation = { addChecklistItem: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type ToggleChecklistItemMutationVariables = Exact<{
  input: ToggleChecklistItemInput;
}>;


export type ToggleChecklistItemMutation = { toggleChecklistItem: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type RemoveChecklistItemMutationVariables = Exact<{
  input: RemoveChecklistItemInput;
}>;


export type RemoveChecklistItemMutation = { removeChecklistItem: { id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> } };

export type BulkMoveTasksMutationVariables = Exact<{
  input: BulkMoveTasksInput;
}>;


export type BulkMoveTasksMutation = { bulkMoveTasks: Array<{ id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }> };

export type BulkAssignTasksMutationVariables = Exact<{
  input: BulkAssignTasksInput;
}>;


export type BulkAssignTasksMutation = { bulkAssignTasks: Array<{ id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }> };

export type AddBoardColumnMutationVariables = Exact<{
  input: AddBoardColumnInput;
}>;


export type AddBoardColumnMutation = { addBoardColumn: { id: string, boardId: string, name: string, position: string, wipLimit: number | null, completes: boolean, archivedAt: string | null, version: number } };

export type UpdateBoardColumnMutationVariables = Exact<{
  input: UpdateBoardColumnInput;
}>;


export type UpdateBoardColumnMutation = { updateBoardColumn: { id: string, boardId: string, name: string, position: string, wipLimit: number | null, completes: boolean, archivedAt: string | null, version: number } };

export type MoveBoardColumnMutationVariables = Exact<{
  input: MoveBoardColumnInput;
}>;


export type MoveBoardColumnMutation = { moveBoardColumn: { id: string, boardId: string, name: string, position: string, wipLimit: number | null, completes: boolean, archivedAt: string | null, version: number } };

export type ArchiveBoardColumnMutationVariables = Exact<{
  input: ArchiveBoardColumnInput;
}>;


export type ArchiveBoardColumnMutation = { archiveBoardColumn: { id: string, boardId: string, name: string, position: string, wipLimit: number | null, completes: boolean, archivedAt: string | null, version: number } };

export type BoardEventsSubscriptionVariables = Exact<{
  boardId: string;
  after?: string | null | undefined;
}>;


export type BoardEventsSubscription = { boardEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'Authorization' }
      | { __typename: 'BoardColumn', id: string, boardId: string, name: string, position: string, wipLimit: number | null, completes: boolean, archivedAt: string | null, version: number }
      | { __typename: 'CareConference' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
      | { __typename: 'CommunityResource' }
      | { __typename: 'ConferenceAttendee' }
      | { __typename: 'ConferenceDecision' }
      | { __typename: 'ConferenceSummary' }
      | { __typename: 'DischargeBarrier' }
      | { __typename: 'DischargeChecklistItem' }
      | { __typename: 'DischargePlan' }
      | { __typename: 'EducationRecord' }
      | { __typename: 'EmergencyVisitHistory' }
      | { __typename: 'FamilyLink' }
      | { __typename: 'FamilyQuestion' }
      | { __typename: 'FamilyUpdate' }
      | { __typename: 'Goal' }
      | { __typename: 'Intervention' }
      | { __typename: 'Need' }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'Referral' }
      | { __typename: 'RoundsAgendaItem' }
      | { __typename: 'RoundsDecision' }
      | { __typename: 'RoundsSession' }
      | { __typename: 'RoundsUpdate' }
      | { __typename: 'SocialNeedsScreening' }
      | { __typename: 'Task', id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, patient: { id: string, name: string, bed: string | null } | null, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }
      | { __typename: 'TaskComment', id: string, taskId: string, text: string, createdAt: string, version: number, author: { id: string, name: string, discipline: Discipline | null }, mentions: Array<{ id: string, name: string }> }
      | { __typename: 'UtilizationReview' }
     | null, actor: { id: string, name: string } } };

export type PatientTaskEventFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, taskNode:
    | { __typename: 'Assessment' }
    | { __typename: 'Authorization' }
    | { __typename: 'BoardColumn' }
    | { __typename: 'CareConference' }
    | { __typename: 'CarePlan' }
    | { __typename: 'CareTeamMember' }
    | { __typename: 'CommunityResource' }
    | { __typename: 'ConferenceAttendee' }
    | { __typename: 'ConferenceDecision' }
    | { __typename: 'ConferenceSummary' }
    | { __typename: 'DischargeBarrier' }
    | { __typename: 'DischargeChecklistItem' }
    | { __typename: 'DischargePlan' }
    | { __typename: 'EducationRecord' }
    | { __typename: 'EmergencyVisitHistory' }
    | { __typename: 'FamilyLink' }
    | { __typename: 'FamilyQuestion' }
    | { __typename: 'FamilyUpdate' }
    | { __typename: 'Goal' }
    | { __typename: 'Intervention' }
    | { __typename: 'Need' }
    | { __typename: 'Patient' }
    | { __typename: 'PlanSignOff' }
    | { __typename: 'Problem' }
    | { __typename: 'ProgressNote' }
    | { __typename: 'Referral' }
    | { __typename: 'RoundsAgendaItem' }
    | { __typename: 'RoundsDecision' }
    | { __typename: 'RoundsSession' }
    | { __typename: 'RoundsUpdate' }
    | { __typename: 'SocialNeedsScreening' }
    | { __typename: 'Task', id: string, boardId: string, columnId: string, patientId: string | null, title: string, description: string | null, position: string, discipline: Discipline | null, dueAt: string | null, priority: Priority, labels: Array<string>, goalId: string | null, interventionId: string | null, visibility: Visibility, completedAt: string | null, archivedAt: string | null, occurrenceAt: string | null, recurring: boolean, commentCount: number, overdue: boolean, dueToday: boolean, version: number, updatedAt: string, assignee: { id: string, name: string, discipline: Discipline | null } | null, checklist: Array<{ id: string, text: string, done: boolean, doneAt: string | null, doneByName: string | null }> }
    | { __typename: 'TaskComment' }
    | { __typename: 'UtilizationReview' }
   | null, actor: { id: string, name: string } };

export type UtilizationReviewFieldsFragment = { id: string, patientId: string, stayAdmittedAt: string, reviewType: UtilizationReviewType, reviewDate: string, criteriaSet: string, levelOfCare: LevelOfCare, criteriaMet: boolean, notes: string | null, nextReviewDate: string | null, nextReviewTaskId: string | null, avoidableDayCount: number, version: number, createdAt: string, updatedAt: string, advisorReferral: { referredAt: string, reason: string, outcome: PhysicianAdvisorOutcome, advisorName: string | null } | null, avoidableDays: Array<{ date: string, reason: AvoidableDayReason, note: string | null }> };

export type RecordUtilizationReviewMutationVariables = Exact<{
  input: RecordUtilizationReviewInput;
}>;


export type RecordUtilizationReviewMutation = { recordUtilizationReview: { id: string, patientId: string, stayAdmittedAt: string, reviewType: UtilizationReviewType, reviewDate: string, criteriaSet: string, levelOfCare: LevelOfCare, criteriaMet: boolean, notes: string | null, nextReviewDate: string | null, nextReviewTaskId: string | null, avoidableDayCount: number, version: number, createdAt: string, updatedAt: string, advisorReferral: { referredAt: string, reason: string, outcome: PhysicianAdvisorOutcome, advisorName: string | null } | null, avoidableDays: Array<{ date: string, reason: AvoidableDayReason, note: string | null }> } };

export type UpdateUtilizationReviewMutationVariables = Exact<{
  input: UpdateUtilizationReviewInput;
}>;


export type UpdateUtilizationReviewMutation = { updateUtilizationReview: { id: string, patientId: string, stayAdmittedAt: string, reviewType: UtilizationReviewType, reviewDate: string, criteriaSet: string, levelOfCare: LevelOfCare, criteriaMet: boolean, notes: string | null, nextReviewDate: string | null, nextReviewTaskId: string | null, avoidableDayCount: number, version: number, createdAt: string, updatedAt: string, advisorReferral: { referredAt: string, reason: string, outcome: PhysicianAdvisorOutcome, advisorName: string | null } | null, avoidableDays: Array<{ date: string, reason: AvoidableDayReason, note: string | null }> } };

export const ChangeEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChangeEventFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clinical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cognition"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"fallsInPastYear"}},{"kind":"Field","name":{"kind":"Name","value":"painConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSystem"}},{"kind":"Field","name":{"kind":"Name","value":"moodConcern"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAdequate"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCostConcern"}},{"kind":"Field","name":{"kind":"Name","value":"incomeConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmental"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"livingArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"homeAccessBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"}},{"kind":"Field","name":{"kind":"Name","value":"functionalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AssessmentFieldsFragment, unknown>;
export const AssessmentEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"assessmentNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clinical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cognition"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"fallsInPastYear"}},{"kind":"Field","name":{"kind":"Name","value":"painConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSystem"}},{"kind":"Field","name":{"kind":"Name","value":"moodConcern"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAdequate"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCostConcern"}},{"kind":"Field","name":{"kind":"Name","value":"incomeConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmental"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"livingArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"homeAccessBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"}},{"kind":"Field","name":{"kind":"Name","value":"functionalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AssessmentEventFragment, unknown>;
export const UtilizationReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UtilizationReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayAdmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewType"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMet"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"advisorReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"advisorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDayCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UtilizationReviewFieldsFragment, unknown>;
export const AuthorizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"coverageType"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfService"}},{"kind":"Field","name":{"kind":"Name","value":"requestedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTo"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"approvedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedTo"}},{"kind":"Field","name":{"kind":"Name","value":"payerReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"denialReason"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appealTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"peerToPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"physicianId"}},{"kind":"Field","name":{"kind":"Name","value":"payerContact"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AuthorizationFieldsFragment, unknown>;
export const PayerEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayerEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"payerNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UtilizationReviewFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UtilizationReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayAdmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewType"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMet"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"advisorReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"advisorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDayCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"coverageType"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfService"}},{"kind":"Field","name":{"kind":"Name","value":"requestedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTo"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"approvedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedTo"}},{"kind":"Field","name":{"kind":"Name","value":"payerReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"denialReason"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appealTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"peerToPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"physicianId"}},{"kind":"Field","name":{"kind":"Name","value":"payerContact"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PayerEventFragment, unknown>;
export const ConferenceAttendeeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConferenceAttendeeFieldsFragment, unknown>;
export const ConferenceDecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceDecisionFieldsFragment, unknown>;
export const ConferenceSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConferenceSummaryFieldsFragment, unknown>;
export const CareConferenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareConferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareConference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CareConferenceFieldsFragment, unknown>;
export const ProblemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ProblemFieldsFragment, unknown>;
export const GoalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}}]} as unknown as DocumentNode<GoalFieldsFragment, unknown>;
export const InterventionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InterventionFieldsFragment, unknown>;
export const ProgressNoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<ProgressNoteFieldsFragment, unknown>;
export const SignOffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignOffFieldsFragment, unknown>;
export const CarePlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CarePlanFieldsFragment, unknown>;
export const CarePlanEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"carePlanNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"planStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","alias":{"kind":"Name","value":"problemStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","alias":{"kind":"Name","value":"goalStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","alias":{"kind":"Name","value":"interventionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CarePlanEventFragment, unknown>;
export const ChecklistItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ChecklistItemFieldsFragment, unknown>;
export const BarrierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BarrierFieldsFragment, unknown>;
export const DischargePlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DischargePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DischargePlanFieldsFragment, unknown>;
export const EducationRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItemId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"taughtTo"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"teachBack"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"taughtBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EducationRecordFieldsFragment, unknown>;
export const DischargeEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DischargeEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"dischargeNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"itemStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","alias":{"kind":"Name","value":"barrierStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItemId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"taughtTo"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"teachBack"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"taughtBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DischargeEventFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const OutcomesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcomes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"figures"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laceBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discharged"}},{"kind":"Field","name":{"kind":"Name","value":"averageDays"}},{"kind":"Field","name":{"kind":"Name","value":"averageExpectedDays"}},{"kind":"Field","name":{"kind":"Name","value":"overExpected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"denialRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageTurnaroundHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closureRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discharged"}},{"kind":"Field","name":{"kind":"Name","value":"readmitted"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<OutcomesFieldsFragment, unknown>;
export const PatientFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PatientFieldsFragment, unknown>;
export const PatientRecordCoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordCoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PatientRecordCoreFieldsFragment, unknown>;
export const CareTeamMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<CareTeamMemberFieldsFragment, unknown>;
export const PatientRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordCoreFields"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordCoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<PatientRecordFieldsFragment, unknown>;
export const FamilyUpdateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FamilyUpdateFieldsFragment, unknown>;
export const PatientRecordEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"recordNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordCoreFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"linkStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyUpdateFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","alias":{"kind":"Name","value":"questionDiscipline"},"name":{"kind":"Name","value":"discipline"}},{"kind":"Field","alias":{"kind":"Name","value":"questionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordCoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PatientRecordEventFragment, unknown>;
export const PortalItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<PortalItemFieldsFragment, unknown>;
export const FamilyQuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FamilyQuestionFieldsFragment, unknown>;
export const CommunityResourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CommunityResourceFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ReferralFieldsFragment, unknown>;
export const ReferralEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"referralNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ReferralEventFragment, unknown>;
export const ReadmissionRiskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}}]} as unknown as DocumentNode<ReadmissionRiskFieldsFragment, unknown>;
export const EmergencyVisitHistoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"ledToAdmission"}}]}}]}}]} as unknown as DocumentNode<EmergencyVisitHistoryFieldsFragment, unknown>;
export const RiskEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"riskNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"ledToAdmission"}}]}}]}}]} as unknown as DocumentNode<RiskEventFragment, unknown>;
export const RoundsSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentSince"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoundsSessionFieldsFragment, unknown>;
export const RoundsAgendaItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsAgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsAgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"timeBoxSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"spentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"discussedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RoundsAgendaItemFieldsFragment, unknown>;
export const RoundsUpdateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"statusSinceLast"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"planForToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoundsUpdateFieldsFragment, unknown>;
export const RoundsBarrierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsBarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoundsBarrierFieldsFragment, unknown>;
export const RoundsDecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoundsDecisionFieldsFragment, unknown>;
export const ScreeningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScreeningFieldsFragment, unknown>;
export const NeedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screeningId"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NeedFieldsFragment, unknown>;
export const SocialNeedsEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocialNeedsEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"socialNeedsNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","alias":{"kind":"Name","value":"screeningStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","alias":{"kind":"Name","value":"needStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screeningId"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SocialNeedsEventFragment, unknown>;
export const TaskCommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TaskCommentFieldsFragment, unknown>;
export const BoardColumnFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BoardColumnFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const TaskBoardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<TaskBoardFieldsFragment, unknown>;
export const PatientTaskEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientTaskEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"taskNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<PatientTaskEventFragment, unknown>;
export const BreakGlassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BreakGlass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakGlass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<BreakGlassMutation, BreakGlassMutationVariables>;
export const AdminDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdminDirectoryQuery, AdminDirectoryQueryVariables>;
export const CreateStaffUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateStaffUserMutation, CreateStaffUserMutationVariables>;
export const SetUserActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const AddUnitMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddUnitMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addUnitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddUnitMemberMutation, AddUnitMemberMutationVariables>;
export const RemoveUnitMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveUnitMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeUnitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveUnitMemberMutation, RemoveUnitMemberMutationVariables>;
export const PatientAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clinical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cognition"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"fallsInPastYear"}},{"kind":"Field","name":{"kind":"Name","value":"painConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSystem"}},{"kind":"Field","name":{"kind":"Name","value":"moodConcern"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAdequate"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCostConcern"}},{"kind":"Field","name":{"kind":"Name","value":"incomeConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmental"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"livingArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"homeAccessBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"}},{"kind":"Field","name":{"kind":"Name","value":"functionalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<PatientAssessmentsQuery, PatientAssessmentsQueryVariables>;
export const StartAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clinical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cognition"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"fallsInPastYear"}},{"kind":"Field","name":{"kind":"Name","value":"painConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSystem"}},{"kind":"Field","name":{"kind":"Name","value":"moodConcern"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAdequate"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCostConcern"}},{"kind":"Field","name":{"kind":"Name","value":"incomeConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmental"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"livingArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"homeAccessBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"}},{"kind":"Field","name":{"kind":"Name","value":"functionalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const UpdateAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clinical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cognition"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"fallsInPastYear"}},{"kind":"Field","name":{"kind":"Name","value":"painConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSystem"}},{"kind":"Field","name":{"kind":"Name","value":"moodConcern"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAdequate"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCostConcern"}},{"kind":"Field","name":{"kind":"Name","value":"incomeConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmental"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"livingArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"homeAccessBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"}},{"kind":"Field","name":{"kind":"Name","value":"functionalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<UpdateAssessmentMutation, UpdateAssessmentMutationVariables>;
export const SignAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clinical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cognition"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"fallsInPastYear"}},{"kind":"Field","name":{"kind":"Name","value":"painConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSystem"}},{"kind":"Field","name":{"kind":"Name","value":"moodConcern"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAdequate"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCostConcern"}},{"kind":"Field","name":{"kind":"Name","value":"incomeConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmental"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"livingArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"homeAccessBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"}},{"kind":"Field","name":{"kind":"Name","value":"functionalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<SignAssessmentMutation, SignAssessmentMutationVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenId"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const PatientPayerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientPayer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilizationReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UtilizationReviewFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UtilizationReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayAdmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewType"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMet"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"advisorReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"advisorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDayCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"coverageType"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfService"}},{"kind":"Field","name":{"kind":"Name","value":"requestedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTo"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"approvedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedTo"}},{"kind":"Field","name":{"kind":"Name","value":"payerReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"denialReason"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appealTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"peerToPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"physicianId"}},{"kind":"Field","name":{"kind":"Name","value":"payerContact"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PatientPayerQuery, PatientPayerQueryVariables>;
export const CreateAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"coverageType"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfService"}},{"kind":"Field","name":{"kind":"Name","value":"requestedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTo"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"approvedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedTo"}},{"kind":"Field","name":{"kind":"Name","value":"payerReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"denialReason"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appealTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"peerToPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"physicianId"}},{"kind":"Field","name":{"kind":"Name","value":"payerContact"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateAuthorizationMutation, CreateAuthorizationMutationVariables>;
export const UpdateAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"coverageType"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfService"}},{"kind":"Field","name":{"kind":"Name","value":"requestedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTo"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"approvedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedTo"}},{"kind":"Field","name":{"kind":"Name","value":"payerReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"denialReason"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appealTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"peerToPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"physicianId"}},{"kind":"Field","name":{"kind":"Name","value":"payerContact"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateAuthorizationMutation, UpdateAuthorizationMutationVariables>;
export const ChangeAuthorizationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAuthorizationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAuthorizationStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAuthorizationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"coverageType"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfService"}},{"kind":"Field","name":{"kind":"Name","value":"requestedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTo"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"approvedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedTo"}},{"kind":"Field","name":{"kind":"Name","value":"payerReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"denialReason"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appealTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"peerToPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"physicianId"}},{"kind":"Field","name":{"kind":"Name","value":"payerContact"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ChangeAuthorizationStatusMutation, ChangeAuthorizationStatusMutationVariables>;
export const ScheduleAuthorizationPeerToPeerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleAuthorizationPeerToPeer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAuthorizationPeerToPeerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleAuthorizationPeerToPeer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"coverageType"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfService"}},{"kind":"Field","name":{"kind":"Name","value":"requestedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTo"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"approvedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedTo"}},{"kind":"Field","name":{"kind":"Name","value":"payerReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"denialReason"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appealTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"peerToPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"physicianId"}},{"kind":"Field","name":{"kind":"Name","value":"payerContact"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ScheduleAuthorizationPeerToPeerMutation, ScheduleAuthorizationPeerToPeerMutationVariables>;
export const PayerWorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayerWorklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PayerWorklistSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerWorklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilizationReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PayerWorklistQuery, PayerWorklistQueryVariables>;
export const PayerUnitEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PayerUnitEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PayerUnitEventsSubscription, PayerUnitEventsSubscriptionVariables>;
export const CareConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareConferenceFields"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareConferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareConference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CareConferenceQuery, CareConferenceQueryVariables>;
export const PatientConferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientConferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careConferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PatientConferencesQuery, PatientConferencesQueryVariables>;
export const ConferenceSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceSummaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConferenceSummariesQuery, ConferenceSummariesQueryVariables>;
export const ConferenceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConferenceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareConference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","alias":{"kind":"Name","value":"conferenceStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceAttendeeFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceDecisionFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConferenceEventsSubscription, ConferenceEventsSubscriptionVariables>;
export const ScheduleCareConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCareConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleCareConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCareConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareConferenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareConferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareConference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScheduleCareConferenceMutation, ScheduleCareConferenceMutationVariables>;
export const UpdateCareConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCareConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCareConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCareConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareConferenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareConferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareConference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateCareConferenceMutation, UpdateCareConferenceMutationVariables>;
export const AddConferenceAttendeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConferenceAttendee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddConferenceAttendeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConferenceAttendee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceAttendeeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AddConferenceAttendeeMutation, AddConferenceAttendeeMutationVariables>;
export const RecordConferenceDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConferenceDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConferenceDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConferenceDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceDecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordConferenceDecisionMutation, RecordConferenceDecisionMutationVariables>;
export const CreateConferenceFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateConferenceFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConferenceFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConferenceFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceDecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateConferenceFollowUpMutation, CreateConferenceFollowUpMutationVariables>;
export const PublishConferenceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishConferenceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishConferenceSummaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishConferenceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareConferenceFields"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareConferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareConference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PublishConferenceSummaryMutation, PublishConferenceSummaryMutationVariables>;
export const RemoveConferenceAttendeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveConferenceAttendee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveConferenceAttendeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConferenceAttendee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveConferenceAttendeeMutation, RemoveConferenceAttendeeMutationVariables>;
export const PatientCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanFields"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffFields"}}]}}]}}]} as unknown as DocumentNode<PatientCarePlanQuery, PatientCarePlanQueryVariables>;
export const ItemHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]} as unknown as DocumentNode<ItemHistoryQuery, ItemHistoryQueryVariables>;
export const CreateCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCarePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffFields"}}]}}]}}]} as unknown as DocumentNode<CreateCarePlanMutation, CreateCarePlanMutationVariables>;
export const SignOffCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffCarePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffFields"}}]}}]}}]} as unknown as DocumentNode<SignOffCarePlanMutation, SignOffCarePlanMutationVariables>;
export const CreateProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateProblemMutation, CreateProblemMutationVariables>;
export const CreateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const UpdateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const CreateInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateInterventionMutation, CreateInterventionMutationVariables>;
export const UpdateInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateInterventionMutation, UpdateInterventionMutationVariables>;
export const MoveProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MoveProblemMutation, MoveProblemMutationVariables>;
export const AddProgressNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProgressNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProgressNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProgressNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<AddProgressNoteMutation, AddProgressNoteMutationVariables>;
export const MoveGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}}]} as unknown as DocumentNode<MoveGoalMutation, MoveGoalMutationVariables>;
export const UpdateProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateProblemMutation, UpdateProblemMutationVariables>;
export const MoveInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MoveInterventionMutation, MoveInterventionMutationVariables>;
export const MyCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const StaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Staff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<StaffQuery, StaffQueryVariables>;
export const AddCareTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCareTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCareTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCareTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<AddCareTeamMemberMutation, AddCareTeamMemberMutationVariables>;
export const RemoveCareTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCareTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCareTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCareTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveCareTeamMemberMutation, RemoveCareTeamMemberMutationVariables>;
export const PatientDischargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientDischarge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DischargePlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DischargePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItemId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"taughtTo"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"teachBack"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"taughtBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PatientDischargeQuery, PatientDischargeQueryVariables>;
export const CreateDischargePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDischargePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDischargePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDischargePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DischargePlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DischargePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}}]} as unknown as DocumentNode<CreateDischargePlanMutation, CreateDischargePlanMutationVariables>;
export const UpdateDischargePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDischargePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDischargePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDischargePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DischargePlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DischargePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}}]} as unknown as DocumentNode<UpdateDischargePlanMutation, UpdateDischargePlanMutationVariables>;
export const AddDischargeChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDischargeChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDischargeChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDischargeChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AddDischargeChecklistItemMutation, AddDischargeChecklistItemMutationVariables>;
export const UpdateDischargeChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDischargeChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDischargeChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDischargeChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateDischargeChecklistItemMutation, UpdateDischargeChecklistItemMutationVariables>;
export const AddDischargeBarrierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDischargeBarrier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDischargeBarrierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDischargeBarrier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddDischargeBarrierMutation, AddDischargeBarrierMutationVariables>;
export const UpdateDischargeBarrierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDischargeBarrier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDischargeBarrierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDischargeBarrier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateDischargeBarrierMutation, UpdateDischargeBarrierMutationVariables>;
export const RecordEducationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEducation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEducationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEducation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItemId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"taughtTo"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"teachBack"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"taughtBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordEducationMutation, RecordEducationMutationVariables>;
export const CreateTaskForDischargeChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTaskForDischargeChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskForItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTaskForDischargeChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateTaskForDischargeChecklistItemMutation, CreateTaskForDischargeChecklistItemMutationVariables>;
export const LinkFamilyMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkFamilyMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkFamilyMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkFamilyMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationCode"}},{"kind":"Field","name":{"kind":"Name","value":"existingAccount"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkFamilyMemberMutation, LinkFamilyMemberMutationVariables>;
export const RevokeFamilyLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeFamilyLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeFamilyLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeFamilyLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RevokeFamilyLinkMutation, RevokeFamilyLinkMutationVariables>;
export const AcceptFamilyInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptFamilyInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptFamilyInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptFamilyInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<AcceptFamilyInvitationMutation, AcceptFamilyInvitationMutationVariables>;
export const FhirBundleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FhirBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fhirBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}]}]}}]} as unknown as DocumentNode<FhirBundleQuery, FhirBundleQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const OutcomesEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OutcomesEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomesEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcomes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"figures"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laceBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discharged"}},{"kind":"Field","name":{"kind":"Name","value":"averageDays"}},{"kind":"Field","name":{"kind":"Name","value":"averageExpectedDays"}},{"kind":"Field","name":{"kind":"Name","value":"overExpected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"denialRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageTurnaroundHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closureRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discharged"}},{"kind":"Field","name":{"kind":"Name","value":"readmitted"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<OutcomesEventsSubscription, OutcomesEventsSubscriptionVariables>;
export const PatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PatientsQuery, PatientsQueryVariables>;
export const PatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordCoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordCoreFields"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PatientQuery, PatientQueryVariables>;
export const UnitPatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPatients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UnitPatientsQuery, UnitPatientsQueryVariables>;
export const CreatePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreatePatientMutation, CreatePatientMutationVariables>;
export const UpdatePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordCoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordCoreFields"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePatientMutation, UpdatePatientMutationVariables>;
export const DischargePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordCoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordCoreFields"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DischargePatientMutation, DischargePatientMutationVariables>;
export const ReadmitPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadmitPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmitPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readmitPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordCoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordCoreFields"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReadmitPatientMutation, ReadmitPatientMutationVariables>;
export const PatientScreenEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PatientScreenEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordEvent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanEvent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientTaskEvent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskEvent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocialNeedsEvent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralEvent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentEvent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DischargeEvent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayerEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordCoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"ledToAdmission"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clinical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cognition"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"fallsInPastYear"}},{"kind":"Field","name":{"kind":"Name","value":"painConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSystem"}},{"kind":"Field","name":{"kind":"Name","value":"moodConcern"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAdequate"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCostConcern"}},{"kind":"Field","name":{"kind":"Name","value":"incomeConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmental"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"livingArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"homeAccessBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"}},{"kind":"Field","name":{"kind":"Name","value":"functionalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItemId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"taughtTo"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"teachBack"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"taughtBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UtilizationReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayAdmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewType"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMet"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"advisorReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"advisorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDayCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"coverageType"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfService"}},{"kind":"Field","name":{"kind":"Name","value":"requestedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTo"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"approvedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedTo"}},{"kind":"Field","name":{"kind":"Name","value":"payerReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"denialReason"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appealTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"peerToPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"physicianId"}},{"kind":"Field","name":{"kind":"Name","value":"payerContact"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"recordNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordCoreFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"linkStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyUpdateFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","alias":{"kind":"Name","value":"questionDiscipline"},"name":{"kind":"Name","value":"discipline"}},{"kind":"Field","alias":{"kind":"Name","value":"questionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"carePlanNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"planStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","alias":{"kind":"Name","value":"problemStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","alias":{"kind":"Name","value":"goalStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","alias":{"kind":"Name","value":"interventionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientTaskEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"taskNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"riskNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocialNeedsEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"socialNeedsNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","alias":{"kind":"Name","value":"screeningStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","alias":{"kind":"Name","value":"needStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screeningId"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"referralNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"assessmentNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DischargeEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"dischargeNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"itemStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","alias":{"kind":"Name","value":"barrierStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayerEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","alias":{"kind":"Name","value":"payerNode"},"name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UtilizationReviewFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}}]}}]} as unknown as DocumentNode<PatientScreenEventsSubscription, PatientScreenEventsSubscriptionVariables>;
export const UnitEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UnitEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UnitEventsSubscription, UnitEventsSubscriptionVariables>;
export const PatientChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changesSinceLastSeen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestEventId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientChangesQuery, PatientChangesQueryVariables>;
export const MarkPatientSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPatientSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upToEventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPatientSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"upToEventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upToEventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestEventId"}}]}}]}}]} as unknown as DocumentNode<MarkPatientSeenMutation, MarkPatientSeenMutationVariables>;
export const PortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<PortalQuery, PortalQueryVariables>;
export const PortalEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<PortalEventsSubscription, PortalEventsSubscriptionVariables>;
export const AskCareTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskCareTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskCareTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askCareTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<AskCareTeamMutation, AskCareTeamMutationVariables>;
export const FamilySharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilySharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familySharing"}},{"kind":"Field","name":{"kind":"Name","value":"familyUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyUpdateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyQuestionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FamilySharingQuery, FamilySharingQueryVariables>;
export const WriteFamilyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteFamilyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteFamilyUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeFamilyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyUpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WriteFamilyUpdateMutation, WriteFamilyUpdateMutationVariables>;
export const SetFamilySharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFamilySharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFamilySharingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFamilySharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetFamilySharingMutation, SetFamilySharingMutationVariables>;
export const AnswerFamilyQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerFamilyQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerFamilyQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerFamilyQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AnswerFamilyQuestionMutation, AnswerFamilyQuestionMutationVariables>;
export const CommunityResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityResourceSearchInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CommunityResourcesQuery, CommunityResourcesQueryVariables>;
export const PatientReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"socialNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<PatientReferralsQuery, PatientReferralsQueryVariables>;
export const CreateCommunityResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommunityResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommunityResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommunityResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateCommunityResourceMutation, CreateCommunityResourceMutationVariables>;
export const CreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CreateReferralMutation, CreateReferralMutationVariables>;
export const ChangeReferralStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeReferralStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReferralStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeReferralStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ChangeReferralStatusMutation, ChangeReferralStatusMutationVariables>;
export const PatientRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyVisitHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"ledToAdmission"}}]}}]}}]} as unknown as DocumentNode<PatientRiskQuery, PatientRiskQueryVariables>;
export const HighRiskCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HighRiskCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}}]} as unknown as DocumentNode<HighRiskCaseloadQuery, HighRiskCaseloadQueryVariables>;
export const WorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Worklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklistKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<WorklistQuery, WorklistQueryVariables>;
export const RecordEmergencyVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEmergencyVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEmergencyVisitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEmergencyVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"ledToAdmission"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}}]} as unknown as DocumentNode<RecordEmergencyVisitsMutation, RecordEmergencyVisitsMutationVariables>;
export const SetAdmissionAcuityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAdmissionAcuity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetAdmissionAcuityMutation, SetAdmissionAcuityMutationVariables>;
export const RoundsSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundsSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundsSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsSessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"serverTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsAgendaItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsUpdateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsBarrierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsDecisionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentSince"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsAgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsAgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"timeBoxSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"spentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"discussedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"statusSinceLast"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"planForToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsBarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoundsSessionQuery, RoundsSessionQueryVariables>;
export const RoundsSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundsSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundsSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RoundsSessionsQuery, RoundsSessionsQueryVariables>;
export const RoundsPatientBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundsPatientBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundsPatientBriefQuery, RoundsPatientBriefQueryVariables>;
export const RoundsEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RoundsEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundsEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"sessionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentSince"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsAgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsAgendaItemFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsUpdateFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","alias":{"kind":"Name","value":"barrierStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsDecisionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsAgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsAgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"timeBoxSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"spentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"discussedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"statusSinceLast"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"planForToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoundsEventsSubscription, RoundsEventsSubscriptionVariables>;
export const CreateRoundsSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoundsSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoundsSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoundsSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentSince"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateRoundsSessionMutation, CreateRoundsSessionMutationVariables>;
export const StartRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsSessionTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentSince"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StartRoundsMutation, StartRoundsMutationVariables>;
export const FinishRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsSessionTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentSince"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FinishRoundsMutation, FinishRoundsMutationVariables>;
export const MoveRoundsPointerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveRoundsPointer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveRoundsPointerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveRoundsPointer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentSince"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MoveRoundsPointerMutation, MoveRoundsPointerMutationVariables>;
export const MarkRoundsPatientDiscussedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRoundsPatientDiscussed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkRoundsPatientDiscussedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRoundsPatientDiscussed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsAgendaItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsAgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsAgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"timeBoxSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"spentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"discussedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MarkRoundsPatientDiscussedMutation, MarkRoundsPatientDiscussedMutationVariables>;
export const MoveRoundsPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveRoundsPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveRoundsPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveRoundsPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsAgendaItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsAgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsAgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"timeBoxSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"spentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"discussedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MoveRoundsPatientMutation, MoveRoundsPatientMutationVariables>;
export const SaveRoundsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRoundsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveRoundsUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRoundsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsUpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"statusSinceLast"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"planForToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SaveRoundsUpdateMutation, SaveRoundsUpdateMutationVariables>;
export const AddRoundsBarrierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRoundsBarrier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoundsBarrierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoundsBarrier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsBarrierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsBarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddRoundsBarrierMutation, AddRoundsBarrierMutationVariables>;
export const UpdateRoundsBarrierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoundsBarrier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoundsBarrierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoundsBarrier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsBarrierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsBarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateRoundsBarrierMutation, UpdateRoundsBarrierMutationVariables>;
export const RecordRoundsDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRoundsDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRoundsDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRoundsDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsDecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordRoundsDecisionMutation, RecordRoundsDecisionMutationVariables>;
export const CreateRoundsActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoundsActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoundsActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoundsActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsDecisionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateRoundsActionItemMutation, CreateRoundsActionItemMutationVariables>;
export const RoundsUnitStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundsUnitStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]}}]} as unknown as DocumentNode<RoundsUnitStaffQuery, RoundsUnitStaffQueryVariables>;
export const RoundsUnitCensusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundsUnitCensus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RoundsUnitCensusQuery, RoundsUnitCensusQueryVariables>;
export const AddRoundsPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRoundsPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoundsPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoundsPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsAgendaItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsAgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundsAgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"timeBoxSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"spentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"discussedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AddRoundsPatientMutation, AddRoundsPatientMutationVariables>;
export const ScreeningToolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningTool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialNeedsScreeningTool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ScreeningToolQuery, ScreeningToolQueryVariables>;
export const PatientSocialNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientSocialNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"socialNeedsScreenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screeningId"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PatientSocialNeedsQuery, PatientSocialNeedsQueryVariables>;
export const StartScreeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartScreeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StartScreeningMutation, StartScreeningMutationVariables>;
export const AnswerScreeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerScreeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AnswerScreeningMutation, AnswerScreeningMutationVariables>;
export const CompleteScreeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteScreeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteScreeningMutation, CompleteScreeningMutationVariables>;
export const UpdateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screeningId"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateNeedMutation, UpdateNeedMutationVariables>;
export const CreateTaskForNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTaskForNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskForItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTaskForNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screeningId"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateTaskForNeedMutation, CreateTaskForNeedMutationVariables>;
export const TaskBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskBoardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}}]}}]}}]}}]} as unknown as DocumentNode<TaskBoardQuery, TaskBoardQueryVariables>;
export const UnitTaskBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTaskBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskBoardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}}]}}]}}]}}]} as unknown as DocumentNode<UnitTaskBoardQuery, UnitTaskBoardQueryVariables>;
export const PatientTaskBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientTaskBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskBoardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}}]}}]}}]}}]} as unknown as DocumentNode<PatientTaskBoardQuery, PatientTaskBoardQueryVariables>;
export const PatientTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeCompleted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeCompleted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeCompleted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<PatientTasksQuery, PatientTasksQueryVariables>;
export const MyWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<MyWorkQuery, MyWorkQueryVariables>;
export const TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCommentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TaskQuery, TaskQueryVariables>;
export const CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const MoveTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<MoveTaskMutation, MoveTaskMutationVariables>;
export const AssignTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<AssignTaskMutation, AssignTaskMutationVariables>;
export const CompleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const ReopenTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<ReopenTaskMutation, ReopenTaskMutationVariables>;
export const ArchiveTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<ArchiveTaskMutation, ArchiveTaskMutationVariables>;
export const AddTaskCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTaskComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTaskCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTaskComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddTaskCommentMutation, AddTaskCommentMutationVariables>;
export const AddChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<AddChecklistItemMutation, AddChecklistItemMutationVariables>;
export const ToggleChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ToggleChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ToggleChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toggleChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<ToggleChecklistItemMutation, ToggleChecklistItemMutationVariables>;
export const RemoveChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<RemoveChecklistItemMutation, RemoveChecklistItemMutationVariables>;
export const BulkMoveTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkMoveTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkMoveTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkMoveTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<BulkMoveTasksMutation, BulkMoveTasksMutationVariables>;
export const BulkAssignTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkAssignTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAssignTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkAssignTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}}]} as unknown as DocumentNode<BulkAssignTasksMutation, BulkAssignTasksMutationVariables>;
export const AddBoardColumnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBoardColumn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBoardColumnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBoardColumn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AddBoardColumnMutation, AddBoardColumnMutationVariables>;
export const UpdateBoardColumnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBoardColumn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBoardColumnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBoardColumn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateBoardColumnMutation, UpdateBoardColumnMutationVariables>;
export const MoveBoardColumnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveBoardColumn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveBoardColumnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveBoardColumn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MoveBoardColumnMutation, MoveBoardColumnMutationVariables>;
export const ArchiveBoardColumnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveBoardColumn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveBoardColumnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveBoardColumn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ArchiveBoardColumnMutation, ArchiveBoardColumnMutationVariables>;
export const BoardEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"boardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"boardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"boardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bed"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCommentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"columnId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"interventionId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"wipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardEventsSubscription, BoardEventsSubscriptionVariables>;
export const RecordUtilizationReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordUtilizationReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordUtilizationReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordUtilizationReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UtilizationReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UtilizationReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayAdmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewType"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMet"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"advisorReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"advisorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDayCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RecordUtilizationReviewMutation, RecordUtilizationReviewMutationVariables>;
export const UpdateUtilizationReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUtilizationReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUtilizationReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUtilizationReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UtilizationReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UtilizationReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UtilizationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayAdmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewType"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMet"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"advisorReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"advisorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avoidableDayCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateUtilizationReviewMutation, UpdateUtilizationReviewMutationVariables>;