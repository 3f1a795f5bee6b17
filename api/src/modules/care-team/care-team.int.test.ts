import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, collectLive, pause, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const TEAM = `query($id: ID!) { patient(id: $id) { careTeam { id role version user { id name discipline } } } }`;
const ADD = `mutation($input: AddCareTeamMemberInput!) { addCareTeamMember(input: $input) { id role version endedAt user { name } } }`;
const REMOVE = `mutation($input: RemoveCareTeamMemberInput!) { removeCareTeamMember(input: $input) { id endedAt version } }`;
const EVENTS = `subscription($patientId: ID!, $after: ID) { patientEvents(patientId: $patientId, after: $after) { id kind entityType } }`;

interface Member {
  id: string;
  role: string;
  version: number;
  user: { id: string; name: string; discipline: string };
}

describe('care teams', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let patientId: string;
  let staffByEmail: Map<string, string>;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    const list = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    patientId = list.data?.patients.find((p) => p.mrn === 'MRN-100242')?.id ?? '';
    const staff = await hub.gql<{ staff: { id: string; email: string }[] }>('{ staff { id email } }', {}, casey);
    staffByEmail = new Map(staff.data?.staff.map((s) => [s.email, s.id]));
  });
  afterAll(() => hub?.stop());

  const team = async (): Promise<Member[]> =>
    (await hub.read<{ patient: { careTeam: Member[] } }>(TEAM, { id: patientId }, casey)).patient.careTeam;
  /** A subscription to the patient's stream, live (acknowledged) when this resolves. */
  const follow = async (token: string) =>
    collectLive<{ patientEvents: { kind: string; entityType: string } }>(
      hub.ws(token),
      EVENTS,
      { patientId },
      await hub.newestEventId(Streams.patient(patientId)),
    );
  const idOf = (email: string) => staffByEmail.get(email) ?? '';

  it('the demo team has a lead case manager and an attending', async () => {
    const roles = (await team()).map((m) => m.role);
    expect(roles).toContain('LEAD_CASE_MANAGER');
    expect(roles).toContain('ATTENDING');
  });

  it('adds a member; the whole team sees it live on the patient stream', async () => {
    const feed = await follow(riley);
    const added = await hub.gql<{ addCareTeamMember: Member }>(
      ADD,
      { input: { patientId, userId: idOf('taylor.brooks@demo.carehub.test'), role: 'THERAPIST' } },
      casey,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addCareTeamMember).toMatchObject({ role: 'THERAPIST', user: { name: 'Taylor Brooks' } });
    const [event] = await feed.until(1);
    expect(event?.patientEvents).toMatchObject({ kind: 'CREATED', entityType: 'CareTeamMember' });
    expect((await team()).map((m) => m.user.name)).toContain('Taylor Brooks');
    feed.stop();
  });

  it('my caseload lists the patients whose team I am on', async () => {
    const taylor = await hub.login('taylor.brooks@demo.carehub.test');
    const caseload = await hub.gql<{ myCaseload: { id: string }[] }>('{ myCaseload { id } }', {}, taylor);
    expect(caseload.data?.myCaseload.map((p) => p.id)).toContain(patientId);
  });

  it('a member removed from the team stops receiving the patient’s events at once', async () => {
    // Alex Kim (SLP) is on the unit's staff list too; take them off the list so only the team grants access.
    const admin = await hub.login('admin@demo.carehub.test');
    const units = await hub.gql<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    const unitId = units.data?.me.units[0]?.id;
    const alexId = idOf('alex.kim@demo.carehub.test');
    const off = await hub.gql(
      'mutation($input: UnitMemberInput!) { removeUnitMember(input: $input) { id } }',
      {
        input: { unitId, userId: alexId },
      },
      admin,
    );
    expect(off.errors).toBeUndefined();
    const added = await hub.gql<{ addCareTeamMember: Member }>(
      ADD,
      { input: { patientId, userId: alexId, role: 'THERAPIST' } },
      casey,
    );
    const member = added.data?.addCareTeamMember;
    const alex = await hub.login('alex.kim@demo.carehub.test');
    const feed = await follow(alex);
    await hub.gql(
      'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
      {
        i: { id: patientId, expectedVersion: await patientVersion(), bed: 'TEAM-1' },
      },
      casey,
    );
    await feed.until(1);
    const removed = await hub.gql(REMOVE, { input: { id: member?.id, expectedVersion: member?.version } }, casey);
    expect(removed.errors).toBeUndefined();
    // The removal event itself is where Alex's subscription re-checks access and ends.
    const outcome = await Promise.race([feed.done.then(() => 'ended'), pause(3_000).then(() => 'still open')]);
    expect(outcome).toBe('ended');
    await hub.gql(
      'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
      {
        i: { id: patientId, expectedVersion: await patientVersion(), bed: 'TEAM-2' },
      },
      casey,
    );
    // Alex saw the bed change before removal and nothing from the removal on.
    expect(feed.items.map((e) => e.patientEvents.entityType)).toEqual(['Patient']);
    const after = await hub.gql(`{ patient(id: "${patientId}") { id } }`, {}, alex);
    expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  async function patientVersion(): Promise<number> {
    const r = await hub.gql<{ patient: { version: number } }>(`{ patient(id: "${patientId}") { version } }`, {}, casey);
    return r.data?.patient.version ?? 0;
  }

  describe('bad input gets a coded error and the team stays as it was', () => {
    it.each([
      ['a member added twice', () => ({ userId: idOf(CASEY), role: 'CONSULTING' }), 'BAD_USER_INPUT'],
      [
        'a second lead case manager',
        () => ({ userId: idOf('jordan.reyes@demo.carehub.test'), role: 'LEAD_CASE_MANAGER' }),
        'BAD_USER_INPUT',
      ],
      ['an unknown user', () => ({ userId: '00000000-0000-4000-8000-000000000009', role: 'NURSE' }), 'NOT_FOUND'],
      ['a user id that is not an id', () => ({ userId: 'riley', role: 'NURSE' }), 'BAD_USER_INPUT'],
      [
        'an unknown role',
        () => ({ userId: idOf('quinn.harper@demo.carehub.test'), role: 'SURGEON' }),
        'BAD_USER_INPUT',
      ],
      [
        'an unknown patient',
        () => ({
          patientId: '00000000-0000-4000-8000-000000000008',
          userId: idOf('quinn.harper@demo.carehub.test'),
          role: 'NURSE',
        }),
        'NOT_FOUND',
      ],
    ] as const)('addCareTeamMember with %s', async (_label, make, code) => {
      const before = await team();
      const result = await hub.gql(ADD, { input: { patientId, ...make() } }, casey);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(await team()).toEqual(before);
    });

    it('a family member cannot join a care team', async () => {
      const before = await team();
      const users = await hub.app.services.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>("select id from app_user where kind = 'FAMILY'");
      const result = await hub.gql(ADD, { input: { patientId, userId: users[0]?.id, role: 'OTHER' } }, casey);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await team()).toEqual(before);
    });

    it('removeCareTeamMember with a stale version is CONFLICT', async () => {
      const before = await team();
      const member = before.find((m) => m.role === 'ATTENDING');
      const result = await hub.gql(
        REMOVE,
        { input: { id: member?.id, expectedVersion: (member?.version ?? 0) + 5 } },
        casey,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await team()).toEqual(before);
    });

    it('removing a member twice is BAD_USER_INPUT', async () => {
      const added = await hub.gql<{ addCareTeamMember: Member }>(
        ADD,
        { input: { patientId, userId: idOf('quinn.harper@demo.carehub.test'), role: 'DIETITIAN' } },
        casey,
      );
      const m = added.data?.addCareTeamMember;
      const first = await hub.gql<{ removeCareTeamMember: { version: number } }>(
        REMOVE,
        { input: { id: m?.id, expectedVersion: m?.version } },
        casey,
      );
      const again = await hub.gql(
        REMOVE,
        { input: { id: m?.id, expectedVersion: first.data?.removeCareTeamMember.version } },
        casey,
      );
      expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('removing an unknown membership is NOT_FOUND', async () => {
      const result = await hub.gql(
        REMOVE,
        { input: { id: '00000000-0000-4000-8000-000000000007', expectedVersion: 1 } },
        casey,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });
});
