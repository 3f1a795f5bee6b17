import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/services.mjs';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api');
const READY_WITHIN_MS = 60_000;
const STOP_WITHIN_MS = 10_000;

/** One API server running as a process of its own. */
export interface ApiProcess {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** The process id (its memory can be read from /proc/<pid>/status). */
  pid: number;
  /** Everything the process printed so far, for failure messages. */
  logs(): string;
  /** Sends `signal` to the API process itself, as an orchestrator stopping it would. */
  signal(signal: NodeJS.Signals): void;
  /** Whether the process is still running. */
  running(): boolean;
  /** Settles when the process has exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends the process and anything it started; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Runs the API's composition root as its own process on a free port and resolves once
 * `GET /readyz` answers 200: the TypeScript source as in development, or with `built` the
 * compiled server exactly as `npm start` runs it. `env` is laid over the inherited
 * environment (DATABASE_URL, REDIS_URL, SEED_DEMO, …); PORT is always the one picked here.
 * Rejects, with the process's output, when it exits or is not ready within a minute.
 */
export async function startApiProcess(
  env: Record<string, string>,
  options: { built?: boolean } = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const args = options.built
    ? ['--conditions=production', 'dist/main.js']
    : ['--import', '@swc-node/register/esm-register', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: apiDir,
    env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, so stopping it also ends anything it spawned.
    detached: true,
  });
  let output = '';
  const capture = (d: Buffer) => {
    output += d.toString();
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  const exitedWith = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined || exited()) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.pid === undefined || exited()) return resolve();
      const force = setTimeout(() => signalGroup('SIGKILL'), STOP_WITHIN_MS);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      signalGroup('SIGTERM');
    });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    if (spawnError) throw new Error(`API process did not start: ${spawnError.message}`);
    if (exited()) throw new Error(`API process exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`API process was not ready within ${READY_WITHIN_MS / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    pid: child.pid ?? 0,
    logs: () => output,
    signal: (signal) => {
      if (!exited()) child.kill(signal);
    },
    running: () => !exited(),
    exited: exitedWith,
    stop,
  };
}
