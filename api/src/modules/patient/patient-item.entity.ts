import { ManyToOne, Property } from '@mikro-orm/core';
import { VersionedEntity, type VersionedOptional, versionedView } from '../../platform/database/versioned-entity.js';
import type { Visibility } from '../../platform/events/change-event.entity.js';
import { Patient } from './patient.entity.js';

/** The fields a subclass's `[OptionalProps]` names because they have defaults. */
export type PatientItemOptional = VersionedOptional | 'visibility';

/**
 * The base of an item in a patient's record that can be shared with family (care-plan items,
 * discharge plans and their parts): its patient (removed with them) and who may see it.
 */
export abstract class PatientItem extends VersionedEntity {
  @ManyToOne(() => Patient, { mapToPk: true, fieldName: 'patient_id', deleteRule: 'cascade' })
  patientId!: string;

  /** TEAM, or FAMILY to share it with linked family members (the portal's sharing guard decides). */
  @Property({ length: 8 })
  visibility: Visibility = 'TEAM';
}

/** The view fields every patient item has. */
export const patientItemView = (item: PatientItem) => ({
  ...versionedView(item),
  patientId: item.patientId,
  visibility: item.visibility,
});
