import fs from 'node:fs';
import path from 'node:path';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { type EntityClass, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { migrationsFor } from '../../migrations/index.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ChangeEventRecord } from '../events/change-event.entity.js';
import type { Logger } from '../logging/logger.js';

/** The platform's own tables: the event log and the audit trail. */
export const platformEntities: EntityClass<unknown>[] = [ChangeEventRecord, AuditEntry];

export type Dialect = 'sqlite' | 'postgresql';

/** Which database the hub uses: an SQLite file, or a PostgreSQL server. */
export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };

/** MikroORM options for either database: the platform's and the modules' entities, and the dialect's own migrations. */
export function ormOptions(database: DatabaseTarget, entities: EntityClass<unknown>[], logger?: Logger): Options {
  const common = {
    entities: [...platformEntities, ...entities],
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: migrationsFor(database.kind),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      pathTs: path.join('src', 'migrations', database.kind),
      emit: 'ts' as const,
    },
    forceUtcTimezone: true,
    debug: false,
    allowGlobalContext: false,
    logger: (message: string) => logger?.debug({ orm: message }, 'orm'),
  };
  if (database.kind === 'sqlite') {
    return { ...common, driver: BetterSqliteDriver, dbName: database.file };
  }
  return { ...common, driver: PostgreSqlDriver, clientUrl: database.url, pool: { min: 0, max: 10 } };
}

/** Opens the database and brings its schema up to date with the committed migrations. */
export async function openDatabase(
  database: DatabaseTarget,
  entities: EntityClass<unknown>[],
  logger: Logger,
): Promise<MikroORM> {
  if (database.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(database.file), { recursive: true });
  }
  const orm = await MikroORM.init(ormOptions(database, entities, logger));
  if (database.kind === 'sqlite') {
    const connection = orm.em.getConnection();
    // WAL lets readers proceed while one writer commits; foreign keys are off by default in SQLite.
    await connection.execute('pragma journal_mode = wal');
    await connection.execute('pragma foreign_keys = on');
    await connection.execute('pragma busy_timeout = 5000');
  }
  const applied = await orm.getMigrator().up();
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
  return orm;
}

/** True when the database answers a trivial query. */
export async function databaseReady(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.fork().getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}
