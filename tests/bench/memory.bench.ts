import { CASEY, freshDatabaseUrl, hubClient } from '@carehub/api/testing';
import { io, type Socket } from 'socket.io-client';
import { bench, describe } from 'vitest';
import { startApiProcess } from '../harness/api-process.js';
import { EVENTS, findGoal, signInStaff } from './support/fan-out.js';
import { residentBytes, startBareProcess } from './support/memory.js';
import { ratio, record } from './support/results.js';
import { type Subscriber, subscribe, subscribeMany } from './support/subscribers.js';

/**
 * Memory per idle screen: N screens each holding a graphql-ws subscription to a patient's stream
 * and, on CareHub, a socket.io connection in that patient's presence room; the server process's
 * resident memory before and after, divided by N. The bare graphql-ws server (its own process
 * too) holds the same subscriptions without presence. Both processes run the same TypeScript loader.
 */
const N = 1_000;
const SETTLE_MS = 3_000;

const database = await freshDatabaseUrl('sqlite');
const api = await startApiProcess({ DATABASE_URL: database.url, SEED_DEMO: 'true' });
const client = hubClient(api.url);
const writer = await client.login(CASEY);
const { patientId, goal } = await findGoal(client, writer);
const tokens = await signInStaff(client);
const bare = await startBareProcess({ ...goal, patientId });
const perScreen = new Map<string, number>();

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** Opens N screens with `open`, and returns the server's resident bytes per screen. */
async function measure(pid: number, open: () => Promise<() => void>): Promise<number> {
  await settle();
  const before = residentBytes(pid);
  const close = await open();
  await settle();
  const after = residentBytes(pid);
  close();
  return (after - before) / N;
}

function presence(token: string): Promise<Socket> {
  const socket = io(api.url, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect_error', reject);
    socket.once('connect', async () => {
      const joined = (await socket.timeout(10_000).emitWithAck('presence:join', { patientId })) as { ok: boolean };
      if (joined.ok) resolve(socket);
      else reject(new Error(`presence:join refused: ${JSON.stringify(joined)}`));
    });
  });
}

describe(`memory of ${N.toLocaleString('en')} idle screens`, () => {
  const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
  bench(
    'baseline: bare graphql-ws server',
    async () => {
      perScreen.set(
        'bare',
        await measure(bare.pid, async () => {
          const subs = await subscribeMany(N, () => subscribe(bare.wsUrl, null, EVENTS, { patientId }, () => {}));
          return () => {
            for (const s of subs) s.close();
          };
        }),
      );
    },
    once,
  );
  bench(
    'CareHub: graphql-ws subscription and socket.io presence per screen',
    async () => {
      const newest = await client.read<{ patient: { lastEventId: string } }>(
        'query($id: ID!) { patient(id: $id) { lastEventId } }',
        { id: patientId },
        writer,
      );
      const after = String(BigInt(newest.patient.lastEventId) - 1n);
      perScreen.set(
        'carehub',
        await measure(api.pid, async () => {
          const subs: Subscriber[] = await subscribeMany(
            N,
            (i) =>
              subscribe(
                `${api.url.replace(/^http/, 'ws')}/graphql`,
                tokens[i % tokens.length] ?? null,
                EVENTS,
                { patientId, after },
                () => {},
              ),
            100,
          );
          const sockets: Socket[] = [];
          for (let i = 0; i < N; i += 100) {
            sockets.push(
              ...(await Promise.all(
                Array.from({ length: Math.min(100, N - i) }, (_, j) => presence(tokens[(i + j) % tokens.length] ?? '')),
              )),
            );
          }
          return () => {
            for (const s of subs) s.close();
            for (const s of sockets) s.disconnect();
          };
        }),
      );
    },
    {
      ...once,
      teardown: async (_task: unknown, mode?: string) => {
        if (mode !== 'run') return;
        report();
        await bare.stop();
        await api.stop();
        await database.drop();
      },
    },
  );
});

function report() {
  const ours = perScreen.get('carehub');
  const theirs = perScreen.get('bare');
  if (ours === undefined || theirs === undefined) return;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  record('memory', {
    order: 3,
    title: `Memory per idle screen (${N.toLocaleString('en')} screens), against the bare graphql-ws server`,
    table: [
      ['screens', 'CareHub per screen (graphql-ws + socket.io presence)', 'bare per screen (graphql-ws)', 'ratio'],
      [N.toLocaleString('en'), kb(ours), kb(theirs), ratio(ours / theirs)],
    ],
    notes: [
      'Resident memory of the server process (VmRSS) before and after the screens connected, 3 s after each, divided by',
      'the number of screens; each server runs in its own process, so the bench’s clients are not counted. Ratio =',
      'CareHub / bare (target ≤ 1.5×). RSS includes garbage not yet collected, on both sides.',
    ],
  });
}
