import { Streams } from '@carehub/api';
import { CASEY, collect, collectLive, freshDatabaseUrl, hubClient, RILEY } from '@carehub/api/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiProcess, startApiProcess } from '../harness/api-process.js';
import { newestEventId } from '../harness/event-log.js';

const EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) {
    id entityType node { ... on Patient { bed version } ... on ProgressNote { text } }
  }
}`;
const UPDATE = 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { bed version } }';
const NOTE = 'mutation($i: AddProgressNoteInput!) { addProgressNote(input: $i) { text } }';
const ROUNDS = 3;
/** Per round: both edits of the one item wait at the barrier, and both notes on the stream. */
const PARKED_PER_ROUND = 4;

interface Event {
  patientEvents: { id: string; entityType: string; node: { bed?: string; version?: number; text?: string } | null };
}
interface LogRow {
  id: string;
  entity_type: string;
  bed: string | null;
  text: string | null;
  version: number;
}
type Answer = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };

/**
 * Two writers on two API processes, released together by a barrier held in PostgreSQL, edit one
 * item (the patient, with the same expectedVersion) and write to one stream (a progress note
 * each). Exactly the accepted writes are in the event log, in commit order, and a replay from
 * `after` (on either process) has no gap and no duplicate.
 */
describe('two writers on two processes, released at once', () => {
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let one: ApiProcess;
  let two: ApiProcess;
  let sql: pg.Client;
  let patientId: string;
  let carePlanId: string;
  let stream: string;

  beforeAll(async () => {
    database = await freshDatabaseUrl('postgres');
    const env = { DATABASE_URL: database.url, REDIS_URL: inject('redisUrl'), SEED_DEMO: 'true' };
    [one, two] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    const api = hubClient(one.url);
    const { patients } = await api.read<{ patients: { id: string; carePlan: { id: string } | null }[] }>(
      '{ patients { id carePlan { id } } }',
      {},
      await api.login(CASEY),
    );
    const withPlan = patients.find((p) => p.carePlan);
    if (!withPlan?.carePlan) throw new Error('no demo patient has a care plan');
    patientId = withPlan.id;
    carePlanId = withPlan.carePlan.id;
    stream = Streams.patient(patientId);
  });
  afterAll(async () => {
    await sql?.end();
    await Promise.all([one?.stop(), two?.stop()]);
    await database?.drop();
  });

  /** Holds the write path's lock on the stream, so every write to it parks inside its transaction. */
  const barrier = {
    hold: () => sql.query('select pg_advisory_lock(hashtext($1))', [stream]),
    release: () => sql.query('select pg_advisory_unlock(hashtext($1))', [stream]),
  };

  it('exactly the accepted writes are in the log, in order, and replays from `after` match it', async () => {
    const writerA = { api: hubClient(one.url), token: await hubClient(one.url).login(RILEY), name: 'A' };
    const writerB = { api: hubClient(two.url), token: await hubClient(two.url).login(CASEY), name: 'B' };
    const start = await newestEventId(database.url, stream);
    // A subscriber on process one, live before the first write (acknowledged by a replay).
    const watcher = hubClient(one.url);
    const live = await collectLive<Event>(watcher.ws(await watcher.login(CASEY)), EVENTS, { patientId }, start);

    const acceptedBeds: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const { patient } = await writerA.api.read<{ patient: { version: number } }>(
        'query($id: ID!) { patient(id: $id) { version } }',
        { id: patientId },
        writerA.token,
      );
      await barrier.hold();
      let answers: Answer[];
      try {
        const sent = [writerA, writerB].flatMap((w) => [
          w.api.gql(
            UPDATE,
            { i: { id: patientId, expectedVersion: patient.version, bed: `${w.name}-${round}` } },
            w.token,
          ),
          w.api.gql(NOTE, { i: { carePlanId, text: `note ${w.name}-${round}` } }, w.token),
        ]);
        // Every write waits at the barrier before any is let through.
        await waitForParked(sql, PARKED_PER_ROUND);
        await barrier.release();
        answers = await Promise.all(sent);
      } catch (error) {
        await barrier.release();
        throw error;
      }
      const [updateA, noteA, updateB, noteB] = answers;
      // One edit of the item wins; the other had the same expectedVersion and is refused.
      const updates = [updateA, updateB].map((a) => (a?.data ? 'accepted' : a?.errors?.[0]?.extensions?.code));
      expect(updates.sort()).toEqual(['CONFLICT', 'accepted']);
      acceptedBeds.push(updateA?.data ? `A-${round}` : `B-${round}`);
      expect([noteA, noteB].map((a) => a?.errors)).toEqual([undefined, undefined]);
    }

    // The log, read straight from PostgreSQL.
    const { rows: log } = await sql.query<LogRow>(
      `select id::text, entity_type, snapshot->>'bed' as bed, snapshot->>'text' as text, version
         from change_event where stream = $1 and id > $2 order by id`,
      [stream, start],
    );
    expect(log).toHaveLength(3 * ROUNDS);
    // Rounds ran one after the other, so each round's three events sit together, in round order.
    for (let round = 1; round <= ROUNDS; round++) {
      const events = log.slice(3 * (round - 1), 3 * round);
      expect(events.map((e) => (e.entity_type === 'Patient' ? `bed ${e.bed}` : e.text)).sort()).toEqual(
        [`bed ${acceptedBeds[round - 1]}`, `note A-${round}`, `note B-${round}`].sort(),
      );
    }
    const patientEvents = log.filter((e) => e.entity_type === 'Patient');
    expect(patientEvents.map((e) => e.bed)).toEqual(acceptedBeds);
    const first = patientEvents[0]?.version ?? 0;
    expect(patientEvents.map((e) => e.version)).toEqual([first, first + 1, first + 2]);

    const ids = log.map((e) => e.id);
    const idsOf = (items: Event[]) => items.map((e) => e.patientEvents.id);
    // Live on process one, writes from both processes: the log exactly.
    await live.until(ids.length);
    expect(idsOf(live.items)).toEqual(ids);
    // Replays on process two, from the start and from the middle: the log exactly, or its tail.
    const replay = hubClient(two.url);
    const token = await replay.login(CASEY);
    const fromStart = collect<Event>(replay.ws(token), EVENTS, { patientId, after: start });
    expect(idsOf(await fromStart.until(ids.length))).toEqual(ids);
    const fromMiddle = collect<Event>(replay.ws(token), EVENTS, { patientId, after: ids[3] });
    expect(idsOf(await fromMiddle.until(ids.length - 4))).toEqual(ids.slice(4));
    // A write after the replays arrive on all three: nothing was left pending in between.
    const feeds = [live, fromStart, fromMiddle].map((feed) => ({ feed, seen: feed.items.length }));
    await writerA.api.read(NOTE, { i: { carePlanId, text: 'after the replays' } }, writerA.token);
    const last = await newestEventId(database.url, stream);
    for (const { feed, seen } of feeds) {
      const items = await feed.until(seen + 1);
      expect(items).toHaveLength(seen + 1);
      expect(items.at(-1)?.patientEvents.id).toBe(last);
      expect(new Set(idsOf(items)).size).toBe(items.length);
      feed.stop();
    }
    await Promise.all([watcher.dispose(), replay.dispose()]);
  });
});

/**
 * Resolves once `count` sessions of the database wait at the barrier: on the stream's advisory
 * lock, or on the row lock of the item another parked write has already updated.
 */
async function waitForParked(sql: pg.Client, count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { rows } = await sql.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'
          and (query like '%pg_advisory_xact_lock%' or query ilike 'update "patient"%')`,
    );
    const parked = rows[0]?.n ?? 0;
    if (parked >= count) return;
    if (Date.now() > deadline) throw new Error(`${parked} of ${count} writes reached the barrier`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
