/**
 * Writes the next migration for both dialects from the difference between the entities and the
 * committed migrations, then lists every migration in each dialect's index.
 *
 *   pnpm --filter @carehub/api migration:create <postgres-url-of-an-empty-database>
 *
 * Review the SQLite file before committing: MikroORM's SQLite comparator proposes rebuilding
 * tables with a bigint autoincrement key (change_event, audit_entry) that are already current;
 * delete those `pragma foreign_keys = off … on` blocks. The migrations test fails if anything
 * the entities need is missing, on either database.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/core';
import { hubModules } from './modules.js';
import { ormOptions } from './platform/database/database.js';

const entities = hubModules.entities;
const migrationsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const postgresUrl = process.argv[2];
if (!postgresUrl) {
  console.error('usage: migration:create <postgres-url-of-an-empty-database>');
  process.exit(2);
}

const targets = [
  { kind: 'sqlite', file: path.join(mkdtempSync(path.join(os.tmpdir(), 'carehub-migrate-')), 'db.sqlite') },
  { kind: 'postgresql', url: postgresUrl },
] as const;

for (const database of targets) {
  const orm = await MikroORM.init({
    ...ormOptions(database, entities),
    migrations: {
      ...ormOptions(database, entities).migrations,
      path: path.join(migrationsRoot, database.kind),
      pathTs: path.join(migrationsRoot, database.kind),
    },
  });
  const migrator = orm.getMigrator();
  await migrator.up();
  const result = await migrator.createMigration();
  console.log(result.fileName ? `${database.kind}: wrote ${result.fileName}` : `${database.kind}: no changes`);
  await orm.close();
  writeIndex(path.join(migrationsRoot, database.kind));
}

function writeIndex(folder: string): void {
  const names = readdirSync(folder)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}.js';`),
    '',
    'export const migrations: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ];
  writeFileSync(path.join(folder, 'index.ts'), lines.join('\n'));
}
