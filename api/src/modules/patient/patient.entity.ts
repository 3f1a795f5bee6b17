import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Unit } from '../unit/unit.entity.js';

/** A patient in the care of a unit. Later modules grow the record; this is its core. */
@Entity({ tableName: 'patient' })
@Index({ properties: ['unitId', 'name'] })
export class Patient {
  [OptionalProps]?: 'bed' | 'version' | 'createdAt' | 'updatedAt';

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

  @Property({ type: 'datetime' })
  admittedAt!: Date;

  @Property({ version: true })
  version!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
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
  admittedAt: string;
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
    admittedAt: p.admittedAt.toISOString(),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
