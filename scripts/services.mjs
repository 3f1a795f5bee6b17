// Throwaway PostgreSQL and Redis servers for the test suite: OS binaries, free loopback ports,
// temporary folders, stopped and removed afterwards. Plain JavaScript so scripts/test.mjs can
// use it before anything is compiled; tests import it through services.d.mts.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Where Debian keeps the PostgreSQL server binaries (they are not on PATH). */
export function postgresBinDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((d) => existsSync(path.join(root, d, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? path.join(root, majors[0], 'bin') : null;
}

const isRoot = () => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root; as root, run its tools as the `postgres` user. */
function asPostgres(bin, args, options = {}) {
  const command = isRoot() ? 'runuser' : bin;
  const argv = isRoot() ? ['-u', 'postgres', '--', bin, ...args] : args;
  return execFileSync(command, argv, { stdio: 'pipe', ...options });
}

/**
 * Starts a PostgreSQL server in a temporary folder on a free port.
 * Resolves to `{ url, stop }`; `url` points at the `postgres` database as user `carehub`.
 */
export async function startPostgres() {
  const bin = postgresBinDir();
  if (!bin)
    throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'carehub-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  asPostgres(path.join(bin, 'initdb'), ['-A', 'trust', '-U', 'carehub', '-D', data, '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  let frozen = [];
  const thaw = () => {
    for (const pid of frozen.splice(0)) signal(pid, 'SIGCONT');
  };
  return {
    url: `postgres://carehub@127.0.0.1:${port}/postgres`,
    /**
     * Suspends the server and every backend (SIGSTOP): connections stay open but nothing answers,
     * as when the database host hangs or the network drops packets. `thaw` resumes it.
     */
    freeze() {
      const postmaster = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      frozen = [postmaster, ...childrenOf(postmaster)];
      for (const pid of frozen) signal(pid, 'SIGSTOP');
    },
    thaw,
    /**
     * Stops the server (fast shutdown: open transactions are rolled back, connections end) and
     * keeps its data folder, as when the database host restarts; `resume` starts it again on the
     * same port with the same data.
     */
    halt() {
      thaw();
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    resume() {
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
    },
    async stop() {
      thaw();
      try {
        if (existsSync(path.join(data, 'postmaster.pid'))) {
          asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Sends a signal to a process that may already have ended. */
function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch {
    // Gone already.
  }
}

/** The ids of the processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid) {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // The parent id is the 4th field; the 2nd, the command in parentheses, may contain spaces.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function waitForPing(port, deadline, failure) {
  for (;;) {
    const failed = failure();
    if (failed) throw failed;
    const answered = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.setTimeout(1_000, () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (d) => {
        socket.destroy();
        resolve(d.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
    });
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not answer PING`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Starts `redis-server` on a free loopback port without persistence.
 * Resolves to `{ url, port, stop, restart }`; `restart` stops it and starts it again on the same
 * port, for tests that show an outage loses nothing.
 */
export async function startRedis() {
  const port = await freePort();
  let child;
  const launch = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    let failed = null;
    child.once('error', (e) => {
      failed = new Error(`redis-server did not start (apt-get install redis-server): ${e.message}`);
    });
    child.once('exit', (code) => {
      failed ??= new Error(`redis-server exited (${code}) before answering PING`);
    });
    await waitForPing(port, Date.now() + 10_000, () => failed);
  };
  const halt = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: halt,
    /** Stops the server, waits `downMs`, and starts it again on the same port. */
    async restart(downMs = 0) {
      await halt();
      if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
      await launch();
    },
  };
}
