// `npm test`: installs what the suite needs (pnpm packages; PostgreSQL, Redis and Chromium from
// the OS packages when missing and running as root), then checks the schema, types and lint,
// builds the web app, starts a throwaway PostgreSQL and Redis, and runs every test project.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pnpm, root, run, step, withPnpm } from './run.mjs';
import { postgresBinDir, startPostgres, startRedis } from './services.mjs';

const started = Date.now();
step('install packages', () => pnpm(['install', '--frozen-lockfile']));

step('OS packages', () => {
  const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
  const missing = [];
  if (!postgresBinDir()) missing.push('postgresql');
  if (!has('redis-server')) missing.push('redis-server');
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing OS packages: ${missing.join(', ')}. Install them (e.g. sudo apt-get install -y ${missing.join(' ')}) and run again.`,
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
});

step('schema and typed documents are current', () => pnpm(['--filter', '@carehub/api', 'run', 'schema:check']));
step('typecheck', () => pnpm(['run', 'typecheck']));
step('lint', () => pnpm(['run', 'lint']));
// Browser tests use the built web app; one test starts the built API as `npm start` does.
step('build', () => pnpm(['run', 'build']));

const postgres = await startPostgres();
const redis = await startRedis();
let status = 1;
try {
  console.log(`\n▶ tests (PostgreSQL ${postgres.url}, Redis ${redis.url})`);
  const result = spawnSync('pnpm', ['exec', 'vitest', 'run', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...withPnpm(),
      TEST_POSTGRES_URL: postgres.url,
      TEST_REDIS_URL: redis.url,
    },
  });
  status = result.status ?? 1;
} finally {
  await redis.stop();
  await postgres.stop();
}
console.log(`\n${status === 0 ? '✓' : '✗'} npm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(status);
