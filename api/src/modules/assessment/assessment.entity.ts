import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { VersionedEntity, type VersionedOptional } from '../../platform/database/versioned-entity.js';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';
import type { ClinicalDomain, EnvironmentalDomain, FinancialDomain, PsychosocialDomain } from './assessment.domains.js';

export const ASSESSMENT_STATUSES = ['DRAFT', 'SIGNED'] as const;

/**
 * A holistic assessment of one patient across four domains. A draft is edited (versioned); once
 * signed it never changes — a reassessment is a new assessment, numbered after it, that starts
 * from the signed one's answers and shows what changed.
 */
@Entity({ tableName: 'assessment' })
@Index({ properties: ['patientId', 'sequence'] })
export class Assessment extends VersionedEntity {
  [OptionalProps]?: 'status' | 'signedById' | 'signedAt' | 'previousId' | VersionedOptional;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  /** 1 for the first assessment of the patient, 2 for the first reassessment, … */
  @Property()
  sequence!: number;

  @Property({ length: 8 })
  status: (typeof ASSESSMENT_STATUSES)[number] = 'DRAFT';

  /** The signed assessment this one reassesses; null for the first. */
  @Property({ type: 'uuid', nullable: true })
  previousId: string | null = null;

  @Property({ type: 'json' })
  clinical!: ClinicalDomain;

  @Property({ type: 'json' })
  psychosocial!: PsychosocialDomain;

  @Property({ type: 'json' })
  financial!: FinancialDomain;

  @Property({ type: 'json' })
  environmental!: EnvironmentalDomain;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'started_by_id' })
  startedById!: string;

  /** The assessor who signed it. */
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'signed_by_id', nullable: true })
  signedById: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  signedAt: Date | null = null;
}

export const assessmentView = (a: Assessment) => ({
  id: a.id,
  version: a.version,
  patientId: a.patientId,
  sequence: a.sequence,
  status: a.status,
  previousId: a.previousId,
  clinical: { ...a.clinical },
  psychosocial: { ...a.psychosocial },
  financial: { ...a.financial },
  environmental: { ...a.environmental },
  startedById: a.startedById,
  signedById: a.signedById,
  signedAt: a.signedAt?.toISOString() ?? null,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});
export type AssessmentView = ReturnType<typeof assessmentView>;
