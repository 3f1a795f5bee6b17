import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Visibility } from '../../platform/events/change-event.entity.js';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';

/**
 * A plain-language update the team writes for the patient's family. It is written shared (FAMILY);
 * taking it back sets it to TEAM, so the team keeps a record of what was said and when.
 */
@Entity({ tableName: 'family_update' })
@Index({ properties: ['patientId', 'createdAt'] })
export class FamilyUpdate {
  [OptionalProps]?: 'visibility' | 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'author_id' })
  authorId!: string;

  /** The author's name as family read it, kept as it was when written. */
  @Property({ length: 200 })
  authorName!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ length: 8 })
  visibility: Visibility = 'FAMILY';

  @Property({ version: true })
  version!: number;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export interface FamilyUpdateView {
  [field: string]: unknown;
  id: string;
  version: number;
  patientId: string;
  authorId: string;
  authorName: string;
  text: string;
  visibility: Visibility;
  createdAt: string;
  updatedAt: string;
}

export const familyUpdateView = (u: FamilyUpdate): FamilyUpdateView => ({
  id: u.id,
  version: u.version,
  patientId: u.patientId,
  authorId: u.authorId,
  authorName: u.authorName,
  text: u.text,
  visibility: u.visibility,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});
