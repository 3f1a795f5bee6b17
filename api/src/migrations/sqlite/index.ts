import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124062737 } from './Migration20261124062737.js';

export const migrations: MigrationObject[] = [{ name: 'Migration20261124062737', class: Migration20261124062737 }];
