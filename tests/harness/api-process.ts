import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/services.mjs';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api');

export interface ApiProcess {
  url: string;
  port: number;
  /** Everything the process printed, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Runs the API's composition root as its own process on a free port — the TypeScript source, or
 * with `built` the compiled server — and resolves once /readyz answers. Used to prove behaviour
 * across separate instances, and that the built server starts.
 */
export async function startApiProcess(
  env: Record<string, string>,
  options: { built?: boolean } = {},
): Promise<ApiProcess> {
  const port = await freePort();
  let output = '';
  // `built`: the compiled server exactly as `npm start` runs it; otherwise the TypeScript source.
  const args = options.built
    ? ['--conditions=production', 'dist/main.js']
    : ['--import', '@swc-node/register/esm-register', 'src/main.ts'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: apiDir,
    env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API process exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API process did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    logs: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
