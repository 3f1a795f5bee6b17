import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A process's resident memory in bytes, from /proc (Linux). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../api');

/** Starts the bare server in a process of its own; resolves once it listens. */
export async function startBareProcess(goal: Record<string, unknown>) {
  const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'bare-process.ts');
  // Run from the API folder so its TypeScript loader resolves, as the API processes run.
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', script, JSON.stringify(goal)], {
    cwd: apiDir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [wsUrl, httpUrl] = await new Promise<[string, string]>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /ready (\S+) (\S+)/.exec(out);
      if (match) resolve([match[1] ?? '', match[2] ?? '']);
    });
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return {
    wsUrl,
    httpUrl,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
