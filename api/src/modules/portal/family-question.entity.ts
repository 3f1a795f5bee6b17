import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';

export const QUESTION_STATUSES = ['OPEN', 'ANSWERED'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * A question a family member sends the team about their patient, for the lead case manager or a
 * discipline they chose, and the team's reply. Among family, only its asker sees it. Its text is
 * kept exactly as typed: clients render it as text, never as markup.
 */
@Entity({ tableName: 'family_question' })
@Index({ properties: ['patientId', 'createdAt'] })
@Index({ properties: ['askedById', 'createdAt'] })
export class FamilyQuestion {
  [OptionalProps]?:
    | 'status'
    | 'discipline'
    | 'reply'
    | 'repliedById'
    | 'repliedByName'
    | 'repliedAt'
    | 'taskId'
    | 'version'
    | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'asked_by_id' })
  askedById!: string;

  @Property({ length: 200 })
  askedByName!: string;

  @Property({ type: 'text' })
  text!: string;

  /** The discipline the family member asked; null: the lead case manager. */
  @Property({ length: 8, nullable: true })
  discipline: string | null = null;

  @Property({ length: 10 })
  status: QuestionStatus = 'OPEN';

  @Property({ type: 'text', nullable: true })
  reply: string | null = null;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'replied_by_id', nullable: true })
  repliedById: string | null = null;

  @Property({ length: 200, nullable: true })
  repliedByName: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  repliedAt: Date | null = null;

  /** The team's card for it on the patient's task board (an id; the board module owns cards). Never shown to family. */
  @Property({ type: 'uuid', nullable: true })
  taskId: string | null = null;

  @Property({ version: true })
  version!: number;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();
}

export interface FamilyQuestionView {
  [field: string]: unknown;
  id: string;
  version: number;
  patientId: string;
  askedById: string;
  askedByName: string;
  text: string;
  discipline: string | null;
  status: QuestionStatus;
  reply: string | null;
  repliedById: string | null;
  repliedByName: string | null;
  repliedAt: string | null;
  taskId: string | null;
  createdAt: string;
}

export const familyQuestionView = (q: FamilyQuestion): FamilyQuestionView => ({
  id: q.id,
  version: q.version,
  patientId: q.patientId,
  askedById: q.askedById,
  askedByName: q.askedByName,
  text: q.text,
  discipline: q.discipline,
  status: q.status,
  reply: q.reply,
  repliedById: q.repliedById,
  repliedByName: q.repliedByName,
  repliedAt: q.repliedAt?.toISOString() ?? null,
  taskId: q.taskId,
  createdAt: q.createdAt.toISOString(),
});
