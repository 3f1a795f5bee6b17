/**
 * Writes schema/schema.graphql from the API's resolvers, or with `--check` exits non-zero when
 * the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hubModules } from './modules.js';
import { printCarehubSchema } from './platform/graphql/schema.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');
const sdl = await printCarehubSchema(hubModules);
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {}
  if (committed !== sdl) {
    console.error('schema/schema.graphql is stale: run `pnpm codegen` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  writeFileSync(target, sdl);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
