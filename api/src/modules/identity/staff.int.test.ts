import { demoStaff } from '@carehub/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CASEY, codeOf, collect, pause, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { User } from './user.entity.js';

const STAFF = 'query($f: StaffFilterInput) { staff(filter: $f) { id name email kind version } }';
const CREATE = `mutation($i: CreateStaffUserInput!) {
  createStaffUser(input: $i) { id email name kind discipline role active version }
}`;
const ACTIVE = 'mutation($i: SetUserActiveInput!) { setUserActive(input: $i) { id active version } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const ME = '{ me { id email version active } }';
const EVENTS = 'subscription($patientId: ID!) { patientEvents(patientId: $patientId) { id } }';
const PASSWORD = 'a-long-password';
const JAMIE = 'jamie.ortiz@demo.carehub.test';

/** The demo staff, as the directory orders them. */
const DEMO_STAFF = demoStaff.map((s) => s.name).sort();

interface Person {
  id: string;
  name: string;
  email: string;
  kind: string;
  version: number;
}
interface Created extends Person {
  discipline: string | null;
  role: string;
  active: boolean;
}

describe('staff accounts', () => {
  let hub: TestHub;
  let admin: string;
  let casey: string;
  let riley: string;
  let n = 0;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.login(ADMIN);
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
  });
  afterAll(() => hub?.stop());

  const account = (overrides: Record<string, unknown> = {}) => ({
    email: `new.nurse.${++n}@staff.test`,
    name: `New Nurse ${n}`,
    discipline: 'RN',
    role: 'MEMBER',
    password: PASSWORD,
    ...overrides,
  });
  const directory = async (filter: Record<string, unknown> = {}, token = casey) => {
    const result = await hub.gql<{ staff: Person[] }>(STAFF, { f: filter }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.staff;
  };
  const names = async (filter: Record<string, unknown> = {}) => (await directory(filter)).map((p) => p.name);
  const create = async (overrides: Record<string, unknown> = {}) => {
    const result = await hub.gql<{ createStaffUser: Created }>(CREATE, { i: account(overrides) }, admin);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createStaffUser;
  };
  const userCount = () => hub.app.services.orm.em.fork().count(User, {});
  const signIn = (email: string, password: string) =>
    hub.gql<{ login: { token: string } }>(LOGIN, { e: email, p: password });
  const me = async (token: string) =>
    (await hub.gql<{ me: { id: string; version: number; active: boolean } | null }>(ME, {}, token)).data?.me;
  const setActive = (userId: string, expectedVersion: number, active: boolean, token = admin) =>
    hub.gql<{ setUserActive: { id: string; active: boolean; version: number } }>(
      ACTIVE,
      { i: { userId, expectedVersion, active } },
      token,
    );

  describe('the staff directory', () => {
    it('lists every active staff member by name, and no family members', async () => {
      const staff = await directory();
      expect(staff.map((p) => p.name)).toEqual(DEMO_STAFF);
      expect(staff.every((p) => p.kind === 'STAFF')).toBe(true);
    });

    it('searches name or email and filters by discipline', async () => {
      expect(await names({ search: 'okaf' })).toEqual(['Sam Okafor']);
      expect(await names({ search: 'dr.nguyen@' })).toEqual(['Dr. Minh Nguyen']);
      expect(await names({ discipline: 'RN' })).toEqual(['Riley Chen', 'Sam Okafor']);
      expect(await names({ discipline: 'SW' })).toEqual(['Avery Patel']);
      expect(await names({ search: 'Riley', discipline: 'RN' })).toEqual(['Riley Chen']);
      expect(await names({ search: 'Riley', discipline: 'SW' })).toEqual([]);
      expect(await names({ search: '%' })).toEqual([]);
    });

    it('search ignores case, on every database', async () => {
      expect(await names({ search: 'minh' })).toEqual(['Dr. Minh Nguyen']);
      expect(await names({ search: 'OKAFOR' })).toEqual(['Sam Okafor']);
    });

    it('is for staff: family members are FORBIDDEN and anonymous callers UNAUTHENTICATED', async () => {
      const family = await hub.login('jordan.family@demo.carehub.test');
      expect(codeOf(await hub.gql(STAFF, {}, family))).toBe('FORBIDDEN');
      expect(codeOf(await hub.gql(STAFF, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('creating accounts', () => {
    it('an admin creates an account that signs in and appears in the directory', async () => {
      const email = `New.Nurse.${++n}@Staff.TEST`;
      const user = await create({ email, name: '  Nia Newcomer  ' });
      expect(user).toMatchObject({
        email: email.toLowerCase(),
        name: 'Nia Newcomer',
        kind: 'STAFF',
        discipline: 'RN',
        role: 'MEMBER',
        active: true,
        version: 1,
      });
      const token = (await signIn(email.toLowerCase(), PASSWORD)).data?.login.token ?? '';
      expect(await me(token)).toMatchObject({ id: user.id, active: true });
      expect(await names({ search: 'Newcomer' })).toEqual(['Nia Newcomer']);
    });

    it('an administrator account needs no discipline', async () => {
      const user = await create({ discipline: null, role: 'ADMIN' });
      expect(user).toMatchObject({ discipline: null, role: 'ADMIN' });
      expect((await signIn(user.email, PASSWORD)).data?.login.token).toBeTruthy();
    });

    it('only admins create accounts: other staff and family are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
      const family = await hub.login('jordan.family@demo.carehub.test');
      const users = await userCount();
      for (const [token, code] of [
        [casey, 'FORBIDDEN'],
        [riley, 'FORBIDDEN'],
        [family, 'FORBIDDEN'],
        [null, 'UNAUTHENTICATED'],
      ] as const) {
        expect(codeOf(await hub.gql(CREATE, { i: account() }, token))).toBe(code);
      }
      expect(await userCount()).toBe(users);
    });

    it.each([
      ['a duplicate email', { email: RILEY }],
      ['a duplicate email in capitals', { email: RILEY.toUpperCase() }],
      ['the email of a family member', { email: 'jordan.family@demo.carehub.test' }],
      ['no discipline for a member', { discipline: null }],
      ['no discipline for a lead', { discipline: null, role: 'LEAD' }],
      ['a short password', { password: 'short' }],
      ['a malformed email', { email: 'nurse-at-hospital' }],
      ['an unknown discipline', { discipline: 'WIZARD' }],
      ['a blank name', { name: '   ' }],
    ])('createStaffUser with %s is BAD_USER_INPUT and creates nothing', async (_label, overrides) => {
      const users = await userCount();
      const before = await directory();
      const result = await hub.gql(CREATE, { i: account(overrides) }, admin);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(await userCount()).toBe(users);
      expect(await directory()).toEqual(before);
    });
  });

  describe('activating and deactivating', () => {
    it('deactivating ends the person’s sessions at once, open socket included, and they cannot sign in', async () => {
      const token = await hub.login(JAMIE);
      const jamie = (await directory({ search: JAMIE }))[0];
      if (!jamie) throw new Error('Jamie is not in the directory');
      const patient = await hub.gql<{ patients: { id: string }[] }>('{ patients { id } }', {}, token);
      const feed = collect(hub.ws(token), EVENTS, { patientId: patient.data?.patients[0]?.id });
      // The socket is registered with its session before the server acknowledges the connection.
      await feed.connected;

      const off = await setActive(jamie.id, jamie.version, false);
      expect(off.data?.setUserActive).toEqual({ id: jamie.id, active: false, version: jamie.version + 1 });
      await Promise.race([feed.done, pause(3_000)]);
      expect(JSON.stringify(feed.errors)).toMatch(/4403|Session ended/);
      expect(await me(token)).toBeNull();
      expect(codeOf(await signIn(JAMIE, 'carehub-demo'))).toBe('UNAUTHENTICATED');
      expect(await names()).not.toContain('Jamie Ortiz');

      const on = await setActive(jamie.id, jamie.version + 1, true);
      expect(on.data?.setUserActive).toEqual({ id: jamie.id, active: true, version: jamie.version + 2 });
    });

    it('reactivating lets the person sign in again but does not revive their old sessions', async () => {
      const user = await create();
      const old = await hub.login(user.email, PASSWORD);
      await setActive(user.id, user.version, false);
      await setActive(user.id, user.version + 1, true);
      expect(await me(old)).toBeNull();
      const fresh = await hub.login(user.email, PASSWORD);
      expect(await me(fresh)).toMatchObject({ id: user.id, active: true, version: user.version + 2 });
      expect(await names({ search: user.email })).toEqual([user.name]);
    });

    it('a stale expectedVersion is refused with CONFLICT and nothing changes', async () => {
      const user = await create();
      const token = await hub.login(user.email, PASSWORD);
      const stale = await setActive(user.id, user.version + 1, false);
      expect(codeOf(stale)).toBe('CONFLICT');
      const current = stale.errors?.[0]?.extensions?.current as Record<string, unknown> | undefined;
      expect(current).toMatchObject({ id: user.id, version: user.version, active: true });
      expect(Object.keys(current ?? {})).not.toContain('passwordHash');
      expect(await me(token)).toMatchObject({ id: user.id, active: true, version: user.version });
      expect(await names({ search: user.email })).toEqual([user.name]);
    });

    it('only admins activate or deactivate accounts', async () => {
      const user = await create();
      const token = await hub.login(user.email, PASSWORD);
      expect(codeOf(await setActive(user.id, user.version, false, casey))).toBe('FORBIDDEN');
      expect(codeOf(await setActive(user.id, user.version, false, token))).toBe('FORBIDDEN');
      expect(
        codeOf(await hub.gql(ACTIVE, { i: { userId: user.id, expectedVersion: user.version, active: false } })),
      ).toBe('UNAUTHENTICATED');
      expect(await me(token)).toMatchObject({ id: user.id, active: true, version: user.version });
    });

    it('an unknown account is NOT_FOUND, and an id that is not an id BAD_USER_INPUT', async () => {
      expect(codeOf(await setActive('00000000-0000-4000-8000-000000000007', 1, false))).toBe('NOT_FOUND');
      expect(codeOf(await setActive('riley', 1, false))).toBe('BAD_USER_INPUT');
    });

    it('an admin cannot deactivate themselves', async () => {
      const self = await me(admin);
      if (!self) throw new Error('admin is not signed in');
      expect(codeOf(await setActive(self.id, self.version, false))).toBe('BAD_USER_INPUT');
      expect(await me(admin)).toMatchObject({ id: self.id, active: true, version: self.version });
    });

    it('an admin cannot deactivate themselves with their id in capitals either', async () => {
      // Last in the file: when it fails, the admin's own session is gone.
      const self = await me(admin);
      if (!self) throw new Error('admin is not signed in');
      const result = await setActive(self.id.toUpperCase(), self.version, false);
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codeOf(result));
      expect(await me(admin)).toMatchObject({ id: self.id, active: true, version: self.version });
    });
  });
});
