import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { User } from '../identity/user.entity.js';
import { Patient } from '../patient/patient.entity.js';
import { Task } from '../task-board/task-board.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { RoundsDecision } from './rounds.entity.js';
import { dayIn } from './rounds.service.js';

const SW = 'avery.patel@demo.carehub.test';

const SESSION = `query($id: ID!) { roundsSession(id: $id) {
  id version status date currentItemId currentSince startedAt finishedAt serverTime lastEventId
  facilitator { name }
  agenda { id version position timeBoxSeconds spentSeconds discussedAt patientId
    patient { name bed expectedDischargeDate }
    updates { id version discipline statusSinceLast concerns planForToday author { name } }
    barriers { id version description dueDate status owner { name } }
    decisions { id text taskId author { name } } }
} }`;
const CREATE =
  'mutation($i: CreateRoundsSessionInput!) { createRoundsSession(input: $i) { id version agenda { id } } }';
const START =
  'mutation($i: RoundsSessionTransitionInput!) { startRounds(input: $i) { id version status currentItemId currentSince } }';
const FINISH =
  'mutation($i: RoundsSessionTransitionInput!) { finishRounds(input: $i) { id version status currentItemId } }';
const POINTER =
  'mutation($i: MoveRoundsPointerInput!) { moveRoundsPointer(input: $i) { id version currentItemId currentSince } }';
const ADD = 'mutation($i: AddRoundsPatientInput!) { addRoundsPatient(input: $i) { id patient { name } } }';
const MOVE = 'mutation($i: MoveRoundsPatientInput!) { moveRoundsPatient(input: $i) { id version position } }';
const SAVE_UPDATE =
  'mutation($i: SaveRoundsUpdateInput!) { saveRoundsUpdate(input: $i) { id version discipline concerns } }';
const ADD_BARRIER =
  'mutation($i: AddRoundsBarrierInput!) { addRoundsBarrier(input: $i) { id version description owner { name } } }';
const DECIDE = 'mutation($i: RecordRoundsDecisionInput!) { recordRoundsDecision(input: $i) { id text } }';
const DISCUSSED =
  'mutation($i: MarkRoundsPatientDiscussedInput!) { markRoundsPatientDiscussed(input: $i) { id version discussedAt } }';
const EVENTS = `subscription($id: ID!, $after: ID) { roundsEvents(sessionId: $id, after: $after) {
  id kind entityType node { __typename ... on RoundsSession { currentItemId currentSince } ... on RoundsAgendaItem { id spentSeconds } } } }`;

interface Session {
  id: string;
  version: number;
  status: string;
  date: string;
  currentItemId: string | null;
  currentSince: string | null;
  serverTime: string;
  lastEventId: string | null;
  facilitator: { name: string };
  agenda: {
    id: string;
    version: number;
    position: string;
    spentSeconds: number;
    discussedAt: string | null;
    patientId: string;
    patient: { name: string; bed: string; expectedDischargeDate: string | null };
    updates: { id: string; version: number; discipline: string; concerns: string | null; author: { name: string } }[];
    barriers: { id: string; description: string; dueDate: string | null; owner: { name: string } | null }[];
    decisions: { text: string; author: { name: string } }[];
  }[];
}

describe('rounds sessions', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let avery: string;
  let unitId: string;
  let day = 0;

  beforeAll(async () => {
    hub = await startTestHub();
    [casey, riley, avery] = await Promise.all([hub.login(CASEY), hub.login(RILEY), hub.login(SW)]);
    const me = await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    unitId = me.me.units[0]?.id ?? '';
  });
  afterAll(() => hub?.stop());

  const read = async (id: string, token = casey) =>
    (await hub.read<{ roundsSession: Session }>(SESSION, { id }, token)).roundsSession;
  const must = async <T>(doc: string, i: Record<string, unknown>, token = casey, vars?: object): Promise<T> => {
    const r = await hub.gql<T>(doc, vars ? { ...vars } : { i }, token);
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  /** A new session on a date of its own (one per unit and date), facilitated by Casey. */
  const plan = async () => {
    const date = `2030-01-${String(++day).padStart(2, '0')}`;
    const { createRoundsSession } = await must<{ createRoundsSession: { id: string } }>(CREATE, { unitId, date });
    return read(createRoundsSession.id);
  };
  const started = async () => {
    const s = await plan();
    await must(START, { id: s.id, expectedVersion: s.version });
    return read(s.id);
  };

  it('the demo unit has today’s rounds planned, with prepared updates and barriers, and a conference with the family', async () => {
    const { unit } = await hub.read<{ unit: { timeZone: string } }>(
      'query($id: ID!) { unit(id: $id) { timeZone } }',
      { id: unitId },
      casey,
    );
    const { roundsSessions } = await hub.read<{ roundsSessions: { id: string; date: string; status: string }[] }>(
      'query($u: ID!) { roundsSessions(unitId: $u) { id date status } }',
      { u: unitId },
      riley,
    );
    const today = roundsSessions.find((x) => x.date === dayIn(unit.timeZone));
    expect(today?.status).toBe('PLANNED');
    const s = await read(today?.id ?? '', riley);
    const eleanor = s.agenda.find((i) => i.patient.name === 'Eleanor Whitfield');
    expect(eleanor?.updates.map((u) => u.discipline)).toEqual(['RD', 'RN', 'SW']);
    // Rounds show the patient's discharge barriers (her discharge plan's).
    expect(eleanor?.barriers.map((b) => b.owner?.name)).toEqual(['Casey Morgan']);
    const { patients } = await hub.read<{
      patients: {
        name: string;
        careConferences: { status: string; attendees: { kind: string; name: string; mode: string }[] }[];
      }[];
    }>('{ patients { name careConferences { status attendees { kind name mode } } } }', {}, casey);
    const conference = patients.find((p) => p.name === 'Eleanor Whitfield')?.careConferences[0];
    expect(conference?.status).toBe('SCHEDULED');
    expect(conference?.attendees).toContainEqual({ kind: 'FAMILY', name: 'Jordan Whitfield', mode: 'REMOTE' });
  });

  it('draws the agenda from the census: discharges due first (overdue counts as today), then the highest readmission risk', async () => {
    const s = await plan();
    expect(s).toMatchObject({ status: 'PLANNED', facilitator: { name: 'Casey Morgan' }, currentItemId: null });
    const census = await hub.read<{ patients: { id: string }[] }>('{ patients { id } }', {}, casey);
    expect(s.agenda).toHaveLength(census.patients.length);
    const keys = s.agenda.map((i) => i.patient.expectedDischargeDate ?? '9999-12-31');
    const { unit } = await hub.read<{ unit: { timeZone: string } }>(
      'query($id: ID!) { unit(id: $id) { timeZone } }',
      { id: unitId },
      casey,
    );
    const today = dayIn(unit.timeZone);
    const clamped = keys.map((k) => (k.localeCompare(today) < 0 ? today : k));
    expect(clamped).toEqual([...clamped].sort());
    // Among patients expected home the same day, the higher readmission risk (LACE) first; unknown last.
    const risks = await hub.read<{ patients: { id: string; readmissionRisk: { score: number | null } }[] }>(
      '{ patients { id readmissionRisk { score } } }',
      {},
      casey,
    );
    const scoreOf = new Map(risks.patients.map((p) => [p.id, p.readmissionRisk.score ?? -1]));
    s.agenda.forEach((item, i) => {
      const next = s.agenda[i + 1];
      if (next && clamped[i] === clamped[i + 1]) {
        expect(scoreOf.get(item.patientId) ?? -1).toBeGreaterThanOrEqual(scoreOf.get(next.patientId) ?? -1);
      }
    });
    expect(s.agenda.map((i) => i.position)).toEqual(s.agenda.map((i) => i.position).sort());
  });

  it('refuses a second session for the same unit and date, and nothing is added', async () => {
    const s = await plan();
    const again = await hub.gql(CREATE, { i: { unitId, date: s.date } }, riley);
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    const list = await hub.read<{ roundsSessions: { id: string; date: string }[] }>(
      'query($u: ID!) { roundsSessions(unitId: $u) { id date } }',
      { u: unitId },
      casey,
    );
    expect(list.roundsSessions.filter((x) => x.date === s.date)).toEqual([{ id: s.id, date: s.date }]);
  });

  it('refuses a patient from another unit, and the agenda stays as it was', async () => {
    const s = await plan();
    const em = hub.app.services.orm.em.fork();
    const other = em.create(Unit, { code: `5E-${randomUUID().slice(0, 4)}`, name: '5 East' });
    const stranger = em.create(Patient, {
      mrn: `MRN-X${randomUUID().slice(0, 8)}`,
      name: 'Other Unit Patient',
      dateOfBirth: '1950-01-01',
      unitId: other.id,
      admittedAt: new Date(),
    });
    await em.flush();
    // Casey reaches the stranger by breaking the glass, so what refuses is the unit rule, not access.
    await must('mutation($p: ID!, $r: String!) { breakGlass(patientId: $p, reason: $r) { id } }', {}, casey, {
      p: stranger.id,
      r: 'Covering a rapid response on 5 East',
    });
    const refused = await hub.gql(ADD, { i: { sessionId: s.id, patientId: stranger.id } }, casey);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const unseen = await hub.gql(ADD, { i: { sessionId: s.id, patientId: stranger.id } }, riley);
    expect(codeOf(unseen)).toBe('FORBIDDEN');
    expect((await read(s.id)).agenda.map((i) => i.id)).toEqual(s.agenda.map((i) => i.id));
  });

  it('refuses the same patient twice on one agenda', async () => {
    const s = await plan();
    const first = s.agenda[0];
    if (!first) throw new Error('empty agenda');
    const again = await hub.gql(ADD, { i: { sessionId: s.id, patientId: first.patientId } }, casey);
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect((await read(s.id)).agenda).toHaveLength(s.agenda.length);
  });

  it('adding a patient sent twice at once with one clientMutationId puts them on the agenda once', async () => {
    const s = await plan();
    const { createPatient } = await must<{ createPatient: { id: string } }>(
      'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
      {
        mrn: `MRN-A${randomUUID().slice(0, 8)}`,
        name: 'Agenda Patient',
        dateOfBirth: '1951-04-05',
        unitId,
        admittedAt: new Date(Date.now() - 86_400_000).toISOString(),
      },
    );
    const i = { sessionId: s.id, patientId: createPatient.id, clientMutationId: randomUUID() };
    const [a, b] = await Promise.all([
      must<{ addRoundsPatient: { id: string } }>(ADD, i),
      must<{ addRoundsPatient: { id: string } }>(ADD, i),
    ]);
    expect(b.addRoundsPatient.id).toBe(a.addRoundsPatient.id);
    const agenda = (await read(s.id)).agenda;
    expect(agenda.filter((x) => x.patientId === createPatient.id).map((x) => x.id)).toEqual([a.addRoundsPatient.id]);
    expect(agenda.at(-1)?.patientId).toBe(createPatient.id);
  });

  it('lets only the facilitator start rounds; a nurse trying changes nothing', async () => {
    const s = await plan();
    const refused = await hub.gql(START, { i: { id: s.id, expectedVersion: s.version } }, riley);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(await read(s.id)).toMatchObject({ status: 'PLANNED', version: s.version, currentItemId: null });
  });

  it('starts at the first patient with a server-clock start, and every reader sees the same instant', async () => {
    const s = await plan();
    const { startRounds } = await must<{ startRounds: { currentItemId: string; currentSince: string } }>(START, {
      id: s.id,
      expectedVersion: s.version,
    });
    expect(startRounds.currentItemId).toBe(s.agenda[0]?.id);
    const [asNurse, asSocialWorker] = await Promise.all([read(s.id, riley), read(s.id, avery)]);
    expect(asNurse.currentSince).toBe(startRounds.currentSince);
    expect(asSocialWorker.currentSince).toBe(startRounds.currentSince);
    expect(Date.parse(asNurse.serverTime)).toBeGreaterThanOrEqual(Date.parse(startRounds.currentSince));
  });

  it('moves the pointer next, previous and to any patient, live on the session stream', async () => {
    const s = await started();
    const [a, b, c] = s.agenda;
    if (!a || !b || !c) throw new Error('the demo agenda is too short');
    const feed = await collectLive<{
      roundsEvents: { entityType: string; node: { currentItemId?: string; id?: string; spentSeconds?: number } };
    }>(hub.ws(riley), EVENTS, { id: s.id }, await hub.newestEventId(Streams.rounds(s.id)));
    await must(POINTER, { sessionId: s.id, to: 'NEXT' });
    await must(POINTER, { sessionId: s.id, to: 'ITEM', itemId: c.id });
    await must(POINTER, { sessionId: s.id, to: 'PREVIOUS' });
    // The time spent on a patient left is an event too, when a whole second went by: wait for the three moves.
    const pointers = async () => {
      for (let count = 3; ; count++) {
        const moves = (await feed.until(count))
          .filter((e) => e.roundsEvents.entityType === 'RoundsSession')
          .map((e) => e.roundsEvents.node.currentItemId);
        if (moves.length >= 3) return moves;
      }
    };
    expect(await pointers()).toEqual([b.id, c.id, b.id]);
    feed.stop();
    expect((await read(s.id)).currentItemId).toBe(b.id);
  });

  it('refuses a non-facilitator driving the pointer, and the pointer stays', async () => {
    const s = await started();
    const refused = await hub.gql(POINTER, { i: { sessionId: s.id, to: 'NEXT' } }, riley);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(await read(s.id)).toMatchObject({ currentItemId: s.currentItemId, currentSince: s.currentSince });
  });

  it('refuses moving past the last patient or to a patient not on the agenda, and nothing moves', async () => {
    const s = await started();
    expect(codeOf(await hub.gql(POINTER, { i: { sessionId: s.id, to: 'PREVIOUS' } }, casey))).toBe('BAD_USER_INPUT');
    const elsewhere = await hub.gql(POINTER, { i: { sessionId: s.id, to: 'ITEM', itemId: randomUUID() } }, casey);
    expect(codeOf(elsewhere)).toBe('BAD_USER_INPUT');
    expect(await read(s.id)).toMatchObject({ version: s.version, currentItemId: s.currentItemId });
  });

  it('refuses moving the pointer in a finished session, and nothing changes', async () => {
    const s = await started();
    await must(FINISH, { id: s.id, expectedVersion: s.version });
    const finished = await read(s.id);
    expect(finished).toMatchObject({ status: 'FINISHED', currentItemId: null });
    expect(finished.agenda[0]?.spentSeconds).toBeGreaterThanOrEqual(0);
    const refused = await hub.gql(POINTER, { i: { sessionId: s.id, to: 'NEXT' } }, casey);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const decision = await hub.gql(DECIDE, { i: { itemId: s.agenda[0]?.id, text: 'Too late' } }, casey);
    expect(codeOf(decision)).toBe('BAD_USER_INPUT');
    expect(await read(s.id)).toEqual({ ...finished, serverTime: expect.any(String) });
  });

  it('keeps one update per discipline; a second writer of a discipline without the version gets CONFLICT', async () => {
    const s = await plan();
    const item = s.agenda[0];
    if (!item) throw new Error('empty agenda');
    const { saveRoundsUpdate: first } = await must<{ saveRoundsUpdate: { id: string; version: number } }>(
      SAVE_UPDATE,
      {
        itemId: item.id,
        statusSinceLast: 'Weight down 1.2 kg',
        concerns: 'Orthostatic on standing',
        planForToday: 'PT eval',
      },
      riley,
    );
    const blind = await hub.gql(SAVE_UPDATE, { i: { itemId: item.id, concerns: 'Overwrites?' } }, riley);
    expect(codeOf(blind)).toBe('CONFLICT');
    const stale = await hub.gql(SAVE_UPDATE, { i: { itemId: item.id, expectedVersion: 99, concerns: 'x' } }, riley);
    expect(codeOf(stale)).toBe('CONFLICT');
    await must(
      SAVE_UPDATE,
      { itemId: item.id, expectedVersion: first.version, concerns: 'Dizzy when standing' },
      riley,
    );
    await must(SAVE_UPDATE, { itemId: item.id, concerns: 'Daughter asks about SNF' }, avery);
    const updates = (await read(s.id)).agenda[0]?.updates;
    expect(updates?.map((u) => [u.discipline, u.concerns, u.author.name])).toEqual([
      ['RN', 'Dizzy when standing', 'Riley Chen'],
      ['SW', 'Daughter asks about SNF', 'Avery Patel'],
    ]);
  });

  /** A patient admitted to the unit just now, added to the session's agenda. */
  const addFreshPatient = async (sessionId: string) => {
    const { createPatient } = await must<{ createPatient: { id: string } }>(
      'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
      {
        mrn: `MRN-R${randomUUID().slice(0, 8)}`,
        name: 'Rounds Patient',
        dateOfBirth: '1948-03-02',
        unitId,
        admittedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      },
    );
    const { addRoundsPatient } = await must<{ addRoundsPatient: { id: string } }>(ADD, {
      sessionId,
      patientId: createPatient.id,
    });
    return { patientId: createPatient.id, itemId: addRoundsPatient.id };
  };
  const PLAN_BARRIERS = `query($id: ID!) { patient(id: $id) { dischargePlan { id barriers {
    id version description dueDate status owner { name } } } } }`;
  const planBarriersOf = async (patientId: string) =>
    (
      await hub.read<{
        patient: {
          dischargePlan: {
            barriers: {
              id: string;
              version: number;
              description: string;
              status: string;
              owner: { name: string } | null;
            }[];
          } | null;
        };
      }>(PLAN_BARRIERS, { id: patientId }, casey)
    ).patient.dischargePlan;

  it("a barrier raised in rounds is the patient's discharge barrier (owner, due date), live on both streams, and resolves there", async () => {
    const s = await started();
    const { patientId, itemId } = await addFreshPatient(s.id);
    expect(await planBarriersOf(patientId)).toBeNull();
    const owner = await hub.read<{ me: { id: string } }>('{ me { id } }', {}, avery);
    const roundsFeed = await collectLive<{ roundsEvents: { entityType: string; kind: string } }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { roundsEvents(sessionId: $id, after: $after) { entityType kind } }',
      { id: s.id },
      await hub.newestEventId(Streams.rounds(s.id)),
    );
    const patientFeed = await collectLive<{ patientEvents: { entityType: string; kind: string } }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType kind } }',
      { id: patientId },
      await hub.newestEventId(Streams.patient(patientId)),
    );
    const added = await must<{ addRoundsBarrier: { id: string; version: number } }>(
      ADD_BARRIER,
      { itemId, description: 'SNF bed search', ownerId: owner.me.id, dueDate: '2030-02-01' },
      riley,
    );
    // The first barrier starts the discharge plan of the stay; the discharge page lists the same barrier.
    expect((await planBarriersOf(patientId))?.barriers).toEqual([
      {
        id: added.addRoundsBarrier.id,
        version: added.addRoundsBarrier.version,
        description: 'SNF bed search',
        dueDate: '2030-02-01',
        status: 'OPEN',
        owner: { name: 'Avery Patel' },
      },
    ]);
    const seen = (await read(s.id)).agenda.find((i) => i.id === itemId);
    expect(seen?.barriers.map((b) => [b.id, b.description, b.owner?.name, b.dueDate])).toEqual([
      [added.addRoundsBarrier.id, 'SNF bed search', 'Avery Patel', '2030-02-01'],
    ]);
    await must(
      'mutation($i: UpdateRoundsBarrierInput!) { updateRoundsBarrier(input: $i) { id status } }',
      { id: added.addRoundsBarrier.id, itemId, expectedVersion: added.addRoundsBarrier.version, status: 'RESOLVED' },
      riley,
    );
    expect((await planBarriersOf(patientId))?.barriers.map((b) => b.status)).toEqual(['RESOLVED']);
    const onRounds = await roundsFeed.until(2);
    expect(onRounds.map((e) => [e.roundsEvents.entityType, e.roundsEvents.kind])).toEqual([
      ['DischargeBarrier', 'CREATED'],
      ['DischargeBarrier', 'UPDATED'],
    ]);
    const onPatient = await patientFeed.until(3);
    expect(onPatient.map((e) => [e.patientEvents.entityType, e.patientEvents.kind])).toEqual([
      ['DischargePlan', 'CREATED'],
      ['DischargeBarrier', 'CREATED'],
      ['DischargeBarrier', 'UPDATED'],
    ]);
    roundsFeed.stop();
    patientFeed.stop();
  });

  it("a rounds barrier edit names the agenda patient's own barrier; an unknown owner is refused; nothing changes", async () => {
    const s = await started();
    const first = await addFreshPatient(s.id);
    const second = await addFreshPatient(s.id);
    const { addRoundsBarrier: barrier } = await must<{ addRoundsBarrier: { id: string; version: number } }>(
      ADD_BARRIER,
      { itemId: first.itemId, description: 'Oxygen at home' },
      riley,
    );
    const elsewhere = await hub.gql(
      'mutation($i: UpdateRoundsBarrierInput!) { updateRoundsBarrier(input: $i) { id } }',
      { i: { id: barrier.id, itemId: second.itemId, expectedVersion: barrier.version, status: 'RESOLVED' } },
      riley,
    );
    expect(codeOf(elsewhere)).toBe('BAD_USER_INPUT');
    const noOwner = await hub.gql(
      ADD_BARRIER,
      { i: { itemId: second.itemId, description: 'x', ownerId: randomUUID() } },
      riley,
    );
    expect(codeOf(noOwner)).toBe('BAD_USER_INPUT');
    expect((await planBarriersOf(first.patientId))?.barriers.map((b) => [b.status, b.version])).toEqual([
      ['OPEN', barrier.version],
    ]);
    expect(await planBarriersOf(second.patientId)).toBeNull();
  });

  it('a barrier added and edited on the discharge page reaches, live, the open sessions holding the patient, and not a finished one', async () => {
    const open = await started();
    const { patientId } = await addFreshPatient(open.id);
    // A later session draws the patient from the census; it is finished before any barrier is written.
    const done = await started();
    expect(done.agenda.map((i) => i.patientId)).toContain(patientId);
    await must(FINISH, { id: done.id, expectedVersion: done.version });
    const doneTail = await hub.newestEventId(Streams.rounds(done.id));
    const roundsFeed = await collectLive<{
      roundsEvents: { entityType: string; kind: string; node: { id?: string; status?: string } | null };
    }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { roundsEvents(sessionId: $id, after: $after) { entityType kind node { ... on DischargeBarrier { id status } } } }',
      { id: open.id },
      await hub.newestEventId(Streams.rounds(open.id)),
    );
    const { createDischargePlan: dischargePlan } = await must<{ createDischargePlan: { id: string } }>(
      'mutation($i: CreateDischargePlanInput!) { createDischargePlan(input: $i) { id } }',
      { patientId },
    );
    const { addDischargeBarrier: barrier } = await must<{ addDischargeBarrier: { id: string; version: number } }>(
      'mutation($i: AddDischargeBarrierInput!) { addDischargeBarrier(input: $i) { id version } }',
      { planId: dischargePlan.id, description: 'Home oxygen delivery' },
    );
    const UPDATE_BARRIER =
      'mutation($i: UpdateDischargeBarrierInput!) { updateDischargeBarrier(input: $i) { id version status } }';
    // A stale edit is refused and tells no one.
    const stale = await hub.gql(
      UPDATE_BARRIER,
      { i: { id: barrier.id, expectedVersion: barrier.version + 3, status: 'RESOLVED' } },
      casey,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    await must(UPDATE_BARRIER, { id: barrier.id, expectedVersion: barrier.version, status: 'RESOLVED' });
    const events = await roundsFeed.until(2);
    roundsFeed.stop();
    expect(events.map((e) => e.roundsEvents)).toEqual([
      { entityType: 'DischargeBarrier', kind: 'CREATED', node: { id: barrier.id, status: 'OPEN' } },
      { entityType: 'DischargeBarrier', kind: 'UPDATED', node: { id: barrier.id, status: 'RESOLVED' } },
    ]);
    const seen = (await read(open.id)).agenda.find((i) => i.patientId === patientId);
    expect(seen?.barriers.map((b) => [b.id, b.description])).toEqual([[barrier.id, 'Home oxygen delivery']]);
    // The finished session's stream got nothing of it.
    expect(await hub.newestEventId(Streams.rounds(done.id))).toBe(doneTail);
  });

  it('records decisions and discussed marks on the patient', async () => {
    const s = await started();
    const item = s.agenda[0];
    if (!item) throw new Error('empty agenda');
    await must(DECIDE, { itemId: item.id, text: 'Hold diuretic tonight' }, avery);
    await must(DISCUSSED, { id: item.id, expectedVersion: item.version, discussed: true });
    const seen = (await read(s.id)).agenda[0];
    expect(seen?.decisions.map((d) => [d.text, d.author.name])).toEqual([['Hold diuretic tonight', 'Avery Patel']]);
    expect(seen?.discussedAt).not.toBeNull();
  });

  it('reorders the agenda by writing only the moved patient', async () => {
    const s = await plan();
    const [first, second] = s.agenda;
    if (!first || !second) throw new Error('agenda too short');
    await must(MOVE, { id: first.id, expectedVersion: first.version, afterId: second.id }, riley);
    const after = await read(s.id);
    expect(after.agenda.slice(0, 2).map((i) => i.id)).toEqual([second.id, first.id]);
    expect(after.agenda.filter((i) => i.version !== s.agenda.find((x) => x.id === i.id)?.version)).toHaveLength(1);
  });

  it('turns an action item into a task on the unit board in one step, and the decision names it', async () => {
    const s = await started();
    const item = s.agenda[0];
    if (!item) throw new Error('empty agenda');
    const sw = await hub.read<{ me: { id: string } }>('{ me { id } }', {}, avery);
    const { createRoundsActionItem: made } = await must<{
      createRoundsActionItem: { taskId: string; decision: { text: string; taskId: string } };
    }>(
      'mutation($i: CreateRoundsActionItemInput!) { createRoundsActionItem(input: $i) { taskId decision { text taskId } } }',
      { itemId: item.id, title: 'Call SNF about bed availability', assigneeId: sw.me.id, dueAt: '2030-01-02T15:00' },
      riley,
    );
    expect(made.decision).toEqual({ text: 'Call SNF about bed availability', taskId: made.taskId });
    const board = await hub.read<{
      unit: { taskBoard: { tasks: { id: string; title: string; patientId: string; assignee: { name: string } }[] } };
    }>(
      'query($id: ID!) { unit(id: $id) { taskBoard { tasks { id title patientId assignee { name } } } } }',
      { id: unitId },
      avery,
    );
    expect(board.unit.taskBoard.tasks).toContainEqual({
      id: made.taskId,
      title: 'Call SNF about bed availability',
      patientId: item.patientId,
      assignee: { name: 'Avery Patel' },
    });
    expect((await read(s.id)).agenda[0]?.decisions.map((d) => d.text)).toContain('Call SNF about bed availability');
  });

  it('refuses an action item for someone who is not staff, and no task or decision is made', async () => {
    const s = await started();
    const item = s.agenda[0];
    if (!item) throw new Error('empty agenda');
    const tasks = async () =>
      (
        await hub.read<{ unit: { taskBoard: { tasks: { id: string }[] } } }>(
          'query($id: ID!) { unit(id: $id) { taskBoard { tasks { id } } } }',
          { id: unitId },
          casey,
        )
      ).unit.taskBoard.tasks.length;
    const before = await tasks();
    const refused = await hub.gql(
      'mutation($i: CreateRoundsActionItemInput!) { createRoundsActionItem(input: $i) { taskId } }',
      { i: { itemId: item.id, title: 'Who?', assigneeId: randomUUID() } },
      riley,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(await tasks()).toBe(before);
    expect((await read(s.id)).agenda[0]?.decisions).toEqual([]);
  });

  it('a card the board refuses (staff from another unit as assignee) leaves no action item, and no task', async () => {
    const s = await started();
    const item = s.agenda[0];
    if (!item) throw new Error('empty agenda');
    const em = hub.app.services.orm.em.fork();
    const outsider = em.create(User, {
      email: `${randomUUID()}@elsewhere.test`,
      name: 'Off-Unit Nurse',
      passwordHash: 'x',
    });
    await em.flush();
    const countOf = async (entity: typeof Task | typeof RoundsDecision) =>
      hub.app.services.orm.em.fork().count(entity, { patientId: item.patientId });
    const [tasksBefore, decisionsBefore] = [await countOf(Task), await countOf(RoundsDecision)];
    const refused = await hub.gql(
      'mutation($i: CreateRoundsActionItemInput!) { createRoundsActionItem(input: $i) { taskId } }',
      { i: { itemId: item.id, title: 'Covered by 5 East', assigneeId: outsider.id } },
      riley,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('Off-Unit Nurse');
    expect([await countOf(Task), await countOf(RoundsDecision)]).toEqual([tasksBefore, decisionsBefore]);
  });

  it('the same action item sent twice at once makes one decision and one task', async () => {
    const s = await started();
    const item = s.agenda[0];
    if (!item) throw new Error('empty agenda');
    const clientMutationId = randomUUID();
    const send = () =>
      must<{ createRoundsActionItem: { taskId: string; decision: { id: string } } }>(
        'mutation($i: CreateRoundsActionItemInput!) { createRoundsActionItem(input: $i) { taskId decision { id } } }',
        { itemId: item.id, title: 'Order walker', clientMutationId },
        riley,
      );
    const [a, b] = await Promise.all([send(), send()]);
    expect(b.createRoundsActionItem).toEqual(a.createRoundsActionItem);
    const em = hub.app.services.orm.em.fork();
    expect(await em.count(RoundsDecision, { itemId: item.id, text: 'Order walker' })).toBe(1);
    expect(await em.count(Task, { patientId: item.patientId, title: 'Order walker' })).toBe(1);
  });
});
