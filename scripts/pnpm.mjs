#!/usr/bin/env node
// The pnpm that package.json pins, on a machine that has only Node and npm: corepack's pnpm
// (with the checks that fail on these machines switched off), or, without corepack, pnpm run
// through npx. Use as `node scripts/pnpm.mjs <args>` or import `pnpm` / `pnpmEnv`.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PNPM_VERSION = '10.34.9';
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let cached;

/**
 * An environment in which `pnpm` is on PATH — for us and for package scripts that call pnpm
 * themselves (the root `build` does): corepack's shims in a temporary folder or, where
 * corepack is missing or fails, a shim that runs `npx --yes pnpm@PNPM_VERSION`.
 */
export function pnpmEnv() {
  if (cached) return cached;
  const env = {
    ...process.env,
    // corepack's bundled keys do not match the registry's current pnpm signatures.
    COREPACK_INTEGRITY_KEYS: '0',
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  };
  const bin = path.join(os.tmpdir(), `carehub-pnpm-${PNPM_VERSION}`);
  mkdirSync(bin, { recursive: true });
  const works = (PATH) =>
    spawnSync('pnpm', ['--version'], { cwd: root, env: { ...env, PATH }, stdio: 'ignore' }).status === 0;
  const corepack = spawnSync('corepack', ['enable', 'pnpm', '--install-directory', bin], { env, stdio: 'ignore' });
  let PATH = `${bin}${path.delimiter}${env.PATH ?? ''}`;
  if (corepack.status !== 0 || !works(PATH)) {
    const npx = path.join(bin, 'npx');
    mkdirSync(npx, { recursive: true });
    const shim = path.join(npx, 'pnpm');
    writeFileSync(shim, `#!/bin/sh\nexec npx --yes pnpm@${PNPM_VERSION} "$@"\n`);
    chmodSync(shim, 0o755);
    PATH = `${npx}${path.delimiter}${env.PATH ?? ''}`;
  }
  cached = { ...env, PATH };
  return cached;
}

/** Runs pnpm (in the repository root unless `cwd` says otherwise) with inherited output; returns its exit status. */
export function pnpm(args, options = {}) {
  const result = spawnSync('pnpm', args, {
    cwd: root,
    stdio: 'inherit',
    ...options,
    env: { ...pnpmEnv(), ...options.env },
  });
  return result.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(pnpm(process.argv.slice(2), { cwd: process.cwd() }));
}
