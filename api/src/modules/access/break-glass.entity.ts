import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';

/** Emergency access to a patient outside one's team: time-limited, with a stated reason, always audited. */
@Entity({ tableName: 'break_glass_grant' })
@Index({ properties: ['userId', 'patientId', 'expiresAt'] })
export class BreakGlassGrant {
  [OptionalProps]?: 'grantedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id' })
  userId!: string;

  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  @Property({ length: 500 })
  reason!: string;

  @Property({ type: DateTimeType })
  grantedAt: Date = new Date();

  @Property({ type: DateTimeType })
  expiresAt!: Date;
}
