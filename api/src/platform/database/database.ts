import fs from 'node:fs';
import path from 'node:path';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { type EntityClass, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { type PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { migrationsFor } from '../../migrations/index.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ChangeEventRecord } from '../events/change-event.entity.js';
import type { Logger } from '../logging/logger.js';

/** The platform's own tables: the event log and the audit trail. */
export const platformEntities: EntityClass<unknown>[] = [ChangeEventRecord, AuditEntry];

export type Dialect = 'sqlite' | 'postgresql';

/**
 * Full-text search structures the migrations make beside the mapped columns: the directory's FTS5
 * table on SQLite (its shadow tables share the prefix), and its generated tsvector column with a GIN
 * index on PostgreSQL. They are not entities, so schema diffs leave them be (MikroORM skips tables
 * by name; the column and index are named here for the diff check of the migrations test).
 */
export const UNMAPPED_SCHEMA = {
  tables: [/^community_resource_fts/],
  columns: ['"community_resource" drop column "search_vector"'],
  indexes: ['"community_resource_search_vector_index"'],
} as const;

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
    schemaGenerator: { skipTables: [...UNMAPPED_SCHEMA.tables] },
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
  const applied = await underStartupLock(orm, () => orm.getMigrator().up());
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
  return orm;
}

/**
 * The session-level advisory lock that serialises start-up work across instances. Two int4 keys
 * ("care", 1) live in a key space apart from the write path's single-key per-stream locks, and
 * advisory locks are per database, so hubs on other databases of the same server never wait.
 */
const STARTUP_LOCK_KEYS = [0x63617265, 1] as const;

/** The raw driver connection knex lends out: enough of `pg.Client` to take and give back the lock. */
interface LockConnection {
  query(sql: string, values: readonly unknown[]): Promise<unknown>;
}

/**
 * Runs start-up work (migrations, demo data) so that instances started at the same moment do it
 * one after the other: on PostgreSQL under a session-level advisory lock held on a connection of
 * its own and released afterwards, so the second instance waits, then finds nothing left to do.
 * If the process dies while holding it, PostgreSQL releases the lock with the session.
 * SQLite is the embedded, single-instance database: the work just runs.
 */
export async function underStartupLock<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  if (!(orm.em.getDriver() instanceof PostgreSqlDriver)) return work();
  const knex = (orm.em.getConnection() as PostgreSqlConnection).getKnex();
  const connection = (await knex.client.acquireConnection()) as LockConnection;
  try {
    await connection.query('select pg_advisory_lock($1, $2)', STARTUP_LOCK_KEYS);
    try {
      return await work();
    } finally {
      await connection.query('select pg_advisory_unlock($1, $2)', STARTUP_LOCK_KEYS);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
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
