import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../platform/auth/caller.js';
import { Streams } from '../../platform/events/streams.js';
import { ADMIN, CASEY, codeOf, collect, pause, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { Unit } from '../unit/unit.entity.js';

/** Everything a node of the unit stream can reach, nested fields included. */
const UNIT_EVENTS = `subscription($unitId: ID!, $after: ID) {
  unitEvents(unitId: $unitId, after: $after) {
    id kind entityType entityId
    node {
      ... on Patient {
        id name bed unit { id }
        careTeam { role user { name } }
        carePlan { id problems { statement } }
        encounters { id }
        familyLinks { id }
        changesSinceLastSeen { latestEventId }
      }
    }
  }
}`;
const PATIENT_EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) { id entityType node { ... on Patient { bed } } }
}`;
const TRAIL = `query($id: ID!) {
  auditTrail(patientId: $id, page: { first: 200 }) { entries { actorId patientId operation access entityType entityId requestId breakGlass } }
}`;
const UPDATE = 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id version } }';
const PASSWORD = 'a-long-password';
/** Long enough that nothing here relies on the periodic re-check: access changes must act at once. */
const RECHECK_MS = 60_000;

interface UnitEvent {
  unitEvents: {
    id: string;
    kind: string;
    entityType: string;
    entityId: string;
    node: {
      id: string;
      name: string;
      bed: string | null;
      unit: { id: string };
      careTeam: { role: string; user: { name: string } }[];
      carePlan: { id: string; problems: { statement: string }[] } | null;
      encounters: { id: string }[];
      familyLinks: { id: string }[];
      changesSinceLastSeen: { latestEventId: string | null };
    } | null;
  };
}
interface Entry {
  actorId: string;
  patientId: string;
  operation: string;
  access: string;
  entityType: string;
  entityId: string;
  requestId: string;
  breakGlass: boolean;
}

describe('the unit stream after a patient moves to another unit', () => {
  let hub: TestHub;
  let admin: string;
  let casey: string;
  let riley: string;
  let unitA: string;
  let unitB: string;
  let n = 0;

  beforeAll(async () => {
    hub = await startTestHub({}, undefined, undefined, { accessRecheckMs: RECHECK_MS });
    admin = await hub.login(ADMIN);
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    const me = await hub.gql<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    unitA = me.data?.me.units[0]?.id ?? '';
    // There is no mutation that creates a unit (units are set up by an administrator's import).
    const em = hub.app.services.orm.em.fork();
    const unit = em.create(Unit, { code: '5E', name: '5 East' });
    await em.flush();
    unitB = unit.id;
    // Casey works on both units, so she may move patients between them.
    await must(
      hub.gql(
        'mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { id } }',
        { i: { unitId: unitB, userId: await idOf(casey) } },
        admin,
      ),
    );
  });
  afterAll(() => hub?.stop());

  async function must<T>(pending: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
    const result = await pending;
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }
  const idOf = async (token: string) => (await must(hub.gql<{ me: { id: string } }>('{ me { id } }', {}, token))).me.id;

  /** A new registered nurse on unit A only (on no care team), signed in. */
  async function nurseOnA() {
    const email = `transfer.nurse.${++n}@staff.test`;
    const { createStaffUser } = await must(
      hub.gql<{ createStaffUser: { id: string } }>(
        'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
        { i: { email, name: `Tess Nurse ${n}`, discipline: 'RN', role: 'MEMBER', password: PASSWORD } },
        admin,
      ),
    );
    await must(
      hub.gql(
        'mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { id } }',
        { i: { unitId: unitA, userId: createStaffUser.id } },
        admin,
      ),
    );
    return { id: createStaffUser.id, token: await hub.login(email, PASSWORD) };
  }

  /** A new patient on unit A, created by Casey. */
  async function patientOnA(name: string) {
    const { createPatient } = await must(
      hub.gql<{ createPatient: { id: string; version: number } }>(
        'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id version } }',
        {
          i: {
            mrn: `MRN-T-${++n}`,
            name,
            dateOfBirth: '1950-03-04',
            unitId: unitA,
            admittedAt: new Date().toISOString(),
          },
        },
        casey,
      ),
    );
    let version = createPatient.version;
    return {
      id: createPatient.id,
      async update(fields: Record<string, unknown>) {
        const result = await must(
          hub.gql<{ updatePatient: { version: number } }>(
            UPDATE,
            { i: { id: createPatient.id, expectedVersion: version, ...fields } },
            casey,
          ),
        );
        version = result.updatePatient.version;
      },
    };
  }

  /** A change on unit A that every unit-A subscriber receives: once it arrives, nothing earlier on the stream is pending. */
  async function sentinel() {
    const marker = await patientOnA(`Sentinel ${++n}`);
    return marker.id;
  }
  const untilEntity = async (feed: ReturnType<typeof collect<UnitEvent>>, entityId: string) => {
    for (let i = 0; i < 100 && !feed.items.some((e) => e.unitEvents.entityId === entityId); i++)
      await feed.until(feed.items.length + 1, 200).catch(() => undefined);
    expect(feed.items.map((e) => e.unitEvents.entityId)).toContain(entityId);
    return feed.items;
  };

  /** After the move: B bed, a new care-team member and a care plan problem — all current data unit A must not read. */
  async function changesOnB(patient: Awaited<ReturnType<typeof patientOnA>>) {
    await patient.update({ bed: 'B-8' });
    await must(
      hub.gql(
        'mutation($i: AddCareTeamMemberInput!) { addCareTeamMember(input: $i) { id } }',
        { i: { patientId: patient.id, userId: await idOf(riley), role: 'CONSULTING' } },
        casey,
      ),
    );
    const plan = await must(
      hub.gql<{ createCarePlan: { id: string } }>(
        'mutation($i: CreateCarePlanInput!) { createCarePlan(input: $i) { id } }',
        { i: { patientId: patient.id, periodStart: new Date().toISOString().slice(0, 10) } },
        casey,
      ),
    );
    await must(
      hub.gql(
        'mutation($i: CreateProblemInput!) { createProblem(input: $i) { id } }',
        { i: { carePlanId: plan.createCarePlan.id, statement: 'Secret on 5 East', discipline: 'RN' } },
        casey,
      ),
    );
  }

  it('live: the nurse on the old unit gets the move without the patient, nothing after it; the patient stream ends and following it again is FORBIDDEN', async () => {
    const nurse = await nurseOnA();
    const patient = await patientOnA('Pat Transfer Live');
    const unitFeed = collect<UnitEvent>(hub.ws(nurse.token), UNIT_EVENTS, {
      unitId: unitA,
      after: await hub.newestEventId(Streams.unit(unitA)),
    });
    const patientFeed = collect<{ patientEvents: { entityType: string; node: { bed: string } | null } }>(
      hub.ws(nurse.token),
      PATIENT_EVENTS,
      {
        patientId: patient.id,
        after: await hub.newestEventId(Streams.patient(patient.id)),
      },
    );

    await patient.update({ bed: 'A-1' });
    const [before] = await unitFeed.until(1);
    // While the patient is on the nurse's unit, the node and its nested fields are there.
    expect(before?.unitEvents.node).toMatchObject({
      id: patient.id,
      bed: 'A-1',
      unit: { id: unitA },
      careTeam: [],
      carePlan: null,
    });
    await patientFeed.until(1);

    await patient.update({ unitId: unitB, bed: 'B-7' });
    await changesOnB(patient);
    const marker = await sentinel();
    const items = await untilEntity(unitFeed, marker);

    const after = items.slice(1).filter((e) => e.unitEvents.entityId === patient.id);
    // The move arrives as an envelope only, so the old unit's list can drop the patient.
    expect(after).toEqual([
      {
        unitEvents: expect.objectContaining({
          kind: 'UPDATED',
          entityType: 'Patient',
          entityId: patient.id,
          node: null,
        }),
      },
    ]);
    expect(JSON.stringify(items)).not.toMatch(/B-7|B-8|Secret on 5 East/);
    expect(await Promise.race([patientFeed.done.then(() => 'ended'), pause(5_000).then(() => 'still open')])).toBe(
      'ended',
    );
    expect(patientFeed.errors).toEqual([]);
    expect(patientFeed.items.map((e) => e.patientEvents.node?.bed)).toEqual(['A-1']);
    // Following the patient again is refused with a code, from the start of the stream or not.
    for (const from of [null, '0']) {
      const again = collect(hub.ws(nurse.token), PATIENT_EVENTS, { patientId: patient.id, after: from });
      await again.done;
      expect(JSON.stringify(again.errors)).toContain('FORBIDDEN');
      expect(again.items).toEqual([]);
    }
    unitFeed.stop();
  });

  it('replay: an old `after` brings back none of the patient’s nodes, so nested fields cannot read current data', async () => {
    const nurse = await nurseOnA();
    const patient = await patientOnA('Pat Transfer Replay');
    const cursor = await hub.newestEventId(Streams.unit(unitA));
    await patient.update({ bed: 'A-2' });
    await patient.update({ unitId: unitB, bed: 'B-7' });
    await changesOnB(patient);
    const marker = await sentinel();

    const replay = collect<UnitEvent>(hub.ws(nurse.token), UNIT_EVENTS, { unitId: unitA, after: cursor });
    const items = await untilEntity(replay, marker);
    expect(replay.errors).toEqual([]);
    const about = items.filter((e) => e.unitEvents.entityId === patient.id);
    expect(about.map((e) => e.unitEvents.node)).toEqual([null]);
    expect(JSON.stringify(items)).not.toMatch(/A-2|B-7|B-8|Secret on 5 East|Pat Transfer Replay/);
    replay.stop();
  });

  it('someone still on the patient’s care team keeps receiving the patient’s events on the old unit’s stream, nested fields included', async () => {
    const nurse = await nurseOnA();
    const patient = await patientOnA('Pat Transfer Team');
    await must(
      hub.gql(
        'mutation($i: AddCareTeamMemberInput!) { addCareTeamMember(input: $i) { id } }',
        { i: { patientId: patient.id, userId: nurse.id, role: 'NURSE' } },
        casey,
      ),
    );
    const cursor = await hub.newestEventId(Streams.unit(unitA));
    await patient.update({ bed: 'A-3' });
    await patient.update({ unitId: unitB, bed: 'B-7' });
    await changesOnB(patient);
    const marker = await sentinel();

    const replay = collect<UnitEvent>(hub.ws(nurse.token), UNIT_EVENTS, { unitId: unitA, after: cursor });
    const items = await untilEntity(replay, marker);
    const nodes = items.filter((e) => e.unitEvents.entityId === patient.id).map((e) => e.unitEvents.node);
    expect(nodes.map((node) => node?.bed)).toEqual(['A-3', 'B-7']);
    expect(nodes[1]?.unit.id).toBe(unitB);
    expect(nodes[1]?.carePlan?.problems.map((p) => p.statement)).toEqual(['Secret on 5 East']);
    replay.stop();
  });

  it('the fields nested under a patient refuse a caller who may no longer read it (FORBIDDEN), and serve one who may', async () => {
    const nurse = await nurseOnA();
    const patient = await patientOnA('Pat Transfer Nested');
    await patient.update({ unitId: unitB });
    const { services } = hub.app;
    const callerOf = async (token: string): Promise<Caller> => ({
      viewer: await services.identity.authenticate(token),
      requestId: `nested-${++n}`,
      ip: null,
    });
    const reads: [string, (caller: Caller) => Promise<unknown>][] = [
      ['careTeam', (c) => services.careTeam.activeMembers(c, patient.id)],
      ['familyLinks', (c) => services.family.linksOf(c, patient.id)],
      ['carePlan', (c) => services.carePlans.currentPlan(c, patient.id)],
      ['encounters', (c) => services.patients.encounters(c, patient.id)],
      ['changesSinceLastSeen', (c) => services.seen.changesSinceLastSeen(c, patient.id)],
    ];
    for (const [field, read] of reads) {
      await expect(read(await callerOf(nurse.token)), field).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(read({ viewer: null, requestId: 'anonymous', ip: null }), field).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
      await expect(read(await callerOf(casey)), field).resolves.toBeDefined();
    }
    expect(codeOf(await hub.gql('query($id: ID!) { patient(id: $id) { id } }', { id: patient.id }, nurse.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('deliveries are on the audit trail: one READ row per subscription and patient in a period, none for what was withheld', async () => {
    const nurse = await nurseOnA();
    const first = await patientOnA('Pat Audit One');
    const second = await patientOnA('Pat Audit Two');
    const moved = await patientOnA('Pat Audit Moved');
    const after = await hub.newestEventId(Streams.unit(unitA));
    const one = collect<UnitEvent>(hub.ws(nurse.token), UNIT_EVENTS, { unitId: unitA, after });
    for (const bed of ['1', '2', '3']) await first.update({ bed: `AU-${bed}` });
    await second.update({ bed: 'AU-9' });
    await moved.update({ unitId: unitB, bed: 'B-1' });
    await one.until(5);
    // A second subscription of the same nurse is audited on its own.
    const two = collect<UnitEvent>(hub.ws(nurse.token), UNIT_EVENTS, { unitId: unitA, after });
    await two.until(5);
    await hub.app.services.auditLog.flush();

    const rowsOf = async (patientId: string) =>
      (
        await must(hub.gql<{ auditTrail: { entries: Entry[] } }>(TRAIL, { id: patientId }, admin))
      ).auditTrail.entries.filter((e) => e.actorId === nurse.id);
    const firstRows = await rowsOf(first.id);
    expect(firstRows).toHaveLength(2);
    for (const row of firstRows) {
      expect(row).toMatchObject({
        patientId: first.id,
        operation: 'unitEvents',
        access: 'READ',
        entityType: 'Patient',
        entityId: first.id,
        breakGlass: false,
      });
    }
    expect(new Set(firstRows.map((r) => r.requestId)).size).toBe(2);
    const secondRows = await rowsOf(second.id);
    expect(secondRows).toHaveLength(2);
    // Each subscription's rows carry that subscription's request id, whichever patient they are about.
    expect(new Set([...firstRows, ...secondRows].map((r) => r.requestId)).size).toBe(2);
    // The moved patient's events were withheld from the nurse: nothing was shown, nothing is recorded as shown.
    expect(await rowsOf(moved.id)).toEqual([]);
    one.stop();
    two.stop();
  });
});
