import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Unit } from '../unit/unit.entity.js';

export const PATIENT_STATUSES = ['ADMITTED', 'DISCHARGED'] as const;
export type PatientStatus = (typeof PATIENT_STATUSES)[number];

export const DISPOSITIONS = [
  'HOME',
  'HOME_WITH_HOME_HEALTH',
  'SKILLED_NURSING_FACILITY',
  'INPATIENT_REHAB',
  'LONG_TERM_ACUTE_CARE',
  'HOSPICE',
  'LEFT_AGAINST_MEDICAL_ADVICE',
  'TRANSFERRED',
  'EXPIRED',
  'OTHER',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** How the current stay began: emergent (unplanned, e.g. through the emergency department) or elective. */
export const ADMISSION_ACUITIES = ['EMERGENT', 'ELECTIVE'] as const;
export type AdmissionAcuity = (typeof ADMISSION_ACUITIES)[number];

export const COVERAGE_TYPES = ['MEDICARE', 'MEDICAID', 'COMMERCIAL', 'SELF_PAY', 'OTHER'] as const;
export type CoverageType = (typeof COVERAGE_TYPES)[number];

export const CONDITION_STATUSES = ['ACTIVE', 'RESOLVED'] as const;

/** A problem-list entry: coded (e.g. ICD-10-CM) or free text. */
export interface Condition {
  code: string | null;
  codeSystem: string | null;
  description: string;
  onsetDate: string | null;
  status: (typeof CONDITION_STATUSES)[number];
}

export interface Coverage {
  type: CoverageType;
  payer: string;
  plan: string | null;
  memberId: string | null;
  primary: boolean;
}

export interface EmergencyContact {
  name: string;
  relationship: string;
  phone: string;
  isLegalRepresentative: boolean;
}

/**
 * A patient and their current encounter. Earlier encounters are kept as `Encounter` rows when
 * the patient is discharged, so readmissions and length of stay stay answerable.
 */
@Entity({ tableName: 'patient' })
@Index({ properties: ['unitId', 'name'] })
export class Patient {
  [OptionalProps]?:
    | 'bed'
    | 'status'
    | 'expectedDischargeDate'
    | 'dischargedAt'
    | 'disposition'
    | 'admittingDiagnosis'
    | 'admissionAcuity'
    | 'attendingId'
    | 'allergies'
    | 'primaryLanguage'
    | 'interpreterNeeded'
    | 'conditions'
    | 'coverages'
    | 'emergencyContacts'
    | 'version'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Medical record number, unique across the hub. */
  @Property({ length: 32, unique: true })
  mrn!: string;

  @Property({ length: 200 })
  name!: string;

  /** A calendar date, YYYY-MM-DD, with no time zone. */
  @Property({ type: 'string', length: 10 })
  dateOfBirth!: string;

  @ManyToOne(() => Unit, { mapToPk: true, fieldName: 'unit_id' })
  unitId!: string;

  @Property({ length: 16, nullable: true })
  bed: string | null = null;

  @Property({ length: 12 })
  status: PatientStatus = 'ADMITTED';

  @Property({ type: DateTimeType })
  admittedAt!: Date;

  @Property({ type: 'string', length: 10, nullable: true })
  expectedDischargeDate: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  dischargedAt: Date | null = null;

  @Property({ length: 32, nullable: true })
  disposition: Disposition | null = null;

  @Property({ length: 500, nullable: true })
  admittingDiagnosis: string | null = null;

  /** Null until recorded for this stay; the readmission risk names it as missing until then. */
  @Property({ type: 'string', length: 12, nullable: true })
  admissionAcuity: AdmissionAcuity | null = null;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'attending_id', nullable: true })
  attendingId: string | null = null;

  @Property({ length: 2000, nullable: true })
  allergies: string | null = null;

  @Property({ length: 60, nullable: true })
  primaryLanguage: string | null = null;

  @Property()
  interpreterNeeded: boolean = false;

  @Property({ type: 'json' })
  conditions: Condition[] = [];

  @Property({ type: 'json' })
  coverages: Coverage[] = [];

  @Property({ type: 'json' })
  emergencyContacts: EmergencyContact[] = [];

  @Property({ version: true })
  version!: number;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A finished stay, written when the patient is discharged. */
@Entity({ tableName: 'encounter' })
@Index({ properties: ['patientId', 'admittedAt'] })
export class Encounter {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  @ManyToOne(() => Unit, { mapToPk: true, fieldName: 'unit_id' })
  unitId!: string;

  @Property({ type: DateTimeType })
  admittedAt!: Date;

  @Property({ type: DateTimeType })
  dischargedAt!: Date;

  @Property({ length: 500, nullable: true })
  admittingDiagnosis: string | null = null;

  @Property({ length: 32 })
  disposition!: Disposition;
}

/** The client-facing view of a patient: what queries return and what events carry. */
export interface PatientView {
  [field: string]: unknown;
  id: string;
  version: number;
  mrn: string;
  name: string;
  dateOfBirth: string;
  unitId: string;
  bed: string | null;
  status: PatientStatus;
  admittedAt: string;
  expectedDischargeDate: string | null;
  dischargedAt: string | null;
  disposition: Disposition | null;
  admittingDiagnosis: string | null;
  admissionAcuity: AdmissionAcuity | null;
  attendingId: string | null;
  allergies: string | null;
  primaryLanguage: string | null;
  interpreterNeeded: boolean;
  conditions: Condition[];
  coverages: Coverage[];
  emergencyContacts: EmergencyContact[];
  createdAt: string;
  updatedAt: string;
}

export function patientView(p: Patient): PatientView {
  return {
    id: p.id,
    version: p.version,
    mrn: p.mrn,
    name: p.name,
    dateOfBirth: p.dateOfBirth,
    unitId: p.unitId,
    bed: p.bed,
    status: p.status,
    admittedAt: p.admittedAt.toISOString(),
    expectedDischargeDate: p.expectedDischargeDate,
    dischargedAt: p.dischargedAt?.toISOString() ?? null,
    disposition: p.disposition,
    admittingDiagnosis: p.admittingDiagnosis,
    admissionAcuity: p.admissionAcuity,
    attendingId: p.attendingId,
    allergies: p.allergies,
    primaryLanguage: p.primaryLanguage,
    interpreterNeeded: p.interpreterNeeded,
    conditions: p.conditions.map((c) => ({ ...c })),
    coverages: p.coverages.map((c) => ({ ...c })),
    emergencyContacts: p.emergencyContacts.map((c) => ({ ...c })),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
