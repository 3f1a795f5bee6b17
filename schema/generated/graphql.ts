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

export type AddCareTeamMemberInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  patientId: string;
  role: CareTeamRole;
  userId: string;
};

export type AddDischargeBarrierInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  description: string;
  dueDate?: string | null | undefined;
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

/** EMERGENT: unplanned (e.g. through the emergency department); ELECTIVE: planned. */
export const AdmissionAcuity = {
  ELECTIVE: 'ELECTIVE',
  EMERGENT: 'EMERGENT'
} as const;

export type AdmissionAcuity = typeof AdmissionAcuity[keyof typeof AdmissionAcuity];
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
export const ChangeKind = {
  CREATED: 'CREATED',
  DELETED: 'DELETED',
  MOVED: 'MOVED',
  UPDATED: 'UPDATED'
} as const;

export type ChangeKind = typeof ChangeKind[keyof typeof ChangeKind];
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
export type CreateCarePlanInput = {
  /** Client-generated id; sending the same one again returns the first result. */
  clientMutationId?: string | null | undefined;
  patientId: string;
  periodEnd?: string | null | undefined;
  periodStart: string;
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
/** Places an item between two siblings (either may be omitted for the ends). */
export type MovePlanItemInput = {
  /** The sibling it should come after; null for first. */
  afterId?: string | null | undefined;
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

export type RemoveCareTeamMemberInput = {
  /** The version the edit was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string;
};

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

/** Staff of a discipline, or a family member/caregiver. */
export const UserKind = {
  FAMILY: 'FAMILY',
  STAFF: 'STAFF'
} as const;

export type UserKind = typeof UserKind[keyof typeof UserKind];
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

export type AssessmentEventsSubscriptionVariables = Exact<{
  patientId: string;
  after?: string | null | undefined;
}>;


export type AssessmentEventsSubscription = { patientEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment', id: string, patientId: string, sequence: number, status: AssessmentStatus, previousId: string | null, signedAt: string | null, version: number, updatedAt: string, startedBy: { id: string, name: string }, signedBy: { id: string, name: string } | null, clinical: { cognition: Cognition | null, medicationCount: number | null, fallsInPastYear: boolean | null, painConcern: boolean | null, narrative: string | null }, psychosocial: { supportSystem: SupportSystem | null, moodConcern: boolean | null, substanceUseConcern: boolean | null, narrative: string | null }, financial: { coverageAdequate: boolean | null, medicationCostConcern: boolean | null, incomeConcern: boolean | null, narrative: string | null }, environmental: { livingArrangement: LivingArrangement | null, homeAccessBarriers: boolean | null, caregiver: CaregiverAvailability | null, functionalStatus: FunctionalStatus | null, narrative: string | null }, changesSincePrevious: Array<{ domain: string, field: string, before: unknown, after: unknown }> }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
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
      | { __typename: 'SocialNeedsScreening' }
     | null, actor: { id: string, name: string } } };

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

export type CarePlanEventsSubscriptionVariables = Exact<{
  patientId: string;
  after?: string | null | undefined;
}>;


export type CarePlanEventsSubscription = { patientEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'CarePlan', id: string, version: number, planStatus: CarePlanStatus }
      | { __typename: 'CareTeamMember' }
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
      | { __typename: 'SocialNeedsScreening' }
     | null, actor: { id: string, name: string } } };

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

export type ChecklistItemFieldsFragment = { id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string };

export type BarrierFieldsFragment = { id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null };

export type DischargePlanFieldsFragment = { id: string, patientId: string, expectedDate: string | null, disposition: PlannedDisposition | null, visibility: Visibility, readiness: number | null, version: number, updatedAt: string, checklist: Array<{ id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string }>, barriers: Array<{ id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null }> };

export type EducationRecordFieldsFragment = { id: string, checklistItemId: string | null, topic: string, taughtTo: Learner, learnerName: string | null, method: TeachingMethod, teachBack: TeachBackResult, followUpNeeded: boolean, createdAt: string, taughtBy: { id: string, name: string } };

export type PatientDischargeQueryVariables = Exact<{
  id: string;
}>;


export type PatientDischargeQuery = { patient: { id: string, admittedAt: string, dischargePlan: { id: string, patientId: string, expectedDate: string | null, disposition: PlannedDisposition | null, visibility: Visibility, readiness: number | null, version: number, updatedAt: string, checklist: Array<{ id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string }>, barriers: Array<{ id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null }> } | null, educationRecords: Array<{ id: string, checklistItemId: string | null, topic: string, taughtTo: Learner, learnerName: string | null, method: TeachingMethod, teachBack: TeachBackResult, followUpNeeded: boolean, createdAt: string, taughtBy: { id: string, name: string } }> } };

export type CreateDischargePlanMutationVariables = Exact<{
  input: CreateDischargePlanInput;
}>;


export type CreateDischargePlanMutation = { createDischargePlan: { id: string, patientId: string, expectedDate: string | null, disposition: PlannedDisposition | null, visibility: Visibility, readiness: number | null, version: number, updatedAt: string, checklist: Array<{ id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string }>, barriers: Array<{ id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null }> } };

export type UpdateDischargePlanMutationVariables = Exact<{
  input: UpdateDischargePlanInput;
}>;


export type UpdateDischargePlanMutation = { updateDischargePlan: { id: string, patientId: string, expectedDate: string | null, disposition: PlannedDisposition | null, visibility: Visibility, readiness: number | null, version: number, updatedAt: string, checklist: Array<{ id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string }>, barriers: Array<{ id: string, planId: string, description: string, dueDate: string | null, status: DischargeBarrierStatus, version: number, updatedAt: string, owner: { id: string, name: string } | null }> } };

export type AddDischargeChecklistItemMutationVariables = Exact<{
  input: AddDischargeChecklistItemInput;
}>;


export type AddDischargeChecklistItemMutation = { addDischargeChecklistItem: { id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string } };

export type UpdateDischargeChecklistItemMutationVariables = Exact<{
  input: UpdateDischargeChecklistItemInput;
}>;


export type UpdateDischargeChecklistItemMutation = { updateDischargeChecklistItem: { id: string, planId: string, kind: DischargeChecklistKind, status: DischargeChecklistStatus, appointmentAt: string | null, provider: string | null, equipment: string | null, vendor: string | null, equipmentStatus: EquipmentStatus | null, note: string | null, visibility: Visibility, version: number, updatedAt: string } };

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

export type DischargeEventsSubscriptionVariables = Exact<{
  patientId: string;
  after?: string | null | undefined;
}>;


export type DischargeEventsSubscription = { patientEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
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
      | { __typename: 'SocialNeedsScreening' }
     | null, actor: { id: string, name: string } } };

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

export type PatientFieldsFragment = { id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, unit: { id: string, code: string, name: string, timeZone: string } };

export type PatientRecordFieldsFragment = { disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, unit: { id: string, code: string, name: string, timeZone: string } };

export type ChangeEventFieldsFragment = { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, actor: { id: string, name: string } };

export type PatientsQueryVariables = Exact<{
  filter?: PatientFilterInput | null | undefined;
}>;


export type PatientsQuery = { patients: Array<{ id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, unit: { id: string, code: string, name: string, timeZone: string } }> };

export type PatientQueryVariables = Exact<{
  id: string;
}>;


export type PatientQuery = { patient: { lastEventId: string | null, disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, unit: { id: string, code: string, name: string, timeZone: string } } };

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


export type UpdatePatientMutation = { updatePatient: { disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, unit: { id: string, code: string, name: string, timeZone: string } } };

export type DischargePatientMutationVariables = Exact<{
  input: DischargePatientInput;
}>;


export type DischargePatientMutation = { dischargePatient: { disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, unit: { id: string, code: string, name: string, timeZone: string } } };

export type ReadmitPatientMutationVariables = Exact<{
  input: ReadmitPatientInput;
}>;


export type ReadmitPatientMutation = { readmitPatient: { disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, unit: { id: string, code: string, name: string, timeZone: string } } };

export type PatientEventsSubscriptionVariables = Exact<{
  patientId: string;
  after?: string | null | undefined;
}>;


export type PatientEventsSubscription = { patientEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember', endedAt: string | null, id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }
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
      | { __typename: 'Patient', disposition: Disposition | null, admittingDiagnosis: string | null, admissionAcuity: AdmissionAcuity | null, allergies: string | null, primaryLanguage: string | null, interpreterNeeded: boolean, id: string, mrn: string, name: string, dateOfBirth: string, bed: string | null, status: PatientStatus, admittedAt: string, dischargedAt: string | null, expectedDischargeDate: string | null, lengthOfStayDays: number, version: number, updatedAt: string, attending: { id: string, name: string } | null, conditions: Array<{ code: string | null, codeSystem: string | null, description: string, onsetDate: string | null, status: ConditionStatus }>, coverages: Array<{ type: CoverageType, payer: string, plan: string | null, memberId: string | null, primary: boolean }>, emergencyContacts: Array<{ name: string, relationship: string, phone: string, isLegalRepresentative: boolean }>, careTeam: Array<{ id: string, role: CareTeamRole, startedAt: string, visibility: Visibility, version: number, user: { id: string, name: string, discipline: Discipline | null } }>, familyLinks: Array<{ id: string, relationship: string, status: FamilyLinkStatus, consentScope: string, shareScopes: Array<FamilyShareScope>, consentRecordedAt: string, invitationExpiresAt: string | null, version: number, user: { id: string, name: string } }>, unit: { id: string, code: string, name: string, timeZone: string } }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'SocialNeedsScreening' }
     | null, actor: { id: string, name: string } } };

export type UnitEventsSubscriptionVariables = Exact<{
  unitId: string;
  after?: string | null | undefined;
}>;


export type UnitEventsSubscription = { unitEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
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
      | { __typename: 'SocialNeedsScreening' }
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

export type FamilyQuestionFieldsFragment = { id: string, text: string, askedByName: string, discipline: Discipline | null, status: FamilyQuestionStatus, reply: string | null, repliedByName: string | null, repliedAt: string | null, createdAt: string, version: number };

export type FamilySharingQueryVariables = Exact<{
  id: string;
}>;


export type FamilySharingQuery = { patient: { id: string, familySharing: Array<FamilyShareScope>, familyUpdates: Array<{ id: string, text: string, authorName: string, visibility: Visibility, createdAt: string, version: number }>, familyQuestions: Array<{ id: string, text: string, askedByName: string, discipline: Discipline | null, status: FamilyQuestionStatus, reply: string | null, repliedByName: string | null, repliedAt: string | null, createdAt: string, version: number }> } };

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


export type AnswerFamilyQuestionMutation = { answerFamilyQuestion: { id: string, text: string, askedByName: string, discipline: Discipline | null, status: FamilyQuestionStatus, reply: string | null, repliedByName: string | null, repliedAt: string | null, createdAt: string, version: number } };

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

export type RiskEventsSubscriptionVariables = Exact<{
  patientId: string;
  after?: string | null | undefined;
}>;


export type RiskEventsSubscription = { patientEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
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
      | { __typename: 'SocialNeedsScreening' }
     | null, actor: { id: string, name: string } } };

export type ScreeningFieldsFragment = { id: string, patientId: string, status: ScreeningStatus, language: ScreeningLanguage, interpreterUsed: boolean, completedAt: string | null, version: number, updatedAt: string, answers: Array<{ question: string, values: Array<string> }>, domains: Array<{ domain: SocialNeedDomain, positive: boolean | null, score: number | null }>, screenedBy: { id: string, name: string } };

export type NeedFieldsFragment = { id: string, patientId: string, domain: SocialNeedDomain, status: NeedStatus, screeningId: string | null, problemId: string | null, goalId: string | null, note: string | null, version: number, createdAt: string, updatedAt: string };

export type ScreeningToolQueryVariables = Exact<{ [key: string]: never; }>;


export type ScreeningToolQuery = { socialNeedsScreeningTool: Array<{ id: string, number: number, domain: SocialNeedDomain, text: string, multiple: boolean, options: Array<{ value: string, label: string, score: number | null }> }> };

export type PatientSocialNeedsQueryVariables = Exact<{
  id: string;
}>;


export type PatientSocialNeedsQuery = { patient: { id: string, primaryLanguage: string | null, interpreterNeeded: boolean, socialNeedsScreenings: Array<{ id: string, patientId: string, status: ScreeningStatus, language: ScreeningLanguage, interpreterUsed: boolean, completedAt: string | null, version: number, updatedAt: string, answers: Array<{ question: string, values: Array<string> }>, domains: Array<{ domain: SocialNeedDomain, positive: boolean | null, score: number | null }>, screenedBy: { id: string, name: string } }>, socialNeeds: Array<{ id: string, patientId: string, domain: SocialNeedDomain, status: NeedStatus, screeningId: string | null, problemId: string | null, goalId: string | null, note: string | null, version: number, createdAt: string, updatedAt: string }> } };

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


export type UpdateNeedMutation = { updateNeed: { id: string, patientId: string, domain: SocialNeedDomain, status: NeedStatus, screeningId: string | null, problemId: string | null, goalId: string | null, note: string | null, version: number, createdAt: string, updatedAt: string } };

export type SocialNeedsEventsSubscriptionVariables = Exact<{
  patientId: string;
  after?: string | null | undefined;
}>;


export type SocialNeedsEventsSubscription = { patientEvents: { id: string, stream: string, kind: ChangeKind, entityType: string, entityId: string, version: number, at: string, node:
      | { __typename: 'Assessment' }
      | { __typename: 'CarePlan' }
      | { __typename: 'CareTeamMember' }
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
      | { __typename: 'Need', id: string, patientId: string, domain: SocialNeedDomain, screeningId: string | null, problemId: string | null, goalId: string | null, note: string | null, version: number, createdAt: string, updatedAt: string, needStatus: NeedStatus }
      | { __typename: 'Patient' }
      | { __typename: 'PlanSignOff' }
      | { __typename: 'Problem' }
      | { __typename: 'ProgressNote' }
      | { __typename: 'SocialNeedsScreening', id: string, patientId: string, language: ScreeningLanguage, interpreterUsed: boolean, completedAt: string | null, version: number, updatedAt: string, screeningStatus: ScreeningStatus, answers: Array<{ question: string, values: Array<string> }>, domains: Array<{ domain: SocialNeedDomain, positive: boolean | null, score: number | null }>, screenedBy: { id: string, name: string } }
     | null, actor: { id: string, name: string } } };

export const AssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clinical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cognition"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"fallsInPastYear"}},{"kind":"Field","name":{"kind":"Name","value":"painConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSystem"}},{"kind":"Field","name":{"kind":"Name","value":"moodConcern"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAdequate"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCostConcern"}},{"kind":"Field","name":{"kind":"Name","value":"incomeConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmental"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"livingArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"homeAccessBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"}},{"kind":"Field","name":{"kind":"Name","value":"functionalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AssessmentFieldsFragment, unknown>;
export const ProblemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ProblemFieldsFragment, unknown>;
export const GoalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}}]} as unknown as DocumentNode<GoalFieldsFragment, unknown>;
export const InterventionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InterventionFieldsFragment, unknown>;
export const ProgressNoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<ProgressNoteFieldsFragment, unknown>;
export const SignOffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignOffFieldsFragment, unknown>;
export const CarePlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CarePlanFieldsFragment, unknown>;
export const ChecklistItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ChecklistItemFieldsFragment, unknown>;
export const BarrierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BarrierFieldsFragment, unknown>;
export const DischargePlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DischargePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DischargePlanFieldsFragment, unknown>;
export const EducationRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItemId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"taughtTo"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"teachBack"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"taughtBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EducationRecordFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const PatientFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PatientFieldsFragment, unknown>;
export const CareTeamMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<CareTeamMemberFieldsFragment, unknown>;
export const PatientRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<PatientRecordFieldsFragment, unknown>;
export const ChangeEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChangeEventFieldsFragment, unknown>;
export const PortalItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<PortalItemFieldsFragment, unknown>;
export const FamilyUpdateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FamilyUpdateFieldsFragment, unknown>;
export const FamilyQuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FamilyQuestionFieldsFragment, unknown>;
export const ReadmissionRiskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}}]} as unknown as DocumentNode<ReadmissionRiskFieldsFragment, unknown>;
export const EmergencyVisitHistoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"ledToAdmission"}}]}}]}}]} as unknown as DocumentNode<EmergencyVisitHistoryFieldsFragment, unknown>;
export const ScreeningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScreeningFieldsFragment, unknown>;
export const NeedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screeningId"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NeedFieldsFragment, unknown>;
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
export const AssessmentEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AssessmentEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clinical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cognition"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"fallsInPastYear"}},{"kind":"Field","name":{"kind":"Name","value":"painConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSystem"}},{"kind":"Field","name":{"kind":"Name","value":"moodConcern"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAdequate"}},{"kind":"Field","name":{"kind":"Name","value":"medicationCostConcern"}},{"kind":"Field","name":{"kind":"Name","value":"incomeConcern"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmental"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"livingArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"homeAccessBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"}},{"kind":"Field","name":{"kind":"Name","value":"functionalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AssessmentEventsSubscription, AssessmentEventsSubscriptionVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenId"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
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
export const CarePlanEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CarePlanEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"planStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","alias":{"kind":"Name","value":"problemStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","alias":{"kind":"Name","value":"goalStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","alias":{"kind":"Name","value":"interventionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CarePlanEventsSubscription, CarePlanEventsSubscriptionVariables>;
export const MoveGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}}]}}]}}]} as unknown as DocumentNode<MoveGoalMutation, MoveGoalMutationVariables>;
export const UpdateProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateProblemMutation, UpdateProblemMutationVariables>;
export const MoveInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MoveInterventionMutation, MoveInterventionMutationVariables>;
export const MyCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const StaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Staff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<StaffQuery, StaffQueryVariables>;
export const AddCareTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCareTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCareTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCareTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}}]} as unknown as DocumentNode<AddCareTeamMemberMutation, AddCareTeamMemberMutationVariables>;
export const RemoveCareTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCareTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCareTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCareTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveCareTeamMemberMutation, RemoveCareTeamMemberMutationVariables>;
export const PatientDischargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientDischarge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DischargePlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DischargePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItemId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"taughtTo"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"teachBack"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"taughtBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PatientDischargeQuery, PatientDischargeQueryVariables>;
export const CreateDischargePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDischargePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDischargePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDischargePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DischargePlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DischargePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}}]} as unknown as DocumentNode<CreateDischargePlanMutation, CreateDischargePlanMutationVariables>;
export const UpdateDischargePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDischargePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDischargePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDischargePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DischargePlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DischargePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}}]} as unknown as DocumentNode<UpdateDischargePlanMutation, UpdateDischargePlanMutationVariables>;
export const AddDischargeChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDischargeChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDischargeChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDischargeChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AddDischargeChecklistItemMutation, AddDischargeChecklistItemMutationVariables>;
export const UpdateDischargeChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDischargeChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDischargeChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDischargeChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateDischargeChecklistItemMutation, UpdateDischargeChecklistItemMutationVariables>;
export const AddDischargeBarrierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDischargeBarrier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDischargeBarrierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDischargeBarrier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddDischargeBarrierMutation, AddDischargeBarrierMutationVariables>;
export const UpdateDischargeBarrierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDischargeBarrier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDischargeBarrierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDischargeBarrier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BarrierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BarrierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateDischargeBarrierMutation, UpdateDischargeBarrierMutationVariables>;
export const RecordEducationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEducation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEducationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEducation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItemId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"taughtTo"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"teachBack"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"taughtBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordEducationMutation, RecordEducationMutationVariables>;
export const DischargeEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DischargeEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDate"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"itemStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeBarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","alias":{"kind":"Name","value":"barrierStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationRecordFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItemId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"taughtTo"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"teachBack"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"taughtBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DischargeEventsSubscription, DischargeEventsSubscriptionVariables>;
export const LinkFamilyMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkFamilyMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkFamilyMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkFamilyMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationCode"}},{"kind":"Field","name":{"kind":"Name","value":"existingAccount"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkFamilyMemberMutation, LinkFamilyMemberMutationVariables>;
export const RevokeFamilyLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeFamilyLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeFamilyLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeFamilyLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RevokeFamilyLinkMutation, RevokeFamilyLinkMutationVariables>;
export const AcceptFamilyInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptFamilyInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptFamilyInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptFamilyInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<AcceptFamilyInvitationMutation, AcceptFamilyInvitationMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const PatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PatientsQuery, PatientsQueryVariables>;
export const PatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PatientQuery, PatientQueryVariables>;
export const UnitPatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPatients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UnitPatientsQuery, UnitPatientsQueryVariables>;
export const CreatePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreatePatientMutation, CreatePatientMutationVariables>;
export const UpdatePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePatientMutation, UpdatePatientMutationVariables>;
export const DischargePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DischargePatientMutation, DischargePatientMutationVariables>;
export const ReadmitPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadmitPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmitPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readmitPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReadmitPatientMutation, ReadmitPatientMutationVariables>;
export const PatientEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PatientEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientRecordFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"linkStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyUpdateFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","alias":{"kind":"Name","value":"questionDiscipline"},"name":{"kind":"Name","value":"discipline"}},{"kind":"Field","alias":{"kind":"Name","value":"questionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"admittingDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"attending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isLegalRepresentative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PatientEventsSubscription, PatientEventsSubscriptionVariables>;
export const UnitEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UnitEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UnitEventsSubscription, UnitEventsSubscriptionVariables>;
export const PatientChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changesSinceLastSeen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestEventId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientChangesQuery, PatientChangesQueryVariables>;
export const MarkPatientSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPatientSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upToEventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPatientSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"upToEventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upToEventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestEventId"}}]}}]}}]} as unknown as DocumentNode<MarkPatientSeenMutation, MarkPatientSeenMutationVariables>;
export const PortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"shareScopes"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<PortalQuery, PortalQueryVariables>;
export const PortalEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<PortalEventsSubscription, PortalEventsSubscriptionVariables>;
export const AskCareTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskCareTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskCareTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askCareTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<AskCareTeamMutation, AskCareTeamMutationVariables>;
export const FamilySharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilySharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familySharing"}},{"kind":"Field","name":{"kind":"Name","value":"familyUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyUpdateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyQuestionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FamilySharingQuery, FamilySharingQueryVariables>;
export const WriteFamilyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteFamilyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteFamilyUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeFamilyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyUpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WriteFamilyUpdateMutation, WriteFamilyUpdateMutationVariables>;
export const SetFamilySharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFamilySharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFamilySharingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFamilySharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetFamilySharingMutation, SetFamilySharingMutationVariables>;
export const AnswerFamilyQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerFamilyQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerFamilyQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerFamilyQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AnswerFamilyQuestionMutation, AnswerFamilyQuestionMutationVariables>;
export const PatientRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyVisitHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"ledToAdmission"}}]}}]}}]} as unknown as DocumentNode<PatientRiskQuery, PatientRiskQueryVariables>;
export const HighRiskCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HighRiskCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}}]} as unknown as DocumentNode<HighRiskCaseloadQuery, HighRiskCaseloadQueryVariables>;
export const WorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Worklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklistKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<WorklistQuery, WorklistQueryVariables>;
export const RecordEmergencyVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEmergencyVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEmergencyVisitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEmergencyVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"ledToAdmission"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}}]} as unknown as DocumentNode<RecordEmergencyVisitsMutation, RecordEmergencyVisitsMutationVariables>;
export const SetAdmissionAcuityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAdmissionAcuity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetAdmissionAcuityMutation, SetAdmissionAcuityMutationVariables>;
export const RiskEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RiskEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"admissionAcuity"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"}},{"kind":"Field","name":{"kind":"Name","value":"readmissionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRiskFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonIndex"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comorbidities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"charlsonWeight"}},{"kind":"Field","name":{"kind":"Name","value":"laceWeight"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyVisitHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVisitHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"ledToAdmission"}}]}}]}}]} as unknown as DocumentNode<RiskEventsSubscription, RiskEventsSubscriptionVariables>;
export const ScreeningToolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningTool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialNeedsScreeningTool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ScreeningToolQuery, ScreeningToolQueryVariables>;
export const PatientSocialNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientSocialNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"socialNeedsScreenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screeningId"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PatientSocialNeedsQuery, PatientSocialNeedsQueryVariables>;
export const StartScreeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartScreeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StartScreeningMutation, StartScreeningMutationVariables>;
export const AnswerScreeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerScreeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AnswerScreeningMutation, AnswerScreeningMutationVariables>;
export const CompleteScreeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteScreeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteScreeningMutation, CompleteScreeningMutationVariables>;
export const UpdateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screeningId"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateNeedMutation, UpdateNeedMutationVariables>;
export const SocialNeedsEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SocialNeedsEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialNeedsScreening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","alias":{"kind":"Name","value":"screeningStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterUsed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","alias":{"kind":"Name","value":"needStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screeningId"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SocialNeedsEventsSubscription, SocialNeedsEventsSubscriptionVariables>;