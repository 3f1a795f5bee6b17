import { randomUUID } from 'node:crypto';
import { DateTimeType, PrimaryKey, Property } from '@mikro-orm/core';

/** The fields a subclass's `[OptionalProps]` names because they have defaults. */
export type VersionedOptional = 'version' | 'createdAt' | 'updatedAt';

/**
 * The base of every editable item the write path records: a random uuid, the optimistic-lock
 * `version` (a stale flush throws, the write path answers CONFLICT), and when it was made and last
 * changed. Feature modules extend it (a patient's items through `PatientItem`).
 */
export abstract class VersionedEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ version: true })
  version!: number;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** The view fields every versioned item has, timestamps as ISO strings. */
export const versionedView = (item: VersionedEntity) => ({
  id: item.id,
  version: item.version,
  createdAt: item.createdAt.toISOString(),
  updatedAt: item.updatedAt.toISOString(),
});
