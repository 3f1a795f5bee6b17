import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CASEY, pause, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { BreakGlassGrant } from '../access/break-glass.entity.js';
import { PresenceEvents, type PresenceRemoved, type PresenceUpdate } from './presence.js';

/** Short, so a removal shows up quickly; production re-checks every 2 s (ACCESS_RECHECK_MS). */
const RECHECK_MS = 250;
/** How long a test waits for something the hub must do within a re-check period; only a bound, never the expectation. */
const PATIENCE_MS = 10_000;
const PASSWORD = 'a-long-password';

interface Client {
  socket: Socket;
  updates: PresenceUpdate[];
  removed: PresenceRemoved[];
}

describe('presence rooms re-check access', () => {
  let hub: TestHub;
  let admin: string;
  let casey: string;
  let patientId: string;
  const sockets: Socket[] = [];
  let n = 0;

  beforeAll(async () => {
    hub = await startTestHub({}, undefined, undefined, { accessRecheckMs: RECHECK_MS });
    admin = await hub.login(ADMIN);
    casey = await hub.login(CASEY);
    const list = await hub.gql<{ patients: { id: string }[] }>('{ patients { id } }', {}, casey);
    patientId = list.data?.patients[0]?.id ?? '';
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await hub?.stop();
  });

  async function must<T>(pending: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
    const result = await pending;
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  /** A new registered nurse on no unit (so only the care team or break-the-glass lets them in), signed in. */
  async function outsider() {
    const email = `presence.${++n}@staff.test`;
    const name = `Pia Outsider ${n}`;
    const { createStaffUser } = await must(
      hub.gql<{ createStaffUser: { id: string } }>(
        'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
        { i: { email, name, discipline: 'RN', role: 'MEMBER', password: PASSWORD } },
        admin,
      ),
    );
    return { id: createStaffUser.id, name, token: await hub.login(email, PASSWORD) };
  }

  async function connect(token: string): Promise<Client> {
    const socket = io(hub.url, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
    sockets.push(socket);
    const client: Client = { socket, updates: [], removed: [] };
    socket.on(PresenceEvents.update, (u: PresenceUpdate) => client.updates.push(u));
    socket.on(PresenceEvents.removed, (r: PresenceRemoved) => client.removed.push(r));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (e) => reject(e));
    });
    return client;
  }
  const join = (client: Client) =>
    client.socket.timeout(5_000).emitWithAck(PresenceEvents.join, { patientId }) as Promise<{
      ok: boolean;
      code?: string;
    }>;
  /** Waits (bounded) until the latest update shows exactly `names`. */
  const shows = async (client: Client, names: string[]) => {
    const deadline = Date.now() + PATIENCE_MS;
    while (Date.now() < deadline) {
      const last = client.updates.at(-1);
      if (last && JSON.stringify(last.viewers.map((v) => v.name)) === JSON.stringify(names)) return;
      await pause(25);
    }
    throw new Error(`presence never showed ${names.join(', ')}: ${JSON.stringify(client.updates.at(-1))}`);
  };
  const removal = async (client: Client) => {
    const deadline = Date.now() + PATIENCE_MS;
    while (client.removed.length === 0 && Date.now() < deadline) await pause(25);
    return client.removed;
  };

  it('a member removed from the care team leaves the room, the others see them gone, and they cannot rejoin', async () => {
    const member = await outsider();
    const added = await must(
      hub.gql<{ addCareTeamMember: { id: string; version: number } }>(
        'mutation($i: AddCareTeamMemberInput!) { addCareTeamMember(input: $i) { id version } }',
        { i: { patientId, userId: member.id, role: 'NURSE' } },
        casey,
      ),
    );
    const riley = await connect(await hub.login(RILEY));
    const them = await connect(member.token);
    expect(await join(riley)).toEqual({ ok: true });
    expect(await join(them)).toEqual({ ok: true });
    await shows(riley, [member.name, 'Riley Chen']);

    await must(
      hub.gql(
        'mutation($i: RemoveCareTeamMemberInput!) { removeCareTeamMember(input: $i) { id } }',
        { i: { id: added.addCareTeamMember.id, expectedVersion: added.addCareTeamMember.version } },
        casey,
      ),
    );
    expect(await removal(them)).toEqual([{ patientId, code: 'FORBIDDEN' }]);
    await shows(riley, ['Riley Chen']);
    expect(await join(them)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(them.socket.connected).toBe(true);
  });

  it('someone whose break-the-glass expired leaves the room, the others see them gone, and they cannot rejoin', async () => {
    const glass = await outsider();
    expect(await join(await connect(glass.token))).toEqual({ ok: false, code: 'FORBIDDEN' });
    await must(
      hub.gql(
        'mutation($p: ID!, $r: String!) { breakGlass(patientId: $p, reason: $r) { expiresAt } }',
        { p: patientId, r: 'Covering a rapid response on this patient' },
        glass.token,
      ),
    );
    const riley = await connect(await hub.login(RILEY));
    const them = await connect(glass.token);
    expect(await join(riley)).toEqual({ ok: true });
    expect(await join(them)).toEqual({ ok: true });
    await shows(riley, [glass.name, 'Riley Chen']);

    // The hour passes: the grant's end moves into the past, as the clock would move it.
    const em = hub.app.services.orm.em.fork();
    const grant = await em.findOneOrFail(BreakGlassGrant, { userId: glass.id, patientId });
    grant.expiresAt = new Date(Date.now() - 1_000);
    await em.flush();

    expect(await removal(them)).toEqual([{ patientId, code: 'FORBIDDEN' }]);
    await shows(riley, ['Riley Chen']);
    expect(await join(them)).toEqual({ ok: false, code: 'FORBIDDEN' });
  });

  it('someone taken off the unit’s staff list leaves the room', async () => {
    const nurse = await outsider();
    const unitId = (await must(hub.gql<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey))).me
      .units[0]?.id;
    const membership = { i: { unitId, userId: nurse.id } };
    await must(hub.gql('mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { id } }', membership, admin));
    const riley = await connect(await hub.login(RILEY));
    const them = await connect(nurse.token);
    expect(await join(riley)).toEqual({ ok: true });
    expect(await join(them)).toEqual({ ok: true });
    await shows(riley, [nurse.name, 'Riley Chen']);

    await must(hub.gql('mutation($i: UnitMemberInput!) { removeUnitMember(input: $i) { id } }', membership, admin));
    expect(await removal(them)).toEqual([{ patientId, code: 'FORBIDDEN' }]);
    await shows(riley, ['Riley Chen']);
    expect(await join(them)).toEqual({ ok: false, code: 'FORBIDDEN' });
  });

  it('someone who still may read the patient stays in the room across re-checks', async () => {
    const riley = await connect(await hub.login(RILEY));
    const caseyIn = await connect(casey);
    expect(await join(riley)).toEqual({ ok: true });
    expect(await join(caseyIn)).toEqual({ ok: true });
    await shows(riley, ['Casey Morgan', 'Riley Chen']);
    // Several re-check periods go by (the only wait here that is not for an answer).
    await pause(RECHECK_MS * 4);
    expect(caseyIn.removed).toEqual([]);
    expect(riley.removed).toEqual([]);
    expect(riley.updates.at(-1)?.viewers.map((v) => v.name)).toEqual(['Casey Morgan', 'Riley Chen']);
  });
});
