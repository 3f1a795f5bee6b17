import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const CREATE = 'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id email version active } }';
const ACTIVE = 'mutation($i: SetUserActiveInput!) { setUserActive(input: $i) { id active version } }';
const ADD = 'mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { code } }';
const REMOVE = 'mutation($i: UnitMemberInput!) { removeUnitMember(input: $i) { code } }';

describe('staff accounts and unit staff lists', () => {
  let hub: TestHub;
  let admin: string;
  let casey: string;
  let unitId: string;
  let n = 0;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.login('admin@demo.carehub.test');
    casey = await hub.login(CASEY);
    unitId =
      (await hub.gql<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey)).data?.me.units[0]
        ?.id ?? '';
  });
  afterAll(() => hub?.stop());

  const account = (overrides: Record<string, unknown> = {}) => ({
    email: `new.nurse.${++n}@staff.test`,
    name: 'New Nurse',
    discipline: 'RN',
    role: 'MEMBER',
    password: 'a-long-password',
    ...overrides,
  });
  const staffCount = async () =>
    (await hub.gql<{ staff: unknown[] }>('{ staff { id } }', {}, casey)).data?.staff.length ?? -1;
  const create = async (overrides = {}) => {
    const r = await hub.gql<{ createStaffUser: { id: string; email: string; version: number } }>(
      CREATE,
      { i: account(overrides) },
      admin,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.createStaffUser;
  };

  it('the staff directory lists active staff, searchable by name and discipline', async () => {
    const all = await hub.gql<{ staff: { name: string }[] }>('{ staff { name } }', {}, casey);
    expect(all.data?.staff.length).toBeGreaterThanOrEqual(11);
    const sw = await hub.gql<{ staff: { name: string }[] }>(
      '{ staff(filter: { discipline: SW }) { name } }',
      {},
      casey,
    );
    expect(sw.data?.staff.map((s) => s.name)).toEqual(['Avery Patel']);
    const found = await hub.gql<{ staff: { name: string }[] }>(
      '{ staff(filter: { search: "okaf" }) { name } }',
      {},
      casey,
    );
    expect(found.data?.staff.map((s) => s.name)).toEqual(['Sam Okafor']);
  });

  it('an admin creates an account that can sign in', async () => {
    const user = await create();
    expect(await hub.login(user.email, 'a-long-password')).toBeTruthy();
  });

  it.each([
    ['a duplicate email', { email: 'riley.chen@demo.carehub.test' }],
    ['no discipline for a clinical role', { discipline: null }],
    ['a short password', { password: 'short' }],
    ['a malformed email', { email: 'nurse-at-hospital' }],
    ['an unknown discipline', { discipline: 'WIZARD' }],
  ])('createStaffUser with %s is BAD_USER_INPUT and creates nothing', async (_label, overrides) => {
    const before = await staffCount();
    const result = await hub.gql(CREATE, { i: account(overrides) }, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await staffCount()).toBe(before);
  });

  it('deactivating ends the person’s sessions; a stale version is CONFLICT; admins cannot deactivate themselves', async () => {
    const user = await create();
    const token = await hub.login(user.email, 'a-long-password');
    const stale = await hub.gql(
      ACTIVE,
      { i: { userId: user.id, expectedVersion: user.version + 1, active: false } },
      admin,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await hub.gql<{ me: { id: string } }>('{ me { id } }', {}, token)).data?.me?.id).toBe(user.id);
    const off = await hub.gql(ACTIVE, { i: { userId: user.id, expectedVersion: user.version, active: false } }, admin);
    expect(off.errors).toBeUndefined();
    expect((await hub.gql('{ me { id } }', {}, token)).data).toEqual({ me: null });
    const self = (await hub.gql<{ me: { id: string; version: number } }>('{ me { id version } }', {}, admin)).data?.me;
    const selfOff = await hub.gql(
      ACTIVE,
      { i: { userId: self?.id, expectedVersion: self?.version, active: false } },
      admin,
    );
    expect(selfOff.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('admins see every unit and its staff list; staff see their own units', async () => {
    const all = await hub.gql<{ units: { code: string; staff: { name: string }[] }[] }>(
      '{ units { code staff { name } } }',
      {},
      admin,
    );
    expect(all.data?.units.map((u) => u.code)).toEqual(['4W']);
    expect(all.data?.units[0]?.staff.map((s) => s.name)).toContain('Riley Chen');
    const own = await hub.gql<{ units: { code: string }[] }>('{ units { code } }', {}, casey);
    expect(own.data?.units.map((u) => u.code)).toEqual(['4W']);
    expect((await hub.gql('{ units { code } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('unit staff lists give and take access to the unit’s patients', async () => {
    const user = await create();
    const token = await hub.login(user.email, 'a-long-password');
    const list = async () =>
      (await hub.gql<{ patients: unknown[] }>('{ patients { id } }', {}, token)).data?.patients.length;
    expect(await list()).toBe(0);
    expect((await hub.gql(ADD, { i: { unitId, userId: user.id } }, admin)).errors).toBeUndefined();
    expect(await list()).toBe(12);
    const staff = await hub.gql<{ me: { units: { staff: { name: string }[] }[] } }>(
      '{ me { units { staff { name } } } }',
      {},
      token,
    );
    expect(staff.data?.me.units[0]?.staff.map((s) => s.name)).toContain('New Nurse');
    expect((await hub.gql(ADD, { i: { unitId, userId: user.id } }, admin)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await hub.gql(REMOVE, { i: { unitId, userId: user.id } }, admin)).errors).toBeUndefined();
    expect(await list()).toBe(0);
    expect((await hub.gql(REMOVE, { i: { unitId, userId: user.id } }, admin)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await hub.gql(ADD, { i: { unitId: '00000000-0000-4000-8000-000000000001', userId: user.id } }, admin))
        .errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await hub.gql(ADD, { i: { unitId, userId: user.id } }, casey)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
