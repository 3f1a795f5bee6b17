import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CASEY, captureLogs, pause, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import {
  ROUNDS_MESSAGE_LIMIT,
  type RoundsParticipant,
  RoundsPresenceEvents,
  type RoundsPresenceUpdate,
} from './rounds-presence.js';

const SW = 'avery.patel@demo.carehub.test';
const PATIENCE_MS = 10_000;

interface Client {
  socket: Socket;
  updates: RoundsPresenceUpdate[];
  removed: { sessionId: string; code: string }[];
}

describe('rounds presence', () => {
  const logs = captureLogs('warn');
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let avery: string;
  let unitId: string;
  let day = 0;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    hub = await startTestHub({}, undefined, logs.logger, { accessRecheckMs: 250 });
    [casey, riley, avery] = await Promise.all([hub.login(CASEY), hub.login(RILEY), hub.login(SW)]);
    unitId =
      (await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey)).me.units[0]?.id ?? '';
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await hub?.stop();
  });

  const session = async () => {
    const date = new Date(Date.UTC(2033, 0, 1) + ++day * 86_400_000).toISOString().slice(0, 10);
    const created = await hub.gql<{ createRoundsSession: { id: string; version: number } }>(
      'mutation($i: CreateRoundsSessionInput!) { createRoundsSession(input: $i) { id version } }',
      { i: { unitId, date } },
      casey,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const read = await hub.read<{ roundsSession: { agenda: { id: string }[] } }>(
      'query($id: ID!) { roundsSession(id: $id) { agenda { id } } }',
      { id: created.data.createRoundsSession.id },
      casey,
    );
    return { ...created.data.createRoundsSession, items: read.roundsSession.agenda.map((i) => i.id) };
  };
  const connect = async (token: string): Promise<Client> => {
    const socket = io(hub.url, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
    sockets.push(socket);
    const client: Client = { socket, updates: [], removed: [] };
    socket.on(RoundsPresenceEvents.update, (u: RoundsPresenceUpdate) => client.updates.push(u));
    socket.on(RoundsPresenceEvents.removed, (r: { sessionId: string; code: string }) => client.removed.push(r));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return client;
  };
  const join = (client: Client, payload: unknown) =>
    client.socket.timeout(5_000).emitWithAck(RoundsPresenceEvents.join, payload) as Promise<{
      ok: boolean;
      code?: string;
    }>;
  /** Waits (bounded) until the latest presence a client got satisfies `test`. */
  const until = async (client: Client, test: (participants: RoundsParticipant[]) => boolean) => {
    const deadline = Date.now() + PATIENCE_MS;
    while (Date.now() < deadline) {
      const last = client.updates.at(-1);
      if (last && test(last.participants)) return last.participants;
      await pause(20);
    }
    throw new Error(`presence never matched: ${JSON.stringify(client.updates.at(-1))}`);
  };
  const names = (ps: RoundsParticipant[]) => ps.map((p) => p.name);

  it('shows who is in the session, on which patient, following or browsing, with raised hands and typing', async () => {
    const s = await session();
    const [facilitator, nurse, social] = await Promise.all([connect(casey), connect(riley), connect(avery)]);
    expect(await join(facilitator, { sessionId: s.id, itemId: s.items[0] })).toEqual({ ok: true });
    expect(await join(nurse, { sessionId: s.id, itemId: s.items[0], following: true })).toEqual({ ok: true });
    expect(await join(social, { sessionId: s.id, itemId: s.items[1], following: false })).toEqual({ ok: true });
    await until(facilitator, (ps) => names(ps).join() === 'Avery Patel,Casey Morgan,Riley Chen');

    nurse.socket.emit(RoundsPresenceEvents.state, { sessionId: s.id, handRaised: true });
    social.socket.emit(RoundsPresenceEvents.typing, { sessionId: s.id, itemId: s.items[1], field: 'update.concerns' });
    const seen = await until(facilitator, (ps) => ps.some((p) => p.handRaised) && ps.some((p) => p.typing !== null));
    expect(seen.find((p) => p.name === 'Riley Chen')).toMatchObject({
      handRaised: true,
      following: true,
      itemId: s.items[0],
    });
    expect(seen.find((p) => p.name === 'Avery Patel')).toMatchObject({
      following: false,
      itemId: s.items[1],
      typing: { itemId: s.items[1], field: 'update.concerns' },
    });
    // The indicator goes once the typing stops.
    await until(facilitator, (ps) => ps.every((p) => p.typing === null));
  });

  it('refuses to let anyone outside the unit’s staff, or into an unknown session, join', async () => {
    const s = await session();
    const admin = await connect(await hub.login(ADMIN));
    expect(await join(admin, { sessionId: s.id })).toEqual({ ok: false, code: 'FORBIDDEN' });
    const nurse = await connect(riley);
    expect(await join(nurse, { sessionId: randomUUID() })).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(nurse.updates).toEqual([]);
  });

  it('ignores malformed payloads (wrong types, huge, not an object) with a logged warning, and changes nothing', async () => {
    const s = await session();
    const nurse = await connect(riley);
    const social = await connect(avery);
    expect(await join(social, { sessionId: s.id })).toEqual({ ok: true });
    const before = logs.lines.length;
    for (const bad of [
      'not an object',
      { sessionId: 42 },
      { sessionId: s.id, following: 'yes' },
      { sessionId: s.id, itemId: 'not-an-id' },
      { sessionId: s.id, padding: 'x'.repeat(10_000) },
    ]) {
      expect(await join(nurse, bad)).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
    }
    social.socket.emit(RoundsPresenceEvents.typing, { sessionId: s.id, itemId: s.items[0], field: '<script>' });
    social.socket.emit(RoundsPresenceEvents.state, { sessionId: s.id, handRaised: 'please' });
    nurse.socket.emit(RoundsPresenceEvents.state, { sessionId: s.id, handRaised: true });
    const deadline = Date.now() + PATIENCE_MS;
    while (logs.lines.length - before < 8 && Date.now() < deadline) await pause(20);
    const warnings = logs.lines.slice(before).filter((l) => l.msg === 'rounds presence message ignored');
    // Two sockets' messages may interleave: compare the reasons, not their order.
    expect(warnings.map((w) => String(w.reason)).sort()).toEqual(
      ['shape', 'sessionId', 'following', 'itemId', 'size', 'field', 'handRaised', 'not joined'].sort(),
    );
    // Presence still shows Avery alone, with no hand and no typing.
    const current = await until(social, () => true);
    expect(current).toEqual([expect.objectContaining({ name: 'Avery Patel', handRaised: false, typing: null })]);
  });

  it('rate-limits a flood of typing events: the excess is ignored with one warning per window', async () => {
    const s = await session();
    const social = await connect(avery);
    expect(await join(social, { sessionId: s.id })).toEqual({ ok: true });
    const before = logs.lines.length;
    for (let i = 0; i < ROUNDS_MESSAGE_LIMIT.messages * 5; i++) {
      social.socket.emit(RoundsPresenceEvents.typing, { sessionId: s.id, itemId: s.items[0], field: 'decision' });
    }
    // A join sent after the flood in the same window is refused as rate limited.
    expect(await join(social, { sessionId: s.id })).toEqual({ ok: false, code: 'RATE_LIMITED' });
    const flooded = logs.lines.slice(before).filter((l) => l.reason === 'rate');
    expect(flooded).toHaveLength(1);
    expect(social.socket.connected).toBe(true);
  });

  it('survives a reconnect: the person leaves when their socket drops and is back in the same place on joining again', async () => {
    const s = await session();
    const facilitator = await connect(casey);
    expect(await join(facilitator, { sessionId: s.id })).toEqual({ ok: true });
    const first = await connect(riley);
    expect(await join(first, { sessionId: s.id, itemId: s.items[2], following: false, handRaised: true })).toEqual({
      ok: true,
    });
    await until(facilitator, (ps) => names(ps).includes('Riley Chen'));
    first.socket.disconnect();
    await until(facilitator, (ps) => names(ps).join() === 'Casey Morgan');
    const again = await connect(riley);
    expect(await join(again, { sessionId: s.id, itemId: s.items[2], following: false, handRaised: true })).toEqual({
      ok: true,
    });
    const back = await until(facilitator, (ps) => names(ps).includes('Riley Chen'));
    expect(back.find((p) => p.name === 'Riley Chen')).toMatchObject({
      itemId: s.items[2],
      following: false,
      handRaised: true,
    });
  });

  it('clears the room when the session finishes, and nobody joins a finished session', async () => {
    const s = await session();
    const [facilitator, nurse] = await Promise.all([connect(casey), connect(riley)]);
    expect(await join(facilitator, { sessionId: s.id })).toEqual({ ok: true });
    expect(await join(nurse, { sessionId: s.id })).toEqual({ ok: true });
    const started = await hub.gql<{ startRounds: { version: number } }>(
      'mutation($i: RoundsSessionTransitionInput!) { startRounds(input: $i) { version } }',
      { i: { id: s.id, expectedVersion: s.version } },
      casey,
    );
    await hub.gql(
      'mutation($i: RoundsSessionTransitionInput!) { finishRounds(input: $i) { id } }',
      { i: { id: s.id, expectedVersion: started.data?.startRounds.version } },
      casey,
    );
    const deadline = Date.now() + PATIENCE_MS;
    while (nurse.removed.length === 0 && Date.now() < deadline) await pause(20);
    expect(nurse.removed).toEqual([{ sessionId: s.id, code: 'FINISHED' }]);
    expect(facilitator.removed).toEqual([{ sessionId: s.id, code: 'FINISHED' }]);
    expect(await join(nurse, { sessionId: s.id })).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
  });
});
