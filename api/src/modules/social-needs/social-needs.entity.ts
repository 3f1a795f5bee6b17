import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { VersionedEntity, type VersionedOptional } from '../../platform/database/versioned-entity.js';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';
import type { HrsnAnswers, HrsnDomain, HrsnLanguage } from './hrsn-tool.js';
import { scoreScreening } from './hrsn-tool.js';

export const SCREENING_STATUSES = ['DRAFT', 'COMPLETED'] as const;
export const NEED_STATUSES = ['IDENTIFIED', 'ADDRESSED', 'DECLINED'] as const;

/** One administration of the AHC HRSN screening tool; answers are saved as a draft until completed. */
@Entity({ tableName: 'social_needs_screening' })
@Index({ properties: ['patientId', 'createdAt'] })
export class SocialNeedsScreening extends VersionedEntity {
  [OptionalProps]?: 'status' | 'answers' | 'completedAt' | VersionedOptional;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  @Property({ length: 10 })
  status: (typeof SCREENING_STATUSES)[number] = 'DRAFT';

  /** The language the tool was offered in (one it has a translation in). */
  @Property({ length: 12 })
  language!: HrsnLanguage;

  @Property()
  interpreterUsed!: boolean;

  @Property({ type: 'json' })
  answers: HrsnAnswers = {};

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'screened_by_id' })
  screenedById!: string;

  @Property({ type: DateTimeType, nullable: true })
  completedAt: Date | null = null;
}

/** A social need found by a screening (or by the team): identified, then addressed or declined by the patient. */
@Entity({ tableName: 'social_need' })
@Index({ properties: ['patientId', 'status'] })
export class Need extends VersionedEntity {
  [OptionalProps]?: 'status' | 'note' | 'problemId' | 'goalId' | 'taskId' | VersionedOptional;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  @Property({ length: 20 })
  domain!: HrsnDomain;

  @Property({ length: 12 })
  status: (typeof NEED_STATUSES)[number] = 'IDENTIFIED';

  @ManyToOne(() => SocialNeedsScreening, {
    mapToPk: true,
    fieldName: 'screening_id',
    nullable: true,
    deleteRule: 'set null',
  })
  screeningId: string | null = null;

  /** The care-plan problem that addresses it (a problem of the same patient). */
  @Property({ type: 'uuid', nullable: true })
  problemId: string | null = null;

  /** The care-plan goal that addresses it (a goal of the same patient). */
  @Property({ type: 'uuid', nullable: true })
  goalId: string | null = null;

  @Property({ length: 1000, nullable: true })
  note: string | null = null;

  /** The card on the patient's task board made for it (an id; the board module owns cards). */
  @Property({ type: 'uuid', nullable: true })
  taskId: string | null = null;
}

export const screeningView = (s: SocialNeedsScreening) => ({
  id: s.id,
  version: s.version,
  patientId: s.patientId,
  status: s.status,
  language: s.language,
  interpreterUsed: s.interpreterUsed,
  answers: Object.entries(s.answers).map(([question, values]) => ({ question, values: [...values] })),
  domains: scoreScreening(s.answers),
  screenedById: s.screenedById,
  completedAt: s.completedAt?.toISOString() ?? null,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

export const needView = (n: Need) => ({
  id: n.id,
  version: n.version,
  patientId: n.patientId,
  domain: n.domain,
  status: n.status,
  screeningId: n.screeningId,
  problemId: n.problemId,
  goalId: n.goalId,
  taskId: n.taskId,
  note: n.note,
  createdAt: n.createdAt.toISOString(),
  updatedAt: n.updatedAt.toISOString(),
});

export type ScreeningView = ReturnType<typeof screeningView>;
export type NeedView = ReturnType<typeof needView>;
