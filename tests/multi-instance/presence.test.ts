import { CASEY, freshDatabaseUrl, hubClient, RILEY } from '@carehub/api/testing';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis } from '../../scripts/services.mjs';
import { type ApiProcess, startApiProcess } from '../harness/api-process.js';

interface Update {
  patientId: string;
  viewers: { name: string }[];
}

/** Who else has a patient open, across two API instances sharing Redis (socket.io's Redis adapter). */
describe('presence across instances', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let one: ApiProcess;
  let two: ApiProcess;
  let patientId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    database = await freshDatabaseUrl('postgres');
    one = await startApiProcess({ DATABASE_URL: database.url, REDIS_URL: redis.url, SEED_DEMO: 'true' });
    two = await startApiProcess({ DATABASE_URL: database.url, REDIS_URL: redis.url, SEED_DEMO: 'true' });
    const token = await hubClient(one.url).login(CASEY);
    const list = await hubClient(one.url).gql<{ patients: { id: string }[] }>('{ patients { id } }', {}, token);
    patientId = list.data?.patients[0]?.id ?? '';
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await Promise.all([one?.stop(), two?.stop()]);
    await redis?.stop();
    await database?.drop();
  });

  async function connect(url: string, token: string | null): Promise<{ socket: Socket; updates: Update[] }> {
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: token ? { token } : {},
      reconnection: false,
    });
    sockets.push(socket);
    const updates: Update[] = [];
    socket.on('presence:update', (u: Update) => updates.push(u));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (e) => reject(e));
    });
    return { socket, updates };
  }
  const join = (socket: Socket, id: string) =>
    socket.timeout(5_000).emitWithAck('presence:join', { patientId: id }) as Promise<{ ok: boolean; code?: string }>;
  const latest = async (updates: Update[], names: string[]) => {
    for (let i = 0; i < 100; i++) {
      const last = updates.at(-1);
      if (last && JSON.stringify(last.viewers.map((v) => v.name)) === JSON.stringify(names)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`presence never showed ${names.join(', ')}: ${JSON.stringify(updates.at(-1))}`);
  };

  it('two people on two instances see each other on the same patient, and see each other leave', async () => {
    const casey = await connect(one.url, await hubClient(one.url).login(CASEY));
    const riley = await connect(two.url, await hubClient(two.url).login(RILEY));
    expect(await join(casey.socket, patientId)).toEqual({ ok: true });
    expect(await join(riley.socket, patientId)).toEqual({ ok: true });
    await latest(casey.updates, ['Casey Morgan', 'Riley Chen']);
    await latest(riley.updates, ['Casey Morgan', 'Riley Chen']);
    riley.socket.emit('presence:leave', { patientId });
    await latest(casey.updates, ['Casey Morgan']);
  });

  it('someone who may not read the patient cannot join its room', async () => {
    const admin = await connect(two.url, await hubClient(two.url).login('admin@demo.carehub.test'));
    expect(await join(admin.socket, patientId)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(await join(admin.socket, 'not-a-patient')).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
  });

  it('a socket without a session is refused', async () => {
    await expect(connect(one.url, 'forged')).rejects.toThrow(/UNAUTHENTICATED/);
  });
});
