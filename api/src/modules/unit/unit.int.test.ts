import { demoStaff } from '@carehub/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CASEY, codeOf, collect, pause, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const ADD = 'mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { id code } }';
const REMOVE = 'mutation($i: UnitMemberInput!) { removeUnitMember(input: $i) { id code } }';
const MY_UNITS = '{ me { units { id code staff { name } } } }';
const UNITS = '{ units { id code staff { id name } } }';
const PATIENTS = '{ patients { id mrn } }';
const READ = 'query($id: ID!) { patient(id: $id) { id version } }';
const EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) { id node { ... on Patient { bed } } }
}`;
/** How stale an open subscription's access check may be (ACCESS_RECHECK_MS), and a little more. */
const RECHECK_MS = 2_100;
const PASSWORD = 'a-long-password';
const QUINN = 'quinn.harper@demo.carehub.test';
const UNKNOWN = '00000000-0000-4000-8000-000000000008';

/** The 4 West staff list, by name (every demo staff member but the administrator). */
const UNIT_STAFF = demoStaff
  .filter((s) => s.role !== 'ADMIN')
  .map((s) => s.name)
  .sort();

describe('unit staff lists', () => {
  let hub: TestHub;
  let admin: string;
  let casey: string;
  let riley: string;
  let family: string;
  let unitId: string;
  /** Every patient on 4 West, as a unit member sees the list. */
  let unitPatients: { id: string; mrn: string }[];
  let n = 0;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.login(ADMIN);
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    family = await hub.login('jordan.family@demo.carehub.test');
    const units = await hub.gql<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    unitId = units.data?.me.units[0]?.id ?? '';
    unitPatients =
      (await hub.gql<{ patients: { id: string; mrn: string }[] }>(PATIENTS, {}, riley)).data?.patients ?? [];
  });
  afterAll(() => hub?.stop());

  /** A new registered nurse, on no unit yet, signed in. */
  const newNurse = async () => {
    const email = `unit.nurse.${++n}@staff.test`;
    const name = `Una Nurse ${n}`;
    const created = await hub.gql<{ createStaffUser: { id: string } }>(
      'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
      { i: { email, name, discipline: 'RN', role: 'MEMBER', password: PASSWORD } },
      admin,
    );
    const id = created.data?.createStaffUser.id;
    if (!id) throw new Error(JSON.stringify(created.errors));
    return { id, name, token: await hub.login(email, PASSWORD) };
  };
  const patientsOf = async (token: string) =>
    (await hub.gql<{ patients: { id: string; mrn: string }[] }>(PATIENTS, {}, token)).data?.patients ?? [];
  const staffList = async () => {
    const { units } = await hub.read<{ units: { id: string; staff: { id: string; name: string }[] }[] }>(
      UNITS,
      {},
      admin,
    );
    const unit = units.find((u) => u.id === unitId);
    if (!unit) throw new Error(`unit ${unitId} is not among the units`);
    return unit.staff;
  };
  const userId = async (email: string) =>
    (
      await hub.gql<{ staff: { id: string }[] }>(
        'query($s: String) { staff(filter: { search: $s }) { id } }',
        { s: email },
        casey,
      )
    ).data?.staff[0]?.id ?? '';

  it('the staff on a unit see its staff list through their units', async () => {
    const mine = await hub.gql<{ me: { units: { code: string; staff: { name: string }[] }[] } }>(MY_UNITS, {}, riley);
    expect(mine.data?.me.units.map((u) => u.code)).toEqual(['4W']);
    expect(mine.data?.me.units[0]?.staff.map((s) => s.name)).toEqual(UNIT_STAFF);
    const adminOwn = await hub.gql<{ me: { units: unknown[] } }>(MY_UNITS, {}, admin);
    expect(adminOwn.data?.me.units).toEqual([]);
    const familyOwn = await hub.gql<{ me: { units: unknown[] } }>(MY_UNITS, {}, family);
    expect(familyOwn.data?.me.units).toEqual([]);
  });

  it('a unit keeps its clock in the configured zone, America/New_York unless set', async () => {
    const mine = await hub.gql<{ me: { units: { timeZone: string }[] } }>('{ me { units { timeZone } } }', {}, riley);
    expect(mine.data?.me.units).toEqual([{ timeZone: 'America/New_York' }]);
    const pacific = await startTestHub({ UNIT_TIME_ZONE: 'America/Los_Angeles' });
    try {
      const units = await pacific.gql<{ units: { timeZone: string }[] }>(
        '{ units { timeZone } }',
        {},
        await pacific.login(ADMIN),
      );
      expect(units.data?.units).toEqual([{ timeZone: 'America/Los_Angeles' }]);
    } finally {
      await pacific.stop();
    }
  });

  it('admins see every unit with its staff list; staff see their own units; anonymous callers none', async () => {
    const all = await hub.gql<{ units: { code: string; staff: { name: string }[] }[] }>(UNITS, {}, admin);
    expect(all.data?.units.map((u) => [u.code, u.staff.map((s) => s.name)])).toEqual([['4W', UNIT_STAFF]]);
    const own = await hub.gql<{ units: { code: string }[] }>('{ units { code } }', {}, casey);
    expect(own.data?.units.map((u) => u.code)).toEqual(['4W']);
    expect((await hub.gql<{ units: unknown[] }>('{ units { code } }', {}, family)).data?.units).toEqual([]);
    expect(codeOf(await hub.gql('{ units { code } }'))).toBe('UNAUTHENTICATED');
  });

  it('adding someone to the unit gives them its patients; removing them takes the patients away', async () => {
    const nurse = await newNurse();
    const target = unitPatients[0]?.id ?? '';
    expect(unitPatients).toHaveLength(12);
    expect(await patientsOf(nurse.token)).toEqual([]);
    expect(codeOf(await hub.gql(READ, { id: target }, nurse.token))).toBe('FORBIDDEN');

    const added = await hub.gql<{ addUnitMember: { id: string; code: string } }>(
      ADD,
      { i: { unitId, userId: nurse.id } },
      admin,
    );
    expect(added.data?.addUnitMember).toEqual({ id: unitId, code: '4W' });
    expect(await patientsOf(nurse.token)).toEqual(unitPatients);
    expect(codeOf(await hub.gql(READ, { id: target }, nurse.token))).toBeUndefined();
    const theirs = await hub.gql<{ me: { units: { staff: { name: string }[] }[] } }>(MY_UNITS, {}, nurse.token);
    expect(theirs.data?.me.units[0]?.staff.map((s) => s.name)).toEqual([...UNIT_STAFF, nurse.name].sort());

    const removed = await hub.gql<{ removeUnitMember: { id: string; code: string } }>(
      REMOVE,
      { i: { unitId, userId: nurse.id } },
      admin,
    );
    expect(removed.data?.removeUnitMember).toEqual({ id: unitId, code: '4W' });
    expect(await patientsOf(nurse.token)).toEqual([]);
    expect(codeOf(await hub.gql(READ, { id: target }, nurse.token))).toBe('FORBIDDEN');
    expect((await staffList()).map((s) => s.name)).toEqual(UNIT_STAFF);
  });

  it('someone taken off the unit stops receiving its patients’ events at the next change', async () => {
    const nurse = await newNurse();
    await hub.gql(ADD, { i: { unitId, userId: nurse.id } }, admin);
    const target = unitPatients[1]?.id ?? '';
    // Replaying the stream from its start shows the subscription is live before the removal.
    const feed = collect<{ patientEvents: { node: { bed?: string } } }>(hub.ws(nurse.token), EVENTS, {
      patientId: target,
      after: '0',
    });
    await feed.until(1);
    await hub.gql(REMOVE, { i: { unitId, userId: nurse.id } }, admin);
    await pause(RECHECK_MS);
    const version = (await hub.gql<{ patient: { version: number } }>(READ, { id: target }, casey)).data?.patient
      .version;
    await hub.gql(
      'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
      { i: { id: target, expectedVersion: version, bed: 'OFF-UNIT' } },
      casey,
    );
    expect(await Promise.race([feed.done.then(() => 'ended'), pause(3_000).then(() => 'still open')])).toBe('ended');
    expect(feed.errors).toEqual([]);
    expect(feed.items.map((e) => e.patientEvents.node.bed)).not.toContain('OFF-UNIT');
  });

  it('taken off the unit, a nurse still sees the patients whose care team they are on, and no others', async () => {
    const quinnId = await userId(QUINN);
    const quinn = await hub.login(QUINN);
    const onTeam = unitPatients.find((p) => p.mrn === 'MRN-100231')?.id ?? '';
    const notOnTeam = unitPatients.find((p) => p.mrn === 'MRN-100233')?.id ?? '';
    expect(codeOf(await hub.gql(REMOVE, { i: { unitId, userId: quinnId } }, admin))).toBeUndefined();
    expect(await patientsOf(quinn)).toEqual([]);
    expect(codeOf(await hub.gql(READ, { id: onTeam }, quinn))).toBeUndefined();
    expect(codeOf(await hub.gql(READ, { id: notOnTeam }, quinn))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(ADD, { i: { unitId, userId: quinnId } }, admin))).toBeUndefined();
    expect(await patientsOf(quinn)).toEqual(unitPatients);
  });

  it('adding the same person twice at once puts them on the list once', async () => {
    const nurse = await newNurse();
    const results = await Promise.all([1, 2, 3].map(() => hub.gql(ADD, { i: { unitId, userId: nurse.id } }, admin)));
    expect(results.map(codeOf).sort()).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', undefined]);
    expect((await staffList()).filter((s) => s.id === nurse.id)).toHaveLength(1);
  });

  describe('refused changes get a coded error and the staff list stays as it was', () => {
    it('only admins manage staff lists: other staff and family are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
      const nurse = await newNurse();
      const rileyId = await userId(RILEY);
      const before = await staffList();
      for (const [token, code] of [
        [casey, 'FORBIDDEN'],
        [riley, 'FORBIDDEN'],
        [family, 'FORBIDDEN'],
        [null, 'UNAUTHENTICATED'],
      ] as const) {
        expect(codeOf(await hub.gql(ADD, { i: { unitId, userId: nurse.id } }, token))).toBe(code);
        expect(codeOf(await hub.gql(REMOVE, { i: { unitId, userId: rileyId } }, token))).toBe(code);
      }
      expect(await staffList()).toEqual(before);
    });

    it('adding someone already on the list is BAD_USER_INPUT', async () => {
      const before = await staffList();
      const result = await hub.gql(ADD, { i: { unitId, userId: await userId(RILEY) } }, admin);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(await staffList()).toEqual(before);
    });

    it('removing someone not on the list is NOT_FOUND', async () => {
      const nurse = await newNurse();
      const before = await staffList();
      expect(codeOf(await hub.gql(REMOVE, { i: { unitId, userId: nurse.id } }, admin))).toBe('NOT_FOUND');
      expect(await staffList()).toEqual(before);
    });

    it('a family member cannot be put on a staff list', async () => {
      const familyId = (await hub.gql<{ me: { id: string } }>('{ me { id } }', {}, family)).data?.me.id;
      const before = await staffList();
      expect(codeOf(await hub.gql(ADD, { i: { unitId, userId: familyId } }, admin))).toBe('BAD_USER_INPUT');
      expect(await staffList()).toEqual(before);
    });

    it.each([
      ['an unknown unit', () => ({ unitId: UNKNOWN }), 'NOT_FOUND'],
      ['an unknown person', () => ({ userId: UNKNOWN }), 'NOT_FOUND'],
      ['a unit id that is not an id', () => ({ unitId: '4W' }), 'BAD_USER_INPUT'],
      ['a person id that is not an id', () => ({ userId: 'riley' }), 'BAD_USER_INPUT'],
    ])('addUnitMember and removeUnitMember with %s', async (_label, overrides, code) => {
      const rileyId = await userId(RILEY);
      const before = await staffList();
      const input = { unitId, userId: rileyId, ...overrides() };
      expect(codeOf(await hub.gql(ADD, { i: input }, admin))).toBe(code);
      expect(codeOf(await hub.gql(REMOVE, { i: input }, admin))).toBe(code);
      expect(await staffList()).toEqual(before);
    });
  });
});
