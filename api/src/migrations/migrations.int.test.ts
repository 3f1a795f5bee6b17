import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { hubModules } from '../modules.js';
import { openDatabase, UNMAPPED_SCHEMA } from '../platform/database/database.js';
import { createLogger } from '../platform/logging/logger.js';
import { freshDatabaseUrl } from '../testing/test-hub.js';

describe('migrations', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await freshDatabaseUrl();
    drop = database.drop;
    orm = await openDatabase(
      loadConfig({ DATABASE_URL: database.url }).database,
      hubModules.entities,
      createLogger('silent'),
    );
  });
  afterAll(async () => {
    await orm?.close();
    await drop?.();
  });

  it('bring an empty database exactly to the entities (no pending schema difference)', async () => {
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(await meaningful(orm, diff)).toEqual([]);
  });

  it('are all applied and applying again does nothing', async () => {
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    expect(await orm.getMigrator().up()).toEqual([]);
  });
});

/**
 * The statements of a schema diff that would change something. MikroORM's SQLite comparator
 * proposes rebuilding a table with a bigint autoincrement key even when it is current; such a
 * rebuild is a no-op exactly when its DDL equals the table's present DDL, which is checked here.
 */
async function meaningful(orm: MikroORM, diff: string): Promise<string[]> {
  const statements = diff
    .split(/;\s*/)
    .map((s) => s.trim().replace(/;$/, ''))
    .filter(Boolean)
    // Full-text structures the migrations add beside the entities (see UNMAPPED_SCHEMA).
    .filter((s) => ![...UNMAPPED_SCHEMA.columns, ...UNMAPPED_SCHEMA.indexes].some((name) => s.includes(name)));
  if (orm.config.get('dbName')?.endsWith('.sqlite') !== true) return statements;
  const connection = orm.em.getConnection();
  const rebuilt = new Set<string>();
  for (const statement of statements) {
    const match = /^create table `(\w+)__temp_alter` (.*)$/s.exec(statement);
    if (!match?.[1]) continue;
    const [row] = await connection.execute<{ sql: string }[]>('select sql from sqlite_master where name = ?', [
      match[1],
    ]);
    if (
      row?.sql === `CREATE TABLE \`${match[1]}\` ${match[2]}` ||
      row?.sql === `create table \`${match[1]}\` ${match[2]}`
    ) {
      rebuilt.add(match[1]);
    }
  }
  return statements.filter((statement) => {
    if (/^pragma foreign_keys = (on|off)$/.test(statement)) return false;
    return ![...rebuilt].some(
      (table) => statement.includes(`\`${table}__temp_alter\``) || statement.includes(`\`${table}\``),
    );
  });
}
