// Small process helpers shared by start.mjs and test.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
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

let pnpmEnv;

/**
 * An environment in which `pnpm` (the version pinned in package.json) is on PATH — for us and
 * for package scripts that call pnpm themselves: corepack's shim in a temporary folder, or, where
 * corepack is missing, pnpm installed there with npm.
 */
export function withPnpm() {
  if (pnpmEnv) return pnpmEnv;
  const bin = path.join(os.tmpdir(), 'carehub-pnpm-bin');
  mkdirSync(bin, { recursive: true });
  const env = { ...process.env, COREPACK_INTEGRITY_KEYS: '0', COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' };
  const shim = spawnSync('corepack', ['enable', 'pnpm', '--install-directory', bin], { env, stdio: 'ignore' });
  let dir = bin;
  if (shim.status !== 0) {
    run('npm', ['install', '--no-save', '--prefix', bin, 'pnpm@10.34.9'], { env });
    dir = path.join(bin, 'node_modules', '.bin');
  }
  pnpmEnv = { ...env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` };
  return pnpmEnv;
}

/** Runs pnpm with the given arguments. */
export function pnpm(args, options = {}) {
  return run('pnpm', args, { ...options, env: { ...withPnpm(), ...options.env } });
}

/** Times a step and prints it. */
export function step(name, fn) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = fn();
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
