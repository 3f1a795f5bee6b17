// Small process helpers shared by start.mjs and test.mjs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the repository, inheriting output; exits the process when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** pnpm through corepack (the version pinned in package.json), or npx when corepack is missing. */
export function pnpm(args, options = {}) {
  const env = { ...process.env, COREPACK_INTEGRITY_KEYS: '0', COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', ...options.env };
  const corepack = spawnSync('corepack', ['--version'], { stdio: 'ignore' });
  if (corepack.status === 0) return run('corepack', ['pnpm', ...args], { ...options, env });
  return run('npx', ['--yes', 'pnpm@10.34.9', ...args], { ...options, env });
}

/** Times a step and prints it. */
export function step(name, fn) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = fn();
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
