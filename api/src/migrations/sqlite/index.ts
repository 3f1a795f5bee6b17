import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124064334 } from './Migration20261124064334.js';
import { Migration20261124071309 } from './Migration20261124071309.js';
import { Migration20261124072341 } from './Migration20261124072341.js';
import { Migration20261125134603 } from './Migration20261125134603.js';
import { Migration20261125162716 } from './Migration20261125162716.js';
import { Migration20261125162916 } from './Migration20261125162916.js';
import { Migration20261125163008 } from './Migration20261125163008.js';
import { Migration20261125164155 } from './Migration20261125164155.js';
import { Migration20261125165727 } from './Migration20261125165727.js';
import { Migration20261125182000 } from './Migration20261125182000.js';
import { Migration20261125193000 } from './Migration20261125193000.js';
import { Migration20261125193032 } from './Migration20261125193032.js';
import { Migration20261125193219 } from './Migration20261125193219.js';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261124064334', class: Migration20261124064334 },
  { name: 'Migration20261124071309', class: Migration20261124071309 },
  { name: 'Migration20261124072341', class: Migration20261124072341 },
  { name: 'Migration20261125134603', class: Migration20261125134603 },
  { name: 'Migration20261125162716', class: Migration20261125162716 },
  { name: 'Migration20261125162916', class: Migration20261125162916 },
  { name: 'Migration20261125163008', class: Migration20261125163008 },
  { name: 'Migration20261125164155', class: Migration20261125164155 },
  { name: 'Migration20261125165727', class: Migration20261125165727 },
  { name: 'Migration20261125182000', class: Migration20261125182000 },
  { name: 'Migration20261125193000', class: Migration20261125193000 },
  { name: 'Migration20261125193032', class: Migration20261125193032 },
  { name: 'Migration20261125193219', class: Migration20261125193219 },
];
