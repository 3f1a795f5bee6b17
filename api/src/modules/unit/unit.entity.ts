import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';

/** A hospital unit or community team: the home of a staff list and its patients. */
@Entity({ tableName: 'unit' })
export class Unit {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 16, unique: true })
  code!: string;

  @Property({ length: 120 })
  name!: string;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();
}

/** A staff user on a unit's staff list. */
@Entity({ tableName: 'unit_member' })
@Unique({ properties: ['unitId', 'userId'] })
export class UnitMember {
  [OptionalProps]?: 'since';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Unit, { mapToPk: true, fieldName: 'unit_id', deleteRule: 'cascade' })
  unitId!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @Property({ type: DateTimeType })
  since: Date = new Date();
}
