import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { closeWebSockets, closeWithin, SERVICE_RESTART } from './shutdown.js';

describe('closeWithin', () => {
  it('reports a close that finished', async () => {
    expect(await closeWithin(async () => {}, 1_000)).toEqual({ kind: 'closed' });
  });

  it('reports a close that failed, with its error', async () => {
    const error = new Error('redis gone');
    expect(await closeWithin(() => Promise.reject(error), 1_000)).toEqual({ kind: 'failed', error });
  });

  it('settles when the budget runs out, even if the close never does', async () => {
    expect(await closeWithin(() => new Promise<void>(() => {}), 20)).toEqual({ kind: 'timed out' });
  });
});

describe('closeWebSockets', () => {
  const servers: { close(): void }[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
  });

  async function listening(): Promise<{ wss: WebSocketServer; port: number }> {
    const http = createServer();
    const wss = new WebSocketServer({ server: http });
    servers.push(http);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    return { wss, port: (http.address() as AddressInfo).port };
  }

  it('sends every client 1012 Service Restart and resolves once they have closed', async () => {
    const { wss, port } = await listening();
    const clients = [new WebSocket(`ws://127.0.0.1:${port}`), new WebSocket(`ws://127.0.0.1:${port}`)];
    await Promise.all(clients.map((c) => new Promise((resolve) => c.once('open', resolve))));
    const seen = clients.map(
      (c) =>
        new Promise<[number, string]>((resolve) => c.once('close', (code, reason) => resolve([code, String(reason)]))),
    );
    await closeWebSockets(wss);
    expect(await Promise.all(seen)).toEqual([
      [SERVICE_RESTART, 'Server restarting'],
      [SERVICE_RESTART, 'Server restarting'],
    ]);
    expect(wss.clients.size).toBe(0);
  });

  it('cuts a client that never answers the close frame instead of waiting for it', async () => {
    const { wss, port } = await listening();
    const accepted = new Promise((resolve) => wss.once('connection', resolve));
    // A raw socket that completes the upgrade, then discards what it reads and never answers.
    const silent = net.connect(port, '127.0.0.1');
    silent.resume();
    silent.write(
      [
        'GET / HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        '',
        '',
      ].join('\r\n'),
    );
    await accepted;
    const ended = new Promise((resolve) => silent.once('close', resolve));
    await closeWebSockets(wss);
    await ended;
    expect(wss.clients.size).toBe(0);
  });
});
