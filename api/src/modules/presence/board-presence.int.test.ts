import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CASEY, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import {
  type BoardPresenceRemoved,
  type BoardPresenceUpdate,
  BoardPresenceEvents as Events,
} from './board-presence.js';

/** Short, so a removal shows up quickly; production re-checks every 2 s (ACCESS_RECHECK_MS). */
const RECHECK_MS = 250;
/** How long a test waits for something the hub must do; only a bound, never the expectation. */
const PATIENCE_MS = 10_000;
const PASSWORD = 'a-long-password';

interface Client {
  socket: Socket;
  updates: BoardPresenceUpdate[];
  removed: BoardPresenceRemoved[];
}
type Reply = { ok: boolean; code?: string };

describe('task board presence', () => {
  let hub: TestHub;
  let admin: string;
  let casey: string;
  let riley: string;
  let unitId: string;
  let boardId: string;
  let cardId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    hub = await startTestHub({}, undefined, undefined, { accessRecheckMs: RECHECK_MS });
    admin = await hub.login(ADMIN);
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    const me = await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    unitId = me.me.units[0]?.id ?? '';
    const unit = await hub.read<{ unit: { taskBoard: { id: string } } }>(
      'query($id: ID!) { unit(id: $id) { taskBoard { id } } }',
      { id: unitId },
      casey,
    );
    boardId = unit.unit.taskBoard.id;
    const created = await hub.gql<{ createTask: { id: string } }>(
      'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { boardId, title: 'Restock the dressing cart' } },
      casey,
    );
    cardId = created.data?.createTask.id ?? '';
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await hub?.stop();
  });

  async function connect(token: string): Promise<Client> {
    const socket = io(hub.url, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
    sockets.push(socket);
    const client: Client = { socket, updates: [], removed: [] };
    socket.on(Events.update, (u: BoardPresenceUpdate) => client.updates.push(u));
    socket.on(Events.removed, (r: BoardPresenceRemoved) => client.removed.push(r));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (e) => reject(e));
    });
    return client;
  }
  const emit = (client: Client, event: string, payload: object) =>
    client.socket.timeout(5_000).emitWithAck(event, payload) as Promise<Reply>;
  /** Waits (bounded) for an update that satisfies `test`. */
  const sees = async (client: Client, test: (u: BoardPresenceUpdate) => boolean) => {
    const deadline = Date.now() + PATIENCE_MS;
    while (Date.now() < deadline) {
      const last = client.updates.at(-1);
      if (last && test(last)) return last;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no such update; last: ${JSON.stringify(client.updates.at(-1))}`);
  };
  const names = (u: BoardPresenceUpdate) => u.viewers.map((v) => v.name).join(',');

  it('shows who views the unit board and who drags which card, to everyone in the room', async () => {
    const a = await connect(casey);
    const b = await connect(riley);
    expect(await emit(a, Events.join, { boardId })).toEqual({ ok: true });
    expect(await emit(b, Events.join, { boardId })).toEqual({ ok: true });
    await sees(a, (u) => names(u) === 'Casey Morgan,Riley Chen');
    expect(await emit(b, Events.drag, { boardId, taskId: cardId })).toEqual({ ok: true });
    const dragging = await sees(a, (u) => u.viewers.some((v) => v.draggingTaskId === cardId));
    expect(dragging.viewers.find((v) => v.draggingTaskId === cardId)?.name).toBe('Riley Chen');
    expect(await emit(b, Events.drag, { boardId, taskId: null })).toEqual({ ok: true });
    await sees(a, (u) => u.viewers.length === 2 && u.viewers.every((v) => v.draggingTaskId === null));
    b.socket.emit(Events.leave, { boardId });
    await sees(a, (u) => names(u) === 'Casey Morgan');
  });

  it('refuses staff off the unit, a bad board id, and a drag from outside the room', async () => {
    const email = `board.presence.${Date.now()}@staff.test`;
    await hub.read(
      'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
      { i: { email, name: 'Otto Outside', discipline: 'RN', role: 'MEMBER', password: PASSWORD } },
      admin,
    );
    const outsider = await connect(await hub.login(email, PASSWORD));
    expect(await emit(outsider, Events.join, { boardId })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(await emit(outsider, Events.join, { boardId: 'not-a-board' })).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
    });
    expect(await emit(outsider, Events.drag, { boardId, taskId: cardId })).toEqual({ ok: false, code: 'FORBIDDEN' });
  });

  it('takes a viewer out of the room when they leave the unit staff, and tells them why', async () => {
    const email = `board.member.${Date.now()}@staff.test`;
    const created = await hub.read<{ createStaffUser: { id: string } }>(
      'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
      { i: { email, name: 'Mia Member', discipline: 'PT', role: 'MEMBER', password: PASSWORD } },
      admin,
    );
    const userId = created.createStaffUser.id;
    const member = 'mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { id } }';
    await hub.read(member, { i: { unitId, userId } }, admin);
    const watcher = await connect(casey);
    const mia = await connect(await hub.login(email, PASSWORD));
    expect(await emit(watcher, Events.join, { boardId })).toEqual({ ok: true });
    expect(await emit(mia, Events.join, { boardId })).toEqual({ ok: true });
    await sees(watcher, (u) => u.viewers.some((v) => v.name === 'Mia Member'));
    await hub.read(member.replace('addUnitMember', 'removeUnitMember'), { i: { unitId, userId } }, admin);
    const deadline = Date.now() + PATIENCE_MS;
    while (mia.removed.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(mia.removed).toEqual([{ boardId, code: 'FORBIDDEN' }]);
    await sees(watcher, (u) => !u.viewers.some((v) => v.name === 'Mia Member'));
  });
});
