import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  CASEY,
  type Collected,
  collectLive,
  pause,
  RILEY,
  startTestHub,
  type TestHub,
} from '../../testing/test-hub.js';
import type { Delivery } from './event-feed.js';
import { Streams } from './streams.js';

const EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) {
    id entityType
    node { ... on Goal { id description version } ... on Patient { id bed careTeam { user { name } } } }
  }
}`;
const UPDATE_GOAL = 'mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { version } }';
const GOALS = `query($id: ID!) { patient(id: $id) { version carePlan { problems { goals { id version } } } } }`;
const TRAIL = `query($id: ID!) {
  auditTrail(patientId: $id, page: { first: 200 }) { entries { actorId operation access entityType entityId requestId } }
}`;
const ADD = `mutation($input: AddCareTeamMemberInput!) { addCareTeamMember(input: $input) { id version } }`;
const REMOVE = `mutation($input: RemoveCareTeamMemberInput!) { removeCareTeamMember(input: $input) { id } }`;
const ALEX = 'alex.kim@demo.carehub.test';
/** Screens per person: enough that each person's subscriptions share their access decision and execution. */
const SCREENS = 8;

interface Event {
  patientEvents: {
    id: string;
    entityType: string;
    node: { id: string; description?: string; version: number; bed?: string; careTeam?: unknown[] } | null;
  };
}

/**
 * Many subscribers of one stream, as in rounds: the work shared between them (one bus listener
 * per stream, access decided once per person, each event resolved once per person and operation)
 * changes nothing any one of them receives, or what is recorded about it.
 */
describe('fan-out to many subscribers of one stream', () => {
  let hub: TestHub;
  let casey: string;
  let admin: string;
  let patientId: string;
  let goal: { id: string; version: number };

  beforeAll(async () => {
    // A re-check period longer than the test: each subscription's audit row is its first delivery's.
    hub = await startTestHub({}, undefined, undefined, { accessRecheckMs: 60_000 });
    casey = await hub.login(CASEY);
    admin = await hub.login(ADMIN);
    const list = await hub.read<{ patients: { id: string }[] }>('{ patients { id } }', {}, casey);
    for (const { id } of list.patients) {
      const read = await hub.read<{
        patient: { carePlan: { problems: { goals: { id: string; version: number }[] }[] } | null };
      }>(GOALS, { id }, casey);
      const first = read.patient.carePlan?.problems[0]?.goals[0];
      if (first) {
        patientId = id;
        goal = first;
        break;
      }
    }
  });
  afterAll(() => hub?.stop());

  async function editGoal(description: string): Promise<void> {
    const result = await hub.gql<{ updateGoal: { version: number } }>(
      UPDATE_GOAL,
      { input: { id: goal.id, expectedVersion: goal.version, description } },
      casey,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    goal.version = result.data.updateGoal.version;
  }

  /** `count` live subscriptions of one person (one session, as tabs of one browser), each on a websocket of its own. */
  async function screens(email: string, count = SCREENS): Promise<Collected<Event>[]> {
    const token = await hub.login(email);
    const newest = await hub.newestEventId(Streams.patient(patientId));
    return Promise.all(
      Array.from({ length: count }, () => collectLive<Event>(hub.ws(token), EVENTS, { patientId }, newest)),
    );
  }

  const goalEdits = (feed: Collected<Event>) =>
    feed.items.filter((e) => e.patientEvents.entityType === 'Goal').map((e) => e.patientEvents.node?.description);

  it('every subscription of every person receives each goal edit exactly once, in order, with its node', async () => {
    const feeds = (await Promise.all([screens(CASEY), screens(RILEY), screens('sam.okafor@demo.carehub.test')])).flat();
    const edits = ['Walks 10 m', 'Walks 20 m', 'Walks 30 m', 'Walks 40 m', 'Walks 50 m'];
    for (const edit of edits) await editGoal(edit);
    await Promise.all(feeds.map((feed) => feed.until(edits.length)));
    // A straggler would show up as a sixth item: give the hub a moment to send one.
    await pause(200);
    for (const feed of feeds) {
      expect(feed.errors).toEqual([]);
      expect(goalEdits(feed)).toEqual(edits);
      const ids = feed.items.map((e) => BigInt(e.patientEvents.id));
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const feed of feeds) feed.stop();
  });

  it('each subscription’s deliveries are on the audit trail under its own request id', async () => {
    const me = await hub.read<{ me: { id: string } }>('{ me { id } }', {}, await hub.login(RILEY));
    const before = await readRows(me.me.id);
    const feeds = await screens(RILEY, 12);
    await editGoal('Audited edit');
    await Promise.all(feeds.map((feed) => feed.until(1)));
    await hub.app.services.auditLog.flush();
    const earlier = new Set(before.map((row) => row.requestId));
    const added = (await readRows(me.me.id)).filter((row) => !earlier.has(row.requestId));
    expect(added).toHaveLength(12);
    expect(new Set(added.map((row) => row.requestId)).size).toBe(12);
    for (const row of added) {
      expect(row).toMatchObject({
        operation: 'patientEvents',
        access: 'READ',
        entityType: 'Patient',
        entityId: patientId,
      });
    }
    for (const feed of feeds) feed.stop();
  });

  async function readRows(actorId: string) {
    const trail = await hub.read<{
      auditTrail: { entries: { actorId: string; operation: string; requestId: string }[] };
    }>(TRAIL, { id: patientId }, admin);
    return trail.auditTrail.entries.filter((e) => e.actorId === actorId && e.operation === 'patientEvents');
  }

  it('access is still decided per subscriber: a member taken off the team loses every screen at once, colleagues on the same events keep theirs', async () => {
    // Alex is on the unit's staff list too; take them off so that only the care team grants access.
    const units = await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    const staff = await hub.read<{ staff: { id: string; email: string }[] }>('{ staff { id email } }', {}, casey);
    const alexId = staff.staff.find((s) => s.email === ALEX)?.id;
    await hub.read(
      'mutation($input: UnitMemberInput!) { removeUnitMember(input: $input) { id } }',
      { input: { unitId: units.me.units[0]?.id, userId: alexId } },
      admin,
    );
    const added = await hub.read<{ addCareTeamMember: { id: string; version: number } }>(
      ADD,
      { input: { patientId, userId: alexId, role: 'THERAPIST' } },
      casey,
    );
    const alex = await screens(ALEX);
    const colleagues = await screens(CASEY);
    await editGoal('Before the change');
    await Promise.all([...alex, ...colleagues].map((feed) => feed.until(1)));

    await hub.read(
      REMOVE,
      { input: { id: added.addCareTeamMember.id, expectedVersion: added.addCareTeamMember.version } },
      casey,
    );
    await Promise.all(alex.map((feed) => feed.done));
    await editGoal('After the change');
    await Promise.all(colleagues.map((feed) => feed.until(3)));
    for (const feed of alex) expect(goalEdits(feed)).toEqual(['Before the change']);
    for (const feed of colleagues) expect(goalEdits(feed)).toEqual(['Before the change', 'After the change']);
    for (const feed of colleagues) feed.stop();
  });

  it('a subscriber that stops reading is told to resync from its cursor, the others get everything, and resuming from that cursor misses nothing', async () => {
    const { feed } = hub.app.services;
    const stream = Streams.patient(patientId);
    const from = await hub.newestEventId(stream);
    const slow = feed.follow(stream, { after: from, maxWaiting: 3 });
    const fast = feed.follow(stream, { after: from });
    // Both listen (their first step reads nothing yet) before the edits.
    const fastSeen: Delivery[] = [];
    const firstFast = fast.next();
    const firstSlow = slow.next();
    await pause(50);
    const edits = Array.from({ length: 8 }, (_, i) => `Slow reader ${i + 1}`);
    for (const edit of edits) await editGoal(edit);
    fastSeen.push((await firstFast).value as Delivery);
    while (fastSeen.length < edits.length) fastSeen.push((await fast.next()).value as Delivery);
    const slowFirst = (await firstSlow).value as Delivery;
    // The slow one took one event, then fell more than three behind: it is told where to resume.
    const failure = await slow.next().then(
      () => null,
      (error: { extensions?: { code?: string; after?: string } }) => error,
    );
    expect(failure?.extensions).toEqual({ code: 'RESYNC_REQUIRED', after: slowFirst.id });
    const resumed = feed.follow(stream, { after: failure?.extensions?.after ?? null });
    const rest: Delivery[] = [];
    while (rest.length < edits.length - 1) rest.push((await resumed.next()).value as Delivery);
    const descriptions = (events: Delivery[]) => events.map((e) => e.snapshot.description);
    expect(descriptions(fastSeen)).toEqual(edits);
    expect(descriptions([slowFirst, ...rest])).toEqual(edits);
    await Promise.all([fast.return(undefined), resumed.return(undefined)]);
  });
});
