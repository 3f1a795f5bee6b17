import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124064335 } from './Migration20261124064335.js';

export const migrations: MigrationObject[] = [{ name: 'Migration20261124064335', class: Migration20261124064335 }];
