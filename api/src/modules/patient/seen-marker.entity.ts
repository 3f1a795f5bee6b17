import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Patient } from './patient.entity.js';

/** How far one user has looked at one patient's changes: the last event id they marked as seen. */
@Entity({ tableName: 'seen_marker' })
@Unique({ properties: ['userId', 'patientId'] })
export class SeenMarker {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  @Property({ type: 'bigint' })
  lastSeenEventId!: string;

  @Property({ type: DateTimeType })
  at: Date = new Date();
}
