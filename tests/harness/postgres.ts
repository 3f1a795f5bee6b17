import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chown, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './ports.js';

const exec = promisify(execFile);
const DEBIAN_POSTGRES = '/usr/lib/postgresql';

/** A throwaway PostgreSQL server; `stop` ends it and deletes its data folder. */
export interface PostgresServer {
  /** `postgres://carehub@127.0.0.1:PORT/postgres`: the maintenance database, as the superuser. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The newest PostgreSQL server binaries Debian installed, or null when there are none
 * (Debian keeps them off PATH, one folder per major version).
 */
export async function postgresBinDir(): Promise<string | null> {
  const majors = await readdir(DEBIAN_POSTGRES).catch(() => [] as string[]);
  const installed: string[] = [];
  for (const major of majors) {
    const found = await stat(path.join(DEBIAN_POSTGRES, major, 'bin', 'postgres')).then(
      () => true,
      () => false,
    );
    if (found) installed.push(major);
  }
  installed.sort((a, b) => Number(b) - Number(a));
  return installed[0] ? path.join(DEBIAN_POSTGRES, installed[0], 'bin') : null;
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** initdb and postgres refuse to run as root, so as root every server tool runs as `postgres`. */
async function asPostgres(bin: string, args: string[]): Promise<void> {
  const [command, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    await exec(command, argv);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${path.basename(bin)} failed: ${stderr || stdout || String(error)}`);
  }
}

async function postgresOwner(): Promise<{ uid: number; gid: number }> {
  const id = async (flag: string) => Number((await exec('id', [flag, 'postgres'])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

/**
 * Starts a PostgreSQL server on a free loopback port, its data and socket in a fresh temporary
 * folder, and resolves once it accepts connections. Durability is switched off: the data lives
 * only as long as the run.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = await postgresBinDir();
  if (!bin) throw new Error(`no PostgreSQL server under ${DEBIAN_POSTGRES} (install the postgresql package)`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'carehub-pg-'));
  try {
    if (isRoot()) {
      const { uid, gid } = await postgresOwner();
      await chown(dir, uid, gid);
    }
    const data = path.join(dir, 'data');
    const port = await freePort();
    await asPostgres(path.join(bin, 'initdb'), ['-A', 'trust', '-U', 'carehub', '-D', data, '--no-sync']);
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      // Every test file opens its own pools, and API processes theirs: the default 100 runs out.
      '-c max_connections=300',
    ].join(' ');
    const pgCtl = path.join(bin, 'pg_ctl');
    await asPostgres(pgCtl, ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start']);
    return {
      url: `postgres://carehub@127.0.0.1:${port}/postgres`,
      async stop() {
        try {
          await asPostgres(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Creates an empty database on the server at `serverUrl` and resolves to its URL. Without a
 * name it is unique, so test files sharing one server never see each other's rows.
 */
export async function createDatabase(serverUrl: string, name = `test_${randomUUID().replaceAll('-', '')}`) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
