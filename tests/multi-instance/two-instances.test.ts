import { Streams } from '@carehub/api';
import { CASEY, collect, collectLive, freshDatabaseUrl, hubClient, pause, RILEY } from '@carehub/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis } from '../../scripts/services.mjs';
import { type ApiProcess, startApiProcess } from '../harness/api-process.js';
import { newestEventId } from '../harness/event-log.js';

const EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) { id entityType node { ... on Patient { bed version } } }
}`;
const UPDATE = 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { version } }';

interface Event {
  patientEvents: { id: string; entityType: string; node: { bed: string; version: number } | null };
}

/**
 * Two API processes behind no load balancer, sharing one PostgreSQL database and one Redis:
 * a change made through one reaches subscribers of the other, a reconnect with `after` gets
 * exactly what was missed, and a Redis outage delays events without losing any.
 */
describe('two API instances over Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let one: ApiProcess;
  let two: ApiProcess;
  let patientId: string;
  let version: number;

  beforeAll(async () => {
    // A Redis of this test's own, so stopping it cannot disturb other tests.
    redis = await startRedis();
    database = await freshDatabaseUrl('postgres');
    const env = { DATABASE_URL: database.url, REDIS_URL: redis.url };
    one = await startApiProcess({ ...env, SEED_DEMO: 'true' });
    two = await startApiProcess({ ...env, SEED_DEMO: 'true' });
    const casey = await hubClient(one.url).login(CASEY);
    const list = await hubClient(one.url).gql<{ patients: { id: string; version: number }[] }>(
      '{ patients { id version } }',
      {},
      casey,
    );
    patientId = list.data?.patients[0]?.id ?? '';
    version = list.data?.patients[0]?.version ?? 0;
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await redis?.stop();
    await database?.drop();
  });

  async function setBed(bed: string): Promise<void> {
    const api = hubClient(one.url);
    const token = await api.login(RILEY);
    const result = await api.gql<{ updatePatient: { version: number } }>(
      UPDATE,
      { i: { id: patientId, expectedVersion: version, bed } },
      token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    version = result.data.updatePatient.version;
  }

  /** A subscriber through `api`, live when this resolves: acknowledged by a replay from that instance. */
  async function follow(api: ReturnType<typeof hubClient>) {
    return collectLive<Event>(
      api.ws(await api.login(CASEY)),
      EVENTS,
      { patientId },
      await newestEventId(database.url, Streams.patient(patientId)),
    );
  }

  const beds = (items: Event[]) =>
    items.filter((e) => e.patientEvents.entityType === 'Patient').map((e) => e.patientEvents.node?.bed);

  it('a session opened on one instance works on the other', async () => {
    const token = await hubClient(one.url).login(CASEY);
    const me = await hubClient(two.url).gql<{ me: { name: string } }>('{ me { name } }', {}, token);
    expect(me.data?.me.name).toBe('Casey Morgan');
  });

  it('a change made through one instance reaches a subscriber of the other', async () => {
    const other = hubClient(two.url);
    const feed = await follow(other);
    await setBed('X-1');
    await feed.until(1);
    expect(beds(feed.items)).toEqual(['X-1']);
    feed.stop();
    await other.dispose();
  });

  it('a subscriber that reconnects to the other instance with `after` gets exactly what it missed', async () => {
    const first = hubClient(one.url);
    const feed = await follow(first);
    await setBed('Y-1');
    const [seen] = await feed.until(1);
    feed.stop();
    await first.dispose();
    for (const bed of ['Y-2', 'Y-3', 'Y-4']) await setBed(bed);
    const second = hubClient(two.url);
    const resumed = collect<Event>(second.ws(await second.login(CASEY)), EVENTS, {
      patientId,
      after: seen?.patientEvents.id,
    });
    await resumed.until(3);
    expect(beds(resumed.items)).toEqual(['Y-2', 'Y-3', 'Y-4']);
    // Then it is live: the next change follows with nothing repeated in between.
    await setBed('Y-5');
    await resumed.until(4);
    expect(beds(resumed.items)).toEqual(['Y-2', 'Y-3', 'Y-4', 'Y-5']);
    resumed.stop();
    await second.dispose();
  });

  it('a Redis outage loses nothing: events committed while it was down arrive once it is back', async () => {
    const other = hubClient(two.url);
    const feed = await follow(other);
    await setBed('Z-1');
    await feed.until(1);
    await redis.stop();
    await setBed('Z-2');
    await setBed('Z-3');
    await pause(300);
    expect(beds(feed.items)).toEqual(['Z-1']);
    await redis.restart();
    await feed.until(3);
    expect(beds(feed.items)).toEqual(['Z-1', 'Z-2', 'Z-3']);
    await setBed('Z-4');
    await feed.until(4);
    expect(beds(feed.items)).toEqual(['Z-1', 'Z-2', 'Z-3', 'Z-4']);
    feed.stop();
    await other.dispose();
  });
});
