// Step runner shared by start.mjs and test.mjs.
import { spawnSync } from 'node:child_process';
import { pnpm, root } from './pnpm.mjs';

const seconds = (since, until = Date.now()) => `${((until - since) / 1000).toFixed(1)} s`;
const timings = [];

/** Runs a command in the repository with inherited output; exits this process with its status when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) fail(`${command} ${args.join(' ')}`, result.status);
}

/** Runs pnpm with the given arguments; exits this process with its status when it fails. */
export function runPnpm(args, options = {}) {
  const status = pnpm(args, options);
  if (status !== 0) fail(`pnpm ${args.join(' ')}`, status);
}

function fail(what, status) {
  console.error(`\n✗ ${what} failed (exit ${status ?? 'signal'})`);
  printTimings();
  process.exit(status || 1);
}

/**
 * Runs one named step and prints how long it took. A step that returns a non-zero number has
 * failed with that exit status: it is reported as failed and the status is returned.
 */
export async function step(name, fn) {
  const timing = { name, started: Date.now(), ended: undefined, failed: false };
  timings.push(timing);
  console.log(`\n▶ ${name}`);
  const result = await fn();
  timing.ended = Date.now();
  timing.failed = typeof result === 'number' && result !== 0;
  console.log(`${timing.failed ? '✗' : '✓'} ${name} (${seconds(timing.started, timing.ended)})`);
  return result;
}

/** Prints every step so far with its duration; a step without one is where the run stopped. */
export function printTimings() {
  if (timings.length === 0) return;
  console.log('\nsteps:');
  for (const { name, started, ended, failed } of timings) {
    const took = ended ? seconds(started, ended) : 'stopped';
    console.log(`  ${failed || !ended ? '✗' : '✓'} ${took.padStart(8)}  ${name}`);
  }
}

export { root };
