import type { MigrationObject } from '@mikro-orm/core';
import * as postgresql from './postgresql/index.js';
import * as sqlite from './sqlite/index.js';

/**
 * The committed migrations of each dialect, listed explicitly so the built server needs no
 * file-system discovery. `pnpm --filter @carehub/api migration:create` writes new ones.
 */
export function migrationsFor(dialect: 'sqlite' | 'postgresql'): MigrationObject[] {
  return dialect === 'sqlite' ? sqlite.migrations : postgresql.migrations;
}
