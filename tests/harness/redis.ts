import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { freePort } from './ports.js';

/** A throwaway Redis server without persistence. */
export interface RedisServer {
  /** `redis://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** Ends the server; safe to call when it is already down. */
  stop(): Promise<void>;
  /**
   * Stops the server, stays down `downMs`, and starts it again on the same port, empty: an
   * outage as clients see it.
   */
  restart(downMs?: number): Promise<void>;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (reply) => {
      socket.destroy();
      resolve(reply.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts `redis-server` on a free loopback port and resolves once it answers PING. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  let output = '';

  const launch = async () => {
    output = '';
    const server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = server;
    server.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    server.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    let spawnError: Error | undefined;
    server.once('error', (error) => {
      spawnError = error;
    });
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (spawnError)
        throw new Error(`redis-server did not start (install the redis-server package): ${spawnError.message}`);
      if (server.exitCode !== null) throw new Error(`redis-server exited (${server.exitCode}):\n${output}`);
      if (await answersPing(port)) return;
      if (Date.now() > deadline) {
        server.kill('SIGKILL');
        throw new Error(`redis-server on port ${port} did not answer PING:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  const halt = () =>
    new Promise<void>((resolve) => {
      const server = child;
      if (!server || server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: halt,
    async restart(downMs = 0) {
      await halt();
      if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
      await launch();
    },
  };
}
