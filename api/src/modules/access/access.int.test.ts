import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CASEY, codeOf, collect, pause, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { Unit } from '../unit/unit.entity.js';
import { BreakGlassGrant } from './break-glass.entity.js';

const BREAK = `mutation($p: ID!, $r: String!) {
  breakGlass(patientId: $p, reason: $r) { id patientId reason grantedAt expiresAt }
}`;
const READ = 'query($id: ID!) { patient(id: $id) { id name version } }';
const UPDATE = 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id version } }';
const TRAIL = `query($id: ID!, $filter: AuditFilterInput) {
  auditTrail(patientId: $id, filter: $filter, page: { first: 200 }) {
    entries { id actorId actorName operation access entityType entityId fields requestId breakGlass }
  }
}`;
const EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) { id node { ... on Patient { bed } } }
}`;
/** How stale an open subscription's access check may be (ACCESS_RECHECK_MS), and a little more. */
const RECHECK_MS = 2_100;
const REASON = 'Rapid response: covering for the primary nurse';

interface Grant {
  id: string;
  patientId: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
}
interface Entry {
  id: string;
  actorId: string;
  actorName: string;
  operation: string;
  access: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[] | null;
  requestId: string | null;
  breakGlass: boolean;
}

describe('break the glass', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let admin: string;
  let family: string;
  /** Walter Kowalski, on 4 West. */
  let patientId: string;
  let n = 0;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    admin = await hub.login(ADMIN);
    family = await hub.login('jordan.family@demo.carehub.test');
    const list = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    patientId = list.data?.patients.find((p) => p.mrn === 'MRN-100236')?.id ?? '';
  });
  afterAll(() => hub?.stop());

  /** A registered nurse with an account but on no unit and no care team. */
  const outsider = async () => {
    const email = `outsider.${++n}@staff.test`;
    const created = await hub.gql<{ createStaffUser: { id: string } }>(
      'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
      { i: { email, name: `Olive Outsider ${n}`, discipline: 'RN', role: 'MEMBER', password: 'a-long-password' } },
      admin,
    );
    const id = created.data?.createStaffUser.id;
    if (!id) throw new Error(JSON.stringify(created.errors));
    return { id, token: await hub.login(email, 'a-long-password') };
  };
  const breakGlass = async (token: string, reason = REASON, headers: Record<string, string> = {}) => {
    const result = await hub.gql<{ breakGlass: Grant }>(BREAK, { p: patientId, r: reason }, token, headers);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.breakGlass;
  };
  const trail = async (filter: Record<string, unknown> = {}) => {
    const result = await hub.gql<{ auditTrail: { entries: Entry[] } }>(TRAIL, { id: patientId, filter }, casey);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.auditTrail.entries;
  };
  const grants = () => hub.app.services.orm.em.fork().count(BreakGlassGrant, {});
  const version = async () =>
    (await hub.gql<{ patient: { version: number } }>(READ, { id: patientId }, casey)).data?.patient.version ?? 0;
  /** Walter as his team sees him: unit, stay, team and family (throws on an error). */
  const record = async () => {
    const result = await hub.gql<{ patient: Record<string, unknown> }>(
      `query($id: ID!) { patient(id: $id) {
        version status bed unit { id } careTeam { id role user { id } } familyLinks { id status }
      } }`,
      { id: patientId },
      casey,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.patient as { version: number } & Record<string, unknown>;
  };
  const expire = (userId: string) =>
    hub.app.services.orm.em
      .fork()
      .nativeUpdate(BreakGlassGrant, { userId }, { expiresAt: new Date(Date.now() - 60_000) });

  it('staff outside the unit are FORBIDDEN until they break the glass; then they read and write for an hour', async () => {
    const { token } = await outsider();
    expect(codeOf(await hub.gql(READ, { id: patientId }, token))).toBe('FORBIDDEN');
    const grant = await breakGlass(token, `  ${REASON}  `);
    expect(grant).toMatchObject({ patientId, reason: REASON });
    const lasts = Date.parse(grant.expiresAt) - Date.parse(grant.grantedAt);
    expect(lasts).toBeGreaterThan(59 * 60_000);
    expect(lasts).toBeLessThanOrEqual(60 * 60_000);
    const read = await hub.gql<{ patient: { name: string } }>(READ, { id: patientId }, token);
    expect(read.data?.patient.name).toBe('Walter Kowalski');
    const write = await hub.gql(UPDATE, { i: { id: patientId, expectedVersion: await version(), bed: 'BG-1' } }, token);
    expect(write.errors).toBeUndefined();
    // A list is by unit, not by grant: the patient is not on the outsider's list.
    expect((await hub.gql<{ patients: unknown[] }>('{ patients { id } }', {}, token)).data?.patients).toEqual([]);
  });

  it('the trail shows the grant with its reason, and flags every read and write made under it', async () => {
    const { id, token } = await outsider();
    const grant = await breakGlass(token, REASON, { 'x-request-id': 'bg-grant' });
    await hub.gql(READ, { id: patientId }, token, { 'x-request-id': 'bg-read' });
    await hub.gql(UPDATE, { i: { id: patientId, expectedVersion: await version(), bed: 'BG-2' } }, token, {
      'x-request-id': 'bg-write',
    });
    await hub.gql(READ, { id: patientId }, riley, { 'x-request-id': 'team-read' });

    const entries = await trail({ actorId: id });
    expect(entries.map(({ id: _id, actorId: _actor, ...rest }) => rest)).toEqual([
      {
        actorName: expect.stringMatching(/^Olive Outsider/),
        operation: 'updatePatient',
        access: 'WRITE',
        entityType: 'Patient',
        entityId: patientId,
        fields: ['bed'],
        requestId: 'bg-write',
        breakGlass: true,
      },
      {
        actorName: expect.stringMatching(/^Olive Outsider/),
        operation: 'patient',
        access: 'READ',
        entityType: 'Patient',
        entityId: patientId,
        fields: null,
        requestId: 'bg-read',
        breakGlass: true,
      },
      {
        actorName: expect.stringMatching(/^Olive Outsider/),
        operation: 'breakGlass',
        access: 'WRITE',
        entityType: 'BreakGlassGrant',
        entityId: grant.id,
        fields: [`reason: ${REASON}`],
        requestId: 'bg-grant',
        breakGlass: true,
      },
    ]);
    const flagged = (await trail({ breakGlassOnly: true })).map((e) => e.requestId);
    expect(flagged).toEqual(expect.arrayContaining(['bg-grant', 'bg-read', 'bg-write']));
    expect(flagged).not.toContain('team-read');
    expect((await trail()).find((e) => e.requestId === 'team-read')).toMatchObject({ breakGlass: false });
  });

  it('once the grant expires access is FORBIDDEN again, and the glass can be broken anew', async () => {
    const { id, token } = await outsider();
    await breakGlass(token);
    await expire(id);
    expect(codeOf(await hub.gql(READ, { id: patientId }, token))).toBe('FORBIDDEN');
    const write = await hub.gql(UPDATE, { i: { id: patientId, expectedVersion: await version(), bed: 'BG-X' } }, token);
    expect(codeOf(write)).toBe('FORBIDDEN');
    const before = await grants();
    await breakGlass(token, 'Second emergency: covering the night shift');
    expect(await grants()).toBe(before + 1);
    expect(codeOf(await hub.gql(READ, { id: patientId }, token))).toBeUndefined();
  });

  it('an open subscription resting on a grant ends at the first change after the grant expires', async () => {
    const { id, token } = await outsider();
    await breakGlass(token);
    // Replaying the stream from its start shows the subscription is live before the grant expires.
    const feed = collect<{ patientEvents: { node: { bed?: string } } }>(hub.ws(token), EVENTS, {
      patientId,
      after: '0',
    });
    await feed.until(1);
    await expire(id);
    await pause(RECHECK_MS);
    await hub.gql(UPDATE, { i: { id: patientId, expectedVersion: await version(), bed: 'BG-3' } }, casey);
    expect(await Promise.race([feed.done.then(() => 'ended'), pause(3_000).then(() => 'still open')])).toBe('ended');
    // Ended by the re-check (a plain completion), not refused when it started.
    expect(feed.errors).toEqual([]);
    expect(feed.items.map((e) => e.patientEvents.node.bed)).not.toContain('BG-3');
  });

  describe('refused calls get a coded error and grant nothing', () => {
    it.each([
      ['no reason', null, 'BAD_USER_INPUT'],
      ['an empty reason', '', 'BAD_USER_INPUT'],
      ['a reason under ten characters', 'urgent', 'BAD_USER_INPUT'],
      ['a reason under ten characters once trimmed', '   urgent   ', 'BAD_USER_INPUT'],
      ['a reason over 500 characters', 'x'.repeat(501), 'BAD_USER_INPUT'],
    ])('breakGlass with %s', async (_label, reason, code) => {
      const { token } = await outsider();
      const before = { grants: await grants(), flagged: await trail({ breakGlassOnly: true }) };
      const result = await hub.gql(BREAK, { p: patientId, r: reason }, token);
      expect(codeOf(result)).toBe(code);
      expect(await grants()).toBe(before.grants);
      expect(await trail({ breakGlassOnly: true })).toEqual(before.flagged);
      expect(codeOf(await hub.gql(READ, { id: patientId }, token))).toBe('FORBIDDEN');
    });

    it.each([
      ['a team member who already has access', () => riley, () => patientId, 'BAD_USER_INPUT'],
      ['a family member', () => family, () => patientId, 'FORBIDDEN'],
      ['an administrator without a discipline', () => admin, () => patientId, 'FORBIDDEN'],
      ['staff, for an unknown patient', () => riley, () => '00000000-0000-4000-8000-000000000002', 'NOT_FOUND'],
      ['staff, for a patient id that is not an id', () => riley, () => 'MRN-100236', 'BAD_USER_INPUT'],
      ['an anonymous caller', () => null, () => patientId, 'UNAUTHENTICATED'],
    ])('breakGlass by %s', async (_label, token, patient, code) => {
      const before = { grants: await grants(), flagged: await trail({ breakGlassOnly: true }) };
      const result = await hub.gql(BREAK, { p: patient(), r: 'A reason long enough to pass' }, token());
      expect(codeOf(result)).toBe(code);
      expect(await grants()).toBe(before.grants);
      expect(await trail({ breakGlassOnly: true })).toEqual(before.flagged);
    });

    it('breaking the glass again while a grant is running is BAD_USER_INPUT', async () => {
      const { token } = await outsider();
      await breakGlass(token);
      const before = await grants();
      expect(codeOf(await hub.gql(BREAK, { p: patientId, r: REASON }, token))).toBe('BAD_USER_INPUT');
      expect(await grants()).toBe(before);
    });
  });

  it('break-the-glass reads and documents care but cannot move, discharge, or change the team or family: FORBIDDEN, nothing changes, each attempt flagged on the trail', async () => {
    // A nurse of another unit: moving Walter onto it would keep their access after the hour.
    const em = hub.app.services.orm.em.fork();
    const east = em.create(Unit, { code: `5E-${++n}`, name: '5 East Surgical' });
    await em.flush();
    const { id, token } = await outsider();
    const onEast = await hub.gql(
      'mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { id } }',
      { i: { unitId: east.id, userId: id } },
      admin,
    );
    expect(onEast.errors).toBeUndefined();
    await breakGlass(token);

    // Walter has no care plan yet: the covering nurse starts one and documents what they did.
    const plan = await hub.gql<{ createCarePlan: { id: string } }>(
      'mutation($i: CreateCarePlanInput!) { createCarePlan(input: $i) { id } }',
      { i: { patientId, periodStart: new Date().toISOString().slice(0, 10) } },
      token,
    );
    expect(plan.errors).toBeUndefined();
    const note = await hub.gql(
      'mutation($i: AddProgressNoteInput!) { addProgressNote(input: $i) { id } }',
      { i: { carePlanId: plan.data?.createCarePlan.id, text: 'Seen during the rapid response; stable.' } },
      token,
    );
    expect(note.errors).toBeUndefined();
    const bed = await hub.gql(UPDATE, { i: { id: patientId, expectedVersion: await version(), bed: 'BG-4' } }, token);
    expect(bed.errors).toBeUndefined();

    const before = await record();
    const refused = {
      updatePatient: await hub.gql(
        UPDATE,
        { i: { id: patientId, expectedVersion: before.version, unitId: east.id } },
        token,
      ),
      dischargePatient: await hub.gql(
        'mutation($i: DischargePatientInput!) { dischargePatient(input: $i) { id } }',
        {
          i: {
            id: patientId,
            expectedVersion: before.version,
            dischargedAt: new Date().toISOString(),
            disposition: 'HOME',
          },
        },
        token,
      ),
      addCareTeamMember: await hub.gql(
        'mutation($i: AddCareTeamMemberInput!) { addCareTeamMember(input: $i) { id } }',
        { i: { patientId, userId: id, role: 'NURSE' } },
        token,
      ),
      assignLeadCaseManager: await hub.gql(
        'mutation($i: AssignLeadCaseManagerInput!) { assignLeadCaseManager(input: $i) { id } }',
        { i: { patientId, userId: id } },
        token,
      ),
      linkFamilyMember: await hub.gql(
        'mutation($i: LinkFamilyMemberInput!) { linkFamilyMember(input: $i) { invitationCode } }',
        {
          i: {
            patientId,
            name: 'Wanda Kowalski',
            email: `wanda.${n}@family.test`,
            relationship: 'Wife',
            consent: { given: true, source: 'PATIENT', scope: 'Updates' },
          },
        },
        token,
      ),
    };
    expect(Object.fromEntries(Object.entries(refused).map(([op, r]) => [op, codeOf(r)]))).toEqual({
      updatePatient: 'FORBIDDEN',
      dischargePatient: 'FORBIDDEN',
      addCareTeamMember: 'FORBIDDEN',
      assignLeadCaseManager: 'FORBIDDEN',
      linkFamilyMember: 'FORBIDDEN',
    });
    expect(await record()).toEqual(before);
    const denied = (await trail({ actorId: id, access: 'DENIED' })).map((e) => [e.operation, e.breakGlass]).reverse();
    expect(denied).toEqual(Object.keys(refused).map((op) => [op, true]));

    // When the hour is up, nothing the grant did keeps the door open.
    await expire(id);
    expect(codeOf(await hub.gql(READ, { id: patientId }, token))).toBe('FORBIDDEN');
  });

  it('every grant is on the patient’s audit trail, however the patient id is written', async () => {
    const { id, token } = await outsider();
    await hub.gql(BREAK, { p: patientId.toUpperCase(), r: REASON }, token);
    const granted = await hub.app.services.orm.em.fork().find(BreakGlassGrant, { userId: id });
    const recorded = (await trail({ actorId: id })).filter((e) => e.operation === 'breakGlass');
    expect(recorded.map((e) => e.entityId)).toEqual(granted.map((g) => g.id));
  });
});
