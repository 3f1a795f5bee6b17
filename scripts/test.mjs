// `npm test`: installs what the suite needs (the pnpm packages; PostgreSQL, Redis and Chromium
// from the OS packages when missing and running as root), then, stopping at the first failure:
// schema check, typecheck, lint, build, and every test project in one vitest run. Extra
// arguments go to vitest (`npm test -- --project tests`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pnpm } from './pnpm.mjs';
import { printTimings, run, runPnpm, step } from './run.mjs';
import { postgresBinDir } from './services.mjs';

const started = Date.now();

await step('install packages', () => runPnpm(['install', '--frozen-lockfile']));

await step('OS packages', () => {
  const missing = missingOsPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `These OS packages are missing: ${missing.join(', ')}.\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}) and run npm test again.`,
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  const still = missingOsPackages();
  if (still.length > 0) {
    console.error(`Still missing after apt-get install: ${still.join(', ')}`);
    process.exit(1);
  }
});

await step('schema and typed documents are current', () =>
  runPnpm(['--filter', '@carehub/api', 'run', 'schema:check']),
);
await step('typecheck', () => runPnpm(['run', 'typecheck']));
await step('lint', () => runPnpm(['run', 'lint']));
// Browser tests load the built web app; one test starts the built API exactly as `npm start` does.
await step('build', () => runPnpm(['run', 'build']));

// vitest's global setup starts one PostgreSQL and one Redis for the whole run. The reporter
// leaves its closing line in a file so that it can be the very last line printed, after the timings.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'carehub-closing-line-'));
const closingLineFile = path.join(scratch, 'closing-line');
const status = await step('tests', () =>
  pnpm(['exec', 'vitest', 'run', ...process.argv.slice(2)], { env: { CAREHUB_CLOSING_LINE_FILE: closingLineFile } }),
);
// No line means vitest stopped before running any test (a config error, a server that would not start).
const closingLine = existsSync(closingLineFile)
  ? readFileSync(closingLineFile, 'utf8').trim()
  : 'tests: 0 passed, 1 failed';
rmSync(scratch, { recursive: true, force: true });

printTimings();
const verdict = status === 0 ? '✓ npm test passed' : '✗ npm test failed';
console.log(`\n${verdict} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(closingLine);
process.exit(status);

/** The Debian packages whose programs the suite needs and this machine lacks. */
function missingOsPackages() {
  const onPath = (program) => spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
  const missing = [];
  if (!postgresBinDir()) missing.push('postgresql');
  if (!onPath('redis-server')) missing.push('redis-server');
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  return missing;
}
