import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity.js';

/**
 * A signed-in session. Only the SHA-256 of the opaque token is stored, so a copy of the
 * database cannot be used to sign in.
 */
@Entity({ tableName: 'user_session' })
@Index({ properties: ['userId'] })
export class Session {
  [OptionalProps]?: 'createdAt' | 'lastSeenAt' | 'revokedAt' | 'ip' | 'userAgent';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Property({ type: DateTimeType })
  lastSeenAt: Date = new Date();

  /** The absolute expiry; the idle timeout is counted from `lastSeenAt`. */
  @Property({ type: DateTimeType })
  expiresAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  revokedAt: Date | null = null;

  @Property({ length: 64, nullable: true })
  ip: string | null = null;

  @Property({ length: 300, nullable: true })
  userAgent: string | null = null;
}
