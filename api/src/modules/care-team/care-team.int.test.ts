import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { ADMIN, CASEY, collectLive, pause, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const TEAM = `query($id: ID!) { patient(id: $id) { careTeam { id role version user { id name discipline } } } }`;
const ADD = `mutation($input: AddCareTeamMemberInput!) { addCareTeamMember(input: $input) { id role version endedAt user { name } } }`;
const REMOVE = `mutation($input: RemoveCareTeamMemberInput!) { removeCareTeamMember(input: $input) { id endedAt version } }`;
const EVENTS = `subscription($patientId: ID!, $after: ID) { patientEvents(patientId: $patientId, after: $after) { id kind entityType } }`;
const ASSIGN = `mutation($input: AssignLeadCaseManagerInput!) {
  assignLeadCaseManager(input: $input) { id role version user { name } }
}`;
const TRAIL = `query($id: ID!) {
  auditTrail(patientId: $id, page: { first: 200 }) { entries { actorName operation access entityType entityId } }
}`;

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
  /** The id of a family member's account (the demo unit has some). */
  const aFamilyMember = async () => {
    const users = await hub.app.services.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>("select id from app_user where kind = 'FAMILY'");
    return users[0]?.id;
  };

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

  describe('who may change the care team', () => {
    const SAM = 'sam.okafor@demo.carehub.test';
    const AVERY = 'avery.patel@demo.carehub.test';
    let tokens: { sam: string; avery: string; admin: string };
    const patientIds = new Map<string, string>();

    beforeAll(async () => {
      tokens = {
        sam: await hub.login(SAM),
        avery: await hub.login(AVERY),
        admin: await hub.login(ADMIN),
      };
      const list = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
      for (const p of list.data?.patients ?? []) patientIds.set(p.mrn, p.id);
    });

    /** The active team of a patient, read as the unit's charge nurse (throws on an error). */
    const teamOf = async (id: string) => {
      const result = await hub.gql<{ patient: { careTeam: Member[] } }>(TEAM, { id }, riley);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.patient.careTeam;
    };
    /** The patient's audit trail, read as an admin (throws on an error). */
    const trailOf = async (id: string) => {
      const result = await hub.gql<{
        auditTrail: {
          entries: { actorName: string; operation: string; access: string; entityType: string; entityId: string }[];
        };
      }>(TRAIL, { id }, tokens.admin);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.auditTrail.entries;
    };
    const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
    const add = (token: string, patient: string, email: string, role: string) =>
      hub.gql<{ addCareTeamMember: Member }>(ADD, { input: { patientId: patient, userId: idOf(email), role } }, token);
    const assign = (token: string, patient: string, email: string) =>
      hub.gql<{ assignLeadCaseManager: Member }>(ASSIGN, { input: { patientId: patient, userId: idOf(email) } }, token);
    const roleOf = (members: Member[], email: string) =>
      members.filter((m) => m.user.id === idOf(email)).map((m) => m.role);

    it('a member who is not the lead can neither take the lead off nor make anyone lead: FORBIDDEN, nothing changes, every attempt is on the audit trail', async () => {
      const patient = patientIds.get('MRN-100233') ?? '';
      const before = await teamOf(patient);
      const lead = before.find((m) => m.role === 'LEAD_CASE_MANAGER');
      if (!lead) throw new Error('the demo patient has no lead case manager');
      const attempts = [
        // Sam, the patient's primary nurse, removes the lead and then makes themselves lead.
        await hub.gql(REMOVE, { input: { id: lead.id, expectedVersion: lead.version } }, tokens.sam),
        await assign(tokens.sam, patient, SAM),
        // Riley, the unit's charge nurse, not on this team: joins as lead, then hands the role to someone.
        await add(riley, patient, RILEY, 'LEAD_CASE_MANAGER'),
        await assign(riley, patient, AVERY),
      ];
      expect(attempts.map(code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect(await teamOf(patient)).toEqual(before);
      expect(code(await hub.gql(TRAIL, { id: patient }, tokens.sam))).toBe('FORBIDDEN');
      const denied = (await trailOf(patient))
        .filter((e) => e.access === 'DENIED')
        .map((e) => [e.actorName, e.operation])
        .reverse();
      expect(denied).toEqual([
        ['Sam Okafor', 'removeCareTeamMember'],
        ['Sam Okafor', 'assignLeadCaseManager'],
        ['Riley Chen', 'addCareTeamMember'],
        ['Riley Chen', 'assignLeadCaseManager'],
        ['Sam Okafor', 'auditTrail'],
      ]);
    });

    it('the lead hands the role over in one step: the new lead reads the audit trail, the old one no longer does, and the change is on it', async () => {
      const patient = patientIds.get('MRN-100234') ?? '';
      const handed = await assign(casey, patient, AVERY);
      expect(handed.errors).toBeUndefined();
      expect(handed.data?.assignLeadCaseManager).toMatchObject({
        role: 'LEAD_CASE_MANAGER',
        user: { name: 'Avery Patel' },
      });
      const after = await teamOf(patient);
      expect(after.filter((m) => m.role === 'LEAD_CASE_MANAGER').map((m) => m.user.name)).toEqual(['Avery Patel']);
      // Avery's social-work membership became the lead one; Casey has left this team.
      expect(roleOf(after, AVERY)).toEqual(['LEAD_CASE_MANAGER']);
      expect(roleOf(after, CASEY)).toEqual([]);
      expect(code(await hub.gql(TRAIL, { id: patient }, tokens.avery))).toBeUndefined();
      expect(code(await hub.gql(TRAIL, { id: patient }, casey))).toBe('FORBIDDEN');
      const written = (await trailOf(patient)).filter((e) => e.operation === 'assignLeadCaseManager');
      expect(written.map((e) => [e.actorName, e.access, e.entityType])).toEqual([
        ['Casey Morgan', 'WRITE', 'CareTeamMember'],
        ['Casey Morgan', 'WRITE', 'CareTeamMember'],
        ['Casey Morgan', 'WRITE', 'CareTeamMember'],
      ]);
      expect(written.map((e) => e.entityId)).toContain(handed.data?.assignLeadCaseManager.id);

      // An admin gives the role back; nobody, admins included, appoints themselves.
      const before = await teamOf(patient);
      expect(code(await assign(tokens.admin, patient, ADMIN))).toBe('FORBIDDEN');
      expect(code(await add(tokens.admin, patient, ADMIN, 'NURSE'))).toBe('FORBIDDEN');
      expect(await teamOf(patient)).toEqual(before);
      expect(code(await assign(tokens.admin, patient, CASEY))).toBeUndefined();
      expect(roleOf(await teamOf(patient), CASEY)).toEqual(['LEAD_CASE_MANAGER']);
    });

    it('a patient without a lead gets one from a unit lead or an admin, never from a member, never for oneself', async () => {
      const unitId = (await hub.gql<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey)).data?.me
        .units[0]?.id;
      const created = await hub.gql<{ createPatient: { id: string } }>(
        'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
        {
          i: {
            mrn: `MRN-LEAD-${Date.now()}`,
            name: 'Lee Noteam',
            dateOfBirth: '1950-05-05',
            unitId,
            admittedAt: new Date(Date.now() - 3_600_000).toISOString(),
          },
        },
        casey,
      );
      const patient = created.data?.createPatient.id ?? '';
      expect(await teamOf(patient)).toEqual([]);
      expect(code(await add(tokens.sam, patient, AVERY, 'LEAD_CASE_MANAGER'))).toBe('FORBIDDEN');
      expect(code(await add(riley, patient, RILEY, 'LEAD_CASE_MANAGER'))).toBe('FORBIDDEN');
      expect(code(await assign(riley, patient, RILEY))).toBe('FORBIDDEN');
      expect(await teamOf(patient)).toEqual([]);
      // Riley is a unit lead: they appoint the first lead, and only while there is none.
      expect(code(await assign(riley, patient, CASEY))).toBeUndefined();
      expect(code(await assign(riley, patient, AVERY))).toBe('FORBIDDEN');
      // Joining a team whose patient one already sees as unit staff widens nothing.
      expect(code(await add(tokens.sam, patient, SAM, 'PRIMARY_NURSE'))).toBeUndefined();
      expect((await teamOf(patient)).map((m) => [m.user.name, m.role])).toEqual([
        ['Casey Morgan', 'LEAD_CASE_MANAGER'],
        ['Sam Okafor', 'PRIMARY_NURSE'],
      ]);
    });

    it('two handovers sent at once leave exactly one lead', async () => {
      const patient = patientIds.get('MRN-100238') ?? '';
      const results = await Promise.all([assign(casey, patient, SAM), assign(casey, patient, AVERY)]);
      const winners = results.filter((r) => r.data?.assignLeadCaseManager);
      expect(winners).toHaveLength(1);
      // Second by a hair: CONFLICT; second by more: Casey is no longer the lead, FORBIDDEN.
      expect(['CONFLICT', 'FORBIDDEN']).toContain(code(results.find((r) => r.errors) ?? {}));
      const leads = (await teamOf(patient)).filter((m) => m.role === 'LEAD_CASE_MANAGER');
      expect(leads.map((m) => m.id)).toEqual([winners[0]?.data?.assignLeadCaseManager.id]);
    });

    it.each([
      ['an unknown user', () => ({ userId: '00000000-0000-4000-8000-000000000019' }), 'NOT_FOUND'],
      ['a user id in capitals', () => ({ userId: idOf(SAM).toUpperCase() }), 'NOT_FOUND'],
      ['a user id that is not an id', () => ({ userId: 'sam' }), 'BAD_USER_INPUT'],
      ['an unknown patient', () => ({ patientId: '00000000-0000-4000-8000-000000000018' }), 'NOT_FOUND'],
    ] as const)(
      'assignLeadCaseManager with %s is refused and the team stays as it was',
      async (_label, make, expected) => {
        const before = await team();
        const result = await hub.gql(ASSIGN, { input: { patientId, userId: idOf(SAM), ...make() } }, casey);
        expect(code(result)).toBe(expected);
        expect(await team()).toEqual(before);
      },
    );

    it('assignLeadCaseManager of the current lead is BAD_USER_INPUT (and FORBIDDEN when that is oneself)', async () => {
      const before = await team();
      const admin = await hub.login(ADMIN);
      expect(code(await hub.gql(ASSIGN, { input: { patientId, userId: idOf(CASEY) } }, admin))).toBe('BAD_USER_INPUT');
      expect(code(await hub.gql(ASSIGN, { input: { patientId, userId: idOf(CASEY) } }, casey))).toBe('FORBIDDEN');
      expect(await team()).toEqual(before);
    });

    it('assignLeadCaseManager of a family member is BAD_USER_INPUT', async () => {
      const before = await team();
      const familyUserId = await aFamilyMember();
      const result = await hub.gql(ASSIGN, { input: { patientId, userId: familyUserId } }, casey);
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(await team()).toEqual(before);
    });
  });

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
      const familyUserId = await aFamilyMember();
      const result = await hub.gql(ADD, { input: { patientId, userId: familyUserId, role: 'OTHER' } }, casey);
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
