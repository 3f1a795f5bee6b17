import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASEY, collect, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { Streams } from './streams.js';

const PATIENT_EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) {
    id kind entityType entityId version actor { name } node { ... on Patient { id bed version } }
  }
}`;
const UNIT_EVENTS = `subscription($unitId: ID!, $after: ID) {
  unitEvents(unitId: $unitId, after: $after) { id kind node { ... on Patient { id name } } }
}`;
const UPDATE = 'mutation($input: UpdatePatientInput!) { updatePatient(input: $input) { version } }';

interface EventResult {
  patientEvents: {
    id: string;
    kind: string;
    entityType: string;
    version: number;
    actor: { name: string };
    node: { bed: string; version: number };
  };
}

/** The patient's own changes among a stream's events (the stream also carries its care team). */
const patientChanges = (items: EventResult[]) => items.filter((e) => e.patientEvents.entityType === 'Patient');

describe('live events that survive reconnects', () => {
  let hub: TestHub;
  let riley: string;
  let casey: string;
  let unitId: string;
  let patientId: string;
  let version: number;

  beforeAll(async () => {
    hub = await startTestHub();
    riley = await hub.login(RILEY);
    casey = await hub.login(CASEY);
    const list = await hub.gql<{ patients: { id: string; version: number; unit: { id: string } }[] }>(
      '{ patients { id version unit { id } } }',
      {},
      riley,
    );
    const first = list.data?.patients[0];
    patientId = first?.id ?? '';
    version = first?.version ?? 0;
    unitId = first?.unit.id ?? '';
  });
  afterAll(() => hub?.stop());

  async function setBed(bed: string, token = riley): Promise<void> {
    const result = await hub.gql<{ updatePatient: { version: number } }>(
      UPDATE,
      { input: { id: patientId, expectedVersion: version, bed } },
      token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    version = result.data.updatePatient.version;
  }

  /** Casey following the patient, live (acknowledged by a replay) when this resolves. */
  const followPatient = async () =>
    collectLive<EventResult>(
      hub.ws(casey),
      PATIENT_EVENTS,
      { patientId },
      await hub.newestEventId(Streams.patient(patientId)),
    );

  it('delivers a change to another user live, with who made it', async () => {
    const feed = await followPatient();
    await setBed('B-1');
    const [event] = await feed.until(1);
    expect(event?.patientEvents).toMatchObject({
      kind: 'UPDATED',
      actor: { name: 'Riley Chen' },
      node: { bed: 'B-1' },
    });
    feed.stop();
  });

  it('a client that reconnects with `after` receives exactly the missed events, in order', async () => {
    const first = await followPatient();
    await setBed('R-1');
    const [seen] = await first.until(1);
    first.stop();
    const lastSeen = seen?.patientEvents.id;

    for (const bed of ['R-2', 'R-3', 'R-4']) await setBed(bed);

    const resumed = collect<EventResult>(hub.ws(casey), PATIENT_EVENTS, { patientId, after: lastSeen });
    const missed = await resumed.until(3);
    expect(missed.map((e) => e.patientEvents.node.bed)).toEqual(['R-2', 'R-3', 'R-4']);
    await setBed('R-5');
    const all = await resumed.until(4);
    expect(all.map((e) => e.patientEvents.node.bed)).toEqual(['R-2', 'R-3', 'R-4', 'R-5']);
    const ids = all.map((e) => BigInt(e.patientEvents.id));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);
    resumed.stop();
  });

  it('writes racing the replay produce no gap and no duplicate', async () => {
    // Replay of the whole stream starts while two people keep editing.
    const feed = collect<EventResult>(hub.ws(riley), PATIENT_EVENTS, { patientId, after: '0' });
    for (let i = 1; i <= 15; i++) await setBed(`RACE-${i}`, i % 2 ? riley : casey);
    // Events arrive in stream order: once this last edit is in, every racing one has arrived.
    await setBed('RACE-END');
    while (patientChanges(feed.items).at(-1)?.patientEvents.node.bed !== 'RACE-END') {
      await feed.until(feed.items.length + 1);
    }
    const changes = patientChanges(feed.items);
    // One patient event per version: the create (v1) and every update since.
    expect(changes.map((e) => e.patientEvents.version)).toEqual(Array.from({ length: version }, (_, i) => i + 1));
    expect(changes.at(-2)?.patientEvents.node.bed).toBe('RACE-15');
    const ids = feed.items.map((e) => BigInt(e.patientEvents.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);
    feed.stop();
  });

  it('the unit stream carries new patients for the live list', async () => {
    const feed = await collectLive<{ unitEvents: { kind: string; node: { name: string } } }>(
      hub.ws(casey),
      UNIT_EVENTS,
      { unitId },
      await hub.newestEventId(Streams.unit(unitId)),
    );
    await hub.gql(
      'mutation($input: CreatePatientInput!) { createPatient(input: $input) { id } }',
      {
        input: {
          mrn: 'MRN-LIVE-1',
          name: 'Live Arrival',
          dateOfBirth: '1970-01-01',
          unitId,
          admittedAt: new Date().toISOString(),
        },
      },
      riley,
    );
    const [event] = await feed.until(1);
    expect(event?.unitEvents).toMatchObject({ kind: 'CREATED', node: { name: 'Live Arrival' } });
    feed.stop();
  });

  it('a malformed `after` is BAD_USER_INPUT', async () => {
    const feed = collect(hub.ws(casey), PATIENT_EVENTS, { patientId, after: 'yesterday' });
    await feed.done;
    expect(JSON.stringify(feed.errors)).toContain('BAD_USER_INPUT');
  });

  it('staff not on the unit cannot follow the patient', async () => {
    const admin = await hub.login('admin@demo.carehub.test');
    const feed = collect(hub.ws(admin), PATIENT_EVENTS, { patientId });
    await feed.done;
    expect(JSON.stringify(feed.errors)).toContain('FORBIDDEN');
    expect(feed.items).toEqual([]);
  });

  it('a websocket without a valid session is refused', async () => {
    const feed = collect(hub.ws('not-a-token'), PATIENT_EVENTS, { patientId });
    await feed.done;
    expect(JSON.stringify(feed.errors)).toMatch(/4403|Forbidden/);
  });

  it('a websocket from an origin that is not allowed is refused', async () => {
    const feed = collect(hub.ws(casey, { origin: 'https://evil.example' }), PATIENT_EVENTS, { patientId });
    await feed.done;
    expect(feed.errors.length).toBeGreaterThan(0);
    expect(feed.items).toEqual([]);
  });

  it('signing out closes the session’s open sockets at once', async () => {
    const token = await hub.login(CASEY);
    const feed = collect(hub.ws(token), PATIENT_EVENTS, { patientId });
    // The socket is registered with its session before the server acknowledges the connection.
    await feed.connected;
    const out = await hub.gql('mutation { logout }', {}, token);
    expect(out.data).toEqual({ logout: true });
    await feed.done;
    expect(JSON.stringify(feed.errors)).toMatch(/4403|Session ended/);
  });
});
